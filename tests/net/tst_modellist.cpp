// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Each wire format's model list (URL and paging, headers, parsing, order), and ModelListRequest
// against a loopback server, for each wire format: requests, paging, parsing, errors in plain
// words, timeouts, redirects and abort.
#include "anthropicwire.h"
#include "geminiwire.h"
#include "loopbackserver.h"
#include "modellist.h"
#include "networkaccess.h"
#include "ollamawire.h"
#include "openaiwire.h"
#include "providerpresets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;
using Wire = ProviderPreset::Wire;

namespace {
const QString kApiKey = u"sk-test-models-0123456789"_s;

QUrlQuery queryOf(const LoopbackServer::Request &request)
{
    const qsizetype q = request.target.indexOf('?');
    return QUrlQuery(q < 0 ? QString() : QString::fromUtf8(request.target.sliced(q + 1)));
}

std::shared_ptr<const WireFormat> makeWire(Wire wire)
{
    switch (wire) {
    case Wire::OpenAi:
        return std::make_shared<OpenAiWire>();
    case Wire::Anthropic:
        return std::make_shared<AnthropicWire>();
    case Wire::Gemini:
        return std::make_shared<GeminiWire>();
    case Wire::Ollama:
        return std::make_shared<OllamaWire>();
    }
    return nullptr;
}

QStringList ids(const QList<ModelInfo> &models)
{
    QStringList out;
    for (const ModelInfo &model : models)
        out.append(model.id);
    return out;
}
} // namespace

class TestModelList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // The wire formats' part
    void modelListUrls_data();
    void modelListUrls();
    void modelListRequestAuthenticatesLikeTheChat_data();
    void modelListRequestAuthenticatesLikeTheChat();
    void parseModelLists_data();
    void parseModelLists();
    void onlyOpenAiSortsItsList();

    // ModelListRequest

    void openAiListIsSortedAndSendsBearerAndExtraHeaders();
    void openRouterNamesAndContextLengths();
    void anthropicFollowsPaging();
    void geminiKeepsChatModelsAndPagesWithToken();
    void geminiEmptyObjectIsAnEmptyList();
    void ollamaTags();
    void httpErrorsInPlainWords_data();
    void httpErrorsInPlainWords();
    void notAModelList();
    void connectionRefused();
    void timeoutWhenServerStalls();
    void invalidBaseUrl();
    void echoedKeyIsScrubbed();
    void crossOriginRedirectIsRefused();
    void sameOriginRedirectIsFollowed();
    void abortEmitsNothing();
    void pageLimitStopsEndlessPaging();

private:
    /** Runs a request against @p server and returns its one result. */
    ModelListResult run(LoopbackServer &server, Wire wire, const QString &basePath,
                        const QString &key = kApiKey, ModelListLimits limits = {});

    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
};

void TestModelList::init()
{
    m_owner = std::make_unique<QObject>();
    m_network = NetworkAccess::createManager(m_owner.get());
}

void TestModelList::cleanup()
{
    m_owner.reset();
}

ModelListResult TestModelList::run(LoopbackServer &server, Wire wire, const QString &basePath,
                                   const QString &key, ModelListLimits limits)
{
    ProviderEndpoint endpoint{server.url(basePath), key, {}};
    auto *request =
        new ModelListRequest(m_network, makeWire(wire), endpoint, limits, m_owner.get());
    QSignalSpy finished(request, &ModelListRequest::finished);
    request->start();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000); }();
    // Exactly one terminal signal: nothing more arrives later.
    QTest::qWait(20);
    if (finished.count() != 1)
        return ModelListResult{{}, StreamError{ErrorKind::Other, 0, {}, u"signal count"_s, -1}};
    return finished.first().at(0).value<ModelListResult>();
}

