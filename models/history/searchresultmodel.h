// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

/**
 * @brief Search results of the history panel: title hits, then message hits newest first.
 *
 * Setting query searches after a short pause in typing (kDebounceMs), or at once through
 * searchNow(). A row holds plain text and where the query's words are in it; the view
 * draws the highlighting.
 */
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    /** True while a typed query waits for its search. */
    Q_PROPERTY(bool pending READ isPending NOTIFY pendingChanged FINAL)

public:
    enum Roles {
        ConversationIdRole = Qt::UserRole + 1, /**< qint64 */
        MessageIdRole,                         /**< qint64: the hit message, 0 for a title hit */
        TitleRole,                             /**< QString: the conversation's title (plain) */
        SnippetRole,   /**< QString: plain text; the title for a title hit, else around the hit */
        UpdatedAtRole, /**< QDateTime */
        TitleHitRole,  /**< bool: the title matched, not a message */
        /** QVariantList of {offset, length} maps: the hits in the snippet (UTF-16 indices, as
         * in JavaScript strings), in order, not overlapping. */
        HighlightsRole,
    };
    Q_ENUM(Roles)

    static constexpr int kDebounceMs = 150;
    static constexpr int kLimit = 100;

    explicit SearchResultModel(ConversationStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool isPending() const { return m_debounce.isActive(); }
    /** Runs the search for the current query now. */
    Q_INVOKABLE void searchNow();

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void pendingChanged();

private:
    QPointer<ConversationStore> m_store;
    QList<SearchHit> m_hits;
    QString m_query;
    QTimer m_debounce;
};
