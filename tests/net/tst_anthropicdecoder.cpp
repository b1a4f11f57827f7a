// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "anthropicwire.h"
#include "decodertesting.h"
#include "fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DecoderTesting;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
constexpr auto kSse = Fixtures::Format::Sse;

/** Finish reasons normalised per docs/WIRE-FORMATS.md §6 for Anthropic. */
FinishReason expectedFinish(const QString &native)
{
    if (native.isEmpty())
        return FinishReason::None;
    if (native == "max_tokens"_L1 || native == "model_context_window_exceeded"_L1)
        return FinishReason::Length;
    if (native == "tool_use"_L1)
        return FinishReason::ToolCalls;
    if (native == "refusal"_L1)
        return FinishReason::ContentFilter;
    return FinishReason::Stop; // end_turn, stop_sequence, pause_turn
}

/** Usage normalised per §6 from the merged native object. */
Usage expectedUsage(const QJsonObject &native)
{
    const auto number = [&native](QLatin1StringView key) {
        const QJsonValue v = native[key];
        return v.isDouble() ? v.toInteger() : qint64(0);
    };
    Usage u;
    const qint64 cacheRead = number("cache_read_input_tokens"_L1);
    u.promptTokens =
        number("input_tokens"_L1) + number("cache_creation_input_tokens"_L1) + cacheRead;
    u.completionTokens = number("output_tokens"_L1);
    u.totalTokens = u.promptTokens + u.completionTokens;
    u.cachedTokens = cacheRead;
    return u;
}

// ---- stream builders ----

QByteArray ev(const QByteArray &type, const QByteArray &json)
{
    return "event: " + type + "\ndata: " + json + "\n\n";
}

QByteArray start(const QByteArray &usage = R"({"input_tokens":10,"output_tokens":1})")
{
    return ev(
        "message_start",
        R"({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-6","content":[],"stop_reason":null,"stop_sequence":null,"usage":)" +
            usage + "}}");
}

QByteArray blockStart(int index, const QByteArray &block)
{
    return ev("content_block_start", R"({"type":"content_block_start","index":)" +
                                         QByteArray::number(index) + R"(,"content_block":)" +
                                         block + "}");
}

QByteArray textBlock(int index)
{
    return blockStart(index, R"({"type":"text","text":""})");
}

QByteArray delta(int index, const QByteArray &deltaJson)
{
    return ev("content_block_delta", R"({"type":"content_block_delta","index":)" +
                                         QByteArray::number(index) + R"(,"delta":)" + deltaJson +
                                         "}");
}

QByteArray textDelta(int index, const QByteArray &text)
{
    return delta(index, R"({"type":"text_delta","text":")" + text + "\"}");
}

QByteArray inputDelta(int index, const QByteArray &partialJsonEscaped)
{
    return delta(index,
                 R"({"type":"input_json_delta","partial_json":")" + partialJsonEscaped + "\"}");
}

QByteArray blockStop(int index)
{
    return ev("content_block_stop",
              R"({"type":"content_block_stop","index":)" + QByteArray::number(index) + "}");
}

QByteArray messageDelta(const QByteArray &stopReason,
                        const QByteArray &usage = R"({"output_tokens":5})")
{
    return ev("message_delta", R"({"type":"message_delta","delta":{"stop_reason":)" + stopReason +
                                   R"(,"stop_sequence":null},"usage":)" + usage + "}");
}

QByteArray messageStop()
{
    return ev("message_stop", R"({"type":"message_stop"})");
}

QByteArray ping()
{
    return ev("ping", R"({"type": "ping"})");
}

/** A one-block text answer with stop reason @p stop (a JSON value). */
QByteArray textAnswer(const QByteArray &text, const QByteArray &stop = R"("end_turn")")
{
    return start() + textBlock(0) + textDelta(0, text) + blockStop(0) + messageDelta(stop) +
           messageStop();
}

/** @p body without its `event:` lines, as a proxy that strips them forwards it. */
QByteArray withoutEventLines(const QByteArray &body)
{
    QByteArray out;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.startsWith("event:"))
            out += line + '\n';
    }
    out.chop(1); // split() added one line after the final LF
    return out;
}
} // namespace

class TestAnthropicDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void fixturesEveryTwoPieceSplit_data();
    void fixturesEveryTwoPieceSplit();
    void eventLinesStripped_data();
    void eventLinesStripped();

    void quirks_data();
    void quirks();
    void toolCalls_data();
    void toolCalls();
    void usage_data();
    void usage();
    void thinkingSignature();
    void truncatedOnlyAfterEndOfStream();
    void nothingIsEmittedAfterAnError();
    void messageStopStopsReading();
};

void TestAnthropicDecoder::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    const QStringList cases = streamCases(kDataDir, u"anthropic"_s);
    QVERIFY(cases.size() >= 7);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.expected["format"_L1].toString(), u"anthropic-messages"_s);
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body(), c.format))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestAnthropicDecoder::fixtures()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject intended = c.intended();
    const Outcome o = decode<AnthropicDecoder>(pieces);

    compareWithIntended(o, intended, true);
    if (QTest::currentTestFailed())
        return;
    const QString finish = intended["finish_reason"_L1].toString();
    QCOMPARE(o.result.finishReason, expectedFinish(finish));
    if (intended.contains("usage"_L1)) {
        QCOMPARE(usageText(o.result.usage),
                 usageText(expectedUsage(intended["usage"_L1].toObject())));
    }
    // The thinking block's signature is kept for replay, apart from the visible text.
    QCOMPARE(o.result.reasoningSignature, intended["signature"_L1].toString());
}

void TestAnthropicDecoder::fixturesEveryTwoPieceSplit_data()
{
    addSplitRows(kDataDir, streamCases(kDataDir, u"anthropic"_s), 16384);
}

void TestAnthropicDecoder::fixturesEveryTwoPieceSplit()
{
    QFETCH(QString, caseId);
    checkEveryTwoPieceSplit<AnthropicDecoder>(kDataDir, caseId);
}

void TestAnthropicDecoder::eventLinesStripped_data()
{
    QTest::addColumn<QString>("caseId");
    for (const QString &id : streamCases(kDataDir, u"anthropic"_s))
        QTest::newRow(qPrintable(id)) << id;
}

void TestAnthropicDecoder::eventLinesStripped()
{
    // Proxies drop `event:` lines; the decoder keys on the JSON `type`, so nothing changes.
    QFETCH(QString, caseId);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    const QByteArray stripped = withoutEventLines(c.body());
    QVERIFY(!stripped.contains("event:"));
    QVERIFY(stripped.size() < c.body().size());
    QCOMPARE(summary(decodeInvariant<AnthropicDecoder>(stripped, kSse)),
             summary(decode<AnthropicDecoder>({c.body()})));
}