void TestModelList::modelListUrls_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("openai") << u"openai"_s << u"https://api.openai.com/v1/"_s << QString()
                            << u"https://api.openai.com/v1/models"_s;
    QTest::newRow("openai-compatible ignores a token")
        << u"groq"_s << u"https://api.groq.com/openai/v1"_s << u"t"_s
        << u"https://api.groq.com/openai/v1/models"_s;
    QTest::newRow("anthropic first page")
        << u"anthropic"_s << u"https://api.anthropic.com"_s << QString()
        << u"https://api.anthropic.com/v1/models?limit=1000"_s;
    QTest::newRow("anthropic next page")
        << u"anthropic"_s << u"https://api.anthropic.com"_s << u"claude-x"_s
        << u"https://api.anthropic.com/v1/models?limit=1000&after_id=claude-x"_s;
    QTest::newRow("gemini first page")
        << u"gemini"_s << u"https://generativelanguage.googleapis.com"_s << QString()
        << u"https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000"_s;
    QTest::newRow("gemini next page")
        << u"gemini"_s << u"https://generativelanguage.googleapis.com"_s << u"NEXT"_s
        << u"https://generativelanguage.googleapis.com/v1beta/models?pageSize=1000&pageToken=NEXT"_s;
    QTest::newRow("ollama") << u"ollama"_s << u"http://localhost:11434"_s << QString()
                            << u"http://localhost:11434/api/tags"_s;
    QTest::newRow("a query of the base URL is kept")
        << u"anthropic"_s << u"https://proxy.example/anthropic?team=a"_s << QString()
        << u"https://proxy.example/anthropic/v1/models?team=a&limit=1000"_s;
}

void TestModelList::modelListUrls()
{
    QFETCH(QString, preset);
    QFETCH(QString, base);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    const auto wire = ProviderPresets::makeWire(*ProviderPresets::find(preset));
    QCOMPARE(wire->modelListUrl(QUrl(base), token).toString(), expected);
    QVERIFY(!wire->apiName().isEmpty());
}

void TestModelList::modelListRequestAuthenticatesLikeTheChat_data()
{
    QTest::addColumn<QString>("id");
    for (const ProviderPreset &p : ProviderPresets::all())
        QTest::newRow(qPrintable(p.id)) << p.id;
}

void TestModelList::modelListRequestAuthenticatesLikeTheChat()
{
    // Listing models and chatting reach the same API: same key header, same API version, same
    // extra headers; a missing key sends no key header at all.
    QFETCH(QString, id);
    const ProviderPreset *preset = ProviderPresets::find(id);
    QVERIFY(preset);
    const auto wire = ProviderPresets::makeWire(*preset);
    ProviderEndpoint e{QUrl(preset->defaultBaseUrl), kApiKey, {}};
    e.extraHeaders = {{"X-Title"_ba, "Confab"_ba}};
    ChatRequest question;
    question.model = u"m1"_s;
    question.messages = {{ChatMessage::Role::User, u"Hi"_s, {}, {}, {}, {}}};
    const QNetworkRequest chat = wire->makeRequest(e, question);
    const QNetworkRequest list = wire->makeModelListRequest(e);
    QCOMPARE(list.url(), wire->modelListUrl(e.baseUrl));
    QCOMPARE(list.rawHeader("Accept"), "application/json"_ba);
    QVERIFY(!list.url().toString().contains(kApiKey));
    int keyHeaders = 0;
    for (const QByteArray &name : chat.rawHeaderList()) {
        if (name == "Accept" || name == "Content-Type")
            continue;
        QCOMPARE(list.rawHeader(name), chat.rawHeader(name));
        keyHeaders += chat.rawHeader(name).contains(kApiKey.toUtf8()) ? 1 : 0;
    }
    QCOMPARE(keyHeaders, 1);
    QCOMPARE(list.rawHeader("X-Title"), "Confab"_ba);
    QCOMPARE(list.rawHeader("anthropic-version").isEmpty(),
             preset->wire != ProviderPreset::Wire::Anthropic);

    e.apiKey.clear();
    const QNetworkRequest keyless = wire->makeModelListRequest(e);
    for (const QByteArray &name : keyless.rawHeaderList())
        QVERIFY2(!name.contains("key") && name != "Authorization", name.constData());
}

