// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ProviderService, ProviderDraft and FirstRunOffer against loopback servers, with the in-memory
// SecretStore standing in for the keychain.
#include "firstrunoffer.h"
#include "loopbackserver.h"
#include "networkaccess.h"
#include "networkstatus.h"
#include "providerdraft.h"
#include "providerservice.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kKey = u"sk-service-test-31415926"_s;

/** An OpenAI-compatible server that wants kKey. */
void serveOpenAi(LoopbackServer &server)
{
    server.setFallback([](const LoopbackServer::Request &request) {
        if (request.header("authorization") != "Bearer " + kKey.toUtf8())
            return Response::full(401, R"({"error":{"message":"Invalid key"}})"_ba);
        return Response::full(200, R"({"data":[{"id":"zeta"},{"id":"alpha"}]})"_ba);
    });
}
} // namespace

class TestProviderService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void testConnectionThenSaveNewProvider();
    void testConnectionFailureInPlainWords();
    void validation();
    void editKeepsTheStoredKey();
    void noKeychainSaveFailsThenSessionWorks();
    void noKeychainMovesTheDefaultToSession();
    void testAndSaveSavesOnlyWhatWorks();
    void requestTarget();
    void requestTargetPicksFirstLocalModel();
    void removeProviderForgetsKeyAndCache();
    void firstRunOffersLocalServersAndEnvironmentKeys();
    void offlineSkipsRemoteModelLists();

private:
    QString addProvider(const QUrl &baseUrl, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QObject> m_owner;
    QNetworkAccessManager *m_network = nullptr;
    MemorySecretStore *m_keychain = nullptr;
    AppSettings *m_settings = nullptr;
    ApiKeys *m_keys = nullptr;
    ProviderService *m_service = nullptr;
};

void TestProviderService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_owner = std::make_unique<QObject>();
    m_network = NetworkAccess::createManager(m_owner.get());
    m_keychain = new MemorySecretStore(m_owner.get());
    m_settings = new AppSettings(m_dir->filePath(u"Confab.conf"_s), m_owner.get());
    m_keys = new ApiKeys(m_keychain, m_dir->filePath(u"plain.json"_s), m_owner.get());
    m_keys->setEnvironment({});
    m_service = new ProviderService(m_settings, m_keys, m_network, m_dir->filePath(u"cache"_s),
                                    m_owner.get());
}

void TestProviderService::cleanup()
{
    m_owner.reset();
    m_dir.reset();
}

QString TestProviderService::addProvider(const QUrl &baseUrl, const QString &key)
{
    ProviderDraft *draft = m_service->draft();
    draft->startNew({});
    draft->setBaseUrl(baseUrl.toString());
    draft->setApiKey(key);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    if (!saved.wait(2000))
        return {};
    return saved.first().at(0).toString();
}

