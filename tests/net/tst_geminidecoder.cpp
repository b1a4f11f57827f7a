// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "decodertesting.h"
#include "fixtures.h"
#include "geminiwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DecoderTesting;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);
constexpr auto kSse = Fixtures::Format::Sse;

/** Finish reasons normalised per docs/WIRE-FORMATS.md §6 for Gemini. */
FinishReason expectedFinish(const QString &native, bool calledTools)
{
    if (native.isEmpty())
        return FinishReason::None;
    if (native == "MAX_TOKENS"_L1)
        return FinishReason::Length;
    if (native == "STOP"_L1)
        return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
    static const QStringList filtered{
        u"SAFETY"_s,    u"RECITATION"_s, u"LANGUAGE"_s,          u"OTHER"_s,
        u"BLOCKLIST"_s, u"SPII"_s,       u"PROHIBITED_CONTENT"_s};
    if (filtered.contains(native))
        return FinishReason::ContentFilter;
    return FinishReason::Stop; // MALFORMED_FUNCTION_CALL, FINISH_REASON_UNSPECIFIED
}

/** Usage normalised per §6 from the last native usageMetadata. */
Usage expectedUsage(const QJsonObject &native)
{
    const auto number = [&native](QLatin1StringView key) {
        const QJsonValue v = native[key];
        return v.isDouble() ? v.toInteger() : qint64(-1);
    };
    Usage u;
    u.promptTokens = number("promptTokenCount"_L1);
    u.completionTokens = std::max<qint64>(number("candidatesTokenCount"_L1), 0) +
                         std::max<qint64>(number("thoughtsTokenCount"_L1), 0);
    u.totalTokens = number("totalTokenCount"_L1);
    u.reasoningTokens = number("thoughtsTokenCount"_L1);
    u.cachedTokens = number("cachedContentTokenCount"_L1);
    return u;
}

// ---- stream builders ----

/** SSE events of @p payloads, each ended by @p separator (Gemini uses CRLF CRLF). */
QByteArray sse(const QByteArrayList &payloads, const QByteArray &separator = "\r\n\r\n")
{
    QByteArray out;
    for (const QByteArray &payload : payloads)
        out += "data: " + payload + separator;
    return out;
}

/** A GenerateContentResponse with one candidate. @p finish is a bare name or empty. */
QByteArray chunk(const QByteArray &parts, const QByteArray &finish = {},
                 const QByteArray &usage = R"({"promptTokenCount":8,"totalTokenCount":8})")
{
    QByteArray candidate = R"({"content":{"parts":[)" + parts + R"(],"role":"model"})";
    if (!finish.isEmpty())
        candidate += R"(,"finishReason":")" + finish + "\"";
    candidate += R"(,"index":0})";
    return R"({"candidates":[)" + candidate + R"(],"usageMetadata":)" + usage +
           R"(,"modelVersion":"gemini-2.5-flash","responseId":"r1"})";
}

QByteArray text(const QByteArray &t)
{
    return R"({"text":")" + t + "\"}";
}

QByteArray thought(const QByteArray &t)
{
    return R"({"text":")" + t + R"(","thought":true})";
}

QByteArray call(const QByteArray &name, const QByteArray &args)
{
    return R"({"functionCall":{"name":")" + name + R"(","args":)" + args + "}}";
}

const QByteArray kFinalUsage =
    R"({"promptTokenCount":8,"candidatesTokenCount":4,"totalTokenCount":12})";
} // namespace

class TestGeminiDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void fixturesEveryTwoPieceSplit_data();
    void fixturesEveryTwoPieceSplit();

    void quirks_data();
    void quirks();
    void functionCalls_data();
    void functionCalls();
    void functionCallSignatureIsKept();
    void oversizedCallEmitsNothingAfterTheError();
    void usage_data();
    void usage();
    void midstreamErrorStatus_data();
    void midstreamErrorStatus();
    void truncatedOnlyAfterEndOfStream();
    void finishStopsReading();
};