void TestModelList::parseModelLists_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<bool>("isList");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("next");

    QTest::newRow("openai") << u"openai"_s
                            << R"({"object":"list","data":[{"id":"b"},{"id":"a"},{"x":1}]})"_ba
                            << true << QStringList{u"b"_s, u"a"_s} << QString();
    QTest::newRow("openai: not a list")
        << u"openai"_s << R"({"models":[]})"_ba << false << QStringList() << QString();
    QTest::newRow("anthropic with more")
        << u"anthropic"_s
        << R"({"data":[{"id":"c1","display_name":"C 1"}],"has_more":true,"last_id":"c1"})"_ba
        << true << QStringList{u"c1"_s} << u"c1"_s;
    QTest::newRow("anthropic last page")
        << u"anthropic"_s << R"({"data":[{"id":"c2"}],"has_more":false,"last_id":"c2"})"_ba << true
        << QStringList{u"c2"_s} << QString();
    QTest::newRow("gemini keeps chat models")
        << u"gemini"_s
        << R"({"models":[{"name":"models/g1","supportedGenerationMethods":["generateContent"]},
             {"name":"models/e1","supportedGenerationMethods":["embedContent"]}],
             "nextPageToken":"p2"})"_ba
        << true << QStringList{u"g1"_s} << u"p2"_s;
    QTest::newRow("gemini: an empty object is an empty list")
        << u"gemini"_s << "{}"_ba << true << QStringList() << QString();
    QTest::newRow("ollama") << u"ollama"_s
                            << R"({"models":[{"model":"llama3.2:latest"},{"name":"qwen3"}]})"_ba
                            << true << QStringList{u"llama3.2:latest"_s, u"qwen3"_s} << QString();
    QTest::newRow("ollama: an OpenAI list is not its list")
        << u"ollama"_s << R"({"data":[{"id":"x"}]})"_ba << false << QStringList() << QString();
}

void TestModelList::parseModelLists()
{
    QFETCH(QString, preset);
    QFETCH(QByteArray, page);
    QFETCH(bool, isList);
    QFETCH(QStringList, ids);
    QFETCH(QString, next);
    const auto wire = ProviderPresets::makeWire(*ProviderPresets::find(preset));
    QList<ModelInfo> models;
    QString token;
    QCOMPARE(wire->parseModelList(QJsonDocument::fromJson(page).object(), &models, &token), isList);
    QStringList parsed;
    for (const ModelInfo &model : models)
        parsed.append(model.id);
    QCOMPARE(parsed, ids);
    QCOMPARE(token, next);
}

void TestModelList::onlyOpenAiSortsItsList()
{
    const QList<ModelInfo> unsorted{{u"b"_s, {}, -1}, {u"A"_s, {}, -1}, {u"c"_s, {}, -1}};
    for (const ProviderPreset &preset : ProviderPresets::all()) {
        QList<ModelInfo> models = unsorted;
        ProviderPresets::makeWire(preset)->sortModelList(models);
        // OpenAI-compatible servers list in no useful order: alphabetical, ignoring case.
        const bool sorted = preset.wire == ProviderPreset::Wire::OpenAi;
        QCOMPARE(models.first().id, sorted ? u"A"_s : u"b"_s);
        QCOMPARE(models.last().id, u"c"_s);
    }
}

