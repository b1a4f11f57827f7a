// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "decodertesting.h"
#include "fixtures.h"
#include "openaiwire.h"
#include "streamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

using namespace DecoderTesting;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);

/** Finish reasons normalised per docs/WIRE-FORMATS.md §6 for OpenAI-compatible servers. */
FinishReason expectedFinish(const QString &native)
{
    if (native.isEmpty())
        return FinishReason::None;
    if (native == "length"_L1)
        return FinishReason::Length;
    if (native == "tool_calls"_L1 || native == "function_call"_L1)
        return FinishReason::ToolCalls;
    if (native == "content_filter"_L1)
        return FinishReason::ContentFilter;
    return FinishReason::Stop;
}

/** Usage normalised per §6 from the native OpenAI-style object. */
Usage expectedUsage(const QJsonValue &native)
{
    Usage u;
    if (!native.isObject())
        return u;
    const QJsonObject o = native.toObject();
    const auto number = [](const QJsonValue &v) { return v.isDouble() ? v.toInteger() : -1; };
    u.promptTokens = number(o["prompt_tokens"_L1]);
    u.completionTokens = number(o["completion_tokens"_L1]);
    u.totalTokens = number(o["total_tokens"_L1]);
    u.reasoningTokens = number(o["completion_tokens_details"_L1]["reasoning_tokens"_L1]);
    u.cachedTokens = number(o["prompt_tokens_details"_L1]["cached_tokens"_L1]);
    if (u.cachedTokens < 0)
        u.cachedTokens = number(o["prompt_cache_hit_tokens"_L1]);
    return u;
}

QByteArray sse(std::initializer_list<QByteArrayView> dataPayloads)
{
    QByteArray out;
    for (const QByteArrayView payload : dataPayloads)
        out += "data: " + payload.toByteArray() + "\n\n";
    return out;
}

/** A chunk with one choice. */
QByteArray chunk(QByteArrayView delta, QByteArrayView finish = "null", QByteArrayView extra = {})
{
    return R"({"id":"chatcmpl-1","object":"chat.completion.chunk","choices":[{"index":0,"delta":)" +
           delta.toByteArray() + R"(,"finish_reason":)" + finish.toByteArray() + "}]" +
           extra.toByteArray() + "}";
}

QByteArray content(QByteArrayView text)
{
    return chunk(QByteArray(R"({"content":")" + text.toByteArray() + "\"}"));
}
} // namespace

class TestOpenAiDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void fixturesEveryTwoPieceSplit_data();
    void fixturesEveryTwoPieceSplit();

    void quirks_data();
    void quirks();
    void finishReasonsThatAreErrors_data();
    void finishReasonsThatAreErrors();
    void usage_data();
    void usage();
    void toolCalls_data();
    void toolCalls();
    void nothingIsEmittedAfterAnError();
    void doneStopsReading();
};

void TestOpenAiDecoder::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    QStringList cases = Fixtures::listCases(kDataDir, u"openai"_s, {Fixtures::Format::Sse});
    cases += Fixtures::listCases(kDataDir, u"deepseek"_s, {Fixtures::Format::Sse});
    QVERIFY(cases.size() >= 9);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.expected["format"_L1].toString(), u"openai-chat"_s);
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body()))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestOpenAiDecoder::fixtures()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject intended = c.intended();
    const Outcome o = decode<OpenAiDecoder>(pieces);
    const StreamResult &r = o.result;

    QCOMPARE(r.text, intended["text"_L1].toString());
    QCOMPARE(r.reasoning, intended["reasoning"_L1].toString());
    QCOMPARE(r.refusal, intended["refusal"_L1].toString());
    QVERIFY(!r.text.contains(QChar::ReplacementCharacter));

    // Tool calls: count, order by index, id, name, arguments as parsed JSON.
    const QJsonArray calls = intended["tool_calls"_L1].toArray();
    QList<ToolCall> got = r.toolCalls;
    std::stable_sort(got.begin(), got.end(),
                     [](const ToolCall &a, const ToolCall &b) { return a.index < b.index; });
    QCOMPARE(got.size(), calls.size());
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        QCOMPARE(got.at(i).id, call["id"_L1].toString());
        QCOMPARE(got.at(i).name, call["name"_L1].toString());
        QJsonParseError error;
        const QJsonDocument args = QJsonDocument::fromJson(got.at(i).arguments.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(got.at(i).arguments));
        QCOMPARE(args.object(), call["arguments"_L1].toObject());
    }

    const QString finish = intended["finish_reason"_L1].toString();
    QCOMPARE(r.providerFinishReason, finish);
    QCOMPARE(r.finishReason, expectedFinish(finish));

    const Usage usage = expectedUsage(intended["usage"_L1]);
    QCOMPARE(usageText(r.usage), usageText(usage));

    const QJsonObject error = intended["error"_L1].toObject();
    if (error.isEmpty()) {
        QCOMPARE(StreamNames::errorKind(o.error.kind), QString());
        QVERIFY(o.done || !finish.isEmpty());
    } else {
        QCOMPARE(StreamNames::errorKind(o.error.kind),
                 StreamNames::errorKind(expectedErrorKind(error)));
        QCOMPARE(o.error.message, error["message"_L1].toString());
        if (error.contains("type"_L1))
            QCOMPARE(o.error.providerType, error["type"_L1].toString());
        QVERIFY(!r.text.contains(o.error.message)); // never spliced into the answer
    }
    QCOMPARE(o.eventsAfterError, 0);
}

