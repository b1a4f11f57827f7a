// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolselection.h"

#include "toolservers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QLatin1StringView kKey("toolServers");
} // namespace

ToolSelection::ToolSelection(ToolServers *servers, QObject *parent)
    : QAbstractListModel(parent)
    , m_servers(servers)
{
    ToolServerListModel *list = servers->servers();
    // The server list is short: any change rebuilds the rows.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(list, signal, this, &ToolSelection::rebuild);
    connect(list, &QAbstractItemModel::modelReset, this, &ToolSelection::rebuild);
    connect(list, &QAbstractItemModel::dataChanged, this, &ToolSelection::rebuild);
    rebuild();
}

void ToolSelection::rebuild()
{
    QList<int> rows;
    const auto &all = m_servers->servers()->rows();
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).server.enabled)
            rows.append(i);
    }
    if (rows == m_rows) { // a state or a tool count changed
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = rows;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    Q_EMIT offeredCountChanged();
}

int ToolSelection::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolSelection::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolServerListModel::Row &row = m_servers->servers()->rows().at(m_rows.at(index.row()));
    switch (role) {
    case ServerIdRole:
        return row.server.id;
    case Qt::DisplayRole:
    case NameRole:
        return row.server.name;
    case ServerStateRole:
        return int(row.state);
    case ToolCountRole:
        return row.toolCount;
    case OfferedRole:
        return isOffered(row.server.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolSelection::roleNames() const
{
    return {{ServerIdRole, "serverId"_ba},
            {NameRole, "name"_ba},
            {ServerStateRole, "serverState"_ba},
            {ToolCountRole, "toolCount"_ba},
            {OfferedRole, "offered"_ba}};
}

bool ToolSelection::isOffered(const QString &serverId) const
{
    return !m_selection || m_selection->contains(serverId);
}

void ToolSelection::setSelection(const std::optional<QStringList> &selection)
{
    if (selection == m_selection)
        return;
    m_selection = selection;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {OfferedRole});
    Q_EMIT selectionChanged();
    Q_EMIT offeredCountChanged();
}

void ToolSelection::setOffered(const QString &serverId, bool offered)
{
    if (isOffered(serverId) == offered)
        return;
    QStringList chosen;
    if (m_selection) {
        chosen = *m_selection;
    } else {
        for (const int row : std::as_const(m_rows))
            chosen.append(m_servers->servers()->rows().at(row).server.id);
    }
    if (offered)
        chosen.append(serverId);
    else
        chosen.removeAll(serverId);
    setSelection(chosen);
}

int ToolSelection::offeredCount() const
{
    int n = 0;
    for (const int row : m_rows)
        n += isOffered(m_servers->servers()->rows().at(row).server.id) ? 1 : 0;
    return n;
}

std::optional<QStringList> ToolSelection::readFrom(const QJsonObject &params)
{
    if (!params.value(kKey).isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &id : params.value(kKey).toArray())
        ids.append(id.toString());
    return ids;
}

void ToolSelection::writeTo(QJsonObject &params, const std::optional<QStringList> &selection)
{
    if (selection)
        params.insert(kKey, QJsonArray::fromStringList(*selection));
    else
        params.remove(kKey);
}