void TestModelList::openAiListIsSortedAndSendsBearerAndExtraHeaders()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        200,
        R"({"object":"list","data":[{"id":"gpt-4o","object":"model","owned_by":"openai"},
            {"id":"Babbage-002","object":"model"},{"id":"o3-mini","object":"model"},{"object":"model"}]})"_ba));
    ProviderEndpoint endpoint{server.url(u"/v1"), kApiKey, {{"X-Title"_ba, "Confab"_ba}}};
    ModelListRequest request(m_network, makeWire(Wire::OpenAi), endpoint);
    QSignalSpy finished(&request, &ModelListRequest::finished);
    QSignalSpy pages(&request, &ModelListRequest::pageReceived);
    request.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().at(0).value<ModelListResult>();
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(ids(result.models), (QStringList{u"Babbage-002"_s, u"gpt-4o"_s, u"o3-mini"_s}));
    QCOMPARE(pages.count(), 1);
    QCOMPARE(pages.first().at(0).toInt(), 3);
    QCOMPARE(server.requestCount(), 1);
    const auto &sent = server.requests().first();
    QCOMPARE(sent.method, "GET"_ba);
    QCOMPARE(sent.target, "/v1/models"_ba);
    QCOMPARE(sent.header("authorization"), "Bearer " + kApiKey.toUtf8());
    QCOMPARE(sent.header("x-title"), "Confab"_ba);
    QVERIFY(!request.isRunning());
}

void TestModelList::openRouterNamesAndContextLengths()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        200,
        R"({"data":[{"id":"anthropic/claude-3.5-sonnet","name":"Anthropic: Claude 3.5 Sonnet","context_length":200000}]})"_ba));
    const ModelListResult result = run(server, Wire::OpenAi, u"/api/v1"_s);
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(result.models.size(), 1);
    QCOMPARE(result.models.first(), (ModelInfo{u"anthropic/claude-3.5-sonnet"_s,
                                               u"Anthropic: Claude 3.5 Sonnet"_s, 200000}));
    QCOMPARE(server.requests().first().target, "/api/v1/models"_ba);
}

void TestModelList::anthropicFollowsPaging()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        200,
        R"({"data":[{"type":"model","id":"claude-sonnet-4-5","display_name":"Claude Sonnet 4.5"},
            {"type":"model","id":"claude-haiku-4-5","display_name":"Claude Haiku 4.5"}],
            "has_more":true,"first_id":"claude-sonnet-4-5","last_id":"claude-haiku-4-5"})"_ba));
    server.enqueue(Response::full(
        200,
        R"({"data":[{"type":"model","id":"claude-3-haiku-20240307","display_name":"Claude Haiku 3"}],
            "has_more":false,"first_id":"claude-3-haiku-20240307","last_id":"claude-3-haiku-20240307"})"_ba));
    const ModelListResult result = run(server, Wire::Anthropic, {});
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    // The provider's order (newest first) is kept.
    QCOMPARE(ids(result.models), (QStringList{u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s,
                                              u"claude-3-haiku-20240307"_s}));
    QCOMPARE(result.models.at(1).displayName, u"Claude Haiku 4.5"_s);
    QCOMPARE(server.requestCount(), 2);
    for (const auto &sent : server.requests()) {
        QCOMPARE(sent.path(), "/v1/models"_ba);
        QCOMPARE(sent.header("x-api-key"), kApiKey.toUtf8());
        QCOMPARE(sent.header("anthropic-version"), "2023-06-01"_ba);
        QVERIFY(!sent.hasHeader("authorization"));
        QCOMPARE(queryOf(sent).queryItemValue(u"limit"_s), u"1000"_s);
    }
    QVERIFY(!queryOf(server.requests().at(0)).hasQueryItem(u"after_id"_s));
    QCOMPARE(queryOf(server.requests().at(1)).queryItemValue(u"after_id"_s), u"claude-haiku-4-5"_s);
}

