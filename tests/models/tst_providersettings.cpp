// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// AppSettings, NetworkSettings, SettingsExport, ProviderListModel with ProviderRepository,
// PresetListModel, ModelListModel (under QAbstractItemModelTester), provider configs and
// ChatParameters.
#include "appsettings.h"
#include "chatparameters.h"
#include "loopbackserver.h"
#include "modellistmodel.h"
#include "networkaccess.h"
#include "networksettings.h"
#include "openaiwire.h"
#include "presetlistmodel.h"
#include "providerlistmodel.h"
#include "providerrepository.h"
#include "settingsexport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
ProviderConfig config(const QString &preset, const QString &name = {})
{
    ProviderConfig c;
    c.presetId = preset;
    c.name = name;
    return c;
}

QList<int> rolesOf(const QSignalSpy &spy, int i)
{
    return spy.at(i).at(2).value<QList<int>>();
}

/** The settings file with the provider list its repository keeps, and the export of all. */
struct Configured
{
    explicit Configured(const QString &path)
        : settings(path)
        , network(settings.file())
        , repository(&settings, &providers)
    {
        exporter.addSection(&settings);
        exporter.addSection(&network);
        exporter.addSection(&repository);
    }

    AppSettings settings;
    NetworkSettings network;
    ProviderListModel providers;
    ProviderRepository repository;
    SettingsExport exporter;
};
} // namespace

class TestProviderSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void settingsPersistAndClamp();
    void changeSignalsFireOncePerChange();
    void languageFollowsTheSystemUntilChosen();
    void providersAddUpdateRemove();
    void providersPersistAcrossInstances();
    void defaultProviderFollowsAddAndRemove();
    void exportImportRoundTrip();
    void importRejectsForeignFiles();
    void promptPresets();
    void presetListModel();
    void modelListFilterAndCache();
    void modelListFetchKeepsRowsOnError();
    void chatTargetFromConfig();
    void chatTargetFromEnvironment();
    void headerLines();
    void chatParametersDefaultsAndRequest();