void TestGeminiDecoder::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    const QStringList cases = streamCases(kDataDir, u"gemini"_s);
    QVERIFY(cases.size() >= 5);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        QCOMPARE(c.expected["format"_L1].toString(), u"gemini"_s);
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body(), c.format))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestGeminiDecoder::fixtures()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject intended = c.intended();
    const Outcome o = decode<GeminiDecoder>(pieces);

    compareWithIntended(o, intended, false); // Gemini calls have no id
    if (QTest::currentTestFailed())
        return;
    const QString finish = intended["finish_reason"_L1].toString();
    QCOMPARE(o.result.finishReason,
             expectedFinish(finish, !intended["tool_calls"_L1].toArray().isEmpty()));
    if (intended.contains("usage"_L1)) {
        QCOMPARE(usageText(o.result.usage),
                 usageText(expectedUsage(intended["usage"_L1].toObject())));
    }
    // Local ids for id-less calls: present and distinct.
    QSet<QString> ids;
    for (const ToolCall &call : o.result.toolCalls) {
        QVERIFY(!call.id.isEmpty());
        ids.insert(call.id);
    }
    QCOMPARE(ids.size(), o.result.toolCalls.size());
}

void TestGeminiDecoder::fixturesEveryTwoPieceSplit_data()
{
    addSplitRows(kDataDir, streamCases(kDataDir, u"gemini"_s), 16384);
}

void TestGeminiDecoder::fixturesEveryTwoPieceSplit()
{
    QFETCH(QString, caseId);
    checkEveryTwoPieceSplit<GeminiDecoder>(kDataDir, caseId);
}