void TestOpenAiDecoder::fixturesEveryTwoPieceSplit_data()
{
    QStringList cases = Fixtures::listCases(kDataDir, u"openai"_s, {Fixtures::Format::Sse});
    cases += Fixtures::listCases(kDataDir, u"deepseek"_s, {Fixtures::Format::Sse});
    addSplitRows(kDataDir, cases, 4096);
}

void TestOpenAiDecoder::fixturesEveryTwoPieceSplit()
{
    QFETCH(QString, caseId);
    checkEveryTwoPieceSplit<OpenAiDecoder>(kDataDir, caseId);
}

void TestOpenAiDecoder::quirks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finish"); // native finish_reason
    QTest::addColumn<QString>("error");  // StreamNames::errorKind, empty when completed

    const QByteArray role = chunk(R"({"role":"assistant","content":""})");
    const QByteArray stop = chunk("{}", R"("stop")");

    // 5.2
    QTest::newRow("stop at the first [DONE]")
        << sse({role, content("A"), stop, "[DONE]", content("late"), chunk("{}", R"("length")"),
                "{not json", "[DONE]"})
        << u"A"_s << QString() << u"stop"_s << QString();
    QTest::newRow("[DONE] without finish_reason is truncated")
        << sse({role, content("Hi"), "[DONE]"}) << u"Hi"_s << QString() << QString()
        << u"truncated"_s;
    QTest::newRow("finish_reason without [DONE] completes")
        << sse({role, content("Hi"), stop}) << u"Hi"_s << QString() << u"stop"_s << QString();
    QTest::newRow("neither finish_reason nor [DONE] is truncated")
        << sse({role, content("Hi")}) << u"Hi"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("unterminated last event is not parsed")
        << QByteArray(sse({role, content("Hi")}) + "data: " + stop) << u"Hi"_s << QString()
        << QString() << u"truncated"_s;
    QTest::newRow("content on role chunk and finish chunk")
        << sse({chunk(R"({"role":"assistant","content":"A"})"), content("B"),
                chunk(R"({"content":"C"})", R"("stop")"), "[DONE]"})
        << u"ABC"_s << QString() << u"stop"_s << QString();
    QTest::newRow("empty forms are normal")
        << sse({role, chunk(R"({"content":null})"), chunk("{}"), chunk(R"({"content":""})"),
                R"({"id":"x","choices":[{"index":0,"finish_reason":null}]})",
                R"({"id":"x","choices":[]})", chunk(R"({"tool_calls":[]})"), content("ok"), stop,
                "[DONE]"})
        << u"ok"_s << QString() << u"stop"_s << QString();
    QTest::newRow("azure filter chunks")
        << sse({R"({"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{"hate":{"filtered":false,"severity":"safe"}}}]})",
                R"({"choices":[{"content_filter_results":{},"delta":{"content":"","role":"assistant"},"finish_reason":null,"index":0,"logprobs":null}],"created":1,"id":"c1","model":"gpt-4o","object":"chat.completion.chunk"})",
                R"({"choices":[{"content_filter_results":{"hate":{"filtered":false,"severity":"safe"}},"delta":{"content":"Hello"},"finish_reason":null,"index":0}],"id":"c1","object":"chat.completion.chunk"})",
                R"({"choices":[{"content_filter_results":{},"delta":{},"finish_reason":"stop","index":0}],"id":"c1","object":"chat.completion.chunk"})",
                R"({"choices":[{"content_filter_offsets":{"check_offset":0,"start_offset":0,"end_offset":5},"content_filter_results":{"violence":{"filtered":false,"severity":"safe"}},"finish_reason":null,"index":0}],"id":"c1","object":"chat.completion.chunk"})",
                "[DONE]"})
        << u"Hello"_s << QString() << u"stop"_s << QString();
    QTest::newRow("other choice indices do not leak")
        << sse({role, content("A"),
                R"({"choices":[{"index":1,"delta":{"content":"B"},"finish_reason":null}]})", stop,
                "[DONE]"})
        << u"A"_s << QString() << u"stop"_s << QString();
    QTest::newRow("unknown fields ignored")
        << sse({R"({"id":"x","obfuscation":"abc","provider":"p","x_new":{"a":[1]},"choices":[{"index":0,"delta":{"role":"assistant","content":"A","audio":{"id":"a"},"annotations":[]},"logprobs":null,"native_finish_reason":null,"finish_reason":null}]})",
                stop, "[DONE]"})
        << u"A"_s << QString() << u"stop"_s << QString();
    QTest::newRow("unknown finish reason counts as stop")
        << sse({content("A"), chunk("{}", R"("eos")"), "[DONE]"}) << u"A"_s << QString() << u"eos"_s
        << QString();
    QTest::newRow("comments, empty data and spaced [DONE]")
        << QByteArray(": keep-alive\n\n" + sse({content("A")}) + ":\n\ndata:\n\ndata: \n\n" +
                      sse({stop}) + "data:  [DONE]\n\n")
        << u"A"_s << QString() << u"stop"_s << QString();

    // 5.4 reasoning
    QTest::newRow("reasoning_content null never erases")
        << sse({chunk(R"({"role":"assistant","content":null,"reasoning_content":""})"),
                chunk(R"({"content":null,"reasoning_content":"a"})"),
                chunk(R"({"content":null,"reasoning_content":"b"})"),
                chunk(R"({"content":"X","reasoning_content":null})"), chunk(R"({"content":"Y"})"),
                stop, "[DONE]"})
        << u"XY"_s << u"ab"_s << u"stop"_s << QString();
    QTest::newRow("openrouter reasoning field")
        << sse({chunk(R"({"role":"assistant","content":"","reasoning":"thin"})"),
                chunk(R"({"role":"assistant","content":"","reasoning":"king"})"),
                chunk(R"({"role":"assistant","content":"Done","reasoning":null})"), stop, "[DONE]"})
        << u"Done"_s << u"thinking"_s << u"stop"_s << QString();
    QTest::newRow("mistral content arrays")
        << sse({chunk(
                    R"({"role":"assistant","content":[{"type":"thinking","thinking":[{"type":"text","text":"Let me "}]}]})"),
                chunk(
                    R"({"content":[{"type":"thinking","thinking":[{"type":"text","text":"think."}]}]})"),
                chunk(R"({"content":[{"type":"text","text":"Answer"}]})"),
                chunk(R"({"content":" continues"})"), chunk(R"({"content":[]})"), stop, "[DONE]"})
        << u"Answer continues"_s << u"Let me think."_s << u"stop"_s << QString();

    // 5.7 errors mid-stream
    QTest::newRow("openrouter error chunk")
        << sse({role, content("Par"),
                R"({"id":"x","object":"chat.completion.chunk","error":{"code":502,"message":"Upstream provider failed"},"choices":[{"index":0,"delta":{"content":""},"finish_reason":"error","native_finish_reason":"error"}]})",
                "[DONE]"})
        << u"Par"_s << QString() << QString() << u"server"_s;
    QTest::newRow("llama.cpp error field then [DONE]")
        << QByteArray(
               sse({role, content("Hi")}) +
               R"(error: {"code":500,"message":"context shift is disabled","type":"server_error"})" +
               "\n\n" + sse({"[DONE]"}))
        << u"Hi"_s << QString() << QString() << u"server"_s;
    QTest::newRow("llama.cpp data error then close")
        << sse({role, content("Hi"),
                R"({"error":{"code":400,"message":"the request exceeds the available context size","type":"exceed_context_size_error","n_prompt_tokens":9000,"n_ctx":8192}})"})
        << u"Hi"_s << QString() << QString() << u"context_length"_s;
    QTest::newRow("event: error from a proxy")
        << QByteArray(
               sse({role, content("Hi")}) +
               "event: error\ndata: {\"message\":\"Overloaded\",\"type\":\"overloaded_error\"}\n\n")
        << u"Hi"_s << QString() << QString() << u"overloaded"_s;
    QTest::newRow("error as a plain string")
        << sse({role, content("Hi"), R"({"error":"model crashed"})"}) << u"Hi"_s << QString()
        << QString() << u"server"_s;

    // 5.9 malformed JSON
    QTest::newRow("malformed json keeps the text so far")
        << sse({role, content("A"), R"({"choices":[{"index":0,"delta":{"content":"B"})",
                content("C"), stop, "[DONE]"})
        << u"A"_s << QString() << QString() << u"protocol"_s;
    QTest::newRow("json that is not an object")
        << sse({role, content("A"), "[1,2]", content("C"), stop}) << u"A"_s << QString()
        << QString() << u"protocol"_s;

    // 5.10 unicode
    QTest::newRow("surrogate pair split across deltas")
        << sse({role, content(R"(\ud83d)"), content(R"(\ude00)"), stop, "[DONE]"})
        << u"\U0001F600"_s << QString() << u"stop"_s << QString();
    QTest::newRow("surrogate pair split with text around")
        << sse({role, content(R"(a\ud83d)"), content(R"(\ude00b)"), stop, "[DONE]"})
        << u"a\U0001F600b"_s << QString() << u"stop"_s << QString();
    QTest::newRow("surrogate pair split in reasoning")
        << sse({chunk(R"({"reasoning_content":"r\ud83e"})"),
                chunk(R"({"reasoning_content":"\udd14"})"), content("x"), stop, "[DONE]"})
        << u"x"_s << u"r\U0001F914"_s << u"stop"_s << QString();
    QTest::newRow("raw utf-8 and escapes")
        << sse({role, content("caf\xC3\xA9 "), content(R"(\u00e9\u2028)"), stop, "[DONE]"})
        << u"caf\u00e9 \u00e9\u2028"_s << QString() << u"stop"_s << QString();
}