void TestProviderService::testConnectionThenSaveNewProvider()
{
    LoopbackServer server;
    serveOpenAi(server);
    ProviderDraft *draft = m_service->draft();
    QAbstractItemModelTester tester(draft->models(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    draft->startNew(u"groq"_s);
    QCOMPARE(draft->name(), u"Groq"_s);
    QCOMPARE(draft->defaultBaseUrl(), u"https://api.groq.com/openai/v1"_s);
    QVERIFY(draft->needsKey());
    QCOMPARE(draft->validationError(), u"Enter the API key."_s);
    draft->setPresetId({}); // custom endpoint
    QVERIFY(draft->isCustom());
    draft->setName(u"Lab server"_s);
    draft->setBaseUrl(server.url(u"/v1").toString());
    draft->setApiKey(kKey);
    draft->setExtraHeaders(u"X-Title: Confab"_s);
    QCOMPARE(draft->validationError(), QString());

    QSignalSpy test(draft, &ProviderDraft::testChanged);
    draft->testConnection();
    QCOMPARE(draft->testState(), ProviderDraft::TestState::Testing);
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Succeeded);
    QCOMPARE(draft->testMessage(), u"Connected. 2 model(s) available."_s);
    QCOMPARE(draft->models()->count(), 2);
    QCOMPARE(server.requests().last().header("x-title"), "Confab"_ba);
    draft->setDefaultModel(u"zeta"_s);

    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QVERIFY(draft->isSaving());
    QTRY_COMPARE(saved.count(), 1);
    const QString id = saved.first().at(0).toString();
    QCOMPARE(id, u"custom"_s);
    QVERIFY(!draft->isSaving());
    QCOMPARE(m_keychain->value(ApiKeys::entryName(id)), kKey);
    const ProviderConfig config = *m_service->providers()->config(id);
    QCOMPARE(config.name, u"Lab server"_s);
    QCOMPARE(config.keyMode, ApiKeys::Mode::Keychain);
    QCOMPARE(config.defaultModel, u"zeta"_s);
    QCOMPARE(config.extraHeaders.size(), 1);
    // The tested list is reused, not fetched again.
    const int requests = server.requestCount();
    QCOMPARE(m_service->models(id)->count(), 2);
    QTest::qWait(50);
    QCOMPARE(server.requestCount(), requests);
}

void TestProviderService::testConnectionFailureInPlainWords()
{
    LoopbackServer server;
    serveOpenAi(server);
    ProviderDraft *draft = m_service->draft();
    draft->startNew({});
    draft->setBaseUrl(server.url(u"/v1").toString());
    draft->setApiKey(u"wrong"_s);
    draft->testConnection();
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Failed);
    QCOMPARE(draft->testMessage(), u"The API key was rejected (Invalid key)."_s);

    quint16 closedPort = 0;
    {
        LoopbackServer closed;
        closedPort = closed.port();
    }
    draft->setBaseUrl(u"http://127.0.0.1:%1/v1"_s.arg(closedPort));
    draft->testConnection();
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Failed);
    QVERIFY2(draft->testMessage().startsWith(u"Nothing is listening at 127.0.0.1:"_s),
             qPrintable(draft->testMessage()));
}

void TestProviderService::validation()
{
    ProviderDraft *draft = m_service->draft();
    draft->startNew({});
    QVERIFY(draft->validationError().contains(u"base URL"_s));
    draft->setBaseUrl(u"ftp://example.com"_s);
    QVERIFY(draft->validationError().contains(u"http:// or https://"_s));
    draft->setBaseUrl(u"https://user:pw@example.com/v1"_s);
    QVERIFY(draft->validationError().contains(u"not in the URL"_s));
    draft->setBaseUrl(u"https://example.com/v1"_s);
    QCOMPARE(draft->validationError(), QString()); // a custom server may need no key
    draft->setExtraHeaders(u"Authorization: Bearer abc"_s);
    QVERIFY(draft->validationError().contains(u"API key field"_s));
    draft->setExtraHeaders({});
    draft->setKeyMode(ApiKeys::Mode::Environment);
    draft->setKeyEnvVar({});
    QVERIFY(draft->validationError().contains(u"environment variable"_s));
    draft->setKeyMode(ApiKeys::Mode::Plaintext);
    QVERIFY(draft->validationError().contains(u"plain file"_s));
    m_settings->setAllowPlaintextKeys(true); // the opt-in reaches ApiKeys
    QVERIFY(m_keys->isPlaintextAllowed());
    QCOMPARE(draft->validationError(), QString());

    draft->startNew(u"openai"_s);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QCOMPARE(draft->saveError(), u"Enter the API key."_s);
    QCOMPARE(m_service->providers()->count(), 0);
    QCOMPARE(saved.count(), 0);

    // A local server needs no key; typing one keeps it in the keychain.
    draft->startNew(u"ollama"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::None);
    QCOMPARE(draft->validationError(), QString());
    draft->setApiKey(u"proxy-key"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Keychain);
}