void TestAnthropicDecoder::quirks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finish"); // native stop_reason, empty when none was accepted
    QTest::addColumn<QString>("error");  // StreamNames::errorKind, empty when completed

    QTest::newRow("basic") << textAnswer("Hi") << u"Hi"_s << QString() << u"end_turn"_s
                           << QString();
    QTest::newRow("ping anywhere is ignored")
        << QByteArray(ping() + start() + ping() + textBlock(0) + ping() + textDelta(0, "A") +
                      ping() + textDelta(0, "B") + blockStop(0) + ping() +
                      messageDelta(R"("end_turn")") + ping() + messageStop() + ping())
        << u"AB"_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("event names that disagree with the type are ignored")
        << QByteArray(
               ev("message", QByteArray(R"({"type":"message_start","message":{"usage":{}}})")) +
               ev("ping",
                  QByteArray(
                      R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})")) +
               ev("error",
                  QByteArray(
                      R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"A"}})")) +
               blockStop(0) + messageDelta(R"("end_turn")") + messageStop())
        << u"A"_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("message_stop without stop_reason is not completed")
        << QByteArray(start() + textBlock(0) + textDelta(0, "Part") + blockStop(0) +
                      messageDelta("null") + messageStop())
        << u"Part"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("no message_stop at EOF is truncated")
        << QByteArray(start() + textBlock(0) + textDelta(0, "Part") + blockStop(0) +
                      messageDelta(R"("end_turn")"))
        << u"Part"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("message_stop without its blank line is truncated")
        << QByteArray(start() + textBlock(0) + textDelta(0, "Part") + blockStop(0) +
                      messageDelta(R"("end_turn")") + messageStop().chopped(1))
        << u"Part"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("unknown event, delta and block types are ignored")
        << QByteArray(
               start() + ev("future_event", R"({"type":"future_event","x":{"y":[1]}})") +
               textBlock(0) + textDelta(0, "A") +
               delta(0, R"({"type":"future_delta","text":"NOT TEXT"})") + blockStop(0) +
               blockStart(1, R"({"type":"future_block","text":"NOT TEXT"})") +
               delta(1, R"({"type":"text_delta","text":"B"})") + blockStop(1) +
               blockStart(
                   2,
                   R"({"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[{"type":"web_search_result","title":"NOT TEXT","url":"https://example.com"}]})") +
               blockStop(2) + messageDelta(R"("end_turn")") + messageStop())
        << u"AB"_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("citations_delta is not answer text")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "The sky is blue.") +
               delta(
                   0,
                   R"({"type":"citations_delta","citation":{"type":"char_location","cited_text":"NOT TEXT","document_index":0,"start_char_index":0,"end_char_index":8}})") +
               blockStop(0) + messageDelta(R"("end_turn")") + messageStop())
        << u"The sky is blue."_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("redacted_thinking produces no text")
        << QByteArray(
               start() +
               blockStart(
                   0,
                   R"({"type":"redacted_thinking","data":"EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB5URj"})") +
               blockStop(0) + textBlock(1) + textDelta(1, "Answer") + blockStop(1) +
               messageDelta(R"("end_turn")") + messageStop())
        << u"Answer"_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("thinking then text")
        << QByteArray(start() +
                      blockStart(0, R"({"type":"thinking","thinking":"","signature":""})") +
                      delta(0, R"({"type":"thinking_delta","thinking":"Hmm, "})") +
                      delta(0, R"({"type":"thinking_delta","thinking":"yes."})") +
                      delta(0, R"({"type":"signature_delta","signature":"c2ln"})") + blockStop(0) +
                      textBlock(1) + textDelta(1, "Yes.") + blockStop(1) +
                      messageDelta(R"("end_turn")") + messageStop())
        << u"Yes."_s << u"Hmm, yes."_s << u"end_turn"_s << QString();
    QTest::newRow("text blocks join without separator")
        << QByteArray(start() + textBlock(0) + textDelta(0, "One.") + blockStop(0) + textBlock(1) +
                      textDelta(1, "Two.") + blockStop(1) + messageDelta(R"("end_turn")") +
                      messageStop())
        << u"One.Two."_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("stop_sequence is a stop, the sequence is not in the text")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "1, 2, 3") + blockStop(0) +
               ev("message_delta",
                  R"({"type":"message_delta","delta":{"stop_reason":"stop_sequence","stop_sequence":", 4"},"usage":{"output_tokens":7}})") +
               messageStop())
        << u"1, 2, 3"_s << QString() << u"stop_sequence"_s << QString();
    QTest::newRow("refusal is content_filter")
        << textAnswer("I can't help with that.", R"("refusal")") << u"I can't help with that."_s
        << QString() << u"refusal"_s << QString();
    QTest::newRow("model_context_window_exceeded is length")
        << textAnswer("Long", R"("model_context_window_exceeded")") << u"Long"_s << QString()
        << u"model_context_window_exceeded"_s << QString();
    QTest::newRow("max_tokens is length") << textAnswer("Cut", R"("max_tokens")") << u"Cut"_s
                                          << QString() << u"max_tokens"_s << QString();
    QTest::newRow("pause_turn is a stop")
        << textAnswer("Searching", R"("pause_turn")") << u"Searching"_s << QString()
        << u"pause_turn"_s << QString();
    QTest::newRow("unknown stop reason is a stop")
        << textAnswer("A", R"("future_reason")") << u"A"_s << QString() << u"future_reason"_s
        << QString();
    QTest::newRow("stop_reason survives a later message_delta without one")
        << QByteArray(start() + textBlock(0) + textDelta(0, "A") + blockStop(0) +
                      messageDelta(R"("end_turn")") + messageDelta("null") + messageStop())
        << u"A"_s << QString() << u"end_turn"_s << QString();

    // 5.7 errors
    QTest::newRow("error event keeps the text")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "Par") +
               ev("error",
                  R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"))
        << u"Par"_s << QString() << QString() << u"overloaded"_s;
    QTest::newRow("error without its event line")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "Par") +
               "data: "
               R"({"type":"error","error":{"type":"api_error","message":"Internal server error"}})"
               "\n\n")
        << u"Par"_s << QString() << QString() << u"server"_s;
    QTest::newRow("rate limit error mid-stream")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "Par") +
               ev("error",
                  R"({"type":"error","error":{"type":"rate_limit_error","message":"Slow down"}})"))
        << u"Par"_s << QString() << QString() << u"rate_limit"_s;
    QTest::newRow("error after a stop reason but before message_stop")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "All") + blockStop(0) +
               messageDelta(R"("end_turn")") +
               ev("error",
                  R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"))
        << u"All"_s << QString() << QString() << u"overloaded"_s;

    // 5.9 malformed JSON
    QTest::newRow("malformed json keeps the text so far")
        << QByteArray(start() + textBlock(0) + textDelta(0, "A") +
                      ev("content_block_delta", R"({"type":"content_block_delta","index":0,)") +
                      textDelta(0, "B") + blockStop(0) + messageDelta(R"("end_turn")") +
                      messageStop())
        << u"A"_s << QString() << QString() << u"protocol"_s;
    QTest::newRow("json that is not an object")
        << QByteArray(start() + textBlock(0) + textDelta(0, "A") + ev("x", "[1]") +
                      messageDelta(R"("end_turn")") + messageStop())
        << u"A"_s << QString() << QString() << u"protocol"_s;
    QTest::newRow("empty data is skipped, not malformed")
        << QByteArray(start() + "data:\n\n" + textBlock(0) + "event: ping\ndata: \n\n" +
                      textDelta(0, "A") + ": comment\n\n" + blockStop(0) +
                      messageDelta(R"("end_turn")") + messageStop())
        << u"A"_s << QString() << u"end_turn"_s << QString();

    // 5.10 unicode
    QTest::newRow("surrogate pair split across deltas")
        << QByteArray(start() + textBlock(0) + textDelta(0, R"(a\ud83d)") +
                      textDelta(0, R"(\ude00b)") + blockStop(0) + messageDelta(R"("end_turn")") +
                      messageStop())
        << u"a\U0001F600b"_s << QString() << u"end_turn"_s << QString();
    QTest::newRow("raw utf-8") << textAnswer("caf\xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80")
                               << u"caf\u00e9 \u2019 \U0001F600"_s << QString() << u"end_turn"_s
                               << QString();
    QTest::newRow("CRLF framing") << QByteArray(textAnswer("Hi").replace("\n", "\r\n")) << u"Hi"_s
                                  << QString() << u"end_turn"_s << QString();
}

