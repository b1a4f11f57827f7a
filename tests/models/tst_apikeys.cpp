// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ApiKeys with the in-memory SecretStore fake: every key mode, a missing keychain, and the
// plaintext opt-in.
#include "apikeys.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"sk-apikeys-test-4f3e2d1c"_s;

struct Fetched
{
    QString key;
    QString error;
};
} // namespace

class TestApiKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keychainRoundTrip();
    void keychainMissingKeySaysSo();
    void unavailableKeychainIsDetectedAndExplained();
    void sessionKeysLiveInMemoryOnly();
    void environmentModeReadsTheVariable();
    void plaintextNeedsOptInAndIsOwnerOnly();
    void storingElsewhereRemovesTheOldCopy();
    void modeNamesRoundTrip();

private:
    Fetched fetch(const QString &id, ApiKeys::Mode mode, const QString &envVar = {});
    std::pair<bool, QString> store(const QString &id, ApiKeys::Mode mode, const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<ApiKeys> m_keys;
};

void TestApiKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_keychain = std::make_unique<MemorySecretStore>();
    m_keys = std::make_unique<ApiKeys>(m_keychain.get(), m_dir->filePath(u"keys/plain.json"_s));
}

void TestApiKeys::cleanup()
{
    m_keys.reset();
    m_keychain.reset();
    m_dir.reset();
}

Fetched TestApiKeys::fetch(const QString &id, ApiKeys::Mode mode, const QString &envVar)
{
    QSignalSpy spy(m_keys.get(), &ApiKeys::keyFetched);
    m_keys->fetch(id, mode, envVar);
    if (!spy.isEmpty())
        return {u"answered synchronously"_s, u"answered synchronously"_s};
    if (!spy.wait(2000) || spy.count() != 1 || spy.first().at(0).toString() != id)
        return {{}, u"no answer"_s};
    return {spy.first().at(1).toString(), spy.first().at(2).toString()};
}

std::pair<bool, QString> TestApiKeys::store(const QString &id, ApiKeys::Mode mode,
                                            const QString &key)
{
    QSignalSpy spy(m_keys.get(), &ApiKeys::keyStored);
    m_keys->store(id, mode, key);
    if (!spy.isEmpty() || !spy.wait(2000) || spy.count() != 1)
        return {false, u"not exactly one asynchronous answer"_s};
    return {spy.first().at(1).toBool(), spy.first().at(2).toString()};
}

void TestApiKeys::keychainRoundTrip()
{
    const auto [ok, error] = store(u"openai"_s, ApiKeys::Mode::Keychain, kKey);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(m_keychain->contains(ApiKeys::entryName(u"openai"_s)));
    QCOMPARE(m_keychain->value(u"provider/openai"_s), kKey);
    QCOMPARE(m_keys->keychainState(), ApiKeys::KeychainState::Available);
    const Fetched fetched = fetch(u"openai"_s, ApiKeys::Mode::Keychain);
    QCOMPARE(fetched.error, QString());
    QCOMPARE(fetched.key, kKey);
    QVERIFY(!QFile::exists(m_keys->plaintextPath()));
}

void TestApiKeys::keychainMissingKeySaysSo()
{
    const Fetched fetched = fetch(u"anthropic"_s, ApiKeys::Mode::Keychain);
    QVERIFY(fetched.key.isEmpty());
    QVERIFY2(fetched.error.contains(u"No API key is stored"_s), qPrintable(fetched.error));
}

void TestApiKeys::unavailableKeychainIsDetectedAndExplained()
{
    m_keychain->setUnavailable(
        u"The name org.freedesktop.secrets was not provided by any .service files"_s);
    QSignalSpy state(m_keys.get(), &ApiKeys::keychainStateChanged);
    m_keys->checkKeychain();
    QCOMPARE(m_keys->keychainState(), ApiKeys::KeychainState::Checking);
    QTRY_COMPARE(m_keys->keychainState(), ApiKeys::KeychainState::Unavailable);
    QVERIFY(m_keys->keychainError().contains(u"org.freedesktop.secrets"_s));
    QCOMPARE(state.count(), 2);

    const auto [ok, error] = store(u"openai"_s, ApiKeys::Mode::Keychain, kKey);
    QVERIFY(!ok);
    QVERIFY2(error.contains(u"No keychain is available"_s), qPrintable(error));
    QVERIFY(error.contains(u"this session only"_s));
    QVERIFY(error.contains(u"environment variable"_s));
    QVERIFY(!error.contains(kKey));
    // The honest fallbacks still work.
    QVERIFY(store(u"openai"_s, ApiKeys::Mode::Session, kKey).first);
    QCOMPARE(fetch(u"openai"_s, ApiKeys::Mode::Session).key, kKey);
}

