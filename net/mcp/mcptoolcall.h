// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "mcptypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class McpClient;

/** Per-call knobs. */
struct McpCallOptions
{
    int timeoutMs = -1;   /**< -1: McpClientOptions::requestTimeoutMs */
    bool progress = true; /**< ask for notifications/progress (they also extend the timeout) */
};

namespace McpDetail {
/** Which JSON-RPC request currently carries a call (it changes when the call is re-sent after
 * a new session or an input_required retry). */
struct RequestHandle
{
    qint64 rpcId = 0;
    bool cancelled = false;
};
} // namespace McpDetail

/**
 * @brief One tools/call, made by McpClient::callTool().
 *
 * Emits progressed() any number of times, then finished() exactly once — unless cancel() was
 * called, after which it emits nothing at all (as ChatStream::abort()); error() then reports
 * Cancelled. A result with isError set is a successful call at the protocol level: the tool
 * reports its own failure, and the model should see it. The caller owns the object; deleting
 * it while it runs cancels the call. When the client goes away first, the call finishes with
 * ErrorKind::Closed.
 */
class McpToolCall : public QObject
{
    Q_OBJECT

public:
    ~McpToolCall() override;

    QString toolName() const { return m_name; }
    QJsonObject arguments() const { return m_arguments; }
    bool isRunning() const { return m_running; }
    /** The full result, after finished() (empty on error). */
    const McpToolResult &result() const { return m_result; }
    /** None on success; the typed reason otherwise. */
    const McpError &error() const { return m_error; }
    const McpProgress &lastProgress() const { return m_progress; }
    qint64 durationMs() const { return m_durationMs; }

    /**
     * Stops waiting at once and tells the server: notifications/cancelled on stdio and legacy
     * HTTP, closing the response stream on 2026-07-28 HTTP. No signal follows.
     */
    void cancel(const QString &reason = {});

Q_SIGNALS:
    void progressed(const McpProgress &progress);
    /** Terminal: result() or error() holds the outcome. */
    void finished();

private:
    friend class McpClient;
    McpToolCall(McpClient *client, const QString &name, const QJsonObject &arguments);
    void finish(const McpToolResult &result, const McpError &error);
    void onProgress(const McpProgress &progress);

    QPointer<McpClient> m_client;
    std::shared_ptr<McpDetail::RequestHandle> m_handle;
    QString m_name;
    QJsonObject m_arguments;
    McpToolResult m_result;
    McpError m_error;
    McpProgress m_progress;
    QElapsedTimer m_clock;
    qint64 m_durationMs = -1;
    qint64 m_progressToken = 0;
    bool m_running = true;
};
