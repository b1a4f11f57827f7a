// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// An API key goes through every real write path — provider editor save, connection test, model
// list cache, settings export, target resolution, an error that echoes the key — and then is
// searched for in every file Confab wrote and in every log line: it must be nowhere. Uses the
// real keychain when a Secret Service is there (tools/dev.sh), otherwise the in-memory store.
#include "loopbackserver.h"
#include "networkaccess.h"
#include "networksettings.h"
#include "providerdraft.h"
#include "providerservice.h"
#include "secretstore.h"
#include "settingsexport.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

using Response = LoopbackServer::Response;

namespace {
const QString kKey = u"sk-secret-canary-7d41c9e2b8a35f60"_s;
QStringList g_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}
} // namespace

class TestSecretsNotInFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyIsInNoFileAndNoLog();
    void cleanupTestCase();

private:
    QTemporaryDir m_root;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSecretsNotInFiles::initTestCase()
{
    QVERIFY(m_root.isValid());
    for (const char *variable :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        const QString dir = m_root.filePath(QString::fromLatin1(variable));
        QVERIFY(QDir().mkpath(dir));
        qputenv(variable, dir.toUtf8());
    }
    QCoreApplication::setOrganizationName(u"Confab"_s);
    QCoreApplication::setApplicationName(u"Confab"_s);
    QLoggingCategory::setFilterRules(u"confab.*=true"_s); // every debug line of ours, too
    m_previousHandler = qInstallMessageHandler(captureLog);
}

void TestSecretsNotInFiles::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
}

void TestSecretsNotInFiles::keyIsInNoFileAndNoLog()
{
    // The real default locations, now inside the temporary root.
    QVERIFY(AppSettings::defaultFilePath().startsWith(m_root.path()));
    QVERIFY(ProviderService::defaultCacheDir().startsWith(m_root.path()));
    QVERIFY(ApiKeys::defaultPlaintextPath().startsWith(m_root.path()));

    KeychainSecretStore keychain(u"io.github.confabchat.Confab.Test"_s, nullptr);
    MemorySecretStore memory;
    ApiKeys probe(&keychain, QString());
    probe.checkKeychain();
    QTRY_VERIFY(probe.keychainState() != ApiKeys::KeychainState::Checking);
    const bool realKeychain = probe.keychainState() == ApiKeys::KeychainState::Available;
    std::fprintf(stderr, "keychain: %s\n", realKeychain ? "Secret Service" : "in-memory stand-in");

    LoopbackServer server;
    server.setFallback([](const LoopbackServer::Request &request) {
        if (request.header("authorization") != "Bearer " + kKey.toUtf8()) {
            return Response::full(401, R"({"error":{"message":"Incorrect API key provided: )" +
                                           request.header("authorization") + R"("}})");
        }
        return Response::full(200, R"({"data":[{"id":"canary-model"},{"id":"other"}]})"_ba);
    });

    QObject owner;
    QNetworkAccessManager *network = NetworkAccess::createManager(&owner);
    AppSettings settings;
    ApiKeys keys(realKeychain ? static_cast<SecretStore *>(&keychain) : &memory,
                 ApiKeys::defaultPlaintextPath());
    ProviderService service(&settings, &keys, network);
    ProviderDraft *draft = service.draft();

    // Add a provider with the key through the editor: test, then save.
    draft->startNew({});
    draft->setName(u"Canary"_s);
    draft->setBaseUrl(server.url(u"/v1").toString());
    draft->setApiKey(kKey);
    draft->setExtraHeaders(u"X-Title: Confab"_s);
    QCOMPARE(draft->keyMode(), ApiKeys::Mode::Keychain);
    draft->testConnection();
    QTRY_COMPARE(draft->testState(), ProviderDraft::TestState::Succeeded);
    QSignalSpy saved(draft, &ProviderDraft::saved);
    draft->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10'000);
    const QString id = saved.first().at(0).toString();
    settings.setDefaultProviderId(id);
    settings.setDefaultModel(u"canary-model"_s);

    // Model list: fetched with the key, cached on disk.
    ModelListModel *models = service.models(id);
    models->refresh();
    QTRY_VERIFY(!models->isLoading());
    QCOMPARE(models->errorMessage(), QString());
    QVERIFY(QFile::exists(ProviderService::defaultCacheDir() + u"/custom.json"_s));

    // A conversation's target carries the key (in memory only).
    QSignalSpy ready(&service, &ProviderService::targetReady);
    service.requestTarget(id, {});
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.first().at(2).value<ChatTarget>().endpoint.apiKey, kKey);

    // A server that echoes the key in its error.
    ProviderDraft *editor = service.draft();
    QVERIFY(editor->edit(id));
    editor->setApiKey(kKey + u"-wrong"_s);
    editor->testConnection();
    QTRY_COMPARE(editor->testState(), ProviderDraft::TestState::Failed);
    QVERIFY(!editor->testMessage().contains(kKey));
    qWarning().noquote() << "test message:" << editor->testMessage();

    // Export, and settle everything on disk.
    const QString exportPath = m_root.filePath(u"XDG_CONFIG_HOME/export.json"_s);
    SettingsExport exporter;
    exporter.addSection(&settings);
    NetworkSettings networkSettings(settings.file());
    exporter.addSection(&networkSettings);
    exporter.addSection(service.settingsSection());
    QVERIFY(exporter.exportToFile(exportPath));
    settings.sync();

    // Every file Confab wrote.
    QStringList files;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    QVERIFY(files.contains(AppSettings::defaultFilePath()));
    QVERIFY(files.contains(exportPath));
    QVERIFY(files.size() >= 3);
    const QByteArray utf8 = kKey.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(kKey.utf16()), kKey.size() * 2);
    const QByteArray base64 = utf8.toBase64();
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(utf8), qPrintable(u"key found in "_s + path));
        QVERIFY2(!content.contains(utf16), qPrintable(u"UTF-16 key found in "_s + path));
        QVERIFY2(!content.contains(base64.left(20)), qPrintable(u"Base64 key found in "_s + path));
    }
    // The settings do record where the key lives.
    QFile conf(AppSettings::defaultFilePath());
    QVERIFY(conf.open(QIODevice::ReadOnly));
    QVERIFY(conf.readAll().contains("keyMode=keychain"));

    QVERIFY(!g_log.isEmpty()); // the debug categories were on
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(kKey), qPrintable(u"key in the log: "_s + line));
    service.removeProvider(id); // leave no entry in a real keychain
    QTRY_VERIFY(!QFile::exists(ProviderService::defaultCacheDir() + u"/custom.json"_s));
}

QTEST_GUILESS_MAIN(TestSecretsNotInFiles)
#include "tst_secretsnotinfiles.moc"
