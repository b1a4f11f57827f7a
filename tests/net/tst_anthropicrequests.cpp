// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// AnthropicWire's requests: URL, headers, body, thinking, tool rounds (docs/WIRE-FORMATS.md §2).

#include "anthropicwire.h"
#include "wirerequesttesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace WireRequestTesting;

class TestAnthropicRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anthropicRequest_data();
    void anthropicRequest();
    void anthropicBody();
    void anthropicMinimal();
    void anthropicSystemMessagesJoinTheSystemField();
    void anthropicThinkingReplay();
    void anthropicToolChoice_data();
    void anthropicToolChoice();
    void anthropicResponseFormat();
    void anthropicThinking_data();
    void anthropicThinking();
    void anthropicToolResults();
};

void TestAnthropicRequests::anthropicRequest_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::newRow("anthropic") << u"https://api.anthropic.com"_s
                               << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("trailing slash")
        << u"https://api.anthropic.com/"_s << u"https://api.anthropic.com/v1/messages"_s;
    QTest::newRow("behind a proxy path")
        << u"http://127.0.0.1:4000/anthropic"_s << u"http://127.0.0.1:4000/anthropic/v1/messages"_s;
}

void TestAnthropicRequests::anthropicRequest()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    const QNetworkRequest request = AnthropicWire().makeRequest(endpoint(base), fullRequest());
    QCOMPARE(request.url().toString(), url);
    QCOMPARE(request.rawHeader("x-api-key"), kKey.toUtf8());
    QCOMPARE(request.rawHeader("anthropic-version"), "2023-06-01"_ba);
    QCOMPARE(request.rawHeader("Content-Type"), "application/json"_ba);
    QVERIFY(!request.hasRawHeader("Authorization"));
    QVERIFY(!request.url().toString().contains(kKey));
}

void TestAnthropicRequests::anthropicBody()
{
    const QJsonObject body = bodyOf(AnthropicWire(), fullRequest());
    QCOMPARE(body["model"_L1].toString(), u"m1"_s);
    QCOMPARE(body["stream"_L1], QJsonValue(true));
    QCOMPARE(body["system"_L1].toString(), u"Be brief."_s);
    const QJsonArray messages = body["messages"_L1].toArray();
    // Roles alternate, starting with the user; the system prompt is never a message.
    QCOMPARE(roles(messages),
             QStringList({u"user"_s, u"assistant"_s, u"user"_s, u"assistant"_s, u"user"_s}));
    compareJson(messages, json(R"([
        {"role":"user","content":[{"type":"text","text":"Weather in Paris and Tokyo?"}]},
        {"role":"assistant","content":[{"type":"text","text":"Checking."},
            {"type":"tool_use","id":"call_1","name":"get_weather","input":{"city":"Paris"}},
            {"type":"tool_use","id":"call_2","name":"get_weather","input":{"city":"Tokyo"}}]},
        {"role":"user","content":[
            {"type":"tool_result","tool_use_id":"call_1","content":"{\"temp\":21}"},
            {"type":"tool_result","tool_use_id":"call_2","content":"18 degrees"}]},
        {"role":"assistant","content":[{"type":"text","text":"Paris 21 °C, Tokyo 18 °C."}]},
        {"role":"user","content":[{"type":"text","text":"Thanks!"}]}])"));
    QCOMPARE(body["max_tokens"_L1].toInteger(), 256);
    QCOMPARE(body["temperature"_L1].toDouble(), 0.5);
    QCOMPARE(body["top_p"_L1].toDouble(), 0.9);
    compareJson(body["stop_sequences"_L1], json(R"(["END","STOP"])"));
    compareJson(body["tools"_L1], json(R"([{"name":"get_weather",
        "description":"Current weather for a city.","input_schema":{"type":"object",
        "properties":{"city":{"type":"string"}},"required":["city"]}}])"));
    compareJson(body["tool_choice"_L1], json(R"({"type":"auto"})"));
    // Anthropic has no seed, stop or response_format fields.
    verifyAbsent(body, {u"seed"_s, u"stop"_s, u"response_format"_s, u"thinking"_s});

    // A tool result followed by a user message joins one user turn, results first.
    ChatRequest r = fullRequest();
    r.messages.remove(4, 1); // the assistant's answer: the tool results meet the next question
    const QJsonArray merged = bodyOf(AnthropicWire(), r)["messages"_L1].toArray();
    QCOMPARE(roles(merged), QStringList({u"user"_s, u"assistant"_s, u"user"_s}));
    const QJsonArray last = merged.last()["content"_L1].toArray();
    QCOMPARE(last.size(), 3);
    QCOMPARE(last[0]["type"_L1].toString(), u"tool_result"_s);
    QCOMPARE(last[1]["type"_L1].toString(), u"tool_result"_s);
    compareJson(last[2], json(R"({"type":"text","text":"Thanks!"})"));
}

