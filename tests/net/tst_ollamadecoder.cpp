// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "decodertesting.h"
#include "fixtures.h"
#include "ollamawire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DecoderTesting;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
constexpr auto kNdjson = Fixtures::Format::Ndjson;

/** Finish reasons normalised per docs/WIRE-FORMATS.md §6 for Ollama. */
FinishReason expectedFinish(const QString &native, bool calledTools)
{
    if (native.isEmpty())
        return FinishReason::None;
    if (native == "length"_L1)
        return FinishReason::Length;
    return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
}

/** Usage normalised per §6 from the done line's counters. */
Usage expectedUsage(const QJsonObject &native)
{
    Usage u;
    u.promptTokens = native["prompt_eval_count"_L1].toInteger(-1);
    u.completionTokens = native["eval_count"_L1].toInteger(-1);
    u.totalTokens =
        u.promptTokens >= 0 && u.completionTokens >= 0 ? u.promptTokens + u.completionTokens : -1;
    return u;
}

// ---- stream builders ----

QByteArray message(const QByteArray &fields, const QByteArray &model = "llama3.2")
{
    return R"({"model":")" + model +
           R"(","created_at":"2025-08-05T10:00:00.000123Z","message":{"role":"assistant",)" +
           fields + R"(},"done":false})" + '\n';
}

QByteArray content(const QByteArray &text)
{
    return message(R"("content":")" + text + "\"");
}

QByteArray thinking(const QByteArray &text)
{
    return message(R"("content":"","thinking":")" + text + "\"");
}

/** The done line; @p reason empty leaves done_reason out. */
QByteArray done(const QByteArray &reason = "stop",
                const QByteArray &counts = R"("prompt_eval_count":26,"eval_count":8)")
{
    QByteArray line =
        R"({"model":"llama3.2","created_at":"2025-08-05T10:00:01Z","message":{"role":"assistant","content":""},"done":true)";
    if (!reason.isEmpty())
        line += R"(,"done_reason":")" + reason + "\"";
    line += R"(,"total_duration":4883583458,"load_duration":1334875,)" + counts +
            R"(,"eval_duration":4535599000})" + '\n';
    return line;
}

QByteArray callsLine(const QByteArray &calls)
{
    return message(R"("content":"","tool_calls":)" + calls);
}
} // namespace

class TestOllamaDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void fixturesEveryTwoPieceSplit_data();
    void fixturesEveryTwoPieceSplit();

    void quirks_data();
    void quirks();
    void toolCalls_data();
    void toolCalls();
    void usage_data();
    void usage();
    void errorLineKeepsText();
    void lastLineWithoutNewlineNeedsEndOfStream();
    void doneStopsReading();
};

void TestOllamaDecoder::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    const QStringList cases = streamCases(kDataDir, u"ollama"_s);
    QVERIFY(cases.size() >= 5);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.format, kNdjson);
        QCOMPARE(c.expected["format"_L1].toString(), u"ollama-chat"_s);
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body(), c.format))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestOllamaDecoder::fixtures()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject intended = c.intended();
    const Outcome o = decode<OllamaDecoder>(pieces);

    compareWithIntended(o, intended, true);
    if (QTest::currentTestFailed())
        return;
    const QString finish = intended["finish_reason"_L1].toString();
    QCOMPARE(o.result.finishReason,
             expectedFinish(finish, !intended["tool_calls"_L1].toArray().isEmpty()));
    if (intended.contains("usage"_L1)) {
        const QJsonObject native = intended["usage"_L1].toObject();
        QCOMPARE(usageText(o.result.usage), usageText(expectedUsage(native)));
        QCOMPARE(o.result.providerFinishReason, native["done_reason"_L1].toString());
    }
}

void TestOllamaDecoder::fixturesEveryTwoPieceSplit_data()
{
    addSplitRows(kDataDir, streamCases(kDataDir, u"ollama"_s), 16384);
}

void TestOllamaDecoder::fixturesEveryTwoPieceSplit()
{
    QFETCH(QString, caseId);
    checkEveryTwoPieceSplit<OllamaDecoder>(kDataDir, caseId);
}