void TestOpenAiDecoder::quirks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, finish);
    QFETCH(QString, error);

    const Outcome o = decodeInvariant<OpenAiDecoder>(body, Fixtures::Format::Sse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.reasoning, reasoning);
    QVERIFY(!o.result.text.contains(QChar::ReplacementCharacter));
    QCOMPARE(o.result.providerFinishReason, finish);
    QCOMPARE(o.result.finishReason, expectedFinish(finish));
    QCOMPARE(StreamNames::errorKind(o.error.kind), error);
    if (!error.isEmpty()) {
        QVERIFY(!o.error.message.isEmpty());
        QVERIFY(!o.result.text.contains(o.error.message));
    }
    QCOMPARE(o.eventsAfterError, 0);
}

void TestOpenAiDecoder::finishReasonsThatAreErrors_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("error");
    QTest::newRow("DeepSeek insufficient_system_resource")
        << u"insufficient_system_resource"_s << u"truncated"_s;
    QTest::newRow("OpenRouter error") << u"error"_s << u"server"_s;
}

void TestOpenAiDecoder::finishReasonsThatAreErrors()
{
    // The answer is cut short, and the provider's own word for it is kept in the result.
    QFETCH(QString, reason);
    QFETCH(QString, error);
    const QByteArray quoted = '"' + reason.toUtf8() + '"';
    const QByteArray body = sse({chunk(R"({"role":"assistant","content":""})"), content("Part"),
                                 chunk("{}", quoted), content("late"), "[DONE]"});
    const Outcome o = decodeInvariant<OpenAiDecoder>(body, Fixtures::Format::Sse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.text, u"Part"_s);
    QCOMPARE(StreamNames::errorKind(o.error.kind), error);
    QCOMPARE(o.error.providerType, reason);
    QVERIFY(!o.error.message.isEmpty());
    QCOMPARE(o.result.providerFinishReason, reason);
    QCOMPARE(o.result.finishReason, FinishReason::None); // an error, not a normal finish
    QCOMPARE(o.eventsAfterError, 0);
}

