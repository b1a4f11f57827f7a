// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chattarget.h"
#include "messagemodel.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class ChatStream;

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

public:
    ChatController(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ChatController() override;

    void setTarget(const ChatTarget &target, const QString &missingSetting = {});

    MessageModel *messages() { return &m_messages; }
    bool isBusy() const { return !m_stream.isNull(); }
    bool isConfigured() const { return m_target.isValid(); }
    QString missingSetting() const { return m_missing; }
    QString modelName() const { return m_target.model; }
    QString endpointHost() const;
    bool canRetry() const;

    /** Sends @p text as the next user message. Returns false if it cannot be sent now. */
    Q_INVOKABLE bool send(const QString &text);
    /** Stops the streaming answer; the partial answer stays, marked as stopped. */
    Q_INVOKABLE void stop();
    /** Asks again for the last failed answer; a partial failed answer is kept above it. */
    Q_INVOKABLE void retry();
    /** Starts an empty conversation (stops any answer first). */
    Q_INVOKABLE void newConversation();

Q_SIGNALS:
    void busyChanged();
    void targetChanged();
    void canRetryChanged();
    /** An answer ended (completed, failed or stopped) at @p row. */
    void answerFinished(int row);

private:
    void startAnswer();
    ChatRequest buildRequest() const;
    void onFinished(int row, const StreamResult &result);

    QNetworkAccessManager *m_network;
    MessageModel m_messages;
    ChatTarget m_target;
    QString m_missing;
    QPointer<ChatStream> m_stream;
    int m_streamRow = -1;
};
