// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// The request each wire format builds for one ChatRequest: URL, headers and JSON body
// (docs/WIRE-FORMATS.md §1–§4), and the provider preset table.

#include "anthropicwire.h"
#include "geminiwire.h"
#include "ollamawire.h"
#include "openaiwire.h"
#include "providerpresets.h"
#include "streamdecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-test-KEY-0123456789"_s;

QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text.constData());
    return doc.array().first();
}

QJsonObject bodyOf(const WireFormat &wire, const ChatRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wire.makeBody(request), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning() << "body is not a JSON object:" << error.errorString();
    return doc.object();
}

QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"<absent>"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .sliced(1);
}

const QJsonArray kTools = json(R"([{"type":"function","function":{"name":"get_weather",
    "description":"Current weather for a city.","parameters":{"type":"object",
    "properties":{"city":{"type":"string"}},"required":["city"]}}}])")
                              .toArray();

const QJsonObject kSchema = json(R"({"name":"person","strict":true,"schema":{"type":"object",
    "properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],
    "additionalProperties":false}})")
                                .toObject();

ChatMessage message(ChatMessage::Role role, const QString &content)
{
    ChatMessage m;
    m.role = role;
    m.content = content;
    return m;
}

/** A user question, an assistant turn with two tool calls, both results, an answer, a thanks. */
QList<ChatMessage> history()
{
    ChatMessage calls = message(ChatMessage::Role::Assistant, u"Checking."_s);
    calls.toolCalls = {{0, u"call_1"_s, u"get_weather"_s, uR"({"city":"Paris"})"_s},
                       {1, u"call_2"_s, u"get_weather"_s, uR"({"city":"Tokyo"})"_s}};
    ChatMessage result1 = message(ChatMessage::Role::Tool, uR"({"temp":21})"_s);
    result1.toolCallId = u"call_1"_s;
    ChatMessage result2 = message(ChatMessage::Role::Tool, u"18 degrees"_s);
    result2.toolCallId = u"call_2"_s;
    return {message(ChatMessage::Role::User, u"Weather in Paris and Tokyo?"_s),
            calls,
            result1,
            result2,
            message(ChatMessage::Role::Assistant, u"Paris 21 \u00b0C, Tokyo 18 \u00b0C."_s),
            message(ChatMessage::Role::User, u"Thanks!"_s)};
}

/** A tool round: the first call was refused (an error result), the second returned an image. */
ChatRequest toolRound(const QString &id1, const QString &id2)
{
    ChatMessage calls = message(ChatMessage::Role::Assistant, {});
    calls.toolCalls = {{0, id1, u"read_file"_s, uR"({"path":"a.txt"})"_s},
                       {1, id2, u"get_image"_s, {}}};
    ChatMessage denied = message(ChatMessage::Role::Tool, u"The user denied this call."_s);
    denied.toolCallId = id1;
    denied.toolError = true;
    ChatMessage image = message(ChatMessage::Role::Tool, u"Here it is."_s);
    image.toolCallId = id2;
    image.toolImages = {{u"image/png"_s, "iVBORw0KGgo="_ba}};
    ChatRequest r;
    r.model = u"m1"_s;
    r.messages = {message(ChatMessage::Role::User, u"Show me"_s), calls, denied, image};
    return r;
}

const QString kImageNote = u"[The tool returned an image (image/png, 12 bytes of base64); the "
                           u"user sees it, but it cannot be sent here.]"_s;

/** Every option set. */
ChatRequest fullRequest()
{
    ChatRequest r;
    r.model = u"m1"_s;
    r.systemPrompt = u"Be brief."_s;
    r.messages = history();
    r.temperature = 0.5;
    r.topP = 0.9;
    r.maxTokens = 256;
    r.seed = 42;
    r.stop = {u"END"_s, u"STOP"_s};
    r.tools = kTools;
    r.toolChoice = u"auto"_s;
    return r;
}

/** Only what every request needs. */
ChatRequest minimalRequest()
{
    ChatRequest r;
    r.model = u"m1"_s;
    r.messages = {message(ChatMessage::Role::User, u"Hi"_s)};
    return r;
}

ProviderEndpoint endpoint(const QString &base, const QString &key = kKey)
{
    ProviderEndpoint e;
    e.baseUrl = QUrl(base);
    e.apiKey = key;
    return e;
}

