// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "mcptypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class McpClient;
class McpToolCall;
class QNetworkAccessManager;
class QSocketNotifier;

/**
 * @brief The tools of a confab-cli chat turn (`--mcp-stdio` / `--mcp-url`): the servers, the
 * tools offered to the model, and each round of calls approved on the terminal.
 *
 * Every call is shown (tool, server, arguments, hidden characters) and runs only after the user
 * answers y (this call) or a (this tool, for the rest of the run) on the terminal, or with
 * `--yes`; anything else, or no terminal, refuses it and the model is told so. Answers are read
 * from standard input when the prompt came from the command line, else from /dev/tty.
 */
class CliTools : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QList<McpServerConfig> servers;
        bool allowAll = false;          /**< --yes */
        bool json = false;              /**< --json: tool events as JSON lines on stdout */
        bool approvalsFromStdin = true; /**< else from /dev/tty */
        int timeoutMs = 120'000;
    };

    CliTools(QNetworkAccessManager *network, const Options &options, QObject *parent = nullptr);
    ~CliTools() override;

    /** Connects every server; ready() or failed() follows. */
    void start();
    /** The tools for ChatRequest::tools (all servers' tools, unique names). */
    QJsonArray requestTools() const;
    /** Asks about and runs @p calls in order; roundFinished() gives their tool messages. */
    void runRound(const QList<ToolCall> &calls);
    /** Ctrl+C: the running call is cancelled; nothing more is emitted. */
    void cancel();

Q_SIGNALS:
    void ready();
    void failed(const QString &message);
    void roundFinished(const QList<ChatMessage> &results);

private:
    struct Offered
    {
        QString name; /**< as the model sees it */
        int server = 0;
        McpTool tool;
    };

    void onServerChanged();
    void next();
    void ask(const ToolCall &call, const Offered &offered);
    void onAnswer(const QByteArray &line);
    void run(const ToolCall &call, const Offered &offered);
    void settle(const ChatMessage &result, const QJsonObject &event);
    const Offered *find(const QString &name) const;
    bool openTerminal();

    QPointer<QNetworkAccessManager> m_network;
    Options m_options;
    QList<McpClient *> m_clients;
    QList<Offered> m_offered;
    bool m_started = false;
    bool m_reported = false;

    QList<ToolCall> m_calls;
    qsizetype m_next = 0;
    QList<ChatMessage> m_results;
    QSet<QString> m_alwaysAllowed; // tools answered "a" in this run
    QPointer<McpToolCall> m_running;
    int m_terminal = -1;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_pendingInput;
    bool m_asking = false;
    bool m_cancelled = false;
};
