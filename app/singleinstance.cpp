// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcInstance, "confab.models.instance", QtInfoMsg)

namespace {
constexpr auto kActivate = "activate\n";
constexpr int kConnectTimeoutMs = 2000;

QString defaultDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + u"/confab-"_s + QString::number(::getuid());
    return dir;
}
} // namespace

SingleInstance::SingleInstance(const QString &key, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_socketPath((directory.isEmpty() ? defaultDirectory() : directory) + u'/' + key +
                   u".socket"_s)
    , m_lock((directory.isEmpty() ? defaultDirectory() : directory) + u'/' + key + u".lock"_s)
{
    // The lock lives as long as the process: never stale by age, only when its owner is gone.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance()
{
    if (m_server) {
        m_server->close();
        m_lock.unlock();
    }
}

bool SingleInstance::claim()
{
    if (m_server)
        return true;
    QDir().mkpath(QFileInfo(m_socketPath).absolutePath());
    if (m_lock.tryLock(0)) {
        auto server = std::make_unique<QLocalServer>();
        server->setSocketOptions(QLocalServer::UserAccessOption);
        QLocalServer::removeServer(m_socketPath); // left by a crashed instance
        if (!server->listen(m_socketPath))
            qCWarning(lcInstance) << "cannot listen for other launches:" << server->errorString();
        connect(server.get(), &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
        m_server = std::move(server);
        return true;
    }
    // Another instance holds the lock; it may still be starting, so try for a moment.
    const QDeadlineTimer deadline(kConnectTimeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(int(std::max<qint64>(1, deadline.remainingTime())))) {
            socket.write(kActivate);
            socket.waitForBytesWritten(1000);
            socket.disconnectFromServer();
            return false;
        }
        QThread::msleep(50);
    }
    qCWarning(lcInstance) << "another instance holds the lock but does not answer";
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        const auto read = [this, socket] {
            while (socket->canReadLine()) {
                if (socket->readLine(64) == kActivate)
                    Q_EMIT activateRequested();
            }
        };
        connect(socket, &QLocalSocket::readyRead, this, read);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        read();
    }
}
