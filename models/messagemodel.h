// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

/**
 * @brief The messages of the current conversation, in display order.
 *
 * Contract: only the GUI thread mutates it. A streamed delta appends to one row and emits
 * dataChanged() for that row naming only the role it changed, so its cost does not grow with
 * the length of the message or of the conversation.
 */
class MessageModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Roles {
        AuthorRole = Qt::UserRole + 1, /**< Author: who wrote the message */
        TextRole,                      /**< QString: the answer or question text (Markdown) */
        ReasoningRole,                 /**< QString: reasoning / thinking text, may be empty */
        StateRole,                     /**< State: where the message is in its life */
        FinishReasonRole,              /**< QString: normalised finish reason, empty if none */
        ErrorKindRole,                 /**< QString: error kind ("auth", "network", …) or empty */
        ErrorMessageRole,              /**< QString: the provider's or transport's message */
        ModelNameRole,                 /**< QString: the model that wrote an answer */
        PromptTokensRole,              /**< int: prompt tokens, -1 when unknown */
        CompletionTokensRole,          /**< int: completion tokens, -1 when unknown */
    };
    Q_ENUM(Roles)

    enum Author { User, Assistant };
    Q_ENUM(Author)

    enum State {
        Complete,  /**< finished normally (or a user message) */
        Waiting,   /**< sent, no token yet */
        Streaming, /**< tokens are arriving */
        Stopped,   /**< the user stopped it; the partial answer is kept */
        Failed,    /**< ended with an error; see ErrorKindRole */
    };
    Q_ENUM(State)

    struct Message
    {
        Author author = User;
        QString text;
        QString reasoning;
        State state = Complete;
        QString finishReason;
        QString errorKind;
        QString errorMessage;
        QString modelName;
        qint64 promptTokens = -1;
        qint64 completionTokens = -1;
    };

    explicit MessageModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Message &message(int row) const { return m_messages.at(row); }
    const QList<Message> &messages() const { return m_messages; }

    /** Appends a message and returns its row. */
    int append(const Message &message);
    void appendText(int row, const QString &delta);
    void appendReasoning(int row, const QString &delta);
    void setState(int row, State state);
    void setFinishReason(int row, const QString &reason);
    void setUsage(int row, qint64 promptTokens, qint64 completionTokens);
    /** Marks the row Failed with the error; its text is left untouched. */
    void setError(int row, const QString &kind, const QString &message);
    void removeFrom(int row);
    void clear();

Q_SIGNALS:
    void countChanged();

private:
    void changed(int row, QList<int> roles);

    QList<Message> m_messages;
};
