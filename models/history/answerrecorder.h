// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationstore.h"
#include "streamtypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class ChatStream;

/**
 * @brief Checkpoints one streaming answer into the ConversationStore.
 *
 * Deltas accumulate in memory; the first unsaved delta starts a timer, so a delta reaches the
 * database at most kCheckpointIntervalMs later (the goal is 500 ms; the margin covers the
 * write itself). finish(), stop() and interrupt() write at once, and so does flush(). Each
 * checkpoint writes the whole answer so far (a small UPDATE a few times a second), so a crash
 * or kill -9 leaves the partial answer in the store, marked streaming and turned into
 * interrupted by the next ConversationStore::open().
 */
class AnswerRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckpointIntervalMs = 400;

    /** Records into @p message, which must already be stored (it has an id). */
    AnswerRecorder(ConversationStore *store, const Message &message, QObject *parent = nullptr);
    ~AnswerRecorder() override;

    /** The answer as recorded so far. */
    const Message &message() const { return m_message; }
    qint64 messageId() const { return m_message.id; }
    bool isFinished() const { return m_finished; }
    /** Checkpoints written so far (for tests and diagnostics). */
    int checkpoints() const { return m_checkpoints; }

    /** Feeds the recorder from @p stream's delta signals and its finished(). */
    void attach(ChatStream *stream);

    void appendText(const QString &text);
    void appendReasoning(const QString &text);
    void appendRefusal(const QString &text);
    void addToolCall(const ToolCallDelta &delta);
    void setUsage(const Usage &usage);
    void setFinishReason(FinishReason reason, const QString &providerReason);

    /**
     * Ends the answer with @p result: complete, stopped (Cancelled) or failed with its error.
     * The text received stays as accumulated; the signature, the complete tool calls, usage
     * and timings come from @p result.
     */
    void finish(const StreamResult &result);
    /** The user stopped the answer: saved as stopped. */
    void stop();
    /** The app quits while the answer streams: saved as interrupted (Continue is offered). */
    void interrupt();
    /** Writes what is unsaved now. */
    void flush();

Q_SIGNALS:
    void finished();

private:
    void touch();
    void checkpoint();
    void end(Message::State state);

    QPointer<ConversationStore> m_store;
    Message m_message;
    QTimer m_timer;
    int m_checkpoints = 0;
    bool m_dirty = false;
    bool m_finished = false;
};
