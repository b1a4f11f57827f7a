// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"
#include "streamtypes.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

/** Who wrote a message and where it is in its life: typed from the database through the
 * message model to QML (Message.Assistant, Message.Stopped …). */
namespace MessageEnums {
Q_NAMESPACE
/** @brief Who wrote a message. */
enum class Author {
    User,      /**< the question, as typed */
    Assistant, /**< the model's answer */
    System,    /**< a system prompt kept in an imported conversation */
    Tool,      /**< a tool's result */
};
Q_ENUM_NS(Author)

/** @brief Where a message is in its life (a question is always Complete). */
enum class State {
    Complete,    /**< finished normally */
    Waiting,     /**< sent, no token yet */
    Streaming,   /**< tokens are arriving */
    Stopped,     /**< the user stopped it; the partial answer is kept */
    Failed,      /**< ended with an error (errorKind, errorMessage) */
    Interrupted, /**< the app ended while it streamed; it can be continued */
};
Q_ENUM_NS(State)
} // namespace MessageEnums

/**
 * @brief One message of a conversation tree: what the store reads and writes and what the
 * message model shows. Times are milliseconds since the epoch (UTC).
 *
 * Strings for the author, state, finish reason and error kind exist only where the database
 * and the export files read and write them (MessageNames).
 */
struct Message
{
    using Author = MessageEnums::Author;
    using State = MessageEnums::State;

    qint64 id = 0;
    qint64 conversationId = 0; /**< 0 while the conversation is not stored */
    qint64 parentId = 0;       /**< 0: the first message of a conversation (a root) */
    Author author = Author::User;
    QString text;
    QString reasoning;
    QString reasoningSignature; /**< not shown: kept for replay */
    QString refusal;
    QList<ToolCall> toolCalls;
    State state = State::Complete;
    Finish::Reason finishReason = Finish::Reason::None;
    QString providerFinishReason; /**< the provider's own finish value, as it sent it */
    Failure::Kind errorKind = Failure::Kind::None;
    QString errorMessage; /**< the provider's or the transport's message */
    QString modelName;    /**< the model that wrote an answer */
    /** A question's attached files, in order (references by hash; the files are elsewhere). */
    QList<Attachment> attachments;
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 timeToFirstTokenMs = -1;
    qint64 durationMs = -1;
    qint64 createdAt = 0; /**< 0 when appending: now */
    qint64 updatedAt = 0; /**< 0 when appending or updating: now */

    /** Tokens are arriving or awaited. */
    bool isLive() const { return state == State::Waiting || state == State::Streaming; }
    bool operator==(const Message &) const = default;
};

/** The names of a message's enums where the database and the export files store them. */
namespace MessageNames {
QString author(Message::Author author); /**< "user", "assistant", "system", "tool" */
std::optional<Message::Author> authorFromName(QStringView name);
/** "complete", "streaming" (Waiting too: both are live), "stopped", "failed", "interrupted" */
QString state(Message::State state);
std::optional<Message::State> stateFromName(QStringView name);
/** Tool calls as stored: [{index, id, name, arguments}]. */
QJsonArray toolCalls(const QList<ToolCall> &calls);
QList<ToolCall> toolCallsFromJson(const QJsonArray &calls);
} // namespace MessageNames