private:
    QString settingsPath() const { return m_dir->filePath(u"config/Confab.conf"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProviderSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestProviderSettings::cleanup()
{
    m_dir.reset();
}

void TestProviderSettings::settingsPersistAndClamp()
{
    {
        AppSettings settings(settingsPath());
        NetworkSettings networkSettings(settings.file());
        QCOMPARE(settings.theme(), AppSettings::Theme::System);
        QCOMPARE(settings.temperature(), -1.0);
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setFontSize(200);
        settings.setTemperature(3.5);
        settings.setTopP(0.9);
        settings.setMaxTokens(-5);
        settings.setReasoningEffort(ReasoningEffort::High);
        NetworkSettings *network = &networkSettings;
        network->setProxyMode(NetworkSettings::ProxyMode::ManualProxy);
        network->setProxyType(NetworkSettings::ProxyType::Socks5);
        network->setProxyHost(u" proxy.local "_s);
        network->setProxyPort(3128);
        network->setCaCertificateFile(u"file:///etc/ssl/extra.pem"_s);
        QCOMPARE(settings.fontSize(), 48);
        QCOMPARE(settings.temperature(), 2.0);
        QCOMPARE(settings.maxTokens(), 0);
    }
    // The file holds names, not numbers: a value it does not know reads as the default.
    QSettings file(settingsPath(), QSettings::IniFormat);
    QCOMPARE(file.value(u"appearance/theme"_s).toString(), u"dark"_s);
    QCOMPARE(file.value(u"chat/reasoningEffort"_s).toString(), u"high"_s);
    QCOMPARE(file.value(u"network/proxyMode"_s).toString(), u"manual"_s);
    QCOMPARE(file.value(u"network/proxyType"_s).toString(), u"socks5"_s);
    AppSettings reopened(settingsPath());
    NetworkSettings reopenedNetwork(reopened.file());
    QCOMPARE(reopened.theme(), AppSettings::Theme::Dark);
    QCOMPARE(reopened.fontSize(), 48);
    QCOMPARE(reopened.temperature(), 2.0);
    QCOMPARE(reopened.topP(), 0.9);
    QCOMPARE(reopened.reasoningEffort(), ReasoningEffort::High);
    QCOMPARE(reopenedNetwork.proxyMode(), NetworkSettings::ProxyMode::ManualProxy);
    QCOMPARE(reopenedNetwork.proxyType(), NetworkSettings::ProxyType::Socks5);
    QCOMPARE(reopenedNetwork.proxyHost(), u"proxy.local"_s);
    QCOMPARE(reopenedNetwork.proxyPort(), 3128);
    QCOMPARE(reopenedNetwork.caCertificateFile(), u"/etc/ssl/extra.pem"_s);
    QCOMPARE(reopened.filePath(), settingsPath());
    file.setValue(u"appearance/theme"_s, u"purple"_s);
    file.setValue(u"chat/reasoningEffort"_s, u"extreme"_s);
    file.setValue(u"network/proxyMode"_s, u"sometimes"_s);
    file.sync();
    AppSettings unknown(settingsPath());
    QCOMPARE(unknown.theme(), AppSettings::Theme::System);
    QCOMPARE(unknown.reasoningEffort(), ReasoningEffort::Default);
    QCOMPARE(NetworkSettings(unknown.file()).proxyMode(), NetworkSettings::ProxyMode::SystemProxy);
}

void TestProviderSettings::changeSignalsFireOncePerChange()
{
    AppSettings settings(settingsPath());
    NetworkSettings networkSettings(settings.file());
    QSignalSpy appearance(&settings, &AppSettings::appearanceChanged);
    QSignalSpy defaults(&settings, &AppSettings::chatDefaultsChanged);
    QSignalSpy network(&networkSettings, &NetworkSettings::changed);
    settings.setTheme(AppSettings::Theme::Light);
    settings.setTheme(AppSettings::Theme::Light);
    settings.setTheme(AppSettings::Theme::System);
    QCOMPARE(appearance.count(), 2);
    settings.setSystemPrompt(u"Be brief."_s);
    settings.setSystemPrompt(u"Be brief."_s);
    QCOMPARE(defaults.count(), 1);
    networkSettings.setCaCertificateFile(u"/tmp/ca.pem"_s);
    networkSettings.setCaCertificateFile(u"/tmp/ca.pem"_s);
    QCOMPARE(network.count(), 1);
    QCOMPARE(appearance.count(), 2);
}

void TestProviderSettings::languageFollowsTheSystemUntilChosen()
{
    {
        AppSettings settings(settingsPath());
        QCOMPARE(settings.language(), QString());
        QSignalSpy language(&settings, &AppSettings::languageChanged);
        settings.setLanguage(u" de "_s);
        settings.setLanguage(u"de"_s);
        QCOMPARE(language.count(), 1);
        QCOMPARE(settings.language(), u"de"_s);
    }
    QCOMPARE(AppSettings(settingsPath()).language(), u"de"_s);
    {
        AppSettings settings(settingsPath());
        settings.setLanguage(QString());
    }
    QCOMPARE(AppSettings(settingsPath()).language(), QString()); // the system's again
}

void TestProviderSettings::providersAddUpdateRemove()
{
    ProviderListModel list;
    ProviderListModel *model = &list;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

    const QString first = model->add(config(u"openai"_s));
    const QString second = model->add(config(u"openai"_s, u"Work OpenAI"_s));
    const QString custom = model->add(config({}, u"My box"_s));
    QCOMPARE(first, u"openai"_s);
    QCOMPARE(second, u"openai-2"_s);
    QCOMPARE(custom, u"custom"_s);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model->count(), 3);
    const QModelIndex row0 = model->index(0);
    QCOMPARE(row0.data(ProviderListModel::NameRole).toString(), u"OpenAI"_s);
    QCOMPARE(row0.data(ProviderListModel::BaseUrlRole).toString(), u"https://api.openai.com/v1"_s);
    QCOMPARE(model->index(2).data(ProviderListModel::PresetNameRole).toString(),
             u"Custom (OpenAI-compatible)"_s);

    ProviderConfig edited = *model->config(second);
    edited.defaultModel = u"gpt-4.1"_s;
    changed.clear();
    QVERIFY(model->update(edited));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(rolesOf(changed, 0), QList<int>{ProviderListModel::DefaultModelRole});
    changed.clear();
    QVERIFY(model->update(edited)); // unchanged: no signal
    QCOMPARE(changed.count(), 0);

    QVERIFY(model->remove(first));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model->indexOf(second), 0);
    QVERIFY(!model->remove(u"nope"_s));
    QVERIFY(!model->update(config(u"x"_s)));
}

