// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>

#include <memory>

/**
 * @brief Keeps Confab to one process per user, so two processes never write one history.
 *
 * The first process holds a lock file and listens on a local socket, both in the user's
 * runtime folder. A later launch finds the lock taken, sends "activate" over the socket and
 * should exit; the first process then emits activateRequested() to raise its window. A lock
 * left by a crashed process is taken over (QLockFile checks the owner's PID).
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /**
     * @p key names the application ("io.github.confabchat.Confab"); @p directory defaults to
     * the runtime location (XDG_RUNTIME_DIR), which is private to the user.
     */
    explicit SingleInstance(const QString &key, const QString &directory = {},
                            QObject *parent = nullptr);
    ~SingleInstance() override;

    /**
     * True if this process is now the only instance (it listens from now on). False if
     * another one runs; it was asked to come to the front.
     */
    bool claim();
    bool isPrimary() const { return m_server != nullptr; }
    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    /** A second launch asked this instance to show its window. */
    void activateRequested();

private:
    void onNewConnection();

    QString m_socketPath;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
};
