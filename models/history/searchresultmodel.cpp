// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "searchresultmodel.h"

#include <QDateTime>
#include <QVariantMap>

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(ConversationStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchResultModel::searchNow);
    // Results of deleted, restored or renamed conversations change: search again.
    const auto again = [this] {
        if (!m_query.trimmed().isEmpty() && !m_debounce.isActive()) {
            m_debounce.start();
            Q_EMIT pendingChanged();
        }
    };
    connect(store, &ConversationStore::conversationRemoved, this, again);
    connect(store, &ConversationStore::conversationRestored, this, again);
    connect(store, &ConversationStore::conversationChanged, this, again);
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case Qt::DisplayRole:
    case TitleRole:
        return hit.title;
    case SnippetRole:
        return hit.snippet;
    case UpdatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(hit.updatedAt);
    case TitleHitRole:
        return hit.messageId == 0;
    case HighlightsRole: {
        QVariantList ranges;
        ranges.reserve(hit.highlights.size());
        for (const TextRange &r : hit.highlights)
            ranges.append(QVariantMap{{u"offset"_s, r.offset}, {u"length"_s, r.length}});
        return ranges;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {MessageIdRole, "messageId"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"},
            {UpdatedAtRole, "updatedAt"},
            {TitleHitRole, "titleHit"},
            {HighlightsRole, "highlights"}};
}

void SearchResultModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    if (query.trimmed().isEmpty()) {
        m_debounce.stop();
        searchNow();
    } else {
        m_debounce.start();
    }
    Q_EMIT pendingChanged();
}

void SearchResultModel::searchNow()
{
    const bool wasPending = m_debounce.isActive();
    m_debounce.stop();
    QList<SearchHit> hits;
    if (m_store && m_store->isOpen())
        hits = m_store->search(m_query, kLimit);
    if (!hits.isEmpty() || !m_hits.isEmpty()) {
        beginResetModel();
        m_hits = std::move(hits);
        endResetModel();
        Q_EMIT countChanged();
    }
    if (wasPending)
        Q_EMIT pendingChanged();
}
