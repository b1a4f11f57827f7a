// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "answerlabels.h"
#include "chatcontroller.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>

/**
 * @brief What screen readers hear about answers, which change away from the focus: one short
 * message each time an answer starts, finishes, fails or is stopped (never per token).
 *
 * The window says it through its LiveAnnouncer:
 * `ChatAnnouncer { chat: …; onAnnounced: message => announcer.announce(message) }`.
 */
class ChatAnnouncer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ChatController *chat READ chat WRITE setChat NOTIFY chatChanged FINAL)

public:
    explicit ChatAnnouncer(QObject *parent = nullptr);

    ChatController *chat() const { return m_chat; }
    void setChat(ChatController *chat);

    /** What to say when @p message, an answer, has ended. */
    QString ended(const Message &message) const;

Q_SIGNALS:
    void chatChanged();
    void announced(const QString &message);

private:
    void onBusyChanged();
    void onAnswerFinished(int row);

    QPointer<ChatController> m_chat;
    AnswerLabels m_labels;
};
