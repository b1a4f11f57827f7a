// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// OpenAiWire's requests: URL, headers, JSON body, tool rounds (docs/WIRE-FORMATS.md §1).

#include "openaiwire.h"
#include "wirerequesttesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace WireRequestTesting;

class TestOpenAiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openAiRequest_data();
    void openAiRequest();
    void openAiBody();
    void openAiMaxTokensField();
    void openAiMinimal();
    void openAiToolChoice_data();
    void openAiToolChoice();
    void openAiResponseFormat();
    void openAiToolResults();
};

void TestOpenAiRequests::openAiRequest_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::newRow("openai") << u"https://api.openai.com/v1"_s
                            << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::newRow("trailing slash")
        << u"https://api.openai.com/v1/"_s << u"https://api.openai.com/v1/chat/completions"_s;
    QTest::newRow("deepseek without /v1")
        << u"https://api.deepseek.com"_s << u"https://api.deepseek.com/chat/completions"_s;
    QTest::newRow("local server") << u"http://127.0.0.1:8080/v1"_s
                                  << u"http://127.0.0.1:8080/v1/chat/completions"_s;
    QTest::newRow("azure with api-version")
        << u"https://res.openai.azure.com/openai/deployments/gpt4o?api-version=2024-10-21"_s
        << u"https://res.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"_s;
}

void TestOpenAiRequests::openAiRequest()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    ProviderEndpoint e = endpoint(base);
    e.extraHeaders = {{"HTTP-Referer"_ba, "https://confab.example"_ba}};
    const QNetworkRequest request = OpenAiWire().makeRequest(e, fullRequest());
    QCOMPARE(request.url().toString(), url);
    QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer " + kKey.toUtf8()));
    QCOMPARE(request.rawHeader("Content-Type"), "application/json"_ba);
    QCOMPARE(request.rawHeader("Accept"), "text/event-stream"_ba);
    QCOMPARE(request.rawHeader("HTTP-Referer"), "https://confab.example"_ba);
    QVERIFY(!request.url().toString().contains(kKey));

    // No key: no Authorization header at all (local servers).
    const QNetworkRequest anonymous = OpenAiWire().makeRequest(endpoint(base, {}), fullRequest());
    QVERIFY(!anonymous.hasRawHeader("Authorization"));
}

void TestOpenAiRequests::openAiBody()
{
    const QJsonObject body = bodyOf(OpenAiWire(), fullRequest());
    QCOMPARE(body["model"_L1].toString(), u"m1"_s);
    QCOMPARE(body["stream"_L1], QJsonValue(true));
    compareJson(body["stream_options"_L1], json(R"({"include_usage":true})"));
    compareJson(body["messages"_L1], json(R"([
        {"role":"system","content":"Be brief."},
        {"role":"user","content":"Weather in Paris and Tokyo?"},
        {"role":"assistant","content":"Checking.","tool_calls":[
            {"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}},
            {"id":"call_2","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Tokyo\"}"}}]},
        {"role":"tool","tool_call_id":"call_1","content":"{\"temp\":21}"},
        {"role":"tool","tool_call_id":"call_2","content":"18 degrees"},
        {"role":"assistant","content":"Paris 21 °C, Tokyo 18 °C."},
        {"role":"user","content":"Thanks!"}])"));
    QCOMPARE(body["temperature"_L1].toDouble(), 0.5);
    QCOMPARE(body["top_p"_L1].toDouble(), 0.9);
    QCOMPARE(body["max_tokens"_L1].toInteger(), 256);
    QCOMPARE(body["seed"_L1].toInteger(), 42);
    compareJson(body["stop"_L1], json(R"(["END","STOP"])"));
    compareJson(body["tools"_L1], kTools);
    compareJson(body["tool_choice"_L1], json(R"("auto")"));
    verifyAbsent(body, {u"max_completion_tokens"_s, u"response_format"_s, u"reasoning_effort"_s});

    // An assistant turn that only called tools has content null.
    ChatRequest onlyCalls = minimalRequest();
    ChatMessage calls = message(ChatMessage::Role::Assistant, {});
    calls.toolCalls = {{0, u"c"_s, u"now"_s, {}}};
    onlyCalls.messages.append(calls);
    compareJson(bodyOf(OpenAiWire(), onlyCalls)["messages"_L1][1],
                json(R"({"role":"assistant","content":null,"tool_calls":[{"id":"c",
                     "type":"function","function":{"name":"now","arguments":"{}"}}]})"));
}