void TestApiKeys::sessionKeysLiveInMemoryOnly()
{
    QVERIFY(store(u"groq"_s, ApiKeys::Mode::Session, kKey).first);
    QCOMPARE(fetch(u"groq"_s, ApiKeys::Mode::Session).key, kKey);
    QVERIFY(!m_keychain->contains(ApiKeys::entryName(u"groq"_s)));
    QVERIFY(!QFile::exists(m_keys->plaintextPath()));
    // A new ApiKeys is a new session: the key is gone and the error says what to do.
    ApiKeys next(m_keychain.get(), m_keys->plaintextPath());
    QSignalSpy spy(&next, &ApiKeys::keyFetched);
    next.fetch(u"groq"_s, ApiKeys::Mode::Session);
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(spy.first().at(1).toString().isEmpty());
    QVERIFY(spy.first().at(2).toString().contains(u"Enter it again"_s));
}

void TestApiKeys::environmentModeReadsTheVariable()
{
    QProcessEnvironment env;
    env.insert(u"MY_KEY"_s, u"  "_s + kKey + u"\n"_s);
    m_keys->setEnvironment(env);
    QVERIFY(m_keys->hasEnvironmentVariable(u"MY_KEY"_s));
    QVERIFY(!m_keys->hasEnvironmentVariable(u"OTHER"_s));
    QCOMPARE(fetch(u"x"_s, ApiKeys::Mode::Environment, u"MY_KEY"_s).key, kKey);
    const Fetched missing = fetch(u"x"_s, ApiKeys::Mode::Environment, u"OTHER"_s);
    QVERIFY(missing.key.isEmpty());
    QCOMPARE(missing.error, u"The environment variable OTHER is not set."_s);
    // Storing in Environment mode writes nothing anywhere.
    QVERIFY(store(u"x"_s, ApiKeys::Mode::Environment, kKey).first);
    QVERIFY(!m_keychain->contains(ApiKeys::entryName(u"x"_s)));
    QVERIFY(!QFile::exists(m_keys->plaintextPath()));
}

void TestApiKeys::plaintextNeedsOptInAndIsOwnerOnly()
{
    const auto refused = store(u"mistral"_s, ApiKeys::Mode::Plaintext, kKey);
    QVERIFY(!refused.first);
    QVERIFY(refused.second.contains(u"consent"_s));
    QVERIFY(!QFile::exists(m_keys->plaintextPath()));
    QVERIFY(!ApiKeys::plaintextWarning().isEmpty());

    m_keys->setPlaintextAllowed(true);
    QVERIFY(store(u"mistral"_s, ApiKeys::Mode::Plaintext, kKey).first);
    QVERIFY(QFile::exists(m_keys->plaintextPath()));
    // 0600: nothing for group and others (Qt reports the owner's bits twice, as Owner and User).
    QCOMPARE(QFile::permissions(m_keys->plaintextPath()),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                 QFileDevice::WriteUser);
    QCOMPARE(fetch(u"mistral"_s, ApiKeys::Mode::Plaintext).key, kKey);

    // Forgetting the last key removes the file.
    m_keys->forget(u"mistral"_s);
    QVERIFY(!QFile::exists(m_keys->plaintextPath()));
}

void TestApiKeys::storingElsewhereRemovesTheOldCopy()
{
    QVERIFY(store(u"openai"_s, ApiKeys::Mode::Keychain, kKey).first);
    QVERIFY(store(u"openai"_s, ApiKeys::Mode::Session, kKey).first);
    QTRY_VERIFY(!m_keychain->contains(ApiKeys::entryName(u"openai"_s)));
    QVERIFY(store(u"openai"_s, ApiKeys::Mode::Keychain, kKey).first);
    QVERIFY(fetch(u"openai"_s, ApiKeys::Mode::Session).key.isEmpty());
    m_keys->forget(u"openai"_s);
    QTRY_VERIFY(!m_keychain->contains(ApiKeys::entryName(u"openai"_s)));
    QVERIFY(fetch(u"openai"_s, ApiKeys::Mode::Keychain).key.isEmpty());
}

void TestApiKeys::modeNamesRoundTrip()
{
    for (ApiKeys::Mode mode : {ApiKeys::Mode::None, ApiKeys::Mode::Keychain, ApiKeys::Mode::Session,
                               ApiKeys::Mode::Environment, ApiKeys::Mode::Plaintext}) {
        QCOMPARE(ApiKeys::modeFromName(ApiKeys::modeName(mode)), mode);
    }
    QCOMPARE(ApiKeys::modeFromName(u"bogus"_s), ApiKeys::Mode::Keychain);
}

QTEST_GUILESS_MAIN(TestApiKeys)
#include "tst_apikeys.moc"
