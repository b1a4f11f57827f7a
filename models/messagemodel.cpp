// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagemodel.h"

using namespace Qt::StringLiterals;

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_messages.at(index.row());
    switch (role) {
    case AuthorRole:
        return m.author;
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case ReasoningRole:
        return m.reasoning;
    case StateRole:
        return m.state;
    case FinishReasonRole:
        return m.finishReason;
    case ErrorKindRole:
        return m.errorKind;
    case ErrorMessageRole:
        return m.errorMessage;
    case ModelNameRole:
        return m.modelName;
    case PromptTokensRole:
        return int(m.promptTokens);
    case CompletionTokensRole:
        return int(m.completionTokens);
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {
        {AuthorRole, "author"_ba},
        {TextRole, "text"_ba},
        {ReasoningRole, "reasoning"_ba},
        {StateRole, "messageState"_ba},
        {FinishReasonRole, "finishReason"_ba},
        {ErrorKindRole, "errorKind"_ba},
        {ErrorMessageRole, "errorMessage"_ba},
        {ModelNameRole, "modelName"_ba},
        {PromptTokensRole, "promptTokens"_ba},
        {CompletionTokensRole, "completionTokens"_ba},
    };
}

int MessageModel::append(const Message &message)
{
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    endInsertRows();
    Q_EMIT countChanged();
    return row;
}

void MessageModel::changed(int row, QList<int> roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

void MessageModel::appendText(int row, const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_messages[row].text.append(delta);
    changed(row, {TextRole});
}

void MessageModel::appendReasoning(int row, const QString &delta)
{
    if (delta.isEmpty())
        return;
    m_messages[row].reasoning.append(delta);
    changed(row, {ReasoningRole});
}

void MessageModel::setState(int row, State state)
{
    if (m_messages.at(row).state == state)
        return;
    m_messages[row].state = state;
    changed(row, {StateRole});
}

void MessageModel::setFinishReason(int row, const QString &reason)
{
    if (m_messages.at(row).finishReason == reason)
        return;
    m_messages[row].finishReason = reason;
    changed(row, {FinishReasonRole});
}

void MessageModel::setUsage(int row, qint64 promptTokens, qint64 completionTokens)
{
    Message &m = m_messages[row];
    m.promptTokens = promptTokens;
    m.completionTokens = completionTokens;
    changed(row, {PromptTokensRole, CompletionTokensRole});
}

void MessageModel::setError(int row, const QString &kind, const QString &message)
{
    Message &m = m_messages[row];
    m.state = Failed;
    m.errorKind = kind;
    m.errorMessage = message;
    changed(row, {StateRole, ErrorKindRole, ErrorMessageRole});
}

void MessageModel::removeFrom(int row)
{
    const int last = int(m_messages.size()) - 1;
    if (row < 0 || row > last)
        return;
    beginRemoveRows({}, row, last);
    m_messages.remove(row, last - row + 1);
    endRemoveRows();
    Q_EMIT countChanged();
}

void MessageModel::clear()
{
    if (m_messages.isEmpty())
        return;
    beginResetModel();
    m_messages.clear();
    endResetModel();
    Q_EMIT countChanged();
}