void compareJson(const QJsonValue &actual, const QJsonValue &expected)
{
    QCOMPARE(compact(actual), compact(expected));
}

/** The roles of an Anthropic or Gemini message list, in order. */
QStringList roles(const QJsonArray &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out.append(m["role"_L1].toString());
    return out;
}

/** Keys that a request with no options must not carry. */
void verifyAbsent(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys)
        QVERIFY2(!object.contains(key), qPrintable(key));
}
} // namespace

class TestWireRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // OpenAI
    void openAiRequest_data();
    void openAiRequest();
    void openAiBody();
    void openAiMaxTokensField();
    void outputLimitOnlyWherePresetsNeedIt();
    void openAiMinimal();
    void openAiToolChoice_data();
    void openAiToolChoice();
    void openAiResponseFormat();

    // Anthropic
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

    // Gemini
    void geminiRequest_data();
    void geminiRequest();
    void geminiBody();
    void geminiMinimal();
    void geminiToolChoice_data();
    void geminiToolChoice();
    void geminiResponseFormat();
    void geminiThinking();
    void geminiThoughtSignatureReplay();

    // Ollama
    void ollamaRequest();
    void ollamaBody();
    void ollamaMinimal();
    void ollamaFormatAndThink();

    // Tool rounds: calls, refusals and errors, images
    void openAiToolResults();
    void anthropicToolResults();
    void geminiToolResults();
    void geminiCallIdsAndRepeatedRounds();
    void geminiJsonSchemaBeyondItsSubset();
    void ollamaToolResults();

    // Presets
    void parseAddress_data();
    void parseAddress();
    void presetsAreComplete();
    void presetWires_data();
    void presetWires();
    void primaryAndCustomPresets();
};

// ---- OpenAI ----

void TestWireRequests::openAiRequest_data()
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

void TestWireRequests::openAiRequest()
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

void TestWireRequests::openAiBody()
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

void TestWireRequests::openAiMaxTokensField()
{
    // OpenAI's reasoning models reject max_tokens; compatible servers want it.
    const QJsonObject openai = bodyOf(OpenAiWire(OpenAiWire::Options{true, 0}), fullRequest());
    QCOMPARE(openai["max_completion_tokens"_L1].toInteger(), 256);
    QVERIFY(!openai.contains("max_tokens"_L1));
    const QJsonObject compatible = bodyOf(OpenAiWire(OpenAiWire::Options{false, 0}), fullRequest());
    QCOMPARE(compatible["max_tokens"_L1].toInteger(), 256);
    QVERIFY(!compatible.contains("max_completion_tokens"_L1));
}

void TestWireRequests::openAiMinimal()
{
    const QJsonObject body = bodyOf(OpenAiWire(), minimalRequest());
    compareJson(body["messages"_L1], json(R"([{"role":"user","content":"Hi"}])"));
    compareJson(body["stream_options"_L1], json(R"({"include_usage":true})"));
    verifyAbsent(body, {u"temperature"_s, u"top_p"_s, u"max_tokens"_s, u"max_completion_tokens"_s,
                        u"seed"_s, u"stop"_s, u"tools"_s, u"tool_choice"_s, u"response_format"_s,
                        u"reasoning_effort"_s});
}

void TestWireRequests::openAiToolChoice_data()
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

void TestWireRequests::openAiToolChoice()
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

void TestWireRequests::openAiResponseFormat()
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

// ---- Anthropic ----

void TestWireRequests::anthropicRequest_data()
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

void TestWireRequests::anthropicRequest()
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

void TestWireRequests::anthropicBody()
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

void TestWireRequests::anthropicMinimal()
{
    const QJsonObject body = bodyOf(AnthropicWire(), minimalRequest());
    // max_tokens is required by the API: a default is always sent.
    QCOMPARE(body["max_tokens"_L1].toInteger(), AnthropicWire::kDefaultMaxTokens);
    compareJson(body["messages"_L1],
                json(R"([{"role":"user","content":[{"type":"text","text":"Hi"}]}])"));
    verifyAbsent(body, {u"system"_s, u"temperature"_s, u"top_p"_s, u"stop_sequences"_s, u"tools"_s,
                        u"tool_choice"_s, u"thinking"_s});
}