void TestGeminiDecoder::quirks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finish"); // native finishReason / blockReason
    QTest::addColumn<QString>("error");  // StreamNames::errorKind, empty when completed

    // 5.1 framing
    QTest::newRow("CRLF CRLF framing")
        << sse({chunk(text("A")), chunk(text("B"), "STOP", kFinalUsage)}) << u"AB"_s << QString()
        << u"STOP"_s << QString();
    QTest::newRow("LF LF framing")
        << sse({chunk(text("A")), chunk(text("B"), "STOP", kFinalUsage)}, "\n\n") << u"AB"_s
        << QString() << u"STOP"_s << QString();
    QTest::newRow("CR CR framing, mixed terminators")
        << QByteArray("data: " + chunk(text("A")) + "\r\r" + "data: " + chunk(text("B")) +
                      "\n\r\n" + "data: " + chunk(text("C"), "STOP", kFinalUsage) + "\r\n\n")
        << u"ABC"_s << QString() << u"STOP"_s << QString();
    QTest::newRow("multi-line data joins with LF")
        << QByteArray(
               "data: {\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"Multi\"}],\r\n"
               "data: \"role\": \"model\"},\r\n"
               "data: \"index\": 0}]}\r\n\r\n" +
               sse({chunk(text("-line"), "STOP", kFinalUsage)}))
        << u"Multi-line"_s << QString() << u"STOP"_s << QString();
    QTest::newRow("comment lines between and inside events")
        << QByteArray(": keep-alive\r\n\r\n" + sse({chunk(text("Before"))}) + ":\r\n\r\n" +
                      ": inside\r\ndata: " + chunk(text(" after")) + "\r\n: still inside\r\n\r\n" +
                      sse({chunk(text("."), "STOP", kFinalUsage)}))
        << u"Before after."_s << QString() << u"STOP"_s << QString();
    QTest::newRow("UTF-8 BOM at the start is stripped")
        << QByteArray("\xEF\xBB\xBF" + sse({chunk(text("A"), "STOP", kFinalUsage)})) << u"A"_s
        << QString() << u"STOP"_s << QString();
    QTest::newRow("data without a space after the colon")
        << QByteArray("data:" + chunk(text("A"), "STOP", kFinalUsage) + "\r\n\r\n") << u"A"_s
        << QString() << u"STOP"_s << QString();

    // 5.5 Gemini specifics
    QTest::newRow("final chunk with an empty text part")
        << sse({chunk(text("Done.")), chunk(text(""), "STOP", kFinalUsage)}) << u"Done."_s
        << QString() << u"STOP"_s << QString();
    QTest::newRow("final chunk without content")
        << sse({chunk(text("Done.")),
                R"({"candidates":[{"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":2,"totalTokenCount":10}})"})
        << u"Done."_s << QString() << u"STOP"_s << QString();
    QTest::newRow("blocked prompt is completed as content_filter")
        << sse({R"({"promptFeedback":{"blockReason":"SAFETY","safetyRatings":[{"category":"HARM_CATEGORY_DANGEROUS_CONTENT","probability":"HIGH","blocked":true}]},"usageMetadata":{"promptTokenCount":12,"totalTokenCount":12},"modelVersion":"gemini-2.5-flash"})"})
        << QString() << QString() << u"SAFETY"_s << QString();
    QTest::newRow("blocked prompt, PROHIBITED_CONTENT")
        << sse({R"({"promptFeedback":{"blockReason":"PROHIBITED_CONTENT"}})"}) << QString()
        << QString() << u"PROHIBITED_CONTENT"_s << QString();
    QTest::newRow("SAFETY mid-answer keeps the text")
        << sse({chunk(text("The first")), chunk(text(" part")),
                R"({"candidates":[{"content":{"parts":[{"text":""}],"role":"model"},"finishReason":"SAFETY","index":0,"safetyRatings":[{"category":"HARM_CATEGORY_HARASSMENT","probability":"HIGH","blocked":true}]}],"usageMetadata":{"promptTokenCount":8,"candidatesTokenCount":3,"totalTokenCount":11}})"})
        << u"The first part"_s << QString() << u"SAFETY"_s << QString();
    QTest::newRow("RECITATION is content_filter")
        << sse({chunk(text("Four score"), "RECITATION", kFinalUsage)}) << u"Four score"_s
        << QString() << u"RECITATION"_s << QString();
    QTest::newRow("OTHER is content_filter") << sse({chunk(text("x"), "OTHER", kFinalUsage)})
                                             << u"x"_s << QString() << u"OTHER"_s << QString();
    QTest::newRow("MAX_TOKENS is length")
        << sse({chunk(text("Long")), chunk(text(" story"), "MAX_TOKENS", kFinalUsage)})
        << u"Long story"_s << QString() << u"MAX_TOKENS"_s << QString();
    QTest::newRow("MALFORMED_FUNCTION_CALL is a stop")
        << sse({chunk(text(""), "MALFORMED_FUNCTION_CALL", kFinalUsage)}) << QString() << QString()
        << u"MALFORMED_FUNCTION_CALL"_s << QString();
    QTest::newRow("FINISH_REASON_UNSPECIFIED is a stop")
        << sse({chunk(text("a"), "FINISH_REASON_UNSPECIFIED", kFinalUsage)}) << u"a"_s << QString()
        << u"FINISH_REASON_UNSPECIFIED"_s << QString();
    QTest::newRow("thought parts are reasoning")
        << sse({chunk(thought("Let me think.")), chunk(thought(" Yes.")),
                chunk(R"({"text":"Answer","thoughtSignature":"c2ln"})"),
                chunk(text("!"), "STOP", kFinalUsage)})
        << u"Answer!"_s << u"Let me think. Yes."_s << u"STOP"_s << QString();
    QTest::newRow("unknown parts and fields are ignored")
        << sse({chunk(
                    R"x({"inlineData":{"mimeType":"image/png","data":"iVBORw0KGgo="}},{"executableCode":{"language":"PYTHON","code":"print(1)"}},{"thoughtSignature":"c2ln"})x"),
                R"({"candidates":[{"content":{"parts":[{"text":"A","futureField":{"x":1}}],"role":"model"},"index":0,"citationMetadata":{"citationSources":[]}}],"futureTop":[1,2]})",
                chunk(text("B"), "STOP", kFinalUsage)})
        << u"AB"_s << QString() << u"STOP"_s << QString();

    // 5.8 no finish marker
    QTest::newRow("no finishReason at EOF is truncated")
        << sse({chunk(text("Half")), chunk(text(" an answer"))}) << u"Half an answer"_s << QString()
        << QString() << u"truncated"_s;
    QTest::newRow("finish chunk without its blank line is not parsed")
        << QByteArray(sse({chunk(text("Half"))}) + "data: " + chunk(text("!"), "STOP") + "\r\n")
        << u"Half"_s << QString() << QString() << u"truncated"_s;
    QTest::newRow("empty body is truncated")
        << QByteArray() << QString() << QString() << QString() << u"truncated"_s;

    // 5.7 errors mid-stream
    QTest::newRow("503 UNAVAILABLE is overloaded, text kept")
        << sse({chunk(text("Part")),
                R"({"error":{"code":503,"message":"The model is overloaded.","status":"UNAVAILABLE"}})"})
        << u"Part"_s << QString() << QString() << u"overloaded"_s;
    QTest::newRow("500 INTERNAL is a server error")
        << sse({chunk(text("Part")),
                R"({"error":{"code":500,"message":"Internal error encountered.","status":"INTERNAL"}})"})
        << u"Part"_s << QString() << QString() << u"server"_s;
    QTest::newRow("429 RESOURCE_EXHAUSTED is a rate limit")
        << sse({R"({"error":{"code":429,"message":"Quota exceeded.","status":"RESOURCE_EXHAUSTED"}})"})
        << QString() << QString() << QString() << u"rate_limit"_s;

    // 5.9 malformed JSON
    QTest::newRow("malformed json keeps the text so far")
        << sse({chunk(text("A")), R"({"candidates":[{"content":)", chunk(text("B"), "STOP")})
        << u"A"_s << QString() << QString() << u"protocol"_s;
    QTest::newRow("a JSON array (non-SSE reply shape) is malformed")
        << sse({"[" + chunk(text("A"), "STOP") + "]"}) << QString() << QString() << QString()
        << u"protocol"_s;

    // 5.10 unicode
    QTest::newRow("surrogate pair split across chunks")
        << sse({chunk(text(R"(a\ud83d)")), chunk(text(R"(\ude00b)"), "STOP", kFinalUsage)})
        << u"a\U0001F600b"_s << QString() << u"STOP"_s << QString();
    QTest::newRow("raw utf-8 and escapes")
        << sse({chunk(text("caf\xC3\xA9 \\u00e9 \xF0\x9F\x98\x80\\u2028"), "STOP", kFinalUsage)})
        << u"caf\u00e9 \u00e9 \U0001F600\u2028"_s << QString() << u"STOP"_s << QString();
}

