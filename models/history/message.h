// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"
#include "streamtypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

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

/** Where a tool call is and how it was approved: typed from the database through the message
 * model to QML (ToolRun.AwaitingApproval, ToolRun.Always …). */
namespace ToolEnums {
Q_NAMESPACE
/** @brief Where one tool call is in its life. */
enum class Status {
    Queued,           /**< waits for the calls before it in its round */
    AwaitingApproval, /**< shown to the user; nothing has reached the server */
    Running,          /**< approved; tools/call is on its way (or its server is starting) */
    Succeeded,        /**< the tool answered (the answer may still report an error: isError) */
    Failed,           /**< the call failed: the server, the connection, a time limit */
    Denied,           /**< the user refused it; the model got a refusal */
    Cancelled,        /**< the user stopped it (Stop) before it finished */
    Unavailable,      /**< the model asked for a tool it was not offered */
    LoopLimit,        /**< not run: the answer reached its limit of tool rounds */
    Interrupted,      /**< the app ended before it finished */
};
Q_ENUM_NS(Status)

/** @brief Why a call was allowed to run. */
enum class Approval {
    None,    /**< not allowed (yet) */
    Once,    /**< the user allowed this call */
    Always,  /**< the user allowed this tool on this server for good (earlier or now) */
    Trusted, /**< the user trusts this server with every tool */
    Auto,    /**< allowed without asking by the caller (confab-cli --yes) */
};
Q_ENUM_NS(Approval)
} // namespace ToolEnums

/**
 * @brief A tool message's call: which tool of which server ran with which arguments, how it
 * was approved, and the result as the server sent it. Strings for the enums exist only in
 * the database (MessageNames).
 */
struct ToolRun
{
    using Status = ToolEnums::Status;
    using Approval = ToolEnums::Approval;

    QString callId;     /**< the provider's id of the call this message answers */
    QString callName;   /**< the tool's name as the model called it */
    QString serverId;   /**< the configured server that ran it (empty: none found) */
    QString serverName; /**< its name when the call was made */
    QString toolName;   /**< the tool's own name on that server */
    QString arguments;  /**< JSON text as run: the model's, or the user's edit */
    bool argumentsEdited = false;
    Status status = Status::Queued;
    Approval approval = Approval::None;
    QJsonObject result;   /**< the tools/call result as received (content, isError …) */
    QStringList warnings; /**< hidden characters found in the tool's definition, for people */
    QString changes;      /**< how the tool changed since it was last approved, empty if not */

    /** Waiting for the user or the server. */
    bool isLive() const
    {
        return status == Status::Queued || status == Status::AwaitingApproval ||
               status == Status::Running;
    }
    /** The tool's own answer reports a failure. */
    bool isError() const;
    bool operator==(const ToolRun &) const = default;
};

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
    ToolRun tool; /**< Tool messages: the call they answer and how it went */
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
/** A tool message's run as stored (an empty object for other messages). */
QJsonObject toolRun(const ToolRun &run);
ToolRun toolRunFromJson(const QJsonObject &json);
/** The state a tool message is in for @p status (Waiting, Streaming, Complete, …). */
Message::State stateOf(ToolEnums::Status status);
} // namespace MessageNames