void TestAnthropicRequests::anthropicMinimal()
{
    const QJsonObject body = bodyOf(AnthropicWire(), minimalRequest());
    // max_tokens is required by the API: a default is always sent.
    QCOMPARE(body["max_tokens"_L1].toInteger(), AnthropicWire::kDefaultMaxTokens);
    compareJson(body["messages"_L1],
                json(R"([{"role":"user","content":[{"type":"text","text":"Hi"}]}])"));
    verifyAbsent(body, {u"system"_s, u"temperature"_s, u"top_p"_s, u"stop_sequences"_s, u"tools"_s,
                        u"tool_choice"_s, u"thinking"_s});
}

void TestAnthropicRequests::anthropicSystemMessagesJoinTheSystemField()
{
    ChatRequest r = minimalRequest();
    r.systemPrompt = u"First."_s;
    r.messages.prepend(message(ChatMessage::Role::System, u"Second."_s));
    const QJsonObject body = bodyOf(AnthropicWire(), r);
    QCOMPARE(body["system"_L1].toString(), u"First.\n\nSecond."_s);
    QCOMPARE(roles(body["messages"_L1].toArray()), QStringList{u"user"_s});
}

void TestAnthropicRequests::anthropicThinkingReplay()
{
    // Thinking blocks go back unchanged, signature included, before the tool calls.
    ChatRequest r = minimalRequest();
    ChatMessage turn = message(ChatMessage::Role::Assistant, {});
    turn.reasoning = u"Need the time."_s;
    turn.reasoningSignature = u"EqQBCgIYAhIM=="_s;
    turn.toolCalls = {{0, u"toolu_1"_s, u"now"_s, {}}};
    r.messages.append(turn);
    ChatMessage result = message(ChatMessage::Role::Tool, u"12:00"_s);
    result.toolCallId = u"toolu_1"_s;
    r.messages.append(result);
    const QJsonArray messages = bodyOf(AnthropicWire(), r)["messages"_L1].toArray();
    QCOMPARE(roles(messages), QStringList({u"user"_s, u"assistant"_s, u"user"_s}));
    compareJson(messages[1]["content"_L1], json(R"([
        {"type":"thinking","thinking":"Need the time.","signature":"EqQBCgIYAhIM=="},
        {"type":"tool_use","id":"toolu_1","name":"now","input":{}}])"));
}

void TestAnthropicRequests::anthropicToolChoice_data()
{
    QTest::addColumn<QByteArray>("choice");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("auto") << R"("auto")"_ba
                          << R"({"type":"auto"})"_ba;
    QTest::newRow("required is any") << R"("required")"_ba
                                     << R"({"type":"any"})"_ba;
    QTest::newRow("none") << R"("none")"_ba
                          << R"({"type":"none"})"_ba;
    QTest::newRow("function is tool")
        << R"({"type":"function","function":{"name":"get_weather"}})"_ba
        << R"({"type":"tool","name":"get_weather"})"_ba;
}

void TestAnthropicRequests::anthropicToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(QByteArray, expected);
    ChatRequest r = fullRequest();
    r.toolChoice = json(choice);
    compareJson(bodyOf(AnthropicWire(), r)["tool_choice"_L1], json(expected));
}