void TestAnthropicDecoder::quirks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, finish);
    QFETCH(QString, error);

    const Outcome o = decodeInvariant<AnthropicDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.reasoning, reasoning);
    QVERIFY(!o.result.text.contains("NOT TEXT"_L1));
    QVERIFY(!o.result.reasoning.contains("NOT TEXT"_L1));
    QVERIFY(o.result.toolCalls.isEmpty());
    QCOMPARE(o.result.providerFinishReason, finish);
    QCOMPARE(o.result.finishReason, expectedFinish(finish));
    QCOMPARE(StreamNames::errorKind(o.error.kind), error);
    QCOMPARE(o.result.completed(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY(!o.error.message.isEmpty());
        QVERIFY(!o.result.text.contains(o.error.message));
    }
    QCOMPARE(o.eventsAfterError, 0);
}

void TestAnthropicDecoder::toolCalls_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("calls"); // [{index, id, name, arguments (parsed)}]
    QTest::addColumn<QString>("text");

    const QByteArray stop = messageDelta(R"("tool_use")") + messageStop();
    const auto toolStart = [](int index, const QByteArray &id, const QByteArray &name) {
        return blockStart(index, R"({"type":"tool_use","id":")" + id + R"(","name":")" + name +
                                     R"(","input":{}})");
    };

    QTest::newRow("tool_use without input_json_delta has {} arguments")
        << QByteArray(start() + toolStart(0, "toolu_1", "get_time") + blockStop(0) + stop)
        << R"([{"index":0,"id":"toolu_1","name":"get_time","arguments":{}}])"_ba << QString();
    QTest::newRow("only an empty partial_json fragment gives {}")
        << QByteArray(start() + toolStart(0, "toolu_1", "get_time") + inputDelta(0, "") +
                      blockStop(0) + stop)
        << R"([{"index":0,"id":"toolu_1","name":"get_time","arguments":{}}])"_ba << QString();
    QTest::newRow("first partial_json fragment empty")
        << QByteArray(start() + toolStart(0, "toolu_1", "get_weather") + inputDelta(0, "") +
                      inputDelta(0, R"({\"city\": )") + inputDelta(0, R"(\"Par)") +
                      inputDelta(0, R"(is\"})") + blockStop(0) + stop)
        << R"([{"index":0,"id":"toolu_1","name":"get_weather","arguments":{"city":"Paris"}}])"_ba
        << QString();
    QTest::newRow("fragment split inside an escape")
        << QByteArray(start() + toolStart(0, "toolu_e", "say") +
                      inputDelta(0, R"({\"text\":\"he said \\)") + inputDelta(0, R"(\"hi\\)") +
                      inputDelta(0, R"(\" \\u00e9\"})") + blockStop(0) + stop)
        << R"([{"index":0,"id":"toolu_e","name":"say","arguments":{"text":"he said \"hi\" é"}}])"_ba
        << QString();
    QTest::newRow("text, then two tools at block indices 1 and 2")
        << QByteArray(start() + textBlock(0) + textDelta(0, "Checking.") + blockStop(0) +
                      toolStart(1, "toolu_a", "a") + inputDelta(1, R"({\"x\":1})") + blockStop(1) +
                      toolStart(2, "toolu_b", "b") + blockStop(2) + stop)
        << R"([{"index":0,"id":"toolu_a","name":"a","arguments":{"x":1}},{"index":1,"id":"toolu_b","name":"b","arguments":{}}])"_ba
        << u"Checking."_s;
    QTest::newRow("server tools are not client tool calls")
        << QByteArray(
               start() + textBlock(0) + textDelta(0, "Let me search.") + blockStop(0) +
               blockStart(
                   1,
                   R"({"type":"server_tool_use","id":"srvtoolu_1","name":"web_search","input":{}})") +
               inputDelta(1, R"({\"query\":\"qt\"})") + blockStop(1) +
               blockStart(
                   2,
                   R"({"type":"web_search_tool_result","tool_use_id":"srvtoolu_1","content":[]})") +
               blockStop(2) + toolStart(3, "toolu_c", "open_url") +
               inputDelta(3, R"({\"url\":\"https://qt.io\"})") + blockStop(3) + stop)
        << R"([{"index":0,"id":"toolu_c","name":"open_url","arguments":{"url":"https://qt.io"}}])"_ba
        << u"Let me search."_s;
}

