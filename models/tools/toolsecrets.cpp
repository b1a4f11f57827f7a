// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolsecrets.h"

#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString kPrefix = u"mcp-server/"_s;
} // namespace

QString ToolSecrets::entryName(const QString &serverId)
{
    return kPrefix + serverId;
}

ToolSecrets::ToolSecrets(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    if (keychain) {
        connect(keychain, &SecretStore::readFinished, this, &ToolSecrets::onRead);
        connect(keychain, &SecretStore::writeFinished, this, &ToolSecrets::onWritten);
    }
}

void ToolSecrets::load(const QString &serverId)
{
    if (m_cache.contains(serverId) || !m_keychain) {
        m_cache.insert(serverId, m_cache.value(serverId));
        QTimer::singleShot(0, this, [this, serverId] { Q_EMIT loaded(serverId); });
        return;
    }
    if (m_reading.contains(serverId))
        return;
    m_reading.insert(serverId);
    m_keychain->read(entryName(serverId));
}

void ToolSecrets::store(const QString &serverId, const ToolServerSecrets &secrets)
{
    m_cache.insert(serverId, secrets);
    if (m_keychain) {
        m_keychain->write(
            entryName(serverId),
            QString::fromUtf8(QJsonDocument(secrets.toJson()).toJson(QJsonDocument::Compact)));
    }
}

void ToolSecrets::remove(const QString &serverId)
{
    m_cache.remove(serverId);
    if (m_keychain)
        m_keychain->remove(entryName(serverId));
}

void ToolSecrets::onRead(const QString &name, const QString &secret, SecretStore::Result result,
                         const QString &errorString)
{
    if (!name.startsWith(kPrefix))
        return;
    const QString serverId = name.sliced(kPrefix.size());
    if (!m_reading.remove(serverId))
        return;
    if (!m_cache.contains(serverId)) { // a store() meanwhile wins
        ToolServerSecrets secrets;
        if (result == SecretStore::Result::Ok)
            secrets =
                ToolServerSecrets::fromJson(QJsonDocument::fromJson(secret.toUtf8()).object());
        m_cache.insert(serverId, secrets);
    }
    if (result == SecretStore::Result::Unavailable || result == SecretStore::Result::Denied ||
        result == SecretStore::Result::Failed) {
        setWarning(tr("The keychain could not be read (%1): the tool servers' environment "
                      "values and headers are kept for this session only.")
                       .arg(errorString));
    }
    Q_EMIT loaded(serverId);
}

void ToolSecrets::onWritten(const QString &name, SecretStore::Result result,
                            const QString &errorString)
{
    if (!name.startsWith(kPrefix))
        return;
    if (result == SecretStore::Result::Ok) {
        setWarning({});
        return;
    }
    setWarning(tr("The keychain could not be written (%1): the tool servers' environment "
                  "values and headers are kept for this session only.")
                   .arg(errorString));
}

void ToolSecrets::setWarning(const QString &warning)
{
    if (warning == m_warning)
        return;
    m_warning = warning;
    Q_EMIT warningChanged();
}