void TestGeminiDecoder::quirks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, text);
    QFETCH(QString, reasoning);
    QFETCH(QString, finish);
    QFETCH(QString, error);

    const Outcome o = decodeInvariant<GeminiDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.reasoning, reasoning);
    QVERIFY(o.result.toolCalls.isEmpty());
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

void TestGeminiDecoder::functionCalls_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("calls"); // [{name, arguments}] in order
    QTest::addColumn<QString>("text");

    QTest::newRow("several functionCall parts in one chunk")
        << sse({chunk(call("get_weather", R"({"city":"Paris"})") + ',' +
                          call("get_weather", R"({"city":"Tokyo"})") + ',' +
                          call("get_time", R"({"tz":"Asia/Tokyo"})"),
                      "STOP", kFinalUsage)})
        << R"([{"name":"get_weather","arguments":{"city":"Paris"}},{"name":"get_weather","arguments":{"city":"Tokyo"}},{"name":"get_time","arguments":{"tz":"Asia/Tokyo"}}])"_ba
        << QString();
    QTest::newRow("calls across chunks, text before them")
        << sse({chunk(text("Checking both.")), chunk(call("a", R"({"x":[1,2,{"y":null}]})")),
                chunk(call("b", R"({})"), "STOP", kFinalUsage)})
        << R"([{"name":"a","arguments":{"x":[1,2,{"y":null}]}},{"name":"b","arguments":{}}])"_ba
        << u"Checking both."_s;
    QTest::newRow("call without args has {} arguments")
        << sse({chunk(R"({"functionCall":{"name":"now"}})", "STOP", kFinalUsage)})
        << R"([{"name":"now","arguments":{}}])"_ba << QString();
    QTest::newRow("unicode and escapes in args")
        << sse({chunk(call("say", R"({"text":"he said \"hi\" \u00e9 \ud83d\ude00"})"), "STOP",
                      kFinalUsage)})
        << R"([{"name":"say","arguments":{"text":"he said \"hi\" é 😀"}}])"_ba << QString();
}