void TestWireRequests::anthropicSystemMessagesJoinTheSystemField()
{
    ChatRequest r = minimalRequest();
    r.systemPrompt = u"First."_s;
    r.messages.prepend(message(ChatMessage::Role::System, u"Second."_s));
    const QJsonObject body = bodyOf(AnthropicWire(), r);
    QCOMPARE(body["system"_L1].toString(), u"First.\n\nSecond."_s);
    QCOMPARE(roles(body["messages"_L1].toArray()), QStringList{u"user"_s});
}

void TestWireRequests::anthropicThinkingReplay()
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

void TestWireRequests::anthropicToolChoice_data()
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

void TestWireRequests::anthropicToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(QByteArray, expected);
    ChatRequest r = fullRequest();
    r.toolChoice = json(choice);
    compareJson(bodyOf(AnthropicWire(), r)["tool_choice"_L1], json(expected));
}

void TestWireRequests::anthropicResponseFormat()
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

void TestWireRequests::anthropicThinking_data()
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

void TestWireRequests::anthropicThinking()
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

// ---- Gemini ----

void TestWireRequests::geminiRequest_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("path");
    QTest::newRow("gemini") << u"https://generativelanguage.googleapis.com"_s
                            << u"gemini-2.5-flash"_s
                            << u"/v1beta/models/gemini-2.5-flash:streamGenerateContent"_s;
    QTest::newRow("trailing slash")
        << u"https://generativelanguage.googleapis.com/"_s << u"gemini-2.5-pro"_s
        << u"/v1beta/models/gemini-2.5-pro:streamGenerateContent"_s;
    QTest::newRow("loopback") << u"http://127.0.0.1:9000"_s << u"m1"_s
                              << u"/v1beta/models/m1:streamGenerateContent"_s;
}

void TestWireRequests::geminiRequest()
{
    QFETCH(QString, base);
    QFETCH(QString, model);
    QFETCH(QString, path);
    ChatRequest r = fullRequest();
    r.model = model;
    const QNetworkRequest request = GeminiWire().makeRequest(endpoint(base), r);
    QCOMPARE(request.url().path(), path);
    QCOMPARE(request.url().query(), u"alt=sse"_s);
    // The key goes in a header, never in the URL (?key= leaks into logs).
    QCOMPARE(request.rawHeader("x-goog-api-key"), kKey.toUtf8());
    QVERIFY(!request.url().toString().contains(kKey));
    QVERIFY(!QUrlQuery(request.url()).hasQueryItem(u"key"_s));
    QVERIFY(!request.hasRawHeader("Authorization"));
    QCOMPARE(request.rawHeader("Content-Type"), "application/json"_ba);
    // The model is in the URL, not in the body.
    QVERIFY(!bodyOf(GeminiWire(), r).contains("model"_L1));
}

void TestWireRequests::geminiBody()
{
    const QJsonObject body = bodyOf(GeminiWire(), fullRequest());
    compareJson(body["systemInstruction"_L1], json(R"({"parts":[{"text":"Be brief."}]})"));
    const QJsonArray contents = body["contents"_L1].toArray();
    QCOMPARE(roles(contents),
             QStringList({u"user"_s, u"model"_s, u"user"_s, u"model"_s, u"user"_s}));
    compareJson(contents, json(R"([
        {"role":"user","parts":[{"text":"Weather in Paris and Tokyo?"}]},
        {"role":"model","parts":[{"text":"Checking."},
            {"functionCall":{"name":"get_weather","args":{"city":"Paris"}}},
            {"functionCall":{"name":"get_weather","args":{"city":"Tokyo"}}}]},
        {"role":"user","parts":[
            {"functionResponse":{"name":"get_weather","response":{"temp":21}}},
            {"functionResponse":{"name":"get_weather","response":{"result":"18 degrees"}}}]},
        {"role":"model","parts":[{"text":"Paris 21 °C, Tokyo 18 °C."}]},
        {"role":"user","parts":[{"text":"Thanks!"}]}])"));
    compareJson(body["generationConfig"_L1], json(R"({"temperature":0.5,"topP":0.9,
        "maxOutputTokens":256,"seed":42,"stopSequences":["END","STOP"]})"));
    compareJson(body["tools"_L1], json(R"([{"functionDeclarations":[{"name":"get_weather",
        "description":"Current weather for a city.","parameters":{"type":"object",
        "properties":{"city":{"type":"string"}},"required":["city"]}}]}])"));
    compareJson(body["toolConfig"_L1], json(R"({"functionCallingConfig":{"mode":"AUTO"}})"));
}

