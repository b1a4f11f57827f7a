// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// GeminiWire's requests: URL, headers, body, thinking, tool rounds (docs/WIRE-FORMATS.md §3).

#include "geminiwire.h"
#include "wirerequesttesting.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace WireRequestTesting;

class TestGeminiRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void geminiRequest_data();
    void geminiRequest();
    void geminiBody();
    void geminiMinimal();
    void geminiToolChoice_data();
    void geminiToolChoice();
    void geminiResponseFormat();
    void geminiThinking();
    void geminiThoughtSignatureReplay();
    void geminiToolResults();
    void geminiCallIdsAndRepeatedRounds();
    void geminiJsonSchemaBeyondItsSubset();
};

void TestGeminiRequests::geminiRequest_data()
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

void TestGeminiRequests::geminiRequest()
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

void TestGeminiRequests::geminiBody()
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

void TestGeminiRequests::geminiMinimal()
{
    const QJsonObject body = bodyOf(GeminiWire(), minimalRequest());
    compareJson(body["contents"_L1], json(R"([{"role":"user","parts":[{"text":"Hi"}]}])"));
    verifyAbsent(body,
                 {u"systemInstruction"_s, u"generationConfig"_s, u"tools"_s, u"toolConfig"_s});
}

void TestGeminiRequests::geminiToolChoice_data()
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

void TestGeminiRequests::geminiToolChoice()
{
    QFETCH(QByteArray, choice);
    QFETCH(QByteArray, expected);
    ChatRequest r = fullRequest();
    r.toolChoice = json(choice);
    compareJson(bodyOf(GeminiWire(), r)["toolConfig"_L1]["functionCallingConfig"_L1],
                json(expected));
}

void TestGeminiRequests::geminiResponseFormat()
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

void TestGeminiRequests::geminiThinking()
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

void TestGeminiRequests::geminiThoughtSignatureReplay()
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

void TestGeminiRequests::geminiToolResults()
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

void TestGeminiRequests::geminiCallIdsAndRepeatedRounds()
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

void TestGeminiRequests::geminiJsonSchemaBeyondItsSubset()
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

QTEST_GUILESS_MAIN(TestGeminiRequests)
#include "tst_geminirequests.moc"