void TestModelList::geminiKeepsChatModelsAndPagesWithToken()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        200,
        R"({"models":[{"name":"models/gemini-2.5-flash","displayName":"Gemini 2.5 Flash",
             "inputTokenLimit":1048576,"supportedGenerationMethods":["generateContent","countTokens"]},
            {"name":"models/text-embedding-004","displayName":"Text Embedding 004",
             "supportedGenerationMethods":["embedContent"]}],
            "nextPageToken":"page-2"})"_ba));
    server.enqueue(
        Response::full(200,
                       R"({"models":[{"name":"models/gemini-2.5-pro","displayName":"Gemini 2.5 Pro",
             "supportedGenerationMethods":["generateContent"]}]})"_ba));
    const ModelListResult result = run(server, Wire::Gemini, {});
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(ids(result.models), (QStringList{u"gemini-2.5-flash"_s, u"gemini-2.5-pro"_s}));
    QCOMPARE(result.models.first().contextLength, 1048576);
    QCOMPARE(result.models.first().displayName, u"Gemini 2.5 Flash"_s);
    QCOMPARE(server.requestCount(), 2);
    for (const auto &sent : server.requests()) {
        QCOMPARE(sent.path(), "/v1beta/models"_ba);
        QCOMPARE(sent.header("x-goog-api-key"), kApiKey.toUtf8());
        QVERIFY(!sent.target.contains(kApiKey.toUtf8())); // never in the URL
        QVERIFY(!queryOf(sent).hasQueryItem(u"key"_s));
    }
    QCOMPARE(queryOf(server.requests().at(1)).queryItemValue(u"pageToken"_s), u"page-2"_s);
}

void TestModelList::geminiEmptyObjectIsAnEmptyList()
{
    LoopbackServer server;
    server.enqueue(Response::full(200, "{}"_ba));
    const ModelListResult result = run(server, Wire::Gemini, {});
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QVERIFY(result.models.isEmpty());
}

void TestModelList::ollamaTags()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        200,
        R"({"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","size":2019393189,
            "details":{"family":"llama"}},{"name":"qwen3:8b"}]})"_ba));
    const ModelListResult result = run(server, Wire::Ollama, {}, {});
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(ids(result.models), (QStringList{u"llama3.2:latest"_s, u"qwen3:8b"_s}));
    QCOMPARE(server.requests().first().target, "/api/tags"_ba);
    QVERIFY(!server.requests().first().hasHeader("authorization"));
}

void TestModelList::httpErrorsInPlainWords_data()
{
    QTest::addColumn<int>("wire");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("words");

    QTest::newRow("openai bad key")
        << int(Wire::OpenAi) << kApiKey << 401
        << R"({"error":{"message":"Incorrect API key provided: sk-te***89.","type":"invalid_request_error","code":"invalid_api_key"}})"_ba
        << ErrorKind::Auth << u"The API key was rejected (Incorrect API key provided"_s;
    QTest::newRow("no key given") << int(Wire::OpenAi) << QString() << 401
                                  << R"({"error":{"message":"You didn't provide an API key."}})"_ba
                                  << ErrorKind::Auth << u"This server needs an API key"_s;
    QTest::newRow("anthropic bad key")
        << int(Wire::Anthropic) << kApiKey << 401
        << R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"_ba
        << ErrorKind::Auth << u"The API key was rejected (invalid x-api-key)"_s;
    QTest::newRow("gemini bad key is a 400")
        << int(Wire::Gemini) << kApiKey << 400
        << R"({"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","status":"INVALID_ARGUMENT","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID"}]}})"_ba
        << ErrorKind::Auth << u"The API key was rejected (API key not valid"_s;
    QTest::newRow("gemini without key")
        << int(Wire::Gemini) << QString() << 403
        << R"({"error":{"code":403,"message":"Method doesn't allow unregistered callers.","status":"PERMISSION_DENIED"}})"_ba
        << ErrorKind::Auth << u"This server needs an API key"_s;
    QTest::newRow("wrong url")
        << int(Wire::OpenAi) << kApiKey << 404 << "<html>Not Found</html>"_ba << ErrorKind::NotFound
        << u"This URL does not look like an OpenAI-compatible API (GET /base/models returned 404)"_s;
    QTest::newRow("ollama wrong url")
        << int(Wire::Ollama) << QString() << 404 << "404 page not found"_ba << ErrorKind::NotFound
        << u"does not look like an Ollama server (GET /base/api/tags returned 404)"_s;
    QTest::newRow("server error") << int(Wire::OpenAi) << kApiKey << 500 << "<html>oops</html>"_ba
                                  << ErrorKind::Server << u"has a problem (HTTP 500)."_s;
    QTest::newRow("rate limited")
        << int(Wire::Anthropic) << kApiKey << 429
        << R"({"type":"error","error":{"type":"rate_limit_error","message":"Slow down"}})"_ba
        << ErrorKind::RateLimit << u"limiting requests; try again in a moment (Slow down)"_s;
    QTest::newRow("payment required")
        << int(Wire::OpenAi) << kApiKey << 402
        << R"({"error":{"message":"Insufficient credits","code":402}})"_ba << ErrorKind::Other
        << u"answered HTTP 402 (Insufficient credits)"_s;
}