void TestOllamaDecoder::quirks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finish"); // native done_reason
    QTest::addColumn<QString>("error");  // StreamNames::errorKind, empty when completed

    QTest::newRow("basic") << QByteArray(content("Hello") + content(" there") + done())
                           << u"Hello there"_s << QString() << u"stop"_s << QString();
    QTest::newRow("CRLF lines")
        << QByteArray(content("Hello") + content(" there") + done()).replace("\n", "\r\n")
        << u"Hello there"_s << QString() << u"stop"_s << QString();
    QTest::newRow("blank lines are skipped") << QByteArray("\n" + content("A") + "\n\r\n   \n\t\n" +
                                                           content("B") + "\n\n" + done() + "\n")
                                             << u"AB"_s << QString() << u"stop"_s << QString();
    QTest::newRow("last line without newline is parsed at EOF")
        << QByteArray(content("A") + done().chopped(1)) << u"A"_s << QString() << u"stop"_s
        << QString();
    QTest::newRow("last line without newline, CR only")
        << QByteArray(content("A") + done().chopped(1) + '\r') << u"A"_s << QString() << u"stop"_s
        << QString();
    QTest::newRow("lines after done:true are ignored")
        << QByteArray(content("A") + done() + content("LATE") + "{not json\n" + done("length"))
        << u"A"_s << QString() << u"stop"_s << QString();
    QTest::newRow("done_reason length is length")
        << QByteArray(content("Cut") + done("length")) << u"Cut"_s << QString() << u"length"_s
        << QString();
    QTest::newRow("done_reason load: nothing generated, completed")
        << QByteArray(
               R"({"model":"llama3.2","created_at":"2025-08-05T10:00:00Z","message":{"role":"assistant","content":""},"done_reason":"load","done":true})"
               "\n")
        << QString() << QString() << u"load"_s << QString();
    QTest::newRow("done_reason unload: nothing generated, completed")
        << QByteArray(
               R"({"model":"llama3.2","created_at":"2025-08-05T10:00:00Z","message":{"role":"assistant","content":""},"done_reason":"unload","done":true})"
               "\n")
        << QString() << QString() << u"unload"_s << QString();
    QTest::newRow("content on the done line is kept")
        << QByteArray(
               content("A") +
               R"({"model":"llama3.2","message":{"role":"assistant","content":"B"},"done":true,"done_reason":"stop"})"
               "\n")
        << u"AB"_s << QString() << u"stop"_s << QString();
    QTest::newRow("thinking is reasoning")
        << QByteArray(thinking("Hmm") + thinking(", yes.") + content("Yes") + done()) << u"Yes"_s
        << u"Hmm, yes."_s << u"stop"_s << QString();
    QTest::newRow("unknown fields are ignored")
        << QByteArray(
               R"({"model":"m","message":{"role":"assistant","content":"A","images":null,"future":{"x":1}},"done":false,"logprobs":[{"token":"A"}]})"
               "\n" +
               done())
        << u"A"_s << QString() << u"stop"_s << QString();

    // 5.8: complete only with done:true
    QTest::newRow("no done line is truncated")
        << QByteArray(content("Half") + content(" way")) << u"Half way"_s << QString() << QString()
        << u"truncated"_s;
    QTest::newRow("done:false line without newline at EOF is truncated")
        << content("Half").chopped(1) << u"Half"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("empty body is truncated")
        << QByteArray() << QString() << QString() << QString() << u"truncated"_s;

    // 5.9 malformed lines
    QTest::newRow("malformed line is a protocol error, text kept")
        << QByteArray(content("A") + "{\"model\":\"m\",\"message\":\n" + content("B") + done())
        << u"A"_s << QString() << QString() << u"protocol"_s;
    QTest::newRow("a line that is not an object")
        << QByteArray(content("A") + "[1,2]\n" + done()) << u"A"_s << QString() << QString()
        << u"protocol"_s;
    QTest::newRow("an SSE line is malformed NDJSON")
        << QByteArray(content("A") + "data: {}\n" + done()) << u"A"_s << QString() << QString()
        << u"protocol"_s;
    QTest::newRow("malformed last line without newline")
        << QByteArray(content("A") + "{\"done\":tr") << u"A"_s << QString() << QString()
        << u"protocol"_s;

    // 5.7 error line
    QTest::newRow("error line ends the stream, text kept")
        << QByteArray(
               content("Generating") + content(" until") +
               R"({"error":"an error was encountered while running the model: unexpected EOF"})"
               "\n" +
               content("LATE") + done())
        << u"Generating until"_s << QString() << QString() << u"server"_s;
    QTest::newRow("error line without newline at EOF")
        << QByteArray(content("A") + R"({"error":"model runner crashed"})") << u"A"_s << QString()
        << QString() << u"server"_s;

    // 5.10 unicode
    QTest::newRow("surrogate pair split across lines")
        << QByteArray(content(R"(a\ud83d)") + content(R"(\ude00b)") + done()) << u"a\U0001F600b"_s
        << QString() << u"stop"_s << QString();
    QTest::newRow("raw utf-8") << QByteArray(content("212 \xC2\xB0"
                                                     "F \xF0\x9F\x98\x80") +
                                             done())
                               << u"212 \u00b0F \U0001F600"_s << QString() << u"stop"_s
                               << QString();
}