void TestWireRequests::geminiMinimal()
{
    const QJsonObject body = bodyOf(GeminiWire(), minimalRequest());
    compareJson(body["contents"_L1], json(R"([{"role":"user","parts":[{"text":"Hi"}]}])"));
    verifyAbsent(body,
                 {u"systemInstruction"_s, u"generationConfig"_s, u"tools"_s, u"toolConfig"_s});
}

void TestWireRequests::geminiToolChoice_data()
{
    QTest::addColumn<QByteArray>("choice");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("auto") << R"("auto")"_ba
                          << R"({"mode":"AUTO"})"_ba;
    QTest::newRow("required is ANY") << R"("required")"_ba
                                     << R"({"mode":"ANY"})"_ba;
    QTest::newRow("none") << R"("none")"_ba
                          << R"({"mode":"NONE"})"_ba;
    QTest::newRow("function is ANY with one allowed name")
        << R"({"type":"function","function":{"name":"get_weather"}})"_ba
        << R"({"mode":"ANY","allowedFunctionNames":["get_weather"]})"_ba;
}

void TestWireRequests::geminiToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(QByteArray, expected);
    ChatRequest r = fullRequest();
    r.toolChoice = json(choice);
    compareJson(bodyOf(GeminiWire(), r)["toolConfig"_L1]["functionCallingConfig"_L1],
                json(expected));
}

void TestWireRequests::geminiResponseFormat()
{
    ChatRequest r = minimalRequest();
    r.responseFormat = u"json_object"_s;
    compareJson(bodyOf(GeminiWire(), r)["generationConfig"_L1],
                json(R"({"responseMimeType":"application/json"})"));
    r.responseFormat = u"json_schema"_s;
    r.responseSchema = kSchema;
    const QJsonObject config = bodyOf(GeminiWire(), r)["generationConfig"_L1].toObject();
    QCOMPARE(config["responseMimeType"_L1].toString(), u"application/json"_s);
    compareJson(config["responseJsonSchema"_L1], kSchema["schema"_L1]);
}

void TestWireRequests::geminiThinking()
{
    ChatRequest r = minimalRequest();
    r.reasoningEffort = ReasoningEffort::Low;
    const QJsonObject thinking =
        bodyOf(GeminiWire(), r)["generationConfig"_L1]["thinkingConfig"_L1].toObject();
    QCOMPARE(thinking["includeThoughts"_L1], QJsonValue(true));
    QVERIFY(thinking["thinkingBudget"_L1].toInt() > 0);
    r.reasoningEffort = ReasoningEffort::High;
    QVERIFY(bodyOf(GeminiWire(), r)["generationConfig"_L1]["thinkingConfig"_L1]["thinkingBudget"_L1]
                .toInt() > thinking["thinkingBudget"_L1].toInt());
}

void TestWireRequests::geminiThoughtSignatureReplay()
{
    ChatRequest r = minimalRequest();
    ChatMessage turn = message(ChatMessage::Role::Assistant, {});
    turn.reasoningSignature = u"CiQB0e2Kb7z"_s;
    turn.toolCalls = {{0, u"call_0"_s, u"now"_s, u"{}"_s}, {1, u"call_1"_s, u"today"_s, u"{}"_s}};
    r.messages.append(turn);
    // Only the first function call of the turn carries the signature, as Gemini sent it.
    compareJson(bodyOf(GeminiWire(), r)["contents"_L1][1],
                json(R"({"role":"model","parts":[{"functionCall":{"name":"now","args":{}},
                     "thoughtSignature":"CiQB0e2Kb7z"},
                     {"functionCall":{"name":"today","args":{}}}]})"));
}

// ---- Ollama ----

