// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcplineframer.h"
#include "mcptransport.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

/**
 * @brief MCP over a child process: newline-delimited JSON-RPC on its stdin and stdout.
 *
 * - The child gets an explicit environment: a minimal base (baseEnvironment()) plus the
 *   configuration's variables. The user's API keys and tokens are never inherited.
 * - Only serialised JSON-RPC messages, one per line, are ever written to its stdin.
 * - stdout lines are parsed as JSON-RPC; a line that is not JSON, or JSON that is not an
 *   object or batch, puts the connection in a protocol error state: the child is stopped and
 *   closed() reports ErrorKind::Protocol (the specification forbids anything else on stdout).
 * - A line over the size cap is skipped without being held in memory; the request it answers
 *   (its top-level id) fails with MessageTooLarge, and the connection stays usable.
 * - stderr lines are the server's log (logLine()); the last ones are quoted when it dies.
 * - close() closes stdin, waits, sends SIGTERM, waits, then SIGKILL.
 */
class StdioTransport : public McpTransport
{
    Q_OBJECT

public:
    StdioTransport(const McpServerConfig &config, const McpClientOptions &options,
                   QObject *parent = nullptr);
    ~StdioTransport() override;

    /** PATH, HOME, USER, LOGNAME, SHELL, LANG, LC_ALL, LC_CTYPE, TZ, TMPDIR and
     * XDG_RUNTIME_DIR from @p system, when set: what interpreters need, and no secrets. */
    static QProcessEnvironment
    baseEnvironment(const QProcessEnvironment &system = QProcessEnvironment::systemEnvironment());
    /** The environment the child gets for @p config. */
    static QProcessEnvironment childEnvironment(const McpServerConfig &config);

    Mcp::Transport kind() const override { return Mcp::Transport::Stdio; }
    void open() override;
    void send(const McpOutgoing &message) override;
    void cancelRequest(const QJsonValue &id, const QString &reason) override;
    void close() override;
    bool isOpen() const override;

    qint64 processId() const { return m_process.processId(); }
    /** For tests of the memory bound: the most stdout bytes held at once. */
    qsizetype peakBufferedBytes() const { return m_framer.peakBufferedBytes(); }

private:
    void onStarted();
    void onErrorOccurred(QProcess::ProcessError error);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onStdout();
    void onStderr();
    void handleLine(const QByteArray &line);
    void emitStderrLine(QByteArray line);
    /** Stops the child and reports @p error once it is gone (or at once if it never ran). */
    void failWith(const McpError &error);
    void finishClosed();
    QString stderrTail() const;

    McpServerConfig m_config;
    McpClientOptions m_options;
    QProcess m_process;
    McpLineFramer m_framer;
    QByteArray m_stderrLine;
    bool m_stderrSkipping = false;
    QStringList m_lastStderr; // the tail, for error messages
    QTimer m_shutdownTimer;
    int m_shutdownStep = 0; // 0 none, 1 waiting after closing stdin, 2 after SIGTERM
    bool m_open = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
    McpError m_pendingError; // reported when the child is gone
};
