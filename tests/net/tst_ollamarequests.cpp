// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// OllamaWire's requests: URL, headers, body, format/think, tool rounds (docs/WIRE-FORMATS.md §4).

#include "ollamawire.h"
#include "wirerequesttesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace WireRequestTesting;

class TestOllamaRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ollamaRequest();
    void ollamaBody();
    void ollamaMinimal();
    void ollamaFormatAndThink();
    void ollamaToolResults();
};

void TestOllamaRequests::ollamaRequest()
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

void TestOllamaRequests::ollamaBody()
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

void TestOllamaRequests::ollamaMinimal()
{
    const QJsonObject body = bodyOf(OllamaWire(), minimalRequest());
    compareJson(body["messages"_L1], json(R"([{"role":"user","content":"Hi"}])"));
    verifyAbsent(body, {u"options"_s, u"tools"_s, u"format"_s, u"think"_s});
}

void TestOllamaRequests::ollamaFormatAndThink()
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

void TestOllamaRequests::ollamaToolResults()
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

QTEST_GUILESS_MAIN(TestOllamaRequests)
#include "tst_ollamarequests.moc"