void TestOpenAiRequests::openAiMaxTokensField()
{
    // OpenAI's reasoning models reject max_tokens; compatible servers want it.
    const QJsonObject openai = bodyOf(OpenAiWire(OpenAiWire::Options{true, 0}), fullRequest());
    QCOMPARE(openai["max_completion_tokens"_L1].toInteger(), 256);
    QVERIFY(!openai.contains("max_tokens"_L1));
    const QJsonObject compatible = bodyOf(OpenAiWire(OpenAiWire::Options{false, 0}), fullRequest());
    QCOMPARE(compatible["max_tokens"_L1].toInteger(), 256);
    QVERIFY(!compatible.contains("max_completion_tokens"_L1));
}

void TestOpenAiRequests::openAiMinimal()
{
    const QJsonObject body = bodyOf(OpenAiWire(), minimalRequest());
    compareJson(body["messages"_L1], json(R"([{"role":"user","content":"Hi"}])"));
    compareJson(body["stream_options"_L1], json(R"({"include_usage":true})"));
    verifyAbsent(body, {u"temperature"_s, u"top_p"_s, u"max_tokens"_s, u"max_completion_tokens"_s,
                        u"seed"_s, u"stop"_s, u"tools"_s, u"tool_choice"_s, u"response_format"_s,
                        u"reasoning_effort"_s});
}

void TestOpenAiRequests::openAiToolChoice_data()
{
    QTest::addColumn<QByteArray>("choice"); // JSON, empty for none set
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("auto") << R"("auto")"_ba
                          << R"("auto")"_ba;
    QTest::newRow("required") << R"("required")"_ba
                              << R"("required")"_ba;
    QTest::newRow("none") << R"("none")"_ba
                          << R"("none")"_ba;
    QTest::newRow("function") << R"({"type":"function","function":{"name":"get_weather"}})"_ba
                              << R"({"type":"function","function":{"name":"get_weather"}})"_ba;
    QTest::newRow("unset") << QByteArray() << QByteArray();
}

void TestOpenAiRequests::openAiToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(QByteArray, expected);
    ChatRequest r = fullRequest();
    r.toolChoice = choice.isEmpty() ? QJsonValue() : json(choice);
    const QJsonObject body = bodyOf(OpenAiWire(), r);
    compareJson(body["tool_choice"_L1],
                expected.isEmpty() ? QJsonValue(QJsonValue::Undefined) : json(expected));
    compareJson(body["tools"_L1], kTools);

    // Without tools no tool_choice is sent: servers reject one.
    r.tools = {};
    QVERIFY(!bodyOf(OpenAiWire(), r).contains("tool_choice"_L1));
}

void TestOpenAiRequests::openAiResponseFormat()
{
    ChatRequest r = minimalRequest();
    r.responseFormat = u"json_object"_s;
    compareJson(bodyOf(OpenAiWire(), r)["response_format"_L1], json(R"({"type":"json_object"})"));
    r.responseFormat = u"json_schema"_s;
    r.responseSchema = kSchema;
    QJsonObject expected{{"type"_L1, "json_schema"_L1}, {"json_schema"_L1, kSchema}};
    compareJson(bodyOf(OpenAiWire(), r)["response_format"_L1], expected);
    r.reasoningEffort = ReasoningEffort::High;
    QCOMPARE(bodyOf(OpenAiWire(), r)["reasoning_effort"_L1].toString(), u"high"_s);
}

void TestOpenAiRequests::openAiToolResults()
{
    compareJson(bodyOf(OpenAiWire(), toolRound(u"call_a"_s, u"call_b"_s))["messages"_L1],
                json(R"([{"role":"user","content":"Show me"},
        {"role":"assistant","content":null,"tool_calls":[
            {"id":"call_a","type":"function","function":{"name":"read_file",
             "arguments":"{\"path\":\"a.txt\"}"}},
            {"id":"call_b","type":"function","function":{"name":"get_image","arguments":"{}"}}]},
        {"role":"tool","tool_call_id":"call_a","content":"Error: The user denied this call."},
        {"role":"tool","tool_call_id":"call_b","content":)" +
                     compact(QJsonValue(u"Here it is.\n"_s + kImageNote)).toUtf8() + "}]"));
}

QTEST_GUILESS_MAIN(TestOpenAiRequests)
#include "tst_openairequests.moc"
