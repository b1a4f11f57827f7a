// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the settings pages: add, edit, test connection and delete a provider against
// a loopback OpenAI-compatible server; the model picker; the first-run offer. And switching the
// provider and model of a conversation from the chat header (tst_modelswitch.qml).
#include "apikeys.h"
#include "appsettings.h"
#include "chatcontroller.h"
#include "firstrunoffer.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "networksettings.h"
#include "networkstatus.h"
#include "providerservice.h"
#include "secretstore.h"
#include "settingsexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

#include <memory>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kKey = u"sk-ui-test-2718"_s;
const QString kAnthropicKey = u"sk-ant-ui-test-1618"_s;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** An OpenAI-format chat server: lists model-a and model-b, answers "Answer from <model>". */
Response labResponse(const LoopbackServer::Request &request)
{
    if (request.path() == "/v1/models")
        return Response::full(200, R"({"data":[{"id":"model-a"},{"id":"model-b"}]})"_ba);
    if (request.path() != "/v1/chat/completions")
        return Response::full(404, R"({"error":{"message":"Not found"}})"_ba);
    const QString text = u"Answer from "_s + request.json().value("model"_L1).toString();
    const auto choice = [](const QJsonObject &delta, const QJsonValue &finish) {
        return QJsonObject{{"choices"_L1, QJsonArray{QJsonObject{{"index"_L1, 0},
                                                                 {"delta"_L1, delta},
                                                                 {"finish_reason"_L1, finish}}}}};
    };
    return Response::sse({compact(choice(QJsonObject{{"content"_L1, text}}, QJsonValue())),
                          compact(choice(QJsonObject{}, u"stop"_s)), "[DONE]"_ba});
}

/** An Anthropic-format server: lists claude-test and claude-cheap, answers like labResponse. */
Response claudeResponse(const LoopbackServer::Request &request)
{
    if (request.path() == "/v1/models") {
        return Response::full(
            200, R"({"data":[{"id":"claude-test","display_name":"Claude Test"},)"
                 R"({"id":"claude-cheap","display_name":"Claude Cheap"}],"has_more":false})"_ba);
    }
    if (request.path() != "/v1/messages")
        return Response::full(404, R"({"type":"error","error":{"message":"Not found"}})"_ba);
    const QString text = u"Answer from "_s + request.json().value("model"_L1).toString();
    const auto event = [](const char *name, const QJsonObject &data) -> QByteArray {
        return "event: "_ba + name + "\ndata: "_ba + compact(data) + "\n\n"_ba;
    };
    const QJsonObject start{{"type"_L1, "message_start"_L1},
                            {"message"_L1, QJsonObject{{"role"_L1, "assistant"_L1},
                                                       {"content"_L1, QJsonArray{}},
                                                       {"usage"_L1, QJsonObject{}}}}};
    const QJsonObject block{
        {"type"_L1, "content_block_start"_L1},
        {"index"_L1, 0},
        {"content_block"_L1, QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, u""_s}}}};
    const QJsonObject delta{
        {"type"_L1, "content_block_delta"_L1},
        {"index"_L1, 0},
        {"delta"_L1, QJsonObject{{"type"_L1, "text_delta"_L1}, {"text"_L1, text}}}};
    const QJsonObject blockStop{{"type"_L1, "content_block_stop"_L1}, {"index"_L1, 0}};
    const QJsonObject messageDelta{{"type"_L1, "message_delta"_L1},
                                   {"delta"_L1, QJsonObject{{"stop_reason"_L1, "end_turn"_L1}}},
                                   {"usage"_L1, QJsonObject{{"output_tokens"_L1, 3}}}};
    const QJsonObject stop{{"type"_L1, "message_stop"_L1}};
    return Response::stream({event("message_start", start), event("content_block_start", block),
                             event("content_block_delta", delta),
                             event("content_block_stop", blockStop),
                             event("message_delta", messageDelta), event("message_stop", stop)},
                            "text/event-stream"_ba);
}
} // namespace

/** What the QML test can see and script. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ProviderService *service READ service CONSTANT)
    Q_PROPERTY(NetworkStatus *networkStatus READ networkStatus CONSTANT)
    Q_PROPERTY(SettingsExport *settingsExport READ settingsExport CONSTANT)
    Q_PROPERTY(NetworkSettings *networkSettings READ networkSettings CONSTANT)
    Q_PROPERTY(FirstRunOffer *offer READ offer CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QString validKey READ validKey CONSTANT)
    /** Null until startChat(). */
    Q_PROPERTY(ChatController *chat READ chat NOTIFY chatChanged)