void TestModelList::httpErrorsInPlainWords()
{
    QFETCH(int, wire);
    QFETCH(QString, key);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, words);
    LoopbackServer server;
    server.enqueue(Response::full(status, body));
    const ModelListResult result = run(server, Wire(wire), u"/base"_s, key);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.error.kind, kind);
    QCOMPARE(result.error.httpStatus, status);
    QVERIFY2(result.error.message.contains(words), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(u"<html"_s));
    QVERIFY(result.models.isEmpty());
}

void TestModelList::notAModelList()
{
    LoopbackServer server;
    server.enqueue(Response::full(200, "<!doctype html><title>Router</title>"_ba, "text/html"_ba));
    ModelListResult result = run(server, Wire::OpenAi, u"/"_s);
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
    QVERIFY2(result.error.message.contains(u"does not look like an OpenAI-compatible API"_s),
             qPrintable(result.error.message));

    // Valid JSON of another format (Ollama's tags where an OpenAI list was expected).
    server.enqueue(Response::full(200, R"({"models":[{"name":"llama3"}]})"_ba));
    result = run(server, Wire::OpenAi, u"/"_s);
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
}

void TestModelList::connectionRefused()
{
    quint16 port = 0;
    {
        LoopbackServer closed;
        port = closed.port();
    }
    ProviderEndpoint endpoint{QUrl(u"http://127.0.0.1:%1/v1"_s.arg(port)), kApiKey, {}};
    ModelListRequest request(m_network, makeWire(Wire::OpenAi), endpoint);
    QSignalSpy finished(&request, &ModelListRequest::finished);
    request.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().at(0).value<ModelListResult>();
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QCOMPARE(result.error.message,
             u"Nothing is listening at 127.0.0.1:%1. Is the server running?"_s.arg(port));
}

void TestModelList::timeoutWhenServerStalls()
{
    LoopbackServer server;
    Response stall = Response::stream({"{\"data\":["_ba}, "application/json"_ba);
    stall.end = Response::End::Stall;
    server.enqueue(stall);
    ModelListLimits limits;
    limits.timeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    const ModelListResult result = run(server, Wire::OpenAi, u"/v1"_s, kApiKey, limits);
    QCOMPARE(result.error.kind, ErrorKind::Timeout);
    QVERIFY2(result.error.message.contains(u"did not answer within 0.3 seconds"_s),
             qPrintable(result.error.message));
    QVERIFY(clock.elapsed() >= 300);
    QTRY_COMPARE(server.disconnectCount(), 1); // the stalled connection was closed
}

void TestModelList::invalidBaseUrl()
{
    ProviderEndpoint endpoint{QUrl(u"api.example.com/v1"_s), kApiKey, {}};
    ModelListRequest request(m_network, makeWire(Wire::OpenAi), endpoint);
    QSignalSpy finished(&request, &ModelListRequest::finished);
    request.start();
    QCOMPARE(finished.count(), 0); // reported from the event loop, never inside start()
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.first().at(0).value<ModelListResult>();
    QCOMPARE(result.error.kind, ErrorKind::BadRequest);
    QVERIFY(result.error.message.contains(u"is not a web address"_s));
}

