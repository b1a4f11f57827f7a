// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationlistmodel.h"

#include <QLocale>

#include <tuple>

using namespace Qt::StringLiterals;

ConversationListModel::ConversationListModel(ConversationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    connect(store, &ConversationStore::conversationCreated, this,
            [this](qint64 id) { onChanged(id); });
    connect(store, &ConversationStore::conversationRestored, this,
            [this](qint64 id) { onChanged(id); });
    connect(store, &ConversationStore::conversationChanged, this,
            [this](qint64 id) { onChanged(id); });
    connect(store, &ConversationStore::conversationRemoved, this,
            &ConversationListModel::removeRowOf);
    connect(store, &ConversationStore::opened, this, &ConversationListModel::reload);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SectionRole});
        scheduleMidnight();
    });
    scheduleMidnight();
    if (store->isOpen())
        fetchMore({});
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationInfo &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case IdRole:
        return c.id;
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(c.updatedAt);
    case PinnedRole:
        return c.pinned;
    case SectionRole:
        return sectionFor(QDateTime::fromMSecsSinceEpoch(c.updatedAt), c.pinned, m_clock());
    case ModelRole:
        return c.model;
    case TitleGeneratedRole:
        return c.titleIsGenerated;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    return {{IdRole, "conversationId"},
            {TitleRole, "title"},
            {UpdatedAtRole, "updatedAt"},
            {PinnedRole, "pinned"},
            {SectionRole, "section"},
            {ModelRole, "model"},
            {TitleGeneratedRole, "titleGenerated"}};
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_store && m_store->isOpen();
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const ConversationInfo last = m_rows.isEmpty() ? ConversationInfo() : m_rows.constLast();
    const QList<ConversationInfo> page =
        m_store->listConversations(kPageSize, m_rows.isEmpty() ? nullptr : &last);
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
        Q_EMIT countChanged();
    }
    if (page.size() < kPageSize)
        setAtEnd(true);
}

int ConversationListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

void ConversationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT atEndChanged();
    fetchMore({});
}

void ConversationListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {SectionRole});
    scheduleMidnight();
}

QString ConversationListModel::sectionFor(const QDateTime &updated, bool pinned,
                                          const QDateTime &now)
{
    if (pinned)
        return tr("Pinned");
    const QDate day = updated.toLocalTime().date();
    const qint64 days = day.daysTo(now.toLocalTime().date());
    if (days <= 0)
        return tr("Today");
    if (days == 1)
        return tr("Yesterday");
    if (days <= 7)
        return tr("Previous 7 days");
    if (days <= 30)
        return tr("Previous 30 days");
    //: Month section of the history list, e.g. "November 2026"
    return tr("%1 %2").arg(QLocale().standaloneMonthName(day.month()), QString::number(day.year()));
}

bool ConversationListModel::before(const ConversationInfo &a, const ConversationInfo &b)
{
    return std::tuple(a.pinned, a.updatedAt, a.id) > std::tuple(b.pinned, b.updatedAt, b.id);
}

int ConversationListModel::insertionRow(const ConversationInfo &info, int skipRow) const
{
    int row = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (i == skipRow)
            continue;
        if (!before(m_rows.at(i), info))
            break;
        ++row;
    }
    return row;
}

void ConversationListModel::insertSorted(const ConversationInfo &info)
{
    const int row = insertionRow(info);
    if (row == m_rows.size() && !m_atEnd)
        return; // belongs to a page not loaded yet
    beginInsertRows({}, row, row);
    m_rows.insert(row, info);
    endInsertRows();
    Q_EMIT countChanged();
}

void ConversationListModel::removeRowOf(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ConversationListModel::onChanged(qint64 id)
{
    if (!m_store)
        return;
    const std::optional<ConversationInfo> fresh = m_store->conversationInfo(id);
    const int row = rowOf(id);
    if (!fresh) {
        removeRowOf(id);
        return;
    }
    // The list does not keep the fields it does not show.
    ConversationInfo info = *fresh;
    info.systemPrompt.clear();
    info.params = {};
    if (row < 0) {
        insertSorted(info);
        return;
    }
    const int target = insertionRow(info, row); // position among the other rows
    if (target == m_rows.size() - 1 && !m_atEnd && target != row) {
        removeRowOf(id); // moved past the loaded pages: fetchMore() brings it back
        return;
    }
    const ConversationInfo old = m_rows.at(row);
    if (target != row) {
        // beginMoveRows wants the destination as a row of the list before the move.
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    m_rows[target] = info;
    QList<int> roles;
    if (old.title != info.title)
        roles << TitleRole << Qt::DisplayRole;
    if (old.titleIsGenerated != info.titleIsGenerated)
        roles << TitleGeneratedRole;
    if (old.updatedAt != info.updatedAt)
        roles << UpdatedAtRole << SectionRole;
    if (old.pinned != info.pinned)
        roles << PinnedRole << SectionRole;
    if (old.model != info.model)
        roles << ModelRole;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(target), index(target), roles);
}

void ConversationListModel::scheduleMidnight()
{
    const QDateTime now = m_clock();
    const QDateTime midnight(now.date().addDays(1), QTime(0, 0, 1));
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(midnight), 1000, 24 * 3600 * 1000)));
}

void ConversationListModel::setAtEnd(bool atEnd)
{
    if (m_atEnd == atEnd)
        return;
    m_atEnd = atEnd;
    Q_EMIT atEndChanged();
}