void TestOpenAiDecoder::usage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("usage");

    const QByteArray stop = chunk("{}", R"("stop")");
    QTest::newRow("usage chunk with empty choices")
        << sse({content("A"), stop,
                R"({"id":"x","choices":[],"usage":{"prompt_tokens":24,"completion_tokens":8,"total_tokens":32,"prompt_tokens_details":{"cached_tokens":16},"completion_tokens_details":{"reasoning_tokens":3}}})",
                "[DONE]"})
        << usageText({24, 8, 32, 3, 16});
    QTest::newRow("usage on the finish chunk (deepseek)")
        << sse({content("A"),
                chunk(
                    "{}", R"("stop")",
                    R"(,"usage":{"prompt_tokens":18,"completion_tokens":96,"total_tokens":114,"completion_tokens_details":{"reasoning_tokens":71},"prompt_cache_hit_tokens":5,"prompt_cache_miss_tokens":13})"),
                "[DONE]"})
        << usageText({18, 96, 114, 71, 5});
    QTest::newRow("x_groq usage")
        << sse({content("A"),
                chunk(
                    "{}", R"("stop")",
                    R"(,"x_groq":{"id":"req_1","usage":{"queue_time":0.02,"prompt_tokens":12,"completion_tokens":4,"total_tokens":16}})"),
                "[DONE]"})
        << usageText({12, 4, 16, -1, -1});
    QTest::newRow("last non-null usage wins")
        << sse({chunk(R"({"content":"A"})", "null",
                      R"(,"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2})"),
                chunk(R"({"content":""})", "null", R"(,"usage":null)"),
                chunk("{}", R"("stop")",
                      R"(,"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15})"),
                R"({"id":"x","choices":[],"usage":null})", "[DONE]"})
        << usageText({10, 5, 15, -1, -1});
    QTest::newRow("openrouter usage with cost on a final choice chunk")
        << sse({content("A"),
                chunk(
                    R"({"content":""})", R"("stop")",
                    R"(,"usage":{"prompt_tokens":7,"completion_tokens":2,"total_tokens":9,"cost":0.00012,"prompt_tokens_details":{"cached_tokens":0}})"),
                "[DONE]"})
        << usageText({7, 2, 9, -1, 0});
    QTest::newRow("no usage at all")
        << sse({chunk(R"({"content":"A"})", "null", R"(,"usage":null)"), stop, "[DONE]"})
        << usageText({});
}