void TestProviderService::editKeepsTheStoredKey()
{
    LoopbackServer server;
    serveOpenAi(server);
    const QString id = addProvider(server.url(u"/v1"), kKey);
    QVERIFY(!id.isEmpty());
    ProviderDraft *draft = m_service->draft();
    QVERIFY(draft->edit(id));
    QVERIFY(!draft->isNew());
    QVERIFY(draft->hasStoredKey());
    QCOMPARE(draft->apiKey(), QString()); // never read back into the form
    draft->setName(u"Renamed"_s);
    // The test uses the stored key.
    draft->testConnection();
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Succeeded);
    QCOMPARE(server.requests().last().header("authorization"), "Bearer " + kKey.toUtf8());
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_service->providers()->nameOf(id), u"Renamed"_s);
    QCOMPARE(m_keychain->value(ApiKeys::entryName(id)), kKey);

    // Moving the key to the session store takes it out of the keychain.
    QVERIFY(draft->edit(id));
    draft->setKeyMode(ApiKeys::Mode::Session);
    draft->save();
    QTRY_COMPARE(saved.count(), 2);
    QTRY_VERIFY(!m_keychain->contains(ApiKeys::entryName(id)));
    QSignalSpy ready(m_service, &ProviderService::targetReady);
    m_service->requestTarget(id, u"alpha"_s);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(2).value<ChatTarget>().endpoint.apiKey, kKey);
}

void TestProviderService::noKeychainSaveFailsThenSessionWorks()
{
    m_keychain->setUnavailable(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
    m_keys->checkKeychain();
    QTRY_COMPARE(m_keys->keychainState(), ApiKeys::KeychainState::Unavailable);
    ProviderDraft *draft = m_service->draft();
    draft->startNew(u"openai"_s);
    draft->setApiKey(kKey);
    draft->setKeyMode(ApiKeys::Mode::Keychain); // chosen anyway (the UI disables it)
    QSignalSpy saving(draft, &ProviderDraft::savingChanged);
    draft->save();
    QTRY_VERIFY(!draft->isSaving());
    QVERIFY2(draft->saveError().contains(u"No keychain is available"_s),
             qPrintable(draft->saveError()));
    QCOMPARE(m_service->providers()->count(), 0); // nothing half-saved
    draft->setKeyMode(ApiKeys::Mode::Session);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_service->providers()->count(), 1);
    QCOMPARE(m_service->providers()->configs().first().keyMode, ApiKeys::Mode::Session);

    // With OPENAI_API_KEY set, a new OpenAI provider defaults to reading it.
    QProcessEnvironment env;
    env.insert(u"OPENAI_API_KEY"_s, kKey);
    m_keys->setEnvironment(env);
    draft->startNew(u"openai"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Environment);
    QCOMPARE(draft->keyEnvVar(), u"OPENAI_API_KEY"_s);
}

void TestProviderService::noKeychainMovesTheDefaultToSession()
{
    // The form opens before the keychain check ends: the default is the keychain …
    ProviderDraft *draft = m_service->draft();
    draft->startNew(u"anthropic"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Keychain);
    // … until the check finds none; then a new key is kept for the session.
    m_keychain->setUnavailable(u"The name org.freedesktop.secrets was not provided"_s);
    QSignalSpy fields(draft, &ProviderDraft::fieldsChanged);
    m_keys->checkKeychain();
    QTRY_COMPARE(m_keys->keychainState(), ApiKeys::KeychainState::Unavailable);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Session);
    QVERIFY(fields.count() > 0);
    // A form opened afterwards starts there.
    draft->startNew(u"openai"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Session);
    draft->setApiKey(kKey);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_service->providers()->configs().first().keyMode, ApiKeys::Mode::Session);
    // Local servers still need no key at all.
    draft->startNew(u"ollama"_s);
    QVERIFY(draft->isLocal());
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::None);
}

void TestProviderService::testAndSaveSavesOnlyWhatWorks()
{
    LoopbackServer server;
    serveOpenAi(server);
    ProviderDraft *draft = m_service->draft();
    draft->startNew({});
    draft->setBaseUrl(server.url(u"/v1").toString());
    draft->setApiKey(u"sk-wrong"_s);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->testAndSave();
    QCOMPARE(draft->testState(), ProviderDraft::TestState::Testing);
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Failed);
    QVERIFY2(draft->testMessage().contains(u"Invalid key"_s), qPrintable(draft->testMessage()));
    QCOMPARE(saved.count(), 0);
    QCOMPARE(m_service->providers()->count(), 0);
    // A later plain test that works saves nothing either.
    draft->setApiKey(kKey);
    draft->testConnection();
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Succeeded);
    QCOMPARE(saved.count(), 0);

    draft->testAndSave();
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(draft->testState(), ProviderDraft::TestState::Succeeded);
    QCOMPARE(m_service->providers()->count(), 1);
    QCOMPARE(m_keychain->value(ApiKeys::entryName(saved.first().at(0).toString())), kKey);

    // Nothing to test yet: it says why, and saves nothing.
    draft->startNew(u"openai"_s);
    draft->testAndSave();
    QCOMPARE(draft->testState(), ProviderDraft::TestState::Idle);
    QCOMPARE(draft->saveError(), u"Enter the API key."_s);
    QCOMPARE(m_service->providers()->count(), 1);
}