public:
    TestEnvironment()
        : m_network(NetworkAccess::createManager(this))
        , m_settings(m_dir.filePath(u"Confab.conf"_s))
        , m_keys(&m_keychain, m_dir.filePath(u"plain.json"_s))
        , m_service(&m_settings, &m_keys, m_network, m_dir.filePath(u"cache"_s))
        , m_status(NetworkStatus::Source::InferenceOnly)
        , m_offer(&m_service, {{u"ollama"_s, m_ollama.url()}}, 2'000)
    {
        m_keys.setEnvironment({});
        m_export.addSection(&m_settings);
        m_export.addSection(&m_networkSettings);
        m_export.addSection(m_service.settingsSection());
        m_server.setFallback([](const LoopbackServer::Request &request) {
            if (request.path() != "/v1/models")
                return Response::full(404, "<html>Not Found</html>"_ba, "text/html"_ba);
            if (request.header("authorization") != "Bearer " + kKey.toUtf8())
                return Response::full(401, R"({"error":{"message":"Invalid key"}})"_ba);
            return Response::full(
                200,
                R"({"data":[{"id":"gpt-test-large"},{"id":"gpt-test-small"},{"id":"other"}]})"_ba);
        });
        m_ollama.setFallback([](const LoopbackServer::Request &) {
            return Response::full(200, R"({"models":[{"name":"llama3.2:latest"}]})"_ba);
        });
        m_lab.setFallback(labResponse);
        m_claude.setFallback(claudeResponse);
    }

    ProviderService *service() { return &m_service; }
    ChatController *chat() { return m_chat.get(); }
    NetworkStatus *networkStatus() { return &m_status; }
    SettingsExport *settingsExport() { return &m_export; }
    NetworkSettings *networkSettings() { return &m_networkSettings; }
    FirstRunOffer *offer() { return &m_offer; }
    QString serverUrl() const { return m_server.url(u"/v1").toString(); }
    QString validKey() const { return kKey; }

    Q_INVOKABLE int requestCount() const { return m_server.requestCount(); }
    Q_INVOKABLE QString lastAuthorization() const
    {
        return QString::fromUtf8(m_server.requests().constLast().header("authorization"));
    }
    Q_INVOKABLE bool keychainHolds(const QString &providerId) const
    {
        return m_keychain.contains(ApiKeys::entryName(providerId));
    }
    Q_INVOKABLE QString storedKey(const QString &providerId) const
    {
        return m_keychain.value(ApiKeys::entryName(providerId));
    }
    Q_INVOKABLE QString defaultModelOf(const QString &providerId) const
    {
        const auto config = m_service.providers()->config(providerId);
        return config ? config->defaultModel : QString();
    }
    /** A keychain that answers, or one that is not there (as without a Secret Service). */
    Q_INVOKABLE void setKeychainAvailable(bool available)
    {
        m_keychain.setUnavailable(available ? QString() : u"No Secret Service"_s);
        m_keys.checkKeychain();
    }
    /** Removes every provider (and key) between test functions. */
    Q_INVOKABLE void reset()
    {
        const auto configs = m_service.providers()->configs();
        for (const ProviderConfig &config : configs)
            m_service.removeProvider(config.id);
        m_settings.setFirstRunDone(false);
    }

    /**
     * Replaces the providers with two loopback ones, "Lab" (OpenAI format, the default, on
     * model-a) and "Claude" (Anthropic format, default model claude-test, key in the keychain),
     * and makes a chat on them, wired as app/main.cpp does. Made only here, so the settings
     * tests never see a chat asking their servers for anything.
     */
    Q_INVOKABLE void startChat()
    {
        stopChat();
        reset();
        ProviderConfig lab;
        lab.id = u"lab"_s;
        lab.name = u"Lab"_s;
        lab.baseUrl = m_lab.url(u"/v1").toString();
        lab.defaultModel = u"model-a"_s;
        lab.keyMode = ApiKeys::Mode::None;
        m_service.providers()->add(lab);
        m_keys.store(u"claude"_s, ApiKeys::Mode::Keychain, kAnthropicKey);
        ProviderConfig claude;
        claude.id = u"claude"_s;
        claude.presetId = u"anthropic"_s;
        claude.name = u"Claude"_s;
        claude.baseUrl = m_claude.url().toString();
        claude.defaultModel = u"claude-test"_s;
        m_service.providers()->add(claude);
        m_settings.setDefaultProviderId(u"lab"_s);
        m_settings.setDefaultModel(QString());
        m_chat = std::make_unique<ChatController>(m_network);
        m_chat->setProviderService(&m_service);
        Q_EMIT chatChanged();
    }

    Q_INVOKABLE void stopChat()
    {
        if (!m_chat)
            return;
        m_chat.reset();
        Q_EMIT chatChanged();
    }

    /** The chat requests (not model lists) that server @p name ("lab", "claude") received:
     * path, x-api-key and authorization headers, and the JSON body. */
    Q_INVOKABLE QVariantList chatRequests(const QString &name) const
    {
        const LoopbackServer &server = name == "claude"_L1 ? m_claude : m_lab;
        QVariantList out;
        for (const LoopbackServer::Request &request : server.requests()) {
            if (request.path().endsWith("/models"))
                continue;
            out.append(QVariantMap{
                {u"path"_s, QString::fromUtf8(request.path())},
                {u"apiKey"_s, QString::fromUtf8(request.header("x-api-key"))},
                {u"authorization"_s, QString::fromUtf8(request.header("authorization"))},
                {u"body"_s, request.json().toVariantMap()}});
        }
        return out;
    }

    Q_INVOKABLE QString anthropicKey() const { return kAnthropicKey; }

Q_SIGNALS:
    void chatChanged();

private:
    QTemporaryDir m_dir;
    LoopbackServer m_server;
    LoopbackServer m_ollama;
    LoopbackServer m_lab;
    LoopbackServer m_claude;
    QNetworkAccessManager *m_network;
    MemorySecretStore m_keychain;
    AppSettings m_settings;
    ApiKeys m_keys;
    ProviderService m_service;
    NetworkSettings m_networkSettings{m_settings.file()};
    SettingsExport m_export;
    NetworkStatus m_status;
    FirstRunOffer m_offer;
    std::unique_ptr<ChatController> m_chat;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_environment = std::make_unique<TestEnvironment>();
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "TestEnv", m_environment.get());
    }

private:
    std::unique_ptr<TestEnvironment> m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(settingsui, Setup)
#include "tst_settingsui.moc"