void TestOllamaDecoder::quirks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, finish);
    QFETCH(QString, error);

    const Outcome o = decodeInvariant<OllamaDecoder>(body, kNdjson);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.reasoning, reasoning);
    QVERIFY(o.result.toolCalls.isEmpty());
    QVERIFY(!o.result.text.contains("LATE"_L1));
    QCOMPARE(o.result.providerFinishReason, finish);
    QCOMPARE(o.result.finishReason, expectedFinish(finish, false));
    QCOMPARE(StreamNames::errorKind(o.error.kind), error);
    QCOMPARE(o.result.completed(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY(!o.error.message.isEmpty());
        QVERIFY(!o.result.text.contains(o.error.message));
    }
    QCOMPARE(o.eventsAfterError, 0);
}

void TestOllamaDecoder::toolCalls_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("calls"); // [{index, id (empty: any distinct), name, arguments}]
    QTest::addColumn<QString>("finish");

    QTest::newRow("whole calls, one per line, object arguments")
        << QByteArray(
               callsLine(
                   R"([{"id":"call_a","function":{"index":0,"name":"get_weather","arguments":{"city":"Paris"}}}])") +
               callsLine(
                   R"([{"id":"call_b","function":{"index":1,"name":"get_time","arguments":{"tz":"Europe/Paris","fmt":{"h24":true}}}}])") +
               done())
        << R"([{"index":0,"id":"call_a","name":"get_weather","arguments":{"city":"Paris"}},{"index":1,"id":"call_b","name":"get_time","arguments":{"tz":"Europe/Paris","fmt":{"h24":true}}}])"_ba
        << u"stop"_s;
    QTest::newRow("older ollama: no id, no index")
        << QByteArray(
               callsLine(R"([{"function":{"name":"get_weather","arguments":{"city":"Paris"}}}])") +
               callsLine(R"([{"function":{"name":"get_weather","arguments":{"city":"Tokyo"}}}])") +
               done())
        << R"([{"index":0,"id":"","name":"get_weather","arguments":{"city":"Paris"}},{"index":1,"id":"","name":"get_weather","arguments":{"city":"Tokyo"}}])"_ba
        << u"stop"_s;
    QTest::newRow("older ollama: two calls in one line")
        << QByteArray(
               callsLine(
                   R"([{"function":{"name":"a","arguments":{"x":1}}},{"function":{"name":"b","arguments":{}}}])") +
               done())
        << R"([{"index":0,"id":"","name":"a","arguments":{"x":1}},{"index":1,"id":"","name":"b","arguments":{}}])"_ba
        << u"stop"_s;
    QTest::newRow("text before the call")
        << QByteArray(
               content("Let me check. ") +
               callsLine(
                   R"([{"id":"call_1","function":{"index":0,"name":"lookup","arguments":{"q":"qt"}}}])") +
               done())
        << R"([{"index":0,"id":"call_1","name":"lookup","arguments":{"q":"qt"}}])"_ba << u"stop"_s;
    QTest::newRow("arguments missing or as a JSON string")
        << QByteArray(callsLine(R"([{"function":{"name":"now"}}])") +
                      callsLine(R"([{"function":{"name":"s","arguments":"{\"a\":[1]}"}}])") +
                      done())
        << R"([{"index":0,"id":"","name":"now","arguments":{}},{"index":1,"id":"","name":"s","arguments":{"a":[1]}}])"_ba
        << u"stop"_s;
    QTest::newRow("length with a tool call is length")
        << QByteArray(callsLine(R"([{"function":{"name":"a","arguments":{}}}])") + done("length"))
        << R"([{"index":0,"id":"","name":"a","arguments":{}}])"_ba << u"length"_s;
}

