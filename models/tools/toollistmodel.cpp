// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toollistmodel.h"

using namespace Qt::StringLiterals;

ToolListModel::ToolListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ToolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.tool.name;
    case TitleRole:
        return row.tool.displayName();
    case DescriptionRole:
        return row.tool.description;
    case EnabledRole:
        return row.enabled;
    case AlwaysRole:
        return row.always;
    case ChangedRole:
        return row.changed;
    case ChangesRole:
        return row.changes;
    case WarningsRole:
        return row.warnings;
    case ReadOnlyHintRole:
        return row.tool.hint("readOnlyHint"_L1, false);
    case DestructiveHintRole:
        // The specification's default for a tool that is not read-only is "may destroy".
        return !row.tool.hint("readOnlyHint"_L1, false) &&
               row.tool.hint("destructiveHint"_L1, true);
    case OpenWorldHintRole:
        return row.tool.hint("openWorldHint"_L1, true);
    case NeedsTasksRole:
        return row.tool.requiresTask();
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolListModel::roleNames() const
{
    return {{NameRole, "name"_ba},
            {TitleRole, "title"_ba},
            {DescriptionRole, "description"_ba},
            {EnabledRole, "toolEnabled"_ba},
            {AlwaysRole, "always"_ba},
            {ChangedRole, "changed"_ba},
            {ChangesRole, "changes"_ba},
            {WarningsRole, "warnings"_ba},
            {ReadOnlyHintRole, "readOnlyHint"_ba},
            {DestructiveHintRole, "destructiveHint"_ba},
            {OpenWorldHintRole, "openWorldHint"_ba},
            {NeedsTasksRole, "needsTasks"_ba}};
}

void ToolListModel::setRows(const QList<Row> &rows)
{
    // The same tools with other flags (one turned off, one approved): rows stay, so a view
    // keeps its items and its focus.
    const bool sameTools =
        rows.size() == m_rows.size() &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [](const Row &a, const Row &b) { return a.tool.raw == b.tool.raw; });
    if (sameTools) {
        m_rows = rows;
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
}