void TestOpenAiDecoder::usage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, usage);
    const Outcome o = decodeInvariant<OpenAiDecoder>(body, Fixtures::Format::Sse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(usageText(o.result.usage), usage);
    QCOMPARE(o.result.text, u"A"_s);
    QVERIFY(!o.error.isError());
}

void TestOpenAiDecoder::toolCalls_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("calls"); // JSON array of {index, id, name, arguments}
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("finish");

    QTest::newRow("interleaved by index")
        << sse({chunk(
                    R"({"role":"assistant","content":null,"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"f","arguments":""}},{"index":1,"id":"call_b","type":"function","function":{"name":"g","arguments":"{\"y\""}}]})"),
                chunk(
                    R"({"tool_calls":[{"index":1,"function":{"arguments":":2}"}},{"index":0,"function":{"arguments":"{\"x\":"}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]})"),
                chunk("{}", R"("tool_calls")"), "[DONE]"})
        << R"([{"index":0,"id":"call_a","name":"f","arguments":{"x":1}},{"index":1,"id":"call_b","name":"g","arguments":{"y":2}}])"_ba
        << QString() << u"tool_calls"_s;
    QTest::newRow("whole in one delta, finish in the same chunk")
        << sse({chunk(
                    R"({"role":"assistant","tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]})",
                    R"("tool_calls")"),
                "[DONE]"})
        << R"([{"index":0,"id":"call_1","name":"get_weather","arguments":{"city":"Paris"}}])"_ba
        << QString() << u"tool_calls"_s;
    QTest::newRow("fragment split inside an escape")
        << sse({chunk(
                    R"({"tool_calls":[{"index":0,"id":"call_e","type":"function","function":{"name":"say","arguments":"{\"text\":\"he said \\"}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"\"hi\\"}}]})"),
                chunk(R"({"tool_calls":[{"index":0,"function":{"arguments":"\" \\u00e9\"}"}}]})"),
                chunk("{}", R"("tool_calls")"), "[DONE]"})
        << R"([{"index":0,"id":"call_e","name":"say","arguments":{"text":"he said \"hi\" é"}}])"_ba
        << QString() << u"tool_calls"_s;
    QTest::newRow("missing type (mistral), text before the call")
        << sse({content("Let me check. "),
                chunk(
                    R"({"tool_calls":[{"id":"abc123xyz","function":{"name":"lookup","arguments":"{\"q\":\"qt\"}"},"index":0}]})"),
                chunk("{}", R"("tool_calls")"), "[DONE]"})
        << R"([{"index":0,"id":"abc123xyz","name":"lookup","arguments":{"q":"qt"}}])"_ba
        << u"Let me check. "_s << u"tool_calls"_s;
    QTest::newRow("arguments as an object")
        << sse({chunk(
                    R"({"tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":{"a":[1,2]}}}]})"),
                chunk("{}", R"("tool_calls")"), "[DONE]"})
        << R"([{"index":0,"id":"c","name":"f","arguments":{"a":[1,2]}}])"_ba << QString()
        << u"tool_calls"_s;
    QTest::newRow("legacy function_call")
        << sse({chunk(
                    R"({"role":"assistant","content":null,"function_call":{"name":"get_time","arguments":""}})"),
                chunk(R"({"function_call":{"arguments":"{\"tz\":"}})"),
                chunk(R"({"function_call":{"arguments":"\"UTC\"}"}})"),
                chunk("{}", R"("function_call")"), "[DONE]"})
        << R"([{"index":0,"id":"","name":"get_time","arguments":{"tz":"UTC"}}])"_ba << QString()
        << u"function_call"_s;
}