void TestProviderService::requestTarget()
{
    LoopbackServer server;
    serveOpenAi(server);
    const QString id = addProvider(server.url(u"/v1"), kKey);
    QSignalSpy ready(m_service, &ProviderService::targetReady);
    QSignalSpy failed(m_service, &ProviderService::targetFailed);
    m_service->requestTarget(id, u"alpha"_s);
    QTRY_COMPARE(ready.count(), 1);
    const ChatTarget target = ready.first().at(2).value<ChatTarget>();
    QVERIFY(target.isValid());
    QCOMPARE(target.model, u"alpha"_s);
    QCOMPARE(target.endpoint.baseUrl, server.url(u"/v1"));
    QCOMPARE(target.endpoint.apiKey, kKey);
    QCOMPARE(m_service->describe(id, u"alpha"_s), u"Custom (OpenAI-compatible) / alpha"_s);

    m_service->requestTarget(u"gone"_s, u"m"_s);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().at(2).toString().contains(u"no longer configured"_s));

    // A key that cannot be found fails with a way forward.
    ProviderConfig envConfig = *m_service->providers()->config(id);
    envConfig.keyMode = ApiKeys::Mode::Environment;
    envConfig.keyEnvVar = u"CONFAB_TEST_MISSING"_s;
    m_service->providers()->update(envConfig);
    m_service->requestTarget(id, u"alpha"_s);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.at(1).at(2).toString(),
             u"The environment variable CONFAB_TEST_MISSING is not set."_s);
}

void TestProviderService::requestTargetPicksFirstLocalModel()
{
    LoopbackServer ollama;
    ollama.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"models":[{"name":"qwen3:8b"},{"name":"llama3.2"}]})"_ba);
    });
    ProviderConfig config;
    config.presetId = u"ollama"_s;
    config.baseUrl = ollama.url().toString();
    config.keyMode = ApiKeys::Mode::None;
    const QString id = m_service->providers()->add(config);
    QCOMPARE(m_service->defaultModelFor(id), QString());
    QSignalSpy ready(m_service, &ProviderService::targetReady);
    m_service->requestTarget(id, {});
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(2).value<ChatTarget>().model, u"qwen3:8b"_s);
    QCOMPARE(ollama.requests().first().target, "/api/tags"_ba);
}

void TestProviderService::removeProviderForgetsKeyAndCache()
{
    LoopbackServer server;
    serveOpenAi(server);
    const QString id = addProvider(server.url(u"/v1"), kKey);
    ModelListModel *models = m_service->models(id);
    QTRY_COMPARE(models->count(), 2);
    const QString cache = m_dir->filePath(u"cache/custom.json"_s);
    QVERIFY(QFile::exists(cache));
    m_service->removeProvider(id);
    QCOMPARE(m_service->providers()->count(), 0);
    QVERIFY(!QFile::exists(cache));
    QTRY_VERIFY(!m_keychain->contains(ApiKeys::entryName(id)));
}

