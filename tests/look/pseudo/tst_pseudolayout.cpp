// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Quick Test: the pages in the pseudo-translation (every string about 40 % longer, accented),
// checked with LayoutAudit for elided, overflowing, cut-off and overlapping text. The
// translation is installed before any QML is loaded, as app/main.cpp does.
#include "apikeys.h"
#include "appsettings.h"
#include "firstrunoffer.h"
#include "icontheme.h"
#include "layoutaudit.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "networksettings.h"
#include "networkstatus.h"
#include "providerservice.h"
#include "secretstore.h"
#include "settingsexport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** The services the settings and first-run pages need, with two providers configured, a local
 * server to find and two keys in the (pretended) environment. */
class TestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ProviderService *service READ service CONSTANT)
    Q_PROPERTY(NetworkStatus *networkStatus READ networkStatus CONSTANT)
    Q_PROPERTY(SettingsExport *settingsExport READ settingsExport CONSTANT)
    Q_PROPERTY(NetworkSettings *networkSettings READ networkSettings CONSTANT)
    Q_PROPERTY(FirstRunOffer *offer READ offer CONSTANT)
    /** Built with the sanitizers, where the reports are left out (they take long there). */
    Q_PROPERTY(bool sanitized READ sanitized CONSTANT)

public:
    TestEnvironment()
        : m_network(NetworkAccess::createManager(this))
        , m_settings(m_dir.filePath(u"Confab.conf"_s))
        , m_keys(&m_keychain, m_dir.filePath(u"plain.json"_s))
        , m_service(&m_settings, &m_keys, m_network, m_dir.filePath(u"cache"_s))
        , m_status(NetworkStatus::Source::InferenceOnly)
        , m_offer(&m_service, {{u"ollama"_s, m_ollama.url()}}, 2'000)
    {
        QProcessEnvironment environment;
        environment.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-layout"_s);
        environment.insert(u"GEMINI_API_KEY"_s, u"gm-layout"_s);
        m_keys.setEnvironment(environment);
        m_export.addSection(&m_settings);
        m_export.addSection(&m_networkSettings);
        m_export.addSection(m_service.settingsSection());
        m_ollama.setFallback([](const LoopbackServer::Request &) {
            return LoopbackServer::Response::full(
                200, R"({"models":[{"name":"llama3.2:latest"},{"name":"qwen3:8b"}]})"_ba);
        });
    }

    ProviderService *service() { return &m_service; }
    NetworkStatus *networkStatus() { return &m_status; }
    SettingsExport *settingsExport() { return &m_export; }
    NetworkSettings *networkSettings() { return &m_networkSettings; }
    FirstRunOffer *offer() { return &m_offer; }
    static bool sanitized()
    {
#ifdef CONFAB_SANITIZED
        return true;
#else
        return false;
#endif
    }

    /** Two providers in the list: an OpenAI one (the default) and a local Ollama. */
    Q_INVOKABLE void addProviders()
    {
        if (m_service.providers()->count() > 0)
            return;
        ProviderConfig openai;
        openai.id = u"openai"_s;
        openai.presetId = u"openai"_s;
        openai.name = u"OpenAI"_s;
        openai.baseUrl = u"https://api.openai.com/v1"_s;
        openai.defaultModel = u"gpt-4.1-mini"_s;
        openai.keyMode = ApiKeys::Mode::Environment;
        m_service.providers()->add(openai);
        ProviderConfig ollama;
        ollama.id = u"ollama"_s;
        ollama.presetId = u"ollama"_s;
        ollama.name = u"Ollama"_s;
        ollama.baseUrl = m_ollama.url(u"/v1").toString();
        ollama.keyMode = ApiKeys::Mode::None;
        m_service.providers()->add(ollama);
        m_settings.setDefaultProviderId(u"openai"_s);
    }

private:
    QTemporaryDir m_dir;
    LoopbackServer m_ollama;
    QNetworkAccessManager *m_network;
    MemorySecretStore m_keychain;
    AppSettings m_settings;
    ApiKeys m_keys;
    ProviderService m_service;
    NetworkSettings m_networkSettings{m_settings.file()};
    SettingsExport m_export;
    NetworkStatus m_status;
    FirstRunOffer m_offer;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        IconTheme::install();
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (!translator->load(QStringLiteral(CONFAB_PSEUDO_QM)))
            qFatal("Cannot load the pseudo-translation %s", CONFAB_PSEUDO_QM);
        QCoreApplication::installTranslator(translator);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        // Once for all the QML files (each gets its own engine): the registration is global.
        if (m_environment)
            return;
        m_environment = std::make_unique<TestEnvironment>();
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "TestEnv", m_environment.get());
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "LayoutAudit", &m_audit);
    }

private:
    std::unique_ptr<TestEnvironment> m_environment;
    LayoutAudit m_audit;
};

QUICK_TEST_MAIN_WITH_SETUP(pseudolayout, Setup)
#include "tst_pseudolayout.moc"
