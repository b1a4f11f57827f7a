// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "apikeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKeys, "confab.models.keys", QtWarningMsg)

namespace {
const QString kEntryPrefix = u"provider/"_s;
const QString kProbeEntry = u"keychain-check"_s;

QString unavailableMessage(const QString &systemError)
{
    return u"No keychain is available on this system (%1). Keep the key for this session only, "
           "or read it from an environment variable."_s.arg(systemError);
}
} // namespace

ApiKeys::ApiKeys(SecretStore *keychain, QString plaintextPath, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_plaintextPath(std::move(plaintextPath))
{
    connect(m_keychain, &SecretStore::readFinished, this, &ApiKeys::onKeychainRead);
    connect(m_keychain, &SecretStore::writeFinished, this, &ApiKeys::onKeychainWritten);
}

QString ApiKeys::defaultPlaintextPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/insecure-api-keys.json"_s;
}

QString ApiKeys::plaintextWarning()
{
    return u"The key will be saved unencrypted in a file only your user account can read. Anyone "
           "or anything that runs as you, or gets a copy of your home folder or its backups, can "
           "read it."_s;
}

void ApiKeys::setPlaintextAllowed(bool allowed)
{
    if (m_plaintextAllowed == allowed)
        return;
    m_plaintextAllowed = allowed;
    Q_EMIT plaintextAllowedChanged();
}

QString ApiKeys::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return u"none"_s;
    case Mode::Keychain:
        return u"keychain"_s;
    case Mode::Session:
        return u"session"_s;
    case Mode::Environment:
        return u"environment"_s;
    case Mode::Plaintext:
        return u"plaintext"_s;
    }
    return {};
}

ApiKeys::Mode ApiKeys::modeFromName(QStringView name, Mode fallback)
{
    for (Mode mode :
         {Mode::None, Mode::Keychain, Mode::Session, Mode::Environment, Mode::Plaintext}) {
        if (name == modeName(mode))
            return mode;
    }
    return fallback;
}

QString ApiKeys::entryName(const QString &providerId)
{
    return kEntryPrefix + providerId;
}

QString ApiKeys::providerOf(const QString &entryName)
{
    return entryName.startsWith(kEntryPrefix) ? entryName.sliced(kEntryPrefix.size()) : QString();
}

void ApiKeys::checkKeychain()
{
    if (m_keychainState == KeychainState::Checking)
        return;
    m_keychainState = KeychainState::Checking;
    Q_EMIT keychainStateChanged();
    m_keychain->read(kProbeEntry);
}

bool ApiKeys::hasEnvironmentVariable(const QString &name) const
{
    return !name.isEmpty() && !m_environment.value(name).trimmed().isEmpty();
}

void ApiKeys::noteKeychainResult(SecretStore::Result result, const QString &errorString)
{
    KeychainState state = m_keychainState;
    QString error = m_keychainError;
    if (result == SecretStore::Result::Unavailable) {
        state = KeychainState::Unavailable;
        error = errorString;
    } else if (result == SecretStore::Result::Ok || result == SecretStore::Result::NotFound ||
               result == SecretStore::Result::Denied) {
        state = KeychainState::Available;
        error.clear();
    }
    if (state != m_keychainState || error != m_keychainError) {
        m_keychainState = state;
        m_keychainError = error;
        Q_EMIT keychainStateChanged();
    }
}

void ApiKeys::answerLater(const QString &providerId, const QString &key, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, providerId, key, error] { Q_EMIT keyFetched(providerId, key, error); },
        Qt::QueuedConnection);
}

void ApiKeys::storedLater(const QString &providerId, bool ok, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, providerId, ok, error] { Q_EMIT keyStored(providerId, ok, error); },
        Qt::QueuedConnection);
}

void ApiKeys::fetch(const QString &providerId, Mode mode, const QString &envVar)
{
    switch (mode) {
    case Mode::None:
        answerLater(providerId, {}, {});
        return;
    case Mode::Keychain:
        if (m_keychainCache.contains(providerId))
            answerLater(providerId, m_keychainCache.value(providerId), {});
        else
            m_keychain->read(entryName(providerId));
        return;
    case Mode::Session:
        if (m_sessionKeys.contains(providerId)) {
            answerLater(providerId, m_sessionKeys.value(providerId), {});
        } else {
            answerLater(providerId, {},
                        u"The key was kept for the last session only. Enter it again."_s);
        }
        return;
    case Mode::Environment: {
        const QString value = m_environment.value(envVar).trimmed();
        if (envVar.isEmpty())
            answerLater(providerId, {}, u"No environment variable is set for the key."_s);
        else if (value.isEmpty())
            answerLater(providerId, {}, u"The environment variable %1 is not set."_s.arg(envVar));
        else
            answerLater(providerId, value, {});
        return;
    }
    case Mode::Plaintext: {
        const QHash<QString, QString> keys = readPlaintext();
        if (keys.contains(providerId))
            answerLater(providerId, keys.value(providerId), {});
        else
            answerLater(providerId, {}, u"No API key is stored for this provider."_s);
        return;
    }
    }
}

