// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatparameters.h"
#include "chattarget.h"
#include "messagemodel.h"
#include "pendingattachments.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class AnswerRecorder;
class AttachmentEncoder;
class ChatStream;
class ConversationStore;
class TitleGenerator;
class ProviderService;

/**
 * @brief Runs the turns of one conversation: sends, streams into the MessageModel, stops.
 *
 * At most one answer streams at a time. Stop aborts the HTTP reply at once and keeps the
 * partial answer; errors become state on the answer's row, never text inside it.
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
    bool isBusy() const { return !m_stream.isNull() || m_preparingId != 0; }
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
    /** Streams into the existing answer @p id (a new one, or a continuation). */
    void streamInto(qint64 id, bool continuation);
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
};