void TestAnthropicRequests::anthropicResponseFormat()
{
    // No response_format at Anthropic: a JSON schema becomes a forced tool.
    ChatRequest r = minimalRequest();
    r.responseFormat = u"json_schema"_s;
    r.responseSchema = kSchema;
    QJsonObject body = bodyOf(AnthropicWire(), r);
    QVERIFY(!body.contains("response_format"_L1));
    const QJsonArray tools = body["tools"_L1].toArray();
    QCOMPARE(tools.size(), 1);
    QCOMPARE(tools[0]["name"_L1].toString(), u"person"_s);
    compareJson(tools[0]["input_schema"_L1], kSchema["schema"_L1]);
    compareJson(body["tool_choice"_L1], json(R"({"type":"tool","name":"person"})"));

    // json_object: an instruction after the system prompt.
    r = minimalRequest();
    r.systemPrompt = u"Be brief."_s;
    r.responseFormat = u"json_object"_s;
    body = bodyOf(AnthropicWire(), r);
    const QString system = body["system"_L1].toString();
    QVERIFY(system.startsWith(u"Be brief.\n\n"_s));
    QVERIFY(system.contains("JSON"_L1));
    QVERIFY(!body.contains("response_format"_L1));
}

void TestAnthropicRequests::anthropicThinking_data()
{
    QTest::addColumn<QString>("effort");
    QTest::addColumn<qint64>("maxTokens"); // -1: unset
    QTest::addColumn<int>("budget");
    QTest::addColumn<qint64>("sentMaxTokens");
    QTest::newRow("low, small max_tokens raised")
        << u"low"_s << qint64(256) << 1024 << qint64(9216);
    QTest::newRow("medium, default max_tokens")
        << u"medium"_s << qint64(-1) << 4096 << qint64(8192);
    QTest::newRow("high, default max_tokens raised")
        << u"high"_s << qint64(-1) << 16384 << qint64(16384 + 8192);
    QTest::newRow("high, large max_tokens kept")
        << u"high"_s << qint64(32000) << 16384 << qint64(32000);
    QTest::newRow("max_tokens equal to the budget is raised")
        << u"low"_s << qint64(1024) << 1024 << qint64(1024 + 8192);
}

void TestAnthropicRequests::anthropicThinking()
{
    QFETCH(QString, effort);
    QFETCH(qint64, maxTokens);
    QFETCH(int, budget);
    QFETCH(qint64, sentMaxTokens);
    ChatRequest r = fullRequest();
    r.reasoningEffort = Reasoning::effortFromName(effort);
    r.maxTokens = maxTokens < 0 ? std::nullopt : std::optional<qint64>(maxTokens);
    QJsonObject body = bodyOf(AnthropicWire(), r);
    compareJson(body["thinking"_L1],
                QJsonObject{{"type"_L1, "enabled"_L1}, {"budget_tokens"_L1, budget}});
    QCOMPARE(body["max_tokens"_L1].toInteger(), sentMaxTokens);
    QVERIFY(body["max_tokens"_L1].toInteger() > budget);
    // Extended thinking rejects a changed temperature and top_p below 0.95.
    QVERIFY(!body.contains("temperature"_L1));
    QVERIFY(!body.contains("top_p"_L1));
    r.topP = 0.97;
    QCOMPARE(bodyOf(AnthropicWire(), r)["top_p"_L1].toDouble(), 0.97);

    // …and forced tool use: a forced tool wins, thinking is left out.
    r.toolChoice = u"required"_s;
    body = bodyOf(AnthropicWire(), r);
    compareJson(body["tool_choice"_L1], json(R"({"type":"any"})"));
    QVERIFY(!body.contains("thinking"_L1));
    QCOMPARE(body["temperature"_L1].toDouble(), 0.5);
}

void TestAnthropicRequests::anthropicToolResults()
{
    compareJson(bodyOf(AnthropicWire(), toolRound(u"toolu_a"_s, u"toolu_b"_s))["messages"_L1],
                json(R"([{"role":"user","content":[{"type":"text","text":"Show me"}]},
        {"role":"assistant","content":[
            {"type":"tool_use","id":"toolu_a","name":"read_file","input":{"path":"a.txt"}},
            {"type":"tool_use","id":"toolu_b","name":"get_image","input":{}}]},
        {"role":"user","content":[
            {"type":"tool_result","tool_use_id":"toolu_a","content":"The user denied this call.",
             "is_error":true},
            {"type":"tool_result","tool_use_id":"toolu_b","content":[
                {"type":"text","text":"Here it is."},
                {"type":"image","source":{"type":"base64","media_type":"image/png",
                 "data":"iVBORw0KGgo="}}]}]}])"));
}

QTEST_GUILESS_MAIN(TestAnthropicRequests)
#include "tst_anthropicrequests.moc"