void TestAnthropicDecoder::toolCalls()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, calls);
    QFETCH(QString, text);

    const Outcome o = decodeInvariant<AnthropicDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.providerFinishReason, u"tool_use"_s);
    QCOMPARE(o.result.finishReason, FinishReason::ToolCalls);
    const QJsonArray expected = QJsonDocument::fromJson(calls).array();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(o.result.toolCalls.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(o.result.toolCalls.at(i).index, expected.at(i)["index"_L1].toInt());
    compareToolCalls(o.result.toolCalls, expected, true);
}

void TestAnthropicDecoder::usage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("usage");

    const QByteArray answer = textBlock(0) + textDelta(0, "A") + blockStop(0);
    QTest::newRow("output_tokens overlays the start's count, input kept")
        << QByteArray(start(R"({"input_tokens":21,"output_tokens":1})") + answer +
                      messageDelta(R"("end_turn")", R"({"output_tokens":15})") + messageStop())
        << usageText({21, 15, 36, -1, 0});
    QTest::newRow("cache counters: prompt sums them, cached is cache_read")
        << QByteArray(
               start(
                   R"({"input_tokens":4,"cache_creation_input_tokens":1200,"cache_read_input_tokens":18000,"output_tokens":1})") +
               answer +
               messageDelta(
                   R"("end_turn")",
                   R"({"input_tokens":4,"cache_creation_input_tokens":1200,"cache_read_input_tokens":18000,"output_tokens":6})") +
               messageStop())
        << usageText({19204, 6, 19210, -1, 18000});
    QTest::newRow("running totals are never added")
        << QByteArray(start(R"({"input_tokens":10,"output_tokens":1})") + answer +
                      messageDelta("null", R"({"output_tokens":3})") +
                      messageDelta(R"("end_turn")", R"({"output_tokens":7})") + messageStop())
        << usageText({10, 7, 17, -1, 0});
    QTest::newRow("null counters in message_delta do not erase")
        << QByteArray(
               start(R"({"input_tokens":10,"cache_read_input_tokens":5,"output_tokens":1})") +
               answer +
               messageDelta(
                   R"("end_turn")",
                   R"({"input_tokens":null,"cache_read_input_tokens":null,"output_tokens":9})") +
               messageStop())
        << usageText({15, 9, 24, -1, 5});
    QTest::newRow("message_delta brings counters the start lacked")
        << QByteArray(
               start(R"({"input_tokens":10,"output_tokens":1})") + answer +
               messageDelta(
                   R"("end_turn")",
                   R"({"cache_read_input_tokens":90,"output_tokens":2,"server_tool_use":{"web_search_requests":1}})") +
               messageStop())
        << usageText({100, 2, 102, -1, 90});
}