void TestGeminiDecoder::functionCalls()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, calls);
    QFETCH(QString, text);

    const Outcome o = decodeInvariant<GeminiDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(o.result.text, text);
    QCOMPARE(o.result.providerFinishReason, u"STOP"_s);
    QCOMPARE(o.result.finishReason, FinishReason::ToolCalls); // STOP with function calls
    const QJsonArray expected = QJsonDocument::fromJson(calls).array();
    QVERIFY(!expected.isEmpty());
    compareToolCalls(o.result.toolCalls, expected, false);
    if (QTest::currentTestFailed())
        return;
    // Distinct local ids and sequential indices, in arrival order.
    QSet<QString> ids;
    for (qsizetype i = 0; i < o.result.toolCalls.size(); ++i) {
        const ToolCall &c = o.result.toolCalls.at(i);
        QCOMPARE(c.index, int(i));
        QVERIFY(!c.id.isEmpty());
        ids.insert(c.id);
    }
    QCOMPARE(ids.size(), o.result.toolCalls.size());
}

void TestGeminiDecoder::functionCallSignatureIsKept()
{
    // The thought signature of a function call must go back with it in the next turn.
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, u"gemini/function-call"_s);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QByteArray data = c.body().sliced(c.body().indexOf('{')).trimmed();
    const QJsonObject part = QJsonDocument::fromJson(data)
                                 .object()["candidates"_L1][0]["content"_L1]["parts"_L1][0]
                                 .toObject();
    const QString signature = part["thoughtSignature"_L1].toString();
    QVERIFY(!signature.isEmpty());
    const Outcome o = decodeInvariant<GeminiDecoder>(c.body(), kSse);
    QCOMPARE(o.result.reasoningSignature, signature);

    // Parallel calls: only the first call carries the signature; it is taken once.
    const Outcome two = decodeInvariant<GeminiDecoder>(
        sse({chunk(R"({"functionCall":{"name":"a","args":{}},"thoughtSignature":"Zmlyc3Q="},)" +
                       call("b", "{}"),
                   "STOP", kFinalUsage)}),
        kSse);
    QCOMPARE(two.result.toolCalls.size(), 2);
    QCOMPARE(two.result.reasoningSignature, u"Zmlyc3Q="_s);
}

void TestGeminiDecoder::oversizedCallEmitsNothingAfterTheError()
{
    // A call over the argument cap fails the stream; its signature must not follow the error.
    const QByteArray big(StreamDecoder::kMaxToolArgumentBytes / 2 + 16, 'x');
    const QByteArray body = sse({chunk(R"({"functionCall":{"name":"a","args":{"s":")" + big +
                                           R"("}},"thoughtSignature":"c2ln"},)" + call("b", "{}"),
                                       "STOP", kFinalUsage)});
    const Outcome o = decode<GeminiDecoder>({body});
    QCOMPARE(o.error.kind, ErrorKind::Protocol);
    QCOMPARE(o.eventsAfterError, 0);
    QVERIFY(o.result.toolCalls.isEmpty());
    QVERIFY(o.result.reasoningSignature.isEmpty());
    QCOMPARE(o.result.finishReason, FinishReason::None);
}