void TestWireRequests::ollamaRequest()
{
    const QNetworkRequest local =
        OllamaWire().makeRequest(endpoint(u"http://localhost:11434"_s, {}), fullRequest());
    QCOMPARE(local.url().toString(), u"http://localhost:11434/api/chat"_s);
    QCOMPARE(local.rawHeader("Content-Type"), "application/json"_ba);
    QVERIFY(!local.hasRawHeader("Authorization")); // no auth locally

    const QNetworkRequest remote =
        OllamaWire().makeRequest(endpoint(u"https://ollama.example/"_s), fullRequest());
    QCOMPARE(remote.url().toString(), u"https://ollama.example/api/chat"_s);
    QCOMPARE(remote.rawHeader("Authorization"), QByteArray("Bearer " + kKey.toUtf8()));
}

void TestWireRequests::ollamaBody()
{
    const QJsonObject body = bodyOf(OllamaWire(), fullRequest());
    QCOMPARE(body["model"_L1].toString(), u"m1"_s);
    QCOMPARE(body["stream"_L1], QJsonValue(true));
    compareJson(body["messages"_L1], json(R"([
        {"role":"system","content":"Be brief."},
        {"role":"user","content":"Weather in Paris and Tokyo?"},
        {"role":"assistant","content":"Checking.","tool_calls":[
            {"function":{"name":"get_weather","arguments":{"city":"Paris"}}},
            {"function":{"name":"get_weather","arguments":{"city":"Tokyo"}}}]},
        {"role":"tool","content":"{\"temp\":21}","tool_name":"get_weather"},
        {"role":"tool","content":"18 degrees","tool_name":"get_weather"},
        {"role":"assistant","content":"Paris 21 °C, Tokyo 18 °C."},
        {"role":"user","content":"Thanks!"}])"));
    compareJson(body["options"_L1], json(R"({"temperature":0.5,"top_p":0.9,"num_predict":256,
        "seed":42,"stop":["END","STOP"]})"));
    compareJson(body["tools"_L1], kTools);
    // Options live under "options", never top-level.
    verifyAbsent(body, {u"temperature"_s, u"max_tokens"_s, u"stop"_s, u"format"_s, u"think"_s});
}

void TestWireRequests::ollamaMinimal()
{
    const QJsonObject body = bodyOf(OllamaWire(), minimalRequest());
    compareJson(body["messages"_L1], json(R"([{"role":"user","content":"Hi"}])"));
    verifyAbsent(body, {u"options"_s, u"tools"_s, u"format"_s, u"think"_s});
}

void TestWireRequests::ollamaFormatAndThink()
{
    ChatRequest r = minimalRequest();
    r.responseFormat = u"json_object"_s;
    QCOMPARE(bodyOf(OllamaWire(), r)["format"_L1].toString(), u"json"_s);
    r.responseFormat = u"json_schema"_s;
    r.responseSchema = kSchema;
    compareJson(bodyOf(OllamaWire(), r)["format"_L1], kSchema["schema"_L1]);
    r.reasoningEffort = ReasoningEffort::Medium;
    QCOMPARE(bodyOf(OllamaWire(), r)["think"_L1], QJsonValue(true));
    r.reasoningEffort = ReasoningEffort::None;
    QCOMPARE(bodyOf(OllamaWire(), r)["think"_L1], QJsonValue(false));
}

// ---- Presets ----

void TestWireRequests::parseAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("preset"); // empty: none
    QTest::addColumn<QString>("model");
    QTest::newRow("openai/gpt-4o") << u"openai/gpt-4o"_s << u"openai"_s << u"gpt-4o"_s;
    QTest::newRow("anthropic") << u"anthropic/claude-sonnet-4-6"_s << u"anthropic"_s
                               << u"claude-sonnet-4-6"_s;
    QTest::newRow("ollama with a tag") << u"ollama/qwen3:8b"_s << u"ollama"_s << u"qwen3:8b"_s;
    QTest::newRow("only the first slash splits")
        << u"openrouter/meta-llama/llama-3.1-70b"_s << u"openrouter"_s
        << u"meta-llama/llama-3.1-70b"_s;
    QTest::newRow("unknown prefix keeps the whole string")
        << u"meta-llama/Llama-3"_s << QString() << u"meta-llama/Llama-3"_s;
    QTest::newRow("no slash") << u"gpt-4o"_s << QString() << u"gpt-4o"_s;
    QTest::newRow("leading slash") << u"/gpt-4o"_s << QString() << u"/gpt-4o"_s;
    QTest::newRow("preset ids are case-sensitive")
        << u"OpenAI/gpt-4o"_s << QString() << u"OpenAI/gpt-4o"_s;
    QTest::newRow("empty model after a preset") << u"gemini/"_s << u"gemini"_s << QString();
}