void TestProviderSettings::providersPersistAcrossInstances()
{
    {
        Configured configured(settingsPath());
        ProviderConfig c = config({}, u"LAN box"_s);
        c.baseUrl = u"http://192.168.1.5:8080/v1"_s;
        c.extraHeaders = {{u"X-Title"_s, u"Confab"_s}, {u"X-Route"_s, u"a: b"_s}};
        c.defaultModel = u"qwen3"_s;
        c.keyMode = ApiKeys::Mode::Environment;
        c.keyEnvVar = u"LAN_KEY"_s;
        configured.providers.add(c);
        configured.providers.add(config(u"ollama"_s));
    }
    Configured reopened(settingsPath());
    QAbstractItemModelTester tester(&reopened.providers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(reopened.providers.count(), 2);
    const ProviderConfig c = reopened.providers.configs().first();
    QCOMPARE(c.id, u"custom"_s);
    QCOMPARE(c.name, u"LAN box"_s);
    QCOMPARE(c.baseUrl, u"http://192.168.1.5:8080/v1"_s);
    QCOMPARE(c.extraHeaders.size(), 2);
    QCOMPARE(c.extraHeaders.at(1).second, u"a: b"_s);
    QCOMPARE(c.keyMode, ApiKeys::Mode::Environment);
    QCOMPARE(c.keyEnvVar, u"LAN_KEY"_s);
    QCOMPARE(reopened.providers.configs().at(1).presetId, u"ollama"_s);
}

void TestProviderSettings::defaultProviderFollowsAddAndRemove()
{
    Configured configured(settingsPath());
    AppSettings &settings = configured.settings;
    ProviderListModel *model = &configured.providers;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    const QString a = model->add(config(u"ollama"_s));
    const QString b = model->add(config(u"groq"_s));
    QCOMPARE(settings.defaultProviderId(), a);
    QVERIFY(model->index(0).data(ProviderListModel::IsDefaultRole).toBool());
    changed.clear();
    settings.setDefaultProviderId(b);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(rolesOf(changed, 0), QList<int>{ProviderListModel::IsDefaultRole});
    QVERIFY(model->index(1).data(ProviderListModel::IsDefaultRole).toBool());
    QVERIFY(!model->index(0).data(ProviderListModel::IsDefaultRole).toBool());
    model->remove(b);
    QCOMPARE(settings.defaultProviderId(), a);
    model->remove(a);
    QCOMPARE(settings.defaultProviderId(), QString());
}

void TestProviderSettings::exportImportRoundTrip()
{
    const QString file = m_dir->filePath(u"export.json"_s);
    {
        Configured configured(settingsPath());
        AppSettings &settings = configured.settings;
        settings.setTheme(AppSettings::Theme::Dark);
        settings.setSystemPrompt(u"You are terse."_s);
        settings.setAllowPlaintextKeys(true);
        settings.savePromptPreset(u"Pirate"_s, u"Talk like a pirate."_s);
        configured.network.setProxyMode(NetworkSettings::ProxyMode::NoProxy);
        ProviderConfig c = config(u"anthropic"_s);
        c.defaultModel = u"claude-haiku-4-5"_s;
        configured.providers.add(c);
        QVERIFY(configured.exporter.exportToFile(QUrl::fromLocalFile(file).toString()));
        QCOMPARE(configured.exporter.lastError(), QString());
    }
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(exported.readAll()).object();
    QCOMPARE(json.value("format"_L1).toString(), u"confab-settings"_s);
    QVERIFY(!json.value("settings"_L1).toObject().contains(u"security/allowPlaintextKeys"_s));

    Configured importing(m_dir->filePath(u"other/Confab.conf"_s));
    AppSettings &other = importing.settings;
    QAbstractItemModelTester tester(&importing.providers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    importing.providers.add(config(u"groq"_s));
    QSignalSpy appearance(&other, &AppSettings::appearanceChanged);
    QSignalSpy network(&importing.network, &NetworkSettings::changed);
    QSignalSpy reset(&importing.providers, &QAbstractItemModel::modelReset);
    QVERIFY(importing.exporter.importFromFile(file));
    QCOMPARE(appearance.count(), 1);
    QCOMPARE(network.count(), 1);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(other.theme(), AppSettings::Theme::Dark);
    QCOMPARE(other.systemPrompt(), u"You are terse."_s);
    QCOMPARE(importing.network.proxyMode(), NetworkSettings::ProxyMode::NoProxy);
    QVERIFY(!other.allowPlaintextKeys()); // consent is never imported
    QCOMPARE(importing.providers.count(), 1);
    QCOMPARE(importing.providers.configs().first().defaultModel, u"claude-haiku-4-5"_s);
    QCOMPARE(other.promptPresets().size(), 1);
    QCOMPARE(other.defaultProviderId(), u"anthropic"_s);
    QVERIFY(importing.providers.index(0).data(ProviderListModel::IsDefaultRole).toBool());
    // Applied at once, and persisted.
    Configured reopened(m_dir->filePath(u"other/Confab.conf"_s));
    QCOMPARE(reopened.settings.theme(), AppSettings::Theme::Dark);
    QCOMPARE(reopened.providers.count(), 1);
}

void TestProviderSettings::importRejectsForeignFiles()
{
    Configured configured(settingsPath());
    AppSettings &settings = configured.settings;
    SettingsExport &exporter = configured.exporter;
    settings.setTheme(AppSettings::Theme::Light);
    configured.providers.add(config(u"groq"_s));
    const QString file = m_dir->filePath(u"foreign.json"_s);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"theme":"dark"})");
    out.close();
    QVERIFY(!exporter.importFromFile(file));
    QVERIFY(exporter.lastError().contains(u"not a Confab settings export"_s));
    QCOMPARE(settings.theme(), AppSettings::Theme::Light);
    QVERIFY(!exporter.importFromFile(m_dir->filePath(u"missing.json"_s)));
    QVERIFY(exporter.lastError().startsWith(u"Could not read"_s));
    QString error;
    QVERIFY(!exporter.importJson(
        QJsonObject{{"format"_L1, "confab-settings"_L1}, {"version"_L1, 99}}, &error));
    QVERIFY(error.contains(u"newer Confab"_s));
    // One bad section changes nothing at all: not the general settings either.
    const QJsonObject duplicateIds{{"format"_L1, "confab-settings"_L1},
                                   {"version"_L1, 1},
                                   {"settings"_L1, QJsonObject{{u"appearance/theme"_s, u"dark"_s}}},
                                   {"providers"_L1, QJsonArray{QJsonObject{{"id"_L1, "a"_L1}},
                                                               QJsonObject{{"id"_L1, "a"_L1}}}}};
    QVERIFY(!exporter.importJson(duplicateIds, &error));
    QVERIFY(error.contains(u"unique id"_s));
    QCOMPARE(settings.theme(), AppSettings::Theme::Light);
    QCOMPARE(configured.providers.count(), 1);
}