void TestGeminiDecoder::usage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("usage");

    QTest::newRow("the last usageMetadata wins")
        << sse({chunk(text("A"), {}, R"({"promptTokenCount":8,"totalTokenCount":8})"),
                chunk(text("B"), "STOP",
                      R"({"promptTokenCount":8,"candidatesTokenCount":31,"totalTokenCount":39})")})
        << usageText({8, 31, 39, -1, -1});
    QTest::newRow("completion includes thoughts; reasoning is thoughts")
        << sse({chunk(
               text("A"), "STOP",
               R"({"promptTokenCount":10,"candidatesTokenCount":5,"thoughtsTokenCount":45,"totalTokenCount":60})")})
        << usageText({10, 50, 60, 45, -1});
    QTest::newRow("cached content tokens")
        << sse({chunk(
               text("A"), "STOP",
               R"({"promptTokenCount":2000,"cachedContentTokenCount":1800,"candidatesTokenCount":3,"totalTokenCount":2003})")})
        << usageText({2000, 3, 2003, -1, 1800});
    QTest::newRow("no completion counts at all: unknown, not zero")
        << sse({chunk(text("A"), "STOP", R"({"promptTokenCount":9})")})
        << usageText({9, -1, -1, -1, -1});
    QTest::newRow("usage on a blocked prompt")
        << sse({R"({"promptFeedback":{"blockReason":"OTHER"},"usageMetadata":{"promptTokenCount":7,"totalTokenCount":7}})"})
        << usageText({7, 0, 7, -1, -1});
}

void TestGeminiDecoder::usage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, usage);
    const Outcome o = decodeInvariant<GeminiDecoder>(body, kSse);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QCOMPARE(usageText(o.result.usage), usage);
}

void TestGeminiDecoder::midstreamErrorStatus_data()
{
    QTest::addColumn<QByteArray>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("503")
        << R"({"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}})"_ba
        << 503 << u"overloaded"_s << u"The model is overloaded. Please try again later."_s;
    QTest::newRow("400 bad key")
        << R"({"error":{"code":400,"message":"API key not valid.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})"_ba
        << 400 << u"auth"_s << u"API key not valid."_s;
}

void TestGeminiDecoder::midstreamErrorStatus()
{
    QFETCH(QByteArray, error);
    QFETCH(int, status);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const Outcome o = decodeInvariant<GeminiDecoder>(sse({chunk(text("Partial")), error}), kSse);
    QCOMPARE(StreamNames::errorKind(o.error.kind), kind);
    QCOMPARE(o.error.httpStatus, status);
    QCOMPARE(o.error.message, message);
    QCOMPARE(o.result.text, u"Partial"_s);
    QVERIFY(!o.result.completed());
}

void TestGeminiDecoder::truncatedOnlyAfterEndOfStream()
{
    ResultBuilder builder;
    GeminiDecoder decoder(&builder);
    decoder.feed(sse({chunk(text("Part"))}));
    QVERIFY(!decoder.hasFailed());
    QVERIFY(!decoder.isDone());
    decoder.endOfStream();
    QCOMPARE(decoder.error().kind, ErrorKind::Truncated);
    QCOMPARE(builder.result().text, u"Part"_s);
}

void TestGeminiDecoder::finishStopsReading()
{
    ResultBuilder builder;
    GeminiDecoder decoder(&builder);
    decoder.feed(sse({chunk(text("A"), "STOP", kFinalUsage)}));
    QVERIFY(decoder.isDone());
    QVERIFY(decoder.sawFinish());
    decoder.feed(sse({chunk(text("B"), "MAX_TOKENS"), "{oops"}));
    decoder.endOfStream();
    QVERIFY(!decoder.hasFailed());
    QCOMPARE(builder.result().text, u"A"_s);
    QCOMPARE(builder.result().providerFinishReason, u"STOP"_s);
}

QTEST_GUILESS_MAIN(TestGeminiDecoder)
#include "tst_geminidecoder.moc"