void TestWireRequests::parseAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, preset);
    QFETCH(QString, model);
    const ProviderPresets::Address parsed = ProviderPresets::parseAddress(address);
    QCOMPARE(parsed.preset ? parsed.preset->id : QString(), preset);
    QCOMPARE(parsed.model, model);
}

void TestWireRequests::presetsAreComplete()
{
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    QVERIFY(presets.size() >= 4);
    QSet<QString> ids;
    static const QRegularExpression idPattern(u"^[a-z0-9]+$"_s);
    static const QRegularExpression envPattern(u"^[A-Z][A-Z0-9_]*$"_s);
    for (const ProviderPreset &p : presets) {
        QVERIFY2(idPattern.match(p.id).hasMatch(), qPrintable(p.id));
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id));
        ids.insert(p.id);
        QVERIFY2(!p.displayName.trimmed().isEmpty(), qPrintable(p.id));
        const QUrl url(p.defaultBaseUrl, QUrl::StrictMode);
        QVERIFY2(url.isValid() && !url.host().isEmpty(), qPrintable(p.id));
        QVERIFY2(url.scheme() == "https"_L1 || url.scheme() == "http"_L1, qPrintable(p.id));
        // Hosted services are reached over TLS; plain HTTP only for local servers.
        if (!p.capabilities.testFlag(ProviderPreset::LocalServer)) {
            QVERIFY2(url.scheme() == "https"_L1 || url.host() == "localhost"_L1, qPrintable(p.id));
            QVERIFY2(envPattern.match(p.apiKeyEnv).hasMatch(), qPrintable(p.id));
        }
        QCOMPARE(ProviderPresets::find(p.id), &p);
    }
    for (const char *required : {"openai", "anthropic", "gemini", "ollama"})
        QVERIFY2(ids.contains(QLatin1StringView(required)), required);
    QCOMPARE(ProviderPresets::find(u"nope"), nullptr);
    QVERIFY(!ids.contains(ProviderPresets::custom().id));
}

void TestWireRequests::primaryAndCustomPresets()
{
    // The primary preset is the table's first (OpenAI): what a new setup starts with.
    const ProviderPreset &primary = ProviderPresets::primary();
    QCOMPARE(&primary, &ProviderPresets::all().first());
    QCOMPARE(primary.id, u"openai"_s);
    QCOMPARE(primary.defaultBaseUrl, u"https://api.openai.com/v1"_s);
    QCOMPARE(primary.apiKeyEnv, u"OPENAI_API_KEY"_s);
    QVERIFY(!primary.defaultModel.isEmpty());

    // A custom server: OpenAI-compatible, nothing assumed, not findable by id.
    const ProviderPreset &custom = ProviderPresets::custom();
    QCOMPARE(custom.wire, ProviderPreset::Wire::OpenAi);
    QVERIFY(custom.defaultBaseUrl.isEmpty());
    QVERIFY(custom.apiKeyEnv.isEmpty());
    QVERIFY(custom.defaultModel.isEmpty());
    QCOMPARE(int(custom.capabilities), 0);
    QCOMPARE(ProviderPresets::find(custom.id), nullptr);
    const auto wire = ProviderPresets::makeWire(custom);
    QVERIFY(std::dynamic_pointer_cast<const OpenAiWire>(wire));
    ChatRequest limited = minimalRequest();
    limited.maxTokens = 5;
    const QJsonObject body = bodyOf(*wire, limited);
    QCOMPARE(body["max_tokens"_L1].toInteger(), 5); // compatible servers: max_tokens
    QVERIFY(!body.contains("max_completion_tokens"_L1));
    QVERIFY(!bodyOf(*wire, minimalRequest()).contains("max_tokens"_L1));
}