void TestOllamaDecoder::toolCalls()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, calls);
    QFETCH(QString, finish);

    const Outcome o = decodeInvariant<OllamaDecoder>(body, kNdjson);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.result.providerFinishReason, finish);
    QCOMPARE(o.result.finishReason, expectedFinish(finish, true));
    const QJsonArray expected = QJsonDocument::fromJson(calls).array();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(o.result.toolCalls.size(), expected.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ToolCall &call = o.result.toolCalls.at(i);
        QCOMPARE(call.index, expected.at(i)["index"_L1].toInt());
        const QString id = expected.at(i)["id"_L1].toString();
        if (!id.isEmpty())
            QCOMPARE(call.id, id);
        QVERIFY(!call.id.isEmpty()); // generated when the server sends none
        ids.insert(call.id);
    }
    QCOMPARE(ids.size(), o.result.toolCalls.size());
    compareToolCalls(o.result.toolCalls, expected, false);
}

void TestOllamaDecoder::usage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("usage");

    QTest::newRow("prompt_eval_count and eval_count")
        << QByteArray(content("A") + done("stop", R"("prompt_eval_count":26,"eval_count":8)"))
        << usageText({26, 8, 34, -1, -1});
    QTest::newRow("cached prompt without prompt_eval_count")
        << QByteArray(content("A") + done("stop", R"("eval_count":8)"))
        << usageText({-1, 8, -1, -1, -1}); // the total is unknown too, not just eval_count
    QTest::newRow("no counters, no usage")
        << QByteArray(content("A") + done("stop", R"("x":0)")) << usageText({});
    QTest::newRow("counters before done are not usage")
        << QByteArray(
               R"({"model":"m","message":{"role":"assistant","content":"A"},"done":false,"eval_count":99})"
               "\n" +
               done("stop", R"("prompt_eval_count":3,"eval_count":1)"))
        << usageText({3, 1, 4, -1, -1});
}

void TestOllamaDecoder::usage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, usage);
    const Outcome o = decodeInvariant<OllamaDecoder>(body, kNdjson);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(usageText(o.result.usage), usage);
}

void TestOllamaDecoder::errorLineKeepsText()
{
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, u"ollama/midstream-error"_s);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const Outcome o = decodeInvariant<OllamaDecoder>(c.body(), kNdjson);
    QVERIFY(o.error.isError());
    QVERIFY(o.error.kind != ErrorKind::Truncated); // the server said why, not a silent cut
    QVERIFY(o.error.kind != ErrorKind::Protocol);
    QCOMPARE(o.error.message, c.intended()["error"_L1]["message"_L1].toString());
    QCOMPARE(o.result.text, c.intended()["text"_L1].toString());
    QCOMPARE(o.result.finishReason, FinishReason::None);
}

void TestOllamaDecoder::lastLineWithoutNewlineNeedsEndOfStream()
{
    ResultBuilder builder;
    OllamaDecoder decoder(&builder);
    decoder.feed(QByteArray(content("A") + done().chopped(1)));
    QVERIFY(!decoder.sawFinish()); // the line may still grow
    QVERIFY(!decoder.hasFailed());
    decoder.endOfStream();
    QVERIFY(decoder.sawFinish());
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(builder.result().text, u"A"_s);
    QCOMPARE(builder.result().providerFinishReason, u"stop"_s);
}

void TestOllamaDecoder::doneStopsReading()
{
    ResultBuilder builder;
    OllamaDecoder decoder(&builder);
    decoder.feed(QByteArray(content("A") + done()));
    QVERIFY(decoder.isDone());
    decoder.feed(QByteArray(content("B") + "garbage\n" + R"({"error":"late"})"));
    decoder.endOfStream();
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(builder.result().text, u"A"_s);
}

QTEST_GUILESS_MAIN(TestOllamaDecoder)
#include "tst_ollamadecoder.moc"
