// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "confab.models.secrets", QtWarningMsg)

namespace {
SecretStore::Result resultOf(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return SecretStore::Result::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Result::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return SecretStore::Result::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Result::Unavailable;
    case QKeychain::OtherError:
        // Without a Secret Service every job fails fast with OtherError (docs/QT-ON-DEBIAN.md §5):
        // no D-Bus, no libsecret, or no org.freedesktop.secrets provider.
        return SecretStore::Result::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return SecretStore::Result::Failed;
}

QString errorText(const QKeychain::Job *job)
{
    if (job->error() == QKeychain::NoError)
        return {};
    QString text = job->errorString();
    if (text.isEmpty() || text == "Unknown error"_L1) // libsecret-1.so.0 could not be loaded
        text = u"No keychain service was found on this system."_s;
    return text;
}
} // namespace

QString KeychainSecretStore::defaultService()
{
    return u"io.github.confabchat.Confab"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &name)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *finished) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const Result result = resultOf(readJob);
        if (result != Result::Ok && result != Result::NotFound)
            qCInfo(lcSecrets) << "keychain read failed:" << int(readJob->error());
        Q_EMIT readFinished(name, result == Result::Ok ? readJob->textData() : QString(), result,
                            errorText(readJob));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *finished) {
        const Result result = resultOf(finished);
        if (result != Result::Ok)
            qCInfo(lcSecrets) << "keychain write failed:" << int(finished->error());
        Q_EMIT writeFinished(name, result, errorText(finished));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [this, name](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result == Result::NotFound)
            result = Result::Ok; // nothing to remove is what was asked for
        Q_EMIT removeFinished(name, result, errorText(finished));
    });
    job->start();
}

void MemorySecretStore::read(const QString &name)
{
    Result result = Result::Ok;
    QString secret;
    if (!m_unavailable.isEmpty())
        result = Result::Unavailable;
    else if (!m_secrets.contains(name))
        result = Result::NotFound;
    else
        secret = m_secrets.value(name);
    QMetaObject::invokeMethod(
        this,
        [this, name, secret, result] {
            Q_EMIT readFinished(name, secret, result,
                                result == Result::Unavailable ? m_unavailable : QString());
        },
        Qt::QueuedConnection);
}

void MemorySecretStore::write(const QString &name, const QString &secret)
{
    const Result result = m_unavailable.isEmpty() ? Result::Ok : Result::Unavailable;
    if (result == Result::Ok)
        m_secrets.insert(name, secret);
    QMetaObject::invokeMethod(
        this, [this, name, result] { Q_EMIT writeFinished(name, result, m_unavailable); },
        Qt::QueuedConnection);
}

void MemorySecretStore::remove(const QString &name)
{
    const Result result = m_unavailable.isEmpty() ? Result::Ok : Result::Unavailable;
    if (result == Result::Ok)
        m_secrets.remove(name);
    QMetaObject::invokeMethod(
        this, [this, name, result] { Q_EMIT removeFinished(name, result, m_unavailable); },
        Qt::QueuedConnection);
}