void TestProviderSettings::promptPresets()
{
    AppSettings settings(settingsPath());
    QSignalSpy changed(&settings, &AppSettings::promptPresetsChanged);
    settings.savePromptPreset(u"Reviewer"_s, u"Review code."_s);
    settings.savePromptPreset(u"Editor"_s, u"Edit text."_s);
    settings.savePromptPreset(u"Reviewer"_s, u"Review code strictly."_s);
    settings.savePromptPreset(u"  "_s, u"ignored"_s);
    QCOMPARE(changed.count(), 3);
    const QVariantList presets = settings.promptPresets();
    QCOMPARE(presets.size(), 2);
    QCOMPARE(presets.at(0).toMap().value(u"name"_s).toString(), u"Editor"_s);
    QCOMPARE(presets.at(1).toMap().value(u"text"_s).toString(), u"Review code strictly."_s);
    settings.removePromptPreset(u"Editor"_s);
    settings.removePromptPreset(u"Nope"_s);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(AppSettings(settingsPath()).promptPresets().size(), 1);
}

void TestProviderSettings::presetListModel()
{
    PresetListModel presets;
    QAbstractItemModelTester tester(&presets,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(presets.rowCount(), int(ProviderPresets::all().size()) + 1);
    QStringList names;
    for (int i = 0; i < presets.rowCount(); ++i)
        names << presets.index(i).data(PresetListModel::NameRole).toString();
    for (const QString &name :
         {u"OpenAI"_s, u"Anthropic"_s, u"Google Gemini"_s, u"Ollama"_s, u"OpenRouter"_s, u"Groq"_s,
          u"Mistral"_s, u"DeepSeek"_s, u"Together AI"_s, u"xAI"_s, u"LM Studio"_s, u"llama.cpp"_s,
          u"vLLM"_s, u"LiteLLM"_s, u"Other OpenAI-compatible server"_s}) {
        QVERIFY2(names.contains(name), qPrintable(name));
    }
    // Each card on the first-run page says in one line what it connects to.
    QSet<QString> descriptions;
    for (int i = 0; i < presets.rowCount(); ++i) {
        const QString line = presets.index(i).data(PresetListModel::DescriptionRole).toString();
        QVERIFY2(!line.isEmpty(), qPrintable(names.at(i)));
        descriptions.insert(line);
    }
    QCOMPARE(descriptions.size(), presets.rowCount());
    const int ollama = presets.indexOf(u"ollama"_s);
    QVERIFY(presets.index(ollama).data(PresetListModel::IsLocalRole).toBool());
    QVERIFY(!presets.index(ollama).data(PresetListModel::NeedsKeyRole).toBool());
    QVERIFY(
        presets.index(presets.indexOf(u"openai"_s)).data(PresetListModel::NeedsKeyRole).toBool());
    QCOMPARE(presets.indexOf(u"unknown"_s), presets.rowCount() - 1);
}

void TestProviderSettings::modelListFilterAndCache()
{
    const QString cache = m_dir->filePath(u"cache/models/openai.json"_s);
    {
        ModelListModel models;
        QAbstractItemModelTester tester(&models,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        models.setCacheFile(cache);
        QCOMPARE(models.count(), 0);
        models.setModels({{u"gpt-4o"_s, {}, -1},
                          {u"gpt-4o-mini"_s, u"GPT-4o mini"_s, 128000},
                          {u"o3-mini"_s, {}, -1},
                          {u"claude-haiku"_s, u"Claude Haiku 4.5"_s, -1}});
        QCOMPARE(models.count(), 4);
        models.setFilter(u"4O"_s);
        QCOMPARE(models.count(), 2);
        QCOMPARE(models.totalCount(), 4);
        models.setFilter(u"mini gpt"_s); // every word must match
        QCOMPARE(models.count(), 1);
        QCOMPARE(models.modelIdAt(0), u"gpt-4o-mini"_s);
        QCOMPARE(models.rowOf(u"gpt-4o-mini"_s), 0);
        QCOMPARE(models.rowOf(u"o3-mini"_s), -1); // filtered out
        models.setFilter(u"haiku 4.5"_s);         // display names match too
        QCOMPARE(models.count(), 1);
        QCOMPARE(models.index(0).data(ModelListModel::DisplayNameRole).toString(),
                 u"Claude Haiku 4.5"_s);
        models.setFilter({});
        QCOMPARE(models.count(), 4);
        QVERIFY(models.contains(u"o3-mini"_s));
        QCOMPARE(models.rowOf(u"o3-mini"_s), 2);
    }
    QVERIFY(QFile::exists(cache));
    ModelListModel cached;
    QAbstractItemModelTester tester(&cached,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    cached.setCacheFile(cache);
    QCOMPARE(cached.count(), 4);
    QCOMPARE(cached.index(1).data(ModelListModel::ContextLengthRole).toLongLong(), 128000);
    QVERIFY(cached.fetchedAt().isValid());
    cached.clear();
    QVERIFY(!QFile::exists(cache));
    QCOMPARE(cached.count(), 0);
}

void TestProviderSettings::modelListFetchKeepsRowsOnError()
{
    LoopbackServer server;
    server.enqueue(Response::full(200, R"({"data":[{"id":"b"},{"id":"a"}]})"_ba));
    server.enqueue(Response::full(401, R"({"error":{"message":"bad key"}})"_ba));
    QObject owner;
    QNetworkAccessManager *network = NetworkAccess::createManager(&owner);
    ModelListModel models;
    QAbstractItemModelTester tester(&models,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&models, &ModelListModel::loadingChanged);
    QSignalSpy finished(&models, &ModelListModel::fetchFinished);
    const ProviderEndpoint endpoint{server.url(u"/v1"), u"k-123456"_s, {}};
    models.fetch(network, std::make_shared<OpenAiWire>(), endpoint);
    QVERIFY(models.isLoading());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!models.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(models.modelIdAt(0), u"a"_s);
    QCOMPARE(models.errorMessage(), QString());

    models.fetch(network, std::make_shared<OpenAiWire>(), endpoint);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(finished.at(1).at(0).toBool(), false);
    QCOMPARE(models.count(), 2); // the known list stays
    QCOMPARE(models.errorKind(), u"auth"_s);
    QVERIFY(models.errorMessage().contains(u"The API key was rejected"_s));
}

void TestProviderSettings::chatTargetFromConfig()
{
    ProviderConfig anthropic = config(u"anthropic"_s);
    anthropic.defaultModel = u"claude-sonnet-4-5"_s;
    anthropic.extraHeaders = {{u"anthropic-beta"_s, u"x"_s}};
    ChatTarget target = makeChatTarget(anthropic, u"key-1"_s);
    QVERIFY(target.isValid());
    QCOMPARE(target.model, u"claude-sonnet-4-5"_s);
    QCOMPARE(target.endpoint.baseUrl, QUrl(u"https://api.anthropic.com"_s));
    QCOMPARE(target.endpoint.apiKey, u"key-1"_s);
    QCOMPARE(target.endpoint.extraHeaders.size(), 1);
    const QNetworkRequest request = target.wire->makeRequest(target.endpoint, ChatRequest{});
    QCOMPARE(request.url().path(), u"/v1/messages"_s);
    QCOMPARE(request.rawHeader("x-api-key"), "key-1"_ba);

    ProviderConfig custom = config({});
    custom.baseUrl = u"http://127.0.0.1:9000/v1"_s;
    target = makeChatTarget(custom, {}, u" local-model "_s);
    QCOMPARE(target.model, u"local-model"_s);
    QVERIFY(std::dynamic_pointer_cast<const OpenAiWire>(target.wire));
    QCOMPARE(target.wire->makeRequest(target.endpoint, ChatRequest{}).url().toString(),
             u"http://127.0.0.1:9000/v1/chat/completions"_s);
    QVERIFY(!makeChatTarget(config({}), {}, u"m"_s).isValid()); // custom without URL
}

void TestProviderSettings::chatTargetFromEnvironment()
{
    // (Which variables are needed: tst_chatcontroller.) The wire comes from the preset table:
    // with only the key, the primary preset's (OpenAI wants max_completion_tokens); with a base
    // URL, a plain OpenAI-compatible one (max_tokens).
    const auto bodyOf = [](const ChatTarget &target) {
        ChatRequest request;
        request.model = target.model;
        request.maxTokens = 9;
        return QJsonDocument::fromJson(target.wire->makeBody(request)).object();
    };
    QString missing;
    QProcessEnvironment env;
    env.insert(u"OPENAI_API_KEY"_s, u" sk-env "_s);
    ChatTarget target = ::chatTargetFromEnvironment(env, &missing);
    QVERIFY(target.isValid());
    QCOMPARE(target.endpoint.apiKey, u"sk-env"_s);
    QCOMPARE(bodyOf(target)["max_completion_tokens"_L1].toInteger(), 9);
    QVERIFY(!bodyOf(target).contains("max_tokens"_L1));

    env.insert(u"CONFAB_BASE_URL"_s, u"http://127.0.0.1:9000/v1"_s);
    env.insert(u"CONFAB_MODEL"_s, u"local"_s);
    target = ::chatTargetFromEnvironment(env, &missing);
    QVERIFY(target.isValid());
    QCOMPARE(bodyOf(target)["max_tokens"_L1].toInteger(), 9);
    QVERIFY(!bodyOf(target).contains("max_completion_tokens"_L1));
}

void TestProviderSettings::headerLines()
{
    QList<std::pair<QString, QString>> headers;
    QString error;
    QVERIFY(
        parseHeaderLines(u"X-Title: Confab\n\n  HTTP-Referer:https://x.y \n"_s, &headers, &error));
    QCOMPARE(headers.size(), 2);
    QCOMPARE(headers.at(1), (std::pair{u"HTTP-Referer"_s, u"https://x.y"_s}));
    QCOMPARE(::headerLines(headers), u"X-Title: Confab\nHTTP-Referer: https://x.y"_s);
    QVERIFY(!parseHeaderLines(u"no colon here"_s, &headers, &error));
    QVERIFY(error.contains(u"Line 1"_s));
    QVERIFY(!parseHeaderLines(u"Bad Name: x"_s, &headers, &error));
    for (const QString &secret :
         {u"Authorization: Bearer x"_s, u"api-key: x"_s, u"X-Auth-Token: x"_s, u"Cookie: a=b"_s}) {
        QVERIFY2(!parseHeaderLines(secret, &headers, &error), qPrintable(secret));
        QVERIFY(error.contains(u"API key field"_s));
    }
}

void TestProviderSettings::chatParametersDefaultsAndRequest()
{
    AppSettings settings(settingsPath());
    settings.setDefaultProviderId(u"ollama"_s);
    settings.setDefaultModel(u"llama3.2"_s);
    settings.setSystemPrompt(u"Be kind."_s);
    settings.setTemperature(0.4);
    settings.setReasoningEffort(ReasoningEffort::High);
    ChatParameters parameters;
    QSignalSpy target(&parameters, &ChatParameters::targetChanged);
    parameters.resetToDefaults(&settings);
    QCOMPARE(parameters.providerId(), u"ollama"_s);
    QCOMPARE(parameters.model(), u"llama3.2"_s);
    QCOMPARE(target.count(), 1); // provider and model change together: one new target
    // The header switches both at once, too.
    parameters.setTarget(u"ollama"_s, u" llama3.2 "_s);
    QCOMPARE(target.count(), 1);
    parameters.setTarget(u"anthropic"_s, u"claude-test "_s);
    QCOMPARE(target.count(), 2);
    QCOMPARE(parameters.providerId(), u"anthropic"_s);
    QCOMPARE(parameters.model(), u"claude-test"_s);
    parameters.resetToDefaults(&settings);
    QCOMPARE(target.count(), 3);
    ChatRequest request;
    request.model = u"unused"_s;
    parameters.applyTo(request);
    QCOMPARE(request.model, u"llama3.2"_s);
    QCOMPARE(request.systemPrompt, u"Be kind."_s);
    QCOMPARE(request.temperature, std::optional<double>(0.4));
    QVERIFY(!request.topP);
    QVERIFY(!request.maxTokens);
    QCOMPARE(request.reasoningEffort, ReasoningEffort::High);

    // Per conversation: changes do not touch the defaults.
    parameters.setTemperature(-3);
    parameters.setMaxTokens(512);
    parameters.applyTo(request);
    QVERIFY(!request.temperature);
    QCOMPARE(request.maxTokens, std::optional<qint64>(512));
    QCOMPARE(settings.temperature(), 0.4);
    parameters.saveAsDefaults(&settings);
    QCOMPARE(settings.temperature(), -1.0);
    QCOMPARE(settings.maxTokens(), 512);
}

QTEST_GUILESS_MAIN(TestProviderSettings)
#include "tst_providersettings.moc"