void TestOpenAiDecoder::toolCalls()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, calls);
    QFETCH(QString, text);
    QFETCH(QString, finish);

    const Outcome o = decodeInvariant<OpenAiDecoder>(body, Fixtures::Format::Sse);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.providerFinishReason, finish);
    QCOMPARE(o.result.finishReason, FinishReason::ToolCalls);
    const QJsonArray expected = QJsonDocument::fromJson(calls).array();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(o.result.toolCalls.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        const ToolCall &call = o.result.toolCalls.at(i);
        QCOMPARE(call.index, e["index"_L1].toInt());
        QCOMPARE(call.id, e["id"_L1].toString());
        QCOMPARE(call.name, e["name"_L1].toString());
        QJsonParseError error;
        const QJsonDocument args = QJsonDocument::fromJson(call.arguments.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(call.arguments));
        QCOMPARE(args.object(), e["arguments"_L1].toObject());
    }
}

void TestOpenAiDecoder::nothingIsEmittedAfterAnError()
{
    ErrorWatch watch;
    ResultBuilder builder(&watch);
    OpenAiDecoder decoder(&builder);
    watch.decoder = &decoder;
    decoder.feed(sse({content("A"), "{oops", content("B")}));
    QVERIFY(decoder.hasFailed());
    QCOMPARE(decoder.error().kind, ErrorKind::Protocol);
    decoder.feed(sse({content("C"), chunk("{}", R"("stop")"), "[DONE]"}));
    decoder.endOfStream();
    QCOMPARE(decoder.error().kind, ErrorKind::Protocol);
    QCOMPARE(builder.result().text, u"A"_s);
    QCOMPARE(builder.result().finishReason, FinishReason::None);
    QCOMPARE(watch.late, 0);
}

void TestOpenAiDecoder::doneStopsReading()
{
    ResultBuilder builder;
    OpenAiDecoder decoder(&builder);
    decoder.feed(sse({content("A"), chunk("{}", R"("stop")")}));
    QVERIFY(!decoder.isDone());
    QVERIFY(decoder.sawFinish());
    decoder.feed("data: [DONE]\n\ndata: ");
    QVERIFY(decoder.isDone());
    decoder.feed(QByteArray(content("B") + "\n\n"));
    decoder.endOfStream();
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(builder.result().text, u"A"_s);
}

QTEST_GUILESS_MAIN(TestOpenAiDecoder)
#include "tst_openaidecoder.moc"