void TestProviderService::firstRunOffersLocalServersAndEnvironmentKeys()
{
    LoopbackServer ollama;
    ollama.setFallback([](const LoopbackServer::Request &) {
        return Response::full(200, R"({"models":[{"name":"llama3.2:latest"}]})"_ba);
    });
    quint16 closedPort = 0;
    {
        LoopbackServer closed;
        closedPort = closed.port();
    }
    QProcessEnvironment env;
    env.insert(u"ANTHROPIC_API_KEY"_s, u"sk-ant-test"_s);
    m_keys->setEnvironment(env);
    FirstRunOffer offer(m_service,
                        {{u"ollama"_s, ollama.url()},
                         {u"llamacpp"_s, QUrl(u"http://127.0.0.1:%1/v1"_s.arg(closedPort))}},
                        2'000);
    QVERIFY(offer.shouldOffer());
    offer.start();
    QVERIFY(offer.isSearching());
    QCOMPARE(offer.offers().size(), 1); // the environment is read at once
    QTRY_VERIFY(!offer.isSearching());
    const QVariantList offers = offer.offers();
    QCOMPARE(offers.size(), 2);
    const QVariantMap local = offers.at(0).toMap();
    QCOMPARE(local.value(u"kind"_s).toString(), u"local"_s);
    QCOMPARE(local.value(u"presetId"_s).toString(), u"ollama"_s);
    QCOMPARE(local.value(u"models"_s).toInt(), 1);
    QCOMPARE(local.value(u"model"_s).toString(), u"llama3.2:latest"_s);
    const QVariantMap environment = offers.at(1).toMap();
    QCOMPARE(environment.value(u"kind"_s).toString(), u"environment"_s);
    QCOMPARE(environment.value(u"envVar"_s).toString(), u"ANTHROPIC_API_KEY"_s);

    QSignalSpy shouldOffer(&offer, &FirstRunOffer::shouldOfferChanged);
    const QString id = offer.accept(0);
    QCOMPARE(id, u"ollama"_s);
    QVERIFY(!offer.shouldOffer());
    QVERIFY(shouldOffer.count() >= 1);
    QCOMPARE(m_settings->defaultProviderId(), id);
    QCOMPARE(m_settings->defaultModel(), u"llama3.2:latest"_s);
    QVERIFY(m_settings->firstRunDone());
    const ProviderConfig config = *m_service->providers()->config(id);
    QCOMPARE(config.keyMode, ApiKeys::Mode::None);
    QCOMPARE(config.effectiveBaseUrl(), ollama.url());
    QCOMPARE(m_service->models(id)->count(), 1); // what discovery found, no new request

    const QString anthropic = offer.accept(1);
    const ProviderConfig envConfig = *m_service->providers()->config(anthropic);
    QCOMPARE(envConfig.keyMode, ApiKeys::Mode::Environment);
    QCOMPARE(envConfig.keyEnvVar, u"ANTHROPIC_API_KEY"_s);
    QCOMPARE(envConfig.defaultModel, ProviderPresets::find(u"anthropic")->defaultModel);
}

void TestProviderService::offlineSkipsRemoteModelLists()
{
    NetworkStatus status(NetworkStatus::Source::InferenceOnly);
    QVERIFY(!status.isMonitored());
    m_service->setNetworkStatus(&status);
    QSignalSpy online(&status, &NetworkStatus::onlineChanged);
    status.reportOutcome(QUrl(u"http://127.0.0.1:1/"_s), QNetworkReply::HostNotFoundError);
    QVERIFY(status.isOnline()); // loopback says nothing about the internet
    status.reportOutcome(QUrl(u"https://api.openai.com/v1"_s), QNetworkReply::HostNotFoundError);
    QVERIFY(!status.isOnline());
    QCOMPARE(online.count(), 1);

    ProviderConfig remote;
    remote.presetId = u"openai"_s;
    remote.keyMode = ApiKeys::Mode::Session;
    const QString id = m_service->providers()->add(remote);
    ModelListModel *models = m_service->models(id);
    QVERIFY(models->errorMessage().startsWith(u"You are offline"_s));
    QVERIFY(!models->isLoading());

    LoopbackServer server; // a local server still works offline
    serveOpenAi(server);
    const QString local = addProvider(server.url(u"/v1"), kKey);
    QTRY_COMPARE(m_service->models(local)->count(), 2);

    status.reportOutcome(QUrl(u"https://api.openai.com/v1"_s), QNetworkReply::NoError);
    QVERIFY(status.isOnline());
    QCOMPARE(online.count(), 2);
}

QTEST_GUILESS_MAIN(TestProviderService)
#include "tst_providerservice.moc"
