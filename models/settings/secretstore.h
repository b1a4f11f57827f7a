// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

/**
 * @brief Asynchronous storage of secrets by name.
 *
 * Every call is answered by exactly one matching *Finished signal, always from the event loop
 * (never inside the call). Implementations: KeychainSecretStore (the OS keychain through
 * QtKeychain) and MemorySecretStore (this session only; also the fake for unit tests).
 * Secrets never go to a log.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Ok,
        NotFound,    /**< nothing stored under this name */
        Unavailable, /**< no keychain on this system (no Secret Service, no D-Bus, …) */
        Denied,      /**< the user or the system refused access (e.g. unlock cancelled) */
        Failed,      /**< anything else; the error string says what */
    };
    Q_ENUM(Result)

    using QObject::QObject;

    virtual void read(const QString &name) = 0;
    virtual void write(const QString &name, const QString &secret) = 0;
    /** Removing a name that holds nothing succeeds. */
    virtual void remove(const QString &name) = 0;

Q_SIGNALS:
    void readFinished(const QString &name, const QString &secret, SecretStore::Result result,
                      const QString &errorString);
    void writeFinished(const QString &name, SecretStore::Result result, const QString &errorString);
    void removeFinished(const QString &name, SecretStore::Result result,
                        const QString &errorString);
};

/** @brief The OS keychain: Secret Service on Linux, Keychain on macOS, Credential Store on Windows.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    /** The keychain service name every Confab entry is filed under. */
    static QString defaultService();

    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent);

    void read(const QString &name) override;
    void write(const QString &name, const QString &secret) override;
    void remove(const QString &name) override;

private:
    QString m_service;
};

/**
 * @brief Secrets held in memory for this session only; gone when Confab quits.
 *
 * Used for the "keep the key for this session" choice and as the fake in unit tests, which can
 * make it behave like a system without a keychain.
 */
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &name) override;
    void write(const QString &name, const QString &secret) override;
    void remove(const QString &name) override;

    /** From now on every call fails with Unavailable and @p errorString (tests). */
    void setUnavailable(const QString &errorString) { m_unavailable = errorString; }
    bool contains(const QString &name) const { return m_secrets.contains(name); }
    /** The stored value, synchronously (for callers that already know it is there). */
    QString value(const QString &name) const { return m_secrets.value(name); }

private:
    QHash<QString, QString> m_secrets;
    QString m_unavailable;
};