void ApiKeys::onKeychainRead(const QString &name, const QString &secret, SecretStore::Result result,
                             const QString &errorString)
{
    noteKeychainResult(result, errorString);
    const QString providerId = providerOf(name);
    if (providerId.isEmpty())
        return; // the availability check
    QString error;
    switch (result) {
    case SecretStore::Result::Ok:
        m_keychainCache.insert(providerId, secret);
        break;
    case SecretStore::Result::NotFound:
        error = u"No API key is stored in the keychain for this provider. Enter it in the "
                "provider's settings."_s;
        break;
    case SecretStore::Result::Unavailable:
        error = unavailableMessage(errorString);
        break;
    case SecretStore::Result::Denied:
        error = u"Access to the keychain was refused. Unlock it and try again."_s;
        break;
    case SecretStore::Result::Failed:
        error = u"The keychain could not be read: %1"_s.arg(errorString);
        break;
    }
    Q_EMIT keyFetched(providerId, error.isEmpty() ? secret : QString(), error);
}

void ApiKeys::store(const QString &providerId, Mode mode, const QString &key)
{
    switch (mode) {
    case Mode::Keychain:
        m_pendingWrites.insert(entryName(providerId), key);
        m_keychain->write(entryName(providerId), key);
        return;
    case Mode::Session:
        forget(providerId);
        m_sessionKeys.insert(providerId, key);
        storedLater(providerId, true, {});
        return;
    case Mode::Plaintext: {
        if (!m_plaintextAllowed) {
            storedLater(providerId, false,
                        u"Saving a key in a plain file needs your explicit consent first."_s);
            return;
        }
        forget(providerId);
        QHash<QString, QString> keys = readPlaintext();
        keys.insert(providerId, key);
        QString error;
        const bool ok = writePlaintext(keys, &error);
        storedLater(providerId, ok, error);
        return;
    }
    case Mode::None:
    case Mode::Environment:
        forget(providerId);
        storedLater(providerId, true, {});
        return;
    }
}

void ApiKeys::onKeychainWritten(const QString &name, SecretStore::Result result,
                                const QString &errorString)
{
    noteKeychainResult(result, errorString);
    const QString providerId = providerOf(name);
    const QString key = m_pendingWrites.take(name);
    if (providerId.isEmpty())
        return;
    if (result == SecretStore::Result::Ok) {
        m_keychainCache.insert(providerId, key);
        m_sessionKeys.remove(providerId);
        removePlaintext(providerId);
        Q_EMIT keyStored(providerId, true, {});
        return;
    }
    QString error;
    if (result == SecretStore::Result::Unavailable)
        error = unavailableMessage(errorString);
    else if (result == SecretStore::Result::Denied)
        error = u"Access to the keychain was refused. Unlock it and try again."_s;
    else
        error = u"The keychain could not save the key: %1"_s.arg(errorString);
    Q_EMIT keyStored(providerId, false, error);
}

void ApiKeys::forget(const QString &providerId)
{
    m_keychainCache.remove(providerId);
    m_sessionKeys.remove(providerId);
    removePlaintext(providerId);
    if (m_keychainState != KeychainState::Unavailable)
        m_keychain->remove(entryName(providerId));
}

QHash<QString, QString> ApiKeys::readPlaintext() const
{
    QHash<QString, QString> keys;
    QFile file(m_plaintextPath);
    if (m_plaintextPath.isEmpty() || !file.exists() || !file.open(QIODevice::ReadOnly))
        return keys;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = root.begin(); it != root.end(); ++it)
        keys.insert(it.key(), it.value().toString());
    return keys;
}

bool ApiKeys::writePlaintext(const QHash<QString, QString> &keys, QString *error) const
{
    if (keys.isEmpty()) {
        if (QFile::exists(m_plaintextPath) && !QFile::remove(m_plaintextPath)) {
            *error = u"Could not remove %1."_s.arg(m_plaintextPath);
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(m_plaintextPath).absolutePath());
    QSaveFile file(m_plaintextPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = u"Could not write %1: %2"_s.arg(m_plaintextPath, file.errorString());
        return false;
    }
    // Owner only, before a byte of a key is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QJsonObject root;
    for (auto it = keys.begin(); it != keys.end(); ++it)
        root.insert(it.key(), it.value());
    file.write(QJsonDocument(root).toJson());
    if (!file.commit()) {
        *error = u"Could not write %1: %2"_s.arg(m_plaintextPath, file.errorString());
        return false;
    }
    return true;
}

bool ApiKeys::removePlaintext(const QString &providerId)
{
    QHash<QString, QString> keys = readPlaintext();
    if (!keys.remove(providerId))
        return true;
    QString error;
    if (!writePlaintext(keys, &error)) {
        qCWarning(lcKeys) << "could not update the plaintext key file";
        return false;
    }
    return true;
}
