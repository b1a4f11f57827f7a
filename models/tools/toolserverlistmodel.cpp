// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolserverlistmodel.h"

using namespace Qt::StringLiterals;

ToolServerListModel::ToolServerListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ServerIdRole:
        return row.server.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.server.name;
    case TransportRole:
        return int(row.server.transport);
    case SummaryRole:
        return row.server.summary();
    case EnabledRole:
        return row.server.enabled;
    case TrustedRole:
        return row.server.trusted;
    case StateRole:
        return int(row.state);
    case ErrorMessageRole:
        return row.errorMessage;
    case ToolCountRole:
        return row.toolCount;
    case AttentionRole:
        return row.attention;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolServerListModel::roleNames() const
{
    return {{ServerIdRole, "serverId"_ba},   {NameRole, "name"_ba},
            {TransportRole, "transport"_ba}, {SummaryRole, "summary"_ba},
            {EnabledRole, "enabled"_ba},     {TrustedRole, "trusted"_ba},
            {StateRole, "serverState"_ba},   {ErrorMessageRole, "errorMessage"_ba},
            {ToolCountRole, "toolCount"_ba}, {AttentionRole, "attention"_ba}};
}

int ToolServerListModel::indexOf(const QString &serverId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).server.id == serverId)
            return int(i);
    }
    return -1;
}

const ToolServerListModel::Row *ToolServerListModel::find(const QString &serverId) const
{
    const int i = indexOf(serverId);
    return i < 0 ? nullptr : &m_rows.at(i);
}

void ToolServerListModel::reset(const QList<ToolServer> &servers)
{
    beginResetModel();
    m_rows.clear();
    for (const ToolServer &server : servers)
        m_rows.append(Row{server, server.enabled ? State::Stopped : State::Off, {}, 0, {}});
    endResetModel();
    Q_EMIT countChanged();
}

void ToolServerListModel::append(const ToolServer &server)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{server, server.enabled ? State::Stopped : State::Off, {}, 0, {}});
    endInsertRows();
    Q_EMIT countChanged();
}

void ToolServerListModel::update(const ToolServer &server)
{
    const int i = indexOf(server.id);
    if (i < 0)
        return;
    m_rows[i].server = server;
    changed(i, {NameRole, TransportRole, SummaryRole, EnabledRole, TrustedRole});
}

void ToolServerListModel::remove(const QString &serverId)
{
    const int i = indexOf(serverId);
    if (i < 0)
        return;
    beginRemoveRows({}, i, i);
    m_rows.removeAt(i);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ToolServerListModel::setStatus(const QString &serverId, State state,
                                    const QString &errorMessage)
{
    const int i = indexOf(serverId);
    if (i < 0 || (m_rows.at(i).state == state && m_rows.at(i).errorMessage == errorMessage))
        return;
    m_rows[i].state = state;
    m_rows[i].errorMessage = errorMessage;
    changed(i, {StateRole, ErrorMessageRole});
}

void ToolServerListModel::setTools(const QString &serverId, int count, const QString &attention)
{
    const int i = indexOf(serverId);
    if (i < 0 || (m_rows.at(i).toolCount == count && m_rows.at(i).attention == attention))
        return;
    m_rows[i].toolCount = count;
    m_rows[i].attention = attention;
    changed(i, {ToolCountRole, AttentionRole});
}

void ToolServerListModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}
