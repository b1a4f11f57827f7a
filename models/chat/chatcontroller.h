// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatparameters.h"
#include "chattarget.h"
#include "messagemodel.h"
#include "pendingattachments.h"
#include "toolcatalog.h"
#include "toolselection.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class AnswerRecorder;
class AttachmentEncoder;
class ChatStream;
class ConversationStore;
class TitleGenerator;
class ProviderService;
class ToolRunner;
class ToolServers;

/**
 * @brief Runs the turns of one conversation: sends, streams into the MessageModel, stops.
 *
 * At most one answer streams at a time. Stop aborts the HTTP reply at once and keeps the
 * partial answer; errors become state on the answer's row, never text inside it.
 *
 * With tool servers (setToolServers()), a turn is a loop: the request offers the tools of the
 * conversation's servers (toolSelection), and an answer that calls tools gets one tool message
 * per call below it, run by a ToolRunner (approval first, see allowTool() and denyTool()); once
 * every call is settled the model answers again below the last one, up to maxToolRounds()
 * rounds. Stop ends the turn at any point, also mid-call. Every call, approval and result is a
 * message in the store and the tree, so reopening, regenerating and branching work across
 * rounds.
 */
class ChatController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(MessageModel *messages READ messages CONSTANT FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(bool configured READ isConfigured NOTIFY targetChanged FINAL)
    /** The environment variable to set when not configured. */
    Q_PROPERTY(QString missingSetting READ missingSetting NOTIFY targetChanged FINAL)
    Q_PROPERTY(QString modelName READ modelName NOTIFY targetChanged FINAL)
    Q_PROPERTY(QString endpointHost READ endpointHost NOTIFY targetChanged FINAL)
    /** True when the last answer failed and can be retried. */
    Q_PROPERTY(bool canRetry READ canRetry NOTIFY canRetryChanged FINAL)
    /** This conversation's provider, model, system prompt and sampling parameters. */
    Q_PROPERTY(ChatParameters *parameters READ parameters CONSTANT FINAL)
    /** "Provider / model" for the header. */
    Q_PROPERTY(QString targetName READ targetName NOTIFY targetChanged FINAL)
    /** Why the chosen provider cannot be used (no key, unknown provider…), empty if it can. */
    Q_PROPERTY(QString targetError READ targetError NOTIFY targetChanged FINAL)
    /** The stored conversation shown, 0 for a new one not yet saved (a double for QML, which
     * has no 64-bit integers; ids stay far below 2^53). */
    Q_PROPERTY(double conversationId READ conversationIdForQml NOTIFY conversationChanged FINAL)
    /** The attachments waiting in the composer. */
    Q_PROPERTY(PendingAttachments *attachments READ attachments CONSTANT FINAL)
    /** Why the waiting attachments cannot go to this model as they are (it reads no images),
     * empty when they can. */
    Q_PROPERTY(QString attachmentNotice READ attachmentNotice NOTIFY attachmentNoticeChanged FINAL)
    /** Which servers' tools this conversation offers; null without tool servers. */
    Q_PROPERTY(ToolSelection *toolSelection READ toolSelection CONSTANT FINAL)

public:
    ChatController(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ChatController() override;

    void setTarget(const ChatTarget &target, const QString &missingSetting = {});
    /**
     * Saves conversations into @p store: a question before its request is sent, an answer
     * checkpointed while it streams (AnswerRecorder), every branch, switch and deletion.
     */
    void setStore(ConversationStore *store);
    /**
     * Lets questions carry attachments: @p files keeps them, @p codec reads them and @p encoder
     * makes what each provider is sent (on a worker thread, before the request starts).
     */
    void setAttachmentServices(AttachmentFiles *files, const AttachmentCodec *codec,
                               AttachmentEncoder *encoder);
    PendingAttachments *attachments() { return m_attachments; }
    QString attachmentNotice() const;
    /** Generates titles for new conversations after their first answer (optional). */
    void setTitleGenerator(TitleGenerator *titles);
    /**
     * Takes the target from the configured providers: the conversation's provider and model
     * (ChatParameters) are resolved to a ChatTarget whenever they change; a new conversation
     * starts from the defaults in settings. Without it, setTarget() alone decides.
     */
    void setProviderService(ProviderService *providers);
    ChatParameters *parameters() { return &m_parameters; }
    QString targetName() const;
    /**
     * The model to preselect when the user looks at @p providerId's models: this
     * conversation's own for its current provider, else that provider's default.
     */
    Q_INVOKABLE QString modelFor(const QString &providerId) const;
    QString targetError() const { return m_targetError; }
    qint64 conversationId() const { return m_conversationId; }
    double conversationIdForQml() const { return double(m_conversationId); }

    MessageModel *messages() { return &m_messages; }
    /** An answer streams, or its tool calls run or wait for approval. */
    bool isBusy() const;
    bool isConfigured() const { return m_target.isValid(); }
    QString missingSetting() const { return m_missing; }
    QString modelName() const { return m_target.model; }
    QString endpointHost() const;
    bool canRetry() const;

    /** Sends @p text, with the ready attachments, as the next user message. Returns false if
     * it cannot be sent now (busy, attachments still being read, or images for a model that
     * reads none: see attachmentNotice). */
    Q_INVOKABLE bool send(const QString &text);
    /** Removes the waiting images, then sends. */
    Q_INVOKABLE bool sendWithoutImages(const QString &text);
    /** Asks again for the answer at @p row with its question sent as a new version without
     * attachments (after a provider refused one). */
    Q_INVOKABLE bool resendWithoutAttachments(int row);
    /** Stops the streaming answer; the partial answer stays, marked as stopped. */
    Q_INVOKABLE void stop();
    /** Asks again for the last failed answer. An empty failed answer is replaced; a partial one
     * stays reachable as a sibling branch. */
    Q_INVOKABLE void retry();
    /** Asks for a new version of the answer at @p row (-1: the last answer) as a sibling
     * branch; the old answer stays reachable. */
    Q_INVOKABLE bool regenerate(int row = -1);
    /** Sends @p text as a new version of the question at @p row, as a sibling branch, with the
     * question's attachments except those whose hash is in @p dropped. */
    Q_INVOKABLE bool editAndResend(int row, const QString &text, const QStringList &dropped = {});
    /** Asks the model to go on with the answer at @p row (the last row), which was stopped,
     * interrupted, failed part-way or hit the length limit; new text is appended to it. */
    Q_INVOKABLE bool continueAnswer(int row);
    /** Deletes the message at @p row and everything after it on every branch below it. */
    Q_INVOKABLE void deleteMessage(int row);
    /** Shows the previous (@p step -1) or next (+1) version of the message at @p row. */
    Q_INVOKABLE void switchBranch(int row, int step);
    /** The text of the last answer on the active path, for "copy last answer". */
    Q_INVOKABLE QString lastAnswerText() const;
    /** Starts an empty conversation (stops any answer first). */
    Q_INVOKABLE void newConversation();
    /** Shows stored conversation @p id; with @p messageId, the branch through that message.
     * Returns the row of @p messageId (or of the last message), -1 if it cannot be opened. */
    Q_INVOKABLE int openConversation(qint64 id, qint64 messageId = 0);
    /** The application quits: a streaming answer is saved as interrupted, writes flushed. */
    void shutdown();

    static constexpr int kDefaultMaxToolRounds = 10;
    /** How long an answer waits for a tool server that is starting. */
    static constexpr int kToolStartWaitMs = 15'000;
    /** Runs the model's tool calls through @p servers (see the class). */
    void setToolServers(ToolServers *servers);
    ToolSelection *toolSelection() const { return m_toolSelection; }
    ToolRunner *toolRunner() const { return m_runner; }
    /** Rounds of tool calls one turn may make; the calls of the next are not run. */
    int maxToolRounds() const { return m_maxToolRounds; }
    void setMaxToolRounds(int rounds) { m_maxToolRounds = rounds; }
    /**
     * Allows the call of tool message @p messageId (once, or always for this tool on its
     * server) with @p arguments (a JSON object; empty: the model's). False when it is not
     * awaiting approval or the arguments do not parse (see toolArgumentsError()).
     */
    Q_INVOKABLE bool allowTool(qint64 messageId, bool always, const QString &arguments = {});
    /** Refuses the call of tool message @p messageId: the model is told so. */
    Q_INVOKABLE bool denyTool(qint64 messageId);
    /** Why @p text cannot be a tool call's arguments (for people), or empty. */
    Q_INVOKABLE QString toolArgumentsError(const QString &text) const;

Q_SIGNALS:
    void busyChanged();
    void targetChanged();
    void canRetryChanged();
    void conversationChanged();
    /** An answer ended (completed, failed or stopped) at @p row. */
    void answerFinished(int row);
    void attachmentNoticeChanged();

private:
    /** Adds an empty answer below @p parentId and streams into it. */
    void startAnswer(qint64 parentId);
    /** Streams into the existing answer @p id (a new one, or a continuation); first waits for
     * tool servers that are starting when @p mayWait, then for its attachments' encoding. */
    void streamInto(qint64 id, bool continuation, bool mayWait = true);
    /** The request for the active path up to and including @p lastId; @p attachments gets
     * each user message's attachments, in the order of the request's user messages. */
    ChatRequest buildRequest(qint64 lastId, bool continuation,
                             QList<QList<Attachment>> *attachments) const;
    /** Starts the stream for answer @p id with @p request. */
    void startStream(qint64 id, bool continuation, const ChatRequest &request);
    /** The answer @p id could not be sent: its attachments could not be made. */
    void failBeforeSending(qint64 id, const QString &message);
    void onFinished(qint64 id, bool continuation, const StreamResult &result);
    void endStream();
    /** Adds @p message to the model, storing it first when there is a store. */
    qint64 addMessage(Message message);
    /** Writes message @p id as the model holds it. */
    void saveMessage(qint64 id);
    void saveActiveLeaf();
    void removeMessages(qint64 id);
    void resolveTarget();
    void saveConversationSettings();
    /** The assistant message @p id called tools: adds a tool message per call and runs them. */
    void startToolRound(qint64 id);
    void onToolRun(qint64 id, const ToolRun &run, const QString &text, const QString &error);
    void onToolRoundFinished();
    /** The turn is over (stopped, or no further answer): the view is told. */
    void endTurn(qint64 lastId);
    /** Rounds of tool calls made since the question above @p id, @p id's included. */
    int toolRounds(qint64 id) const;
    /** The row whose message is being written (a streaming answer or a tool round), or -1. */
    int busyRow() const;
    /** An enabled server of this conversation is starting (its tools are not known yet). */
    bool toolServersStarting() const;
    /** Streams the answer that waited for starting tool servers. */
    void resumeWaitingStream();
    /** The title of a new conversation, once its first turn has its final answer @p id. */
    void maybeGenerateTitle(qint64 id, bool continuation);

    QNetworkAccessManager *m_network;
    MessageModel m_messages;
    ChatTarget m_target;
    QString m_missing;
    QPointer<ChatStream> m_stream;
    qint64 m_streamId = 0;
    QPointer<ConversationStore> m_store;
    QPointer<TitleGenerator> m_titles;
    AnswerRecorder *m_recorder = nullptr;
    qint64 m_conversationId = 0;
    ChatParameters m_parameters;
    QPointer<ProviderService> m_providers;
    QString m_targetError;
    PendingAttachments *m_attachments;
    AttachmentEncoder *m_encoder = nullptr;
    qint64 m_preparingId = 0; /**< the answer whose attachments are being encoded */

    QPointer<ToolServers> m_toolServers;
    ToolRunner *m_runner = nullptr;
    ToolSelection *m_toolSelection = nullptr;
    ToolCatalog m_catalog;          // the tools the last request offered
    qint64 m_roundAnswerId = 0;     // the answer whose calls run now
    qint64 m_lastToolMessageId = 0; // the last tool message of the round
    bool m_roundOverLimit = false;
    int m_maxToolRounds = kDefaultMaxToolRounds;
    QTimer m_toolWait;      // an answer waits for starting tool servers
    qint64 m_waitingId = 0; // that answer
    bool m_waitingContinuation = false;
};