void TestModelList::echoedKeyIsScrubbed()
{
    LoopbackServer server;
    server.enqueue(Response::full(
        401, R"({"error":{"message":"Key sk-test-models-0123456789 is unknown"}})"_ba));
    const ModelListResult result = run(server, Wire::OpenAi, u"/v1"_s);
    QCOMPARE(result.error.kind, ErrorKind::Auth);
    QVERIFY(!result.error.message.contains(kApiKey));
    QVERIFY2(result.error.message.contains(u"Key ••• is unknown"_s),
             qPrintable(result.error.message));
}

void TestModelList::crossOriginRedirectIsRefused()
{
    LoopbackServer server;
    LoopbackServer other;
    server.enqueue(Response::redirect(307, other.url(u"/v1/models").toEncoded()));
    other.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"data":[{"id":"stolen"}]})"_ba);
    });
    const ModelListResult result = run(server, Wire::OpenAi, u"/v1"_s);
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
    QVERIFY(result.error.message.contains(u"redirected to another site"_s));
    // A keyless sentinel to the other server: a forwarded request would have arrived first.
    const ModelListResult sentinel = run(other, Wire::OpenAi, u"/sentinel"_s, {});
    QVERIFY(sentinel.succeeded());
    QCOMPARE(other.requestCount(), 1);
    QCOMPARE(other.requests().first().target, "/sentinel/models"_ba);
}

void TestModelList::sameOriginRedirectIsFollowed()
{
    LoopbackServer server;
    server.enqueue(Response::redirect(308, "/v2/models"_ba));
    server.enqueue(Response::full(200, R"({"data":[{"id":"m1"}]})"_ba));
    const ModelListResult result = run(server, Wire::OpenAi, u"/v1"_s);
    QVERIFY2(result.succeeded(), qPrintable(result.error.message));
    QCOMPARE(ids(result.models), QStringList{u"m1"_s});
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(1).target, "/v2/models"_ba);
    QCOMPARE(server.requests().at(1).header("authorization"), "Bearer " + kApiKey.toUtf8());
}

void TestModelList::abortEmitsNothing()
{
    LoopbackServer server;
    Response slow = Response::full(200, R"({"data":[]})"_ba);
    slow.headDelayMs = 300;
    server.enqueue(slow);
    ProviderEndpoint endpoint{server.url(u"/v1"), kApiKey, {}};
    // A short timeout: a timer that survived the abort would fire during the wait below.
    ModelListLimits limits;
    limits.timeoutMs = 600;
    auto *request =
        new ModelListRequest(m_network, makeWire(Wire::OpenAi), endpoint, limits, m_owner.get());
    QSignalSpy finished(request, &ModelListRequest::finished);
    request->start();
    QTRY_COMPARE(server.requestCount(), 1);
    request->abort();
    QVERIFY(!request->isRunning());
    QCOMPARE(request->result().error.kind, ErrorKind::Cancelled);
    QTRY_COMPARE(server.disconnectCount(), 1);
    // Absence can only be shown by waiting: past both the answer's delay and the timeout.
    QTest::qWait(limits.timeoutMs + 200);
    QCOMPARE(finished.count(), 0);
}

void TestModelList::pageLimitStopsEndlessPaging()
{
    LoopbackServer server;
    server.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"models":[],"nextPageToken":"again"})"_ba);
    });
    ModelListLimits limits;
    limits.maxPages = 3;
    const ModelListResult result = run(server, Wire::Gemini, {}, kApiKey, limits);
    QCOMPARE(result.error.kind, ErrorKind::Protocol);
    QCOMPARE(server.requestCount(), 3);
}

QTEST_GUILESS_MAIN(TestModelList)
#include "tst_modellist.moc"
