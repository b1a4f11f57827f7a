// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>

/**
 * @brief Where each provider's API key lives, and getting it there and back.
 *
 * The default is the OS keychain. When there is none (checkKeychain() reports Unavailable),
 * the honest choices are: keep the key for this session only (memory), or read it from an
 * environment variable (settings store only the variable's name). A plaintext file (0600,
 * outside the settings file) is used only after setPlaintextAllowed(true), an explicit opt-in
 * the UI asks for with plaintextWarning(). Keys are never written to settings, exports, caches
 * or logs.
 *
 * fetch() and store() answer asynchronously with exactly one keyFetched() / keyStored().
 */
class ApiKeys : public QObject
{
    Q_OBJECT
    Q_PROPERTY(KeychainState keychainState READ keychainState NOTIFY keychainStateChanged FINAL)
    /** Why the keychain is unavailable, in the system's words; empty otherwise. */
    Q_PROPERTY(QString keychainError READ keychainError NOTIFY keychainStateChanged FINAL)
    Q_PROPERTY(bool plaintextAllowed READ isPlaintextAllowed WRITE setPlaintextAllowed NOTIFY
                   plaintextAllowedChanged FINAL)
    Q_PROPERTY(QString plaintextWarning READ plaintextWarning CONSTANT FINAL)
    Q_PROPERTY(QString plaintextPath READ plaintextPath CONSTANT FINAL)

public:
    /** Where a provider's key is kept. Stored in settings by name (see modeName()). */
    enum class Mode {
        None,        /**< the provider needs no key (local servers) */
        Keychain,    /**< the OS keychain */
        Session,     /**< memory only, until Confab quits */
        Environment, /**< read from the environment variable named in the provider's settings */
        Plaintext,   /**< an unencrypted file, after explicit opt-in */
    };
    Q_ENUM(Mode)

    enum class KeychainState { Unknown, Checking, Available, Unavailable };
    Q_ENUM(KeychainState)

    /** <app data location>/insecure-api-keys.json: the opt-in plaintext file. */
    static QString defaultPlaintextPath();

    /** @p keychain is the OS keychain (or a fake); @p plaintextPath the opt-in file. */
    ApiKeys(SecretStore *keychain, QString plaintextPath, QObject *parent = nullptr);

    /** The environment variables Environment mode reads (default: the process environment). */
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    const QProcessEnvironment &environment() const { return m_environment; }

    KeychainState keychainState() const { return m_keychainState; }
    QString keychainError() const { return m_keychainError; }
    bool isPlaintextAllowed() const { return m_plaintextAllowed; }
    void setPlaintextAllowed(bool allowed);
    QString plaintextPath() const { return m_plaintextPath; }
    static QString plaintextWarning();

    /** Finds out whether a keychain is there (a read of a name that holds nothing). */
    Q_INVOKABLE void checkKeychain();
    /** Whether @p name is set, non-empty, in the environment. */
    Q_INVOKABLE bool hasEnvironmentVariable(const QString &name) const;

    /** Reads the key of @p providerId; answers with keyFetched(). */
    void fetch(const QString &providerId, Mode mode, const QString &envVar = {});
    /**
     * Keeps @p key for @p providerId in @p mode and removes it from every other place; answers
     * with keyStored(). Environment and None modes store nothing (the value comes from outside).
     */
    void store(const QString &providerId, Mode mode, const QString &key);
    /** Removes the key of @p providerId from every place. */
    void forget(const QString &providerId);

    static QString modeName(Mode mode);
    static Mode modeFromName(QStringView name, Mode fallback = Mode::Keychain);
    /** The keychain entry name of a provider's key. */
    static QString entryName(const QString &providerId);

Q_SIGNALS:
    void keychainStateChanged();
    void plaintextAllowedChanged();
    /** @p errorMessage is empty on success; @p key may then still be empty (Mode::None). */
    void keyFetched(const QString &providerId, const QString &key, const QString &errorMessage);
    void keyStored(const QString &providerId, bool ok, const QString &errorMessage);

private:
    void onKeychainRead(const QString &name, const QString &secret, SecretStore::Result result,
                        const QString &errorString);
    void onKeychainWritten(const QString &name, SecretStore::Result result,
                           const QString &errorString);
    void noteKeychainResult(SecretStore::Result result, const QString &errorString);
    void answerLater(const QString &providerId, const QString &key, const QString &error);
    void storedLater(const QString &providerId, bool ok, const QString &error);
    QHash<QString, QString> readPlaintext() const;
    bool writePlaintext(const QHash<QString, QString> &keys, QString *error) const;
    bool removePlaintext(const QString &providerId);
    static QString providerOf(const QString &entryName);

    SecretStore *m_keychain;
    QHash<QString, QString> m_sessionKeys;
    QString m_plaintextPath;
    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    QHash<QString, QString> m_keychainCache; // keys read from or written to the keychain
    QHash<QString, QString> m_pendingWrites; // entry name → key being written
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainError;
    bool m_plaintextAllowed = false;
};
