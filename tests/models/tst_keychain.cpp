// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// KeychainSecretStore and ApiKeys against a real Secret Service. tools/dev.sh runs ctest inside
// dbus-run-session with an unlocked gnome-keyring; without one these tests skip. A child
// process without D-Bus shows how a missing keychain is reported.
#include "apikeys.h"
#include "secretstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Entries of this test go under their own service, never the app's.
const QString kService = u"io.github.confabchat.Confab.Test"_s;

struct Answer
{
    QString secret;
    SecretStore::Result result = SecretStore::Result::Failed;
    QString error;
};

Answer readNow(SecretStore &store, const QString &name)
{
    QSignalSpy spy(&store, &SecretStore::readFinished);
    store.read(name);
    if (!spy.wait(10'000))
        return {};
    return {spy.first().at(1).toString(), spy.first().at(2).value<SecretStore::Result>(),
            spy.first().at(3).toString()};
}

SecretStore::Result writeNow(SecretStore &store, const QString &name, const QString &secret)
{
    QSignalSpy spy(&store, &SecretStore::writeFinished);
    store.write(name, secret);
    return spy.wait(10'000) ? spy.first().at(1).value<SecretStore::Result>()
                            : SecretStore::Result::Failed;
}

SecretStore::Result removeNow(SecretStore &store, const QString &name)
{
    QSignalSpy spy(&store, &SecretStore::removeFinished);
    store.remove(name);
    return spy.wait(10'000) ? spy.first().at(1).value<SecretStore::Result>()
                            : SecretStore::Result::Failed;
}

/** The child process: checks the keychain and prints the outcome. */
int probeMain(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KeychainSecretStore store(kService, nullptr);
    ApiKeys keys(&store, QString());
    QObject::connect(&keys, &ApiKeys::keychainStateChanged, &app, [&] {
        if (keys.keychainState() == ApiKeys::KeychainState::Checking)
            return;
        const bool unavailable = keys.keychainState() == ApiKeys::KeychainState::Unavailable;
        std::printf("%s\n%s\n", unavailable ? "unavailable" : "available",
                    qPrintable(keys.keychainError()));
        app.quit();
    });
    keys.checkKeychain();
    return app.exec();
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceName();
    void writeReadOverwriteRemove();
    void apiKeysStoreAndFetchThroughTheKeychain();
    void missingKeychainIsReported();

private:
    bool m_available = false;
    QString m_why;
};

void TestKeychain::initTestCase()
{
    KeychainSecretStore store(kService, nullptr);
    const Answer answer = readNow(store, u"availability-probe"_s);
    m_available =
        answer.result == SecretStore::Result::NotFound || answer.result == SecretStore::Result::Ok;
    m_why = answer.error;
}

void TestKeychain::serviceName()
{
    QCOMPARE(KeychainSecretStore::defaultService(), u"io.github.confabchat.Confab"_s);
}

void TestKeychain::writeReadOverwriteRemove()
{
    if (!m_available)
        QSKIP(qPrintable(
            u"No Secret Service (%1); run in dbus-run-session with gnome-keyring"_s.arg(m_why)));
    KeychainSecretStore store(kService, nullptr);
    const QString name = u"provider/test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = u"sk-keychain-☃-"_s + QUuid::createUuid().toString();
    QCOMPARE(readNow(store, name).result, SecretStore::Result::NotFound);
    QCOMPARE(writeNow(store, name, secret), SecretStore::Result::Ok);
    Answer answer = readNow(store, name);
    QCOMPARE(answer.result, SecretStore::Result::Ok);
    QCOMPARE(answer.secret, secret);
    QCOMPARE(writeNow(store, name, u"second"_s), SecretStore::Result::Ok);
    QCOMPARE(readNow(store, name).secret, u"second"_s);
    QCOMPARE(removeNow(store, name), SecretStore::Result::Ok);
    QCOMPARE(readNow(store, name).result, SecretStore::Result::NotFound);
    QCOMPARE(removeNow(store, name), SecretStore::Result::Ok); // nothing left: still fine
}

void TestKeychain::apiKeysStoreAndFetchThroughTheKeychain()
{
    if (!m_available)
        QSKIP("No Secret Service");
    KeychainSecretStore store(kService, nullptr);
    const QString id = u"p-"_s + QUuid::createUuid().toString(QUuid::Id128);
    const QString key = u"sk-"_s + QUuid::createUuid().toString(QUuid::Id128);
    {
        ApiKeys keys(&store, QString());
        keys.checkKeychain();
        QTRY_COMPARE(keys.keychainState(), ApiKeys::KeychainState::Available);
        QSignalSpy stored(&keys, &ApiKeys::keyStored);
        keys.store(id, ApiKeys::Mode::Keychain, key);
        QVERIFY(stored.wait(10'000));
        QVERIFY2(stored.first().at(1).toBool(), qPrintable(stored.first().at(2).toString()));
    }
    // A fresh ApiKeys has no cache: the key comes from the Secret Service.
    ApiKeys keys(&store, QString());
    QSignalSpy fetched(&keys, &ApiKeys::keyFetched);
    keys.fetch(id, ApiKeys::Mode::Keychain);
    QVERIFY(fetched.wait(10'000));
    QCOMPARE(fetched.first().at(1).toString(), key);
    keys.forget(id);
    QTRY_COMPARE(readNow(store, ApiKeys::entryName(id)).result, SecretStore::Result::NotFound);
}

void TestKeychain::missingKeychainIsReported()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/confab-test-bus"_s);
    env.remove(u"DISPLAY"_s);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {u"--keychain-probe"_s});
    QVERIFY(child.waitForFinished(20'000));
    QCOMPARE(child.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
    QCOMPARE(lines.value(0), u"unavailable"_s);
    QVERIFY2(!lines.value(1).trimmed().isEmpty(), "the system's reason is passed on");
}

int main(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--keychain-probe") == 0)
            return probeMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    TestKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain.moc"