void TestWireRequests::presetWires_data()
{
    QTest::addColumn<QString>("id");
    for (const ProviderPreset &p : ProviderPresets::all())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestWireRequests::presetWires()
{
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::find(id);
    QVERIFY(preset);
    const std::shared_ptr<const WireFormat> wire = ProviderPresets::makeWire(*preset);
    QVERIFY(wire);

    const QUrl base(preset->defaultBaseUrl);
    ChatRequest r = minimalRequest();
    r.maxTokens = 100;
    const QNetworkRequest request = wire->makeRequest(endpoint(preset->defaultBaseUrl), r);
    QCOMPARE(request.url().scheme(), base.scheme());
    QCOMPARE(request.url().host(), base.host());
    QCOMPARE(request.url().port(), base.port());
    QVERIFY(request.url().path().startsWith(base.path()));
    QVERIFY(!request.url().toString().contains(kKey));
    const QJsonObject body = bodyOf(*wire, r);
    QVERIFY(!body.isEmpty());

    QByteArray keyHeader;
    QByteArray keyValue = kKey.toUtf8();
    switch (preset->wire) {
    case ProviderPreset::Wire::OpenAi:
        QVERIFY(request.url().path().endsWith("/chat/completions"_L1));
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        // Only OpenAI itself wants max_completion_tokens.
        QCOMPARE(body.contains("max_completion_tokens"_L1), id == "openai"_L1);
        QCOMPARE(body.contains("max_tokens"_L1), id != "openai"_L1);
        keyHeader = "Authorization";
        keyValue = "Bearer " + keyValue;
        break;
    case ProviderPreset::Wire::Anthropic:
        QCOMPARE(request.url().path(), u"/v1/messages"_s);
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        keyHeader = "x-api-key";
        break;
    case ProviderPreset::Wire::Gemini:
        QCOMPARE(request.url().path(), u"/v1beta/models/m1:streamGenerateContent"_s);
        keyHeader = "x-goog-api-key";
        break;
    case ProviderPreset::Wire::Ollama:
        QCOMPARE(request.url().path(), u"/api/chat"_s);
        QCOMPARE(body["model"_L1].toString(), u"m1"_s);
        keyHeader = "Authorization";
        keyValue = "Bearer " + keyValue;
        break;
    }
    QCOMPARE(request.rawHeader(keyHeader), keyValue);

    ResultBuilder builder;
    const std::unique_ptr<StreamDecoder> decoder = wire->makeDecoder(&builder);
    QVERIFY(decoder);
    const bool ndjson = preset->wire == ProviderPreset::Wire::Ollama;
    QVERIFY(wire->acceptsContentType(ndjson ? "application/x-ndjson"
                                            : "text/event-stream; charset=utf-8"));
    QVERIFY(!wire->acceptsContentType("text/html; charset=utf-8"));
}

void TestWireRequests::outputLimitOnlyWherePresetsNeedIt()
{
    // llama.cpp fills its whole context without a limit (docs/WIRE-FORMATS.md §1): its preset sends
    // one.
    const auto llama = ProviderPresets::makeWire(*ProviderPresets::find(u"llamacpp"));
    QCOMPARE(bodyOf(*llama, minimalRequest())["max_tokens"_L1].toInteger(),
             ProviderPreset::kDefaultOutputLimit);
    ChatRequest limited = minimalRequest();
    limited.maxTokens = 77;
    QCOMPARE(bodyOf(*llama, limited)["max_tokens"_L1].toInteger(), 77);
    // Others send none unless asked.
    for (const QString &id : {u"openai"_s, u"vllm"_s, u"openrouter"_s}) {
        const auto wire = ProviderPresets::makeWire(*ProviderPresets::find(id));
        const QJsonObject body = bodyOf(*wire, minimalRequest());
        QVERIFY2(!body.contains("max_tokens"_L1) && !body.contains("max_completion_tokens"_L1),
                 qPrintable(id));
    }
}

// ---- Tool rounds ----

void TestWireRequests::openAiToolResults()
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

void TestWireRequests::anthropicToolResults()
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

void TestWireRequests::geminiToolResults()
{
    // Made-up ids (Gemini sent none) stay at home; the error goes under "error".
    compareJson(bodyOf(GeminiWire(), toolRound(u"call_0"_s, u"call_1"_s))["contents"_L1],
                json(R"([{"role":"user","parts":[{"text":"Show me"}]},
        {"role":"model","parts":[
            {"functionCall":{"name":"read_file","args":{"path":"a.txt"}}},
            {"functionCall":{"name":"get_image","args":{}}}]},
        {"role":"user","parts":[
            {"functionResponse":{"name":"read_file",
             "response":{"error":"The user denied this call."}}},
            {"functionResponse":{"name":"get_image","response":{"result":)" +
                     compact(QJsonValue(u"Here it is.\n"_s + kImageNote)).toUtf8() + "}}}]}]"));
}

void TestWireRequests::geminiCallIdsAndRepeatedRounds()
{
    // Ids Gemini sent go back with the call and its response.
    const QJsonArray withIds =
        bodyOf(GeminiWire(), toolRound(u"f7xq"_s, u"k2pz"_s))["contents"_L1].toArray();
    QCOMPARE(withIds[1]["parts"_L1][0]["functionCall"_L1]["id"_L1].toString(), u"f7xq"_s);
    QCOMPARE(withIds[2]["parts"_L1][0]["functionResponse"_L1]["id"_L1].toString(), u"f7xq"_s);
    QCOMPARE(withIds[2]["parts"_L1][1]["functionResponse"_L1]["id"_L1].toString(), u"k2pz"_s);

    // A second round reuses the made-up id call_0 for another function: each result is named
    // after the call of its own round.
    ChatRequest r = toolRound(u"call_0"_s, u"call_1"_s);
    ChatMessage again = message(ChatMessage::Role::Assistant, {});
    again.toolCalls = {{0, u"call_0"_s, u"list_directory"_s, u"{}"_s}};
    ChatMessage listing = message(ChatMessage::Role::Tool, u"a.txt"_s);
    listing.toolCallId = u"call_0"_s;
    r.messages << again << listing;
    const QJsonArray contents = bodyOf(GeminiWire(), r)["contents"_L1].toArray();
    QCOMPARE(contents.size(), 5);
    QCOMPARE(contents[2]["parts"_L1][0]["functionResponse"_L1]["name"_L1].toString(),
             u"read_file"_s);
    QCOMPARE(contents[4]["parts"_L1][0]["functionResponse"_L1]["name"_L1].toString(),
             u"list_directory"_s);
}

void TestWireRequests::geminiJsonSchemaBeyondItsSubset()
{
    // An MCP tool's schema may use any JSON Schema; Gemini takes that as parametersJsonSchema.
    ChatRequest r = minimalRequest();
    const QJsonObject schema = json(R"({"$schema":"http://json-schema.org/draft-07/schema#",
        "type":"object","properties":{"path":{"type":["string","null"]}},
        "additionalProperties":false})")
                                   .toObject();
    r.tools = {QJsonObject{
        {"type"_L1, "function"_L1},
        {"function"_L1, QJsonObject{{"name"_L1, "read_file"_L1}, {"parameters"_L1, schema}}}}};
    const QJsonObject declaration =
        bodyOf(GeminiWire(), r)["tools"_L1][0]["functionDeclarations"_L1][0].toObject();
    compareJson(declaration["parametersJsonSchema"_L1], schema);
    QVERIFY(!declaration.contains("parameters"_L1));
    // A nested keyword outside the subset counts too.
    QJsonObject nested = kTools[0]["function"_L1]["parameters"_L1].toObject();
    nested.insert("properties"_L1,
                  json(R"({"city":{"type":"string","const":"Paris"}})").toObject());
    r.tools = {
        QJsonObject{{"type"_L1, "function"_L1},
                    {"function"_L1, QJsonObject{{"name"_L1, "w"_L1}, {"parameters"_L1, nested}}}}};
    QVERIFY(
        bodyOf(GeminiWire(), r)["tools"_L1][0]["functionDeclarations"_L1][0].toObject().contains(
            "parametersJsonSchema"_L1));
}

void TestWireRequests::ollamaToolResults()
{
    compareJson(bodyOf(OllamaWire(), toolRound(u"call_0"_s, u"call_1"_s))["messages"_L1],
                json(R"([{"role":"user","content":"Show me"},
        {"role":"assistant","content":"","tool_calls":[
            {"function":{"name":"read_file","arguments":{"path":"a.txt"}}},
            {"function":{"name":"get_image","arguments":{}}}]},
        {"role":"tool","content":"Error: The user denied this call.","tool_name":"read_file"},
        {"role":"tool","content":)" +
                     compact(QJsonValue(u"Here it is.\n"_s + kImageNote)).toUtf8() +
                     R"(,"tool_name":"get_image"}])"));
}

QTEST_GUILESS_MAIN(TestWireRequests)
#include "tst_wirerequests.moc"
