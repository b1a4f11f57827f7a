// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatannouncer.h"

ChatAnnouncer::ChatAnnouncer(QObject *parent)
    : QObject(parent)
{}

void ChatAnnouncer::setChat(ChatController *chat)
{
    if (chat == m_chat)
        return;
    if (m_chat)
        disconnect(m_chat, nullptr, this, nullptr);
    m_chat = chat;
    if (m_chat) {
        connect(m_chat, &ChatController::busyChanged, this, &ChatAnnouncer::onBusyChanged);
        connect(m_chat, &ChatController::answerFinished, this, &ChatAnnouncer::onAnswerFinished);
    }
    Q_EMIT chatChanged();
}

QString ChatAnnouncer::ended(const Message &message) const
{
    using State = Message::State;
    switch (message.state) {
    case State::Stopped:
        return tr("Answer stopped");
    case State::Failed:
        return tr("Answer failed: %1").arg(m_labels.errorTitle(message.errorKind));
    case State::Complete:
        if (const QString note = m_labels.stateNote(message.state, message.finishReason);
            !note.isEmpty())
            return tr("Answer finished. %1").arg(note);
        return tr("Answer finished");
    case State::Waiting:
    case State::Streaming:
    case State::Interrupted:
        break;
    }
    return {};
}

void ChatAnnouncer::onBusyChanged()
{
    if (m_chat->isBusy())
        Q_EMIT announced(tr("Answer started"));
}

void ChatAnnouncer::onAnswerFinished(int row)
{
    MessageModel *messages = m_chat->messages();
    if (row < 0 || row >= messages->rowCount())
        return;
    if (const QString text = ended(messages->message(row)); !text.isEmpty())
        Q_EMIT announced(text);
}
