// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "messagetree.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QString>

class MarkdownStream;
class ToolCallList;

/**
 * @brief A conversation's message tree (MessageTree), shown as its active path.
 *
 * Regenerating an answer or editing a question adds a sibling instead of replacing anything;
 * every parent remembers which child is active, and the rows of the model are the messages on
 * the path from the root through the active children. Switching branches replaces only the rows
 * below the switch.
 *
 * State is typed through the roles: the author, state, finish reason and error kind are the
 * enums' values as ints, which QML compares with Message.Assistant, Message.Stopped,
 * Finish.Length, Failure.Auth …
 *
 * Contract: only the GUI thread mutates it. Messages are addressed by id; a streamed delta
 * appends to one message and emits dataChanged() for its row naming only the role it changed,
 * so its cost does not grow with the length of the message or of the conversation.
 */
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Roles {
        AuthorRole =
            Qt::UserRole + 1,  /**< int, Message::Author: who wrote it; picks the delegate */
        TextRole,              /**< QString: the answer or question text (Markdown) */
        ReasoningRole,         /**< QString: reasoning / thinking text, may be empty */
        StateRole,             /**< int, Message::State: where it is in its life */
        FinishReasonRole,      /**< int, Finish::Reason: why the model stopped */
        ErrorKindRole,         /**< int, Failure::Kind: what went wrong, None if nothing */
        ErrorMessageRole,      /**< QString: the provider's or transport's message */
        ModelNameRole,         /**< QString: the model that wrote an answer */
        PromptTokensRole,      /**< int: prompt tokens, -1 when unknown */
        CompletionTokensRole,  /**< int: completion tokens, -1 when unknown */
        MessageIdRole,         /**< qint64: the message's id */
        SiblingIndexRole,      /**< int: 1-based position among its siblings */
        SiblingCountRole,      /**< int: how many versions exist at this point */
        RefusalRole,           /**< QString: a refusal the model gave instead */
        ToolCallsRole,         /**< QVariantList of {index, id, name, arguments} maps */
        ProviderFinishRole,    /**< QString: the provider's own finish value */
        TimeToFirstTokenRole,  /**< int: ms from sending to the first token, -1 unknown */
        TokensPerSecondRole,   /**< double: completion tokens per second, 0 when unknown */
        CanContinueRole,       /**< bool: the answer was cut short and can be continued */
        MarkdownRole,          /**< MarkdownStream*: the answer as live Markdown blocks */
        ReasoningMarkdownRole, /**< MarkdownStream*: the reasoning as live Markdown blocks */
        // Views that show an answer while it streams use these three instead of TextRole and
        // ReasoningRole: handing QML the whole growing text on every delta costs a copy and
        // garbage-collector pressure that grow with the answer.
        HasTextRole,      /**< bool: the text is not empty (changes once) */
        HasReasoningRole, /**< bool: the reasoning is not empty (changes once) */
        QuestionTextRole, /**< QString: a question's text; empty for answers */
        /** ToolCallList*: the tool calls as cards show them, updated throttled; null while
         * there are none (changes once, at the first call). */
        ToolCallListRole,
        /** QVariantList of {sha256, name, mimeType, kind, size, width, height} maps: a
         * question's attachments (files are shown through their hash) */
        AttachmentsRole,
        // An assistant message whose calls ran (or were refused): tool messages follow it.
        ToolCallsRunRole, /**< bool: tool messages answer this message's calls */
        // Tool messages (Message.Tool): one call each, as ToolRun holds it.
        ToolStatusRole,          /**< int, ToolEnums::Status */
        ToolApprovalRole,        /**< int, ToolEnums::Approval */
        ToolServerRole,          /**< QString: the server's name */
        ToolNameRole,            /**< QString: the tool's name on its server (else the model's) */
        ToolArgumentsRole,       /**< QString: the arguments as run, indented */
        ToolArgumentsEditedRole, /**< bool: the user changed them before it ran */
        ToolIsErrorRole,         /**< bool: the tool's result reports an error */
        ToolImagesRole,          /**< QVariantList of {mimeType, data (base64)} maps */
        ToolWarningsRole,        /**< QString: hidden characters found, one per line */
        ToolChangesRole,         /**< QString: how the tool changed since its approval */
    };
    Q_ENUM(Roles)

    explicit MessageModel(QObject *parent = nullptr);
    ~MessageModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** The message shown at @p row. */
    const Message &message(int row) const { return m_tree.message(m_path.at(row)); }
    /** The message with @p id; it must exist. */
    const Message &messageById(qint64 id) const { return m_tree.message(id); }
    bool contains(qint64 id) const { return m_tree.contains(id); }
    /** The ids of the active path, first message first. */
    const QList<qint64> &activePath() const { return m_path; }
    /** The row showing @p id, or -1 when it is not on the active path. */
    Q_INVOKABLE int rowOf(qint64 id) const;
    /** The text of the message at @p row (Markdown for answers); empty for a bad row. */
    Q_INVOKABLE QString textAt(int row) const;
    /** The id of the last message on the active path, 0 when empty. */
    qint64 leafId() const { return m_path.isEmpty() ? 0 : m_path.constLast(); }
    /** The ids of @p id's siblings (itself included), oldest first. */
    QList<qint64> siblings(qint64 id) const { return m_tree.siblings(id); }
    /** Number of messages in the whole tree. */
    qsizetype messageCount() const { return m_tree.size(); }
    /** Every message of the tree, parents before children. */
    QList<Message> allMessages() const { return m_tree.messages(); }

    /**
     * Adds @p message as the newest child of @p message.parentId and makes it active, so it
     * becomes the last row. Uses @p message.id when set (it must be new), else a fresh id.
     * Returns the id.
     */
    qint64 addMessage(Message message);
    /** Replaces the whole tree; @p leafId selects the active path (0: the newest message's). */
    void reset(const QList<Message> &messages, qint64 leafId = 0);
    /** Makes the path to @p id active, then follows active children below it. */
    void activate(qint64 id);
    /** Shows the sibling @p step places after (negative: before) the message at @p row. */
    Q_INVOKABLE void switchSibling(int row, int step);
    /** Removes @p id and everything below it; the active path moves to a neighbour. */
    void removeSubtree(qint64 id);
    /** The row of the next message after @p fromRow (before it if !forward) containing
     * @p needle, wrapping around; -1 when none. */
    Q_INVOKABLE int find(const QString &needle, int fromRow, bool forward = true) const;
    /** The last row written by @p author, or -1. */
    Q_INVOKABLE int lastRowOf(MessageEnums::Author author) const;

    void appendText(qint64 id, const QString &delta);
    void appendReasoning(qint64 id, const QString &delta);
    void appendRefusal(qint64 id, const QString &delta);
    void setReasoningSignature(qint64 id, const QString &signature);
    void applyToolCallDelta(qint64 id, const ToolCallDelta &delta);
    void setState(qint64 id, Message::State state);
    void setFinishReason(qint64 id, Finish::Reason reason, const QString &providerReason);
    void setUsage(qint64 id, qint64 promptTokens, qint64 completionTokens);
    void setTimings(qint64 id, qint64 timeToFirstTokenMs, qint64 durationMs);
    /** Marks the message Failed with the error; its text is left untouched. */
    void setError(qint64 id, Failure::Kind kind, const QString &message);
    /** A tool message's call changed: its run, its state (MessageNames::stateOf), the result's
     * text for people (kept when @p text is empty) and why it failed. */
    void setToolRun(qint64 id, const ToolRun &run, const QString &text,
                    const QString &errorMessage);
    /** Clears the error and the finish reason, e.g. before a continuation. */
    void clearOutcome(qint64 id);
    void clear();

    static bool canContinue(const Message &message);