void TestAnthropicDecoder::usage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, usage);
    const Outcome o = decodeInvariant<AnthropicDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(usageText(o.result.usage), usage);
}

void TestAnthropicDecoder::thinkingSignature()
{
    const QByteArray signature = "EqQBCgIYAhIM1gbcDa9GJwZA2b3h+/==";
    const QByteArray body =
        start() + blockStart(0, R"({"type":"thinking","thinking":"","signature":""})") +
        delta(0, R"({"type":"thinking_delta","thinking":"Think."})") +
        delta(0, R"({"type":"signature_delta","signature":")" + signature + "\"}") + blockStop(0) +
        textBlock(1) + textDelta(1, "Done.") + blockStop(1) + messageDelta(R"("end_turn")") +
        messageStop();
    const Outcome o = decodeInvariant<AnthropicDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.reasoningSignature, QString::fromLatin1(signature));
    QCOMPARE(o.result.reasoning, u"Think."_s);
    QCOMPARE(o.result.text, u"Done."_s);
    QVERIFY(o.result.completed());
}

void TestAnthropicDecoder::truncatedOnlyAfterEndOfStream()
{
    ResultBuilder builder;
    AnthropicDecoder decoder(&builder);
    decoder.feed(QByteArray(start() + textBlock(0) + textDelta(0, "Part") + blockStop(0) +
                            messageDelta(R"("end_turn")")));
    QVERIFY(!decoder.hasFailed()); // message_stop may still come
    QVERIFY(!decoder.isDone());
    QVERIFY(!decoder.sawFinish());
    decoder.endOfStream();
    QVERIFY(decoder.hasFailed());
    QCOMPARE(decoder.error().kind, ErrorKind::Truncated);
    QCOMPARE(builder.result().text, u"Part"_s);
    QCOMPARE(builder.result().finishReason, FinishReason::None);
}

void TestAnthropicDecoder::nothingIsEmittedAfterAnError()
{
    ErrorWatch watch;
    ResultBuilder builder(&watch);
    AnthropicDecoder decoder(&builder);
    watch.decoder = &decoder;
    decoder.feed(QByteArray(
        start() + textBlock(0) + textDelta(0, "A") +
        ev("error",
           R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})") +
        textDelta(0, "B")));
    QCOMPARE(decoder.error().kind, ErrorKind::Overloaded);
    QCOMPARE(decoder.error().providerType, u"overloaded_error"_s);
    QCOMPARE(decoder.error().message, u"Overloaded"_s);
    decoder.feed(QByteArray(textDelta(0, "C") + blockStop(0) + messageDelta(R"("end_turn")") +
                            messageStop()));
    decoder.endOfStream();
    QCOMPARE(decoder.error().kind, ErrorKind::Overloaded);
    QCOMPARE(builder.result().text, u"A"_s);
    QCOMPARE(builder.result().finishReason, FinishReason::None);
    QCOMPARE(watch.late, 0);
}

void TestAnthropicDecoder::messageStopStopsReading()
{
    ResultBuilder builder;
    AnthropicDecoder decoder(&builder);
    decoder.feed(QByteArray(textAnswer("A")));
    QVERIFY(decoder.isDone());
    QVERIFY(decoder.sawFinish());
    // A proxy that joins streams: nothing after message_stop counts, not even garbage.
    decoder.feed(QByteArray(textBlock(1) + textDelta(1, "B") + "data: {oops\n\n" +
                            messageDelta(R"("max_tokens")") + messageStop()));
    decoder.endOfStream();
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(builder.result().text, u"A"_s);
    QCOMPARE(builder.result().providerFinishReason, u"end_turn"_s);
}

QTEST_GUILESS_MAIN(TestAnthropicDecoder)
#include "tst_anthropicdecoder.moc"
