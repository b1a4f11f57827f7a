// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"
#include "toolserver.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

/**
 * @brief The secrets of each MCP server (environment values, header values, the confirmed
 * launch) in the keychain, one entry per server, with a cache for this session.
 *
 * Without a keychain the secrets are kept for this session only and warning() says so; they
 * are never written to the settings file.
 */
class ToolSecrets : public QObject
{
    Q_OBJECT

public:
    /** The keychain entry of a server's secrets. */
    static QString entryName(const QString &serverId);

    explicit ToolSecrets(SecretStore *keychain, QObject *parent = nullptr);

    bool isLoaded(const QString &serverId) const { return m_cache.contains(serverId); }
    /** The cached secrets (empty when not loaded). */
    ToolServerSecrets secrets(const QString &serverId) const { return m_cache.value(serverId); }
    /** Reads the secrets of @p serverId; loaded() follows (at once from the event loop when
     * they are cached). */
    void load(const QString &serverId);
    /** Keeps @p secrets for @p serverId: in the cache now, in the keychain in the background. */
    void store(const QString &serverId, const ToolServerSecrets &secrets);
    void remove(const QString &serverId);
    /** Why secrets are kept for this session only; empty while the keychain works. */
    QString warning() const { return m_warning; }

Q_SIGNALS:
    void loaded(const QString &serverId);
    void warningChanged();

private:
    void onRead(const QString &name, const QString &secret, SecretStore::Result result,
                const QString &errorString);
    void onWritten(const QString &name, SecretStore::Result result, const QString &errorString);
    void setWarning(const QString &warning);

    QPointer<SecretStore> m_keychain;
    QHash<QString, ToolServerSecrets> m_cache;
    QSet<QString> m_reading;
    QString m_warning;
};