Q_SIGNALS:
    void countChanged();

private:
    /** The Markdown blocks of @p m's text (or reasoning), made on first use. */
    MarkdownStream *markdownFor(const Message &m, bool reasoning) const;
    /** Whether tool messages answer @p id's calls. */
    bool hasToolChildren(qint64 id) const;
    /** The tool-call cards' model of @p m, made on first use; null without tool calls. */
    ToolCallList *toolCallsFor(const Message &m) const;
    /** Forgets the live views of @p id: its Markdown blocks and tool-call list (rebuilt from
     * the message on next use). */
    void dropLiveViews(qint64 id);
    /** The message stopped streaming: its live views show everything, final. */
    void finishLiveViews(qint64 id);
    void changed(qint64 id, const QList<int> &roles);
    /** Rebuilds the rows from the root, replacing only the rows that differ. */
    void rebuildPath();

    MessageTree m_tree;
    QList<qint64> m_path; /**< the rows: the tree's active path as the view knows it */
    QHash<qint64, int> m_rowOf;
    // Per message, created when a view first asks; a delta appends to them in O(delta).
    mutable QHash<qint64, MarkdownStream *> m_markdown;
    mutable QHash<qint64, MarkdownStream *> m_reasoningMarkdown;
    mutable QHash<qint64, ToolCallList *> m_toolCalls;
};
