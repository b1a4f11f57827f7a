// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the settings pages: add, edit, test connection and delete a provider against
// a loopback OpenAI-compatible server; the model picker; the first-run offer.
#include "apikeys.h"
#include "appsettings.h"
#include "firstrunoffer.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "networkstatus.h"
#include "providerservice.h"
#include "secretstore.h"

#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kKey = u"sk-ui-test-2718"_s;
}

/** What the QML test can see and script. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ProviderService *service READ service CONSTANT)
    Q_PROPERTY(NetworkStatus *networkStatus READ networkStatus CONSTANT)
    Q_PROPERTY(FirstRunOffer *offer READ offer CONSTANT)
    Q_PROPERTY(QString serverUrl READ serverUrl CONSTANT)
    Q_PROPERTY(QString validKey READ validKey CONSTANT)

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
    }

    ProviderService *service() { return &m_service; }
    NetworkStatus *networkStatus() { return &m_status; }
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
        const auto config = m_settings.providers()->config(providerId);
        return config ? config->defaultModel : QString();
    }
    /** Removes every provider (and key) between test functions. */
    Q_INVOKABLE void reset()
    {
        const auto configs = m_settings.providers()->configs();
        for (const ProviderConfig &config : configs)
            m_service.removeProvider(config.id);
        m_settings.setFirstRunDone(false);
    }

private:
    QTemporaryDir m_dir;
    LoopbackServer m_server;
    LoopbackServer m_ollama;
    QNetworkAccessManager *m_network;
    MemorySecretStore m_keychain;
    AppSettings m_settings;
    ApiKeys m_keys;
    ProviderService m_service;
    NetworkStatus m_status;
    FirstRunOffer m_offer;
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
