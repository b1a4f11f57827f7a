// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationstore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <functional>

/**
 * @brief The conversation list of the history panel: pinned first, then newest first.
 *
 * Pages of kPageSize rows come from the store through canFetchMore()/fetchMore() (keyset
 * paging, so the 100th page costs what the first does). Store changes update single rows:
 * a renamed or pinned conversation changes in place or moves, a new one is inserted, a
 * deleted one removed; rows beyond the loaded pages are left to fetchMore(). The section role
 * groups rows as Pinned, Today, Yesterday, Previous 7 days, Previous 30 days, then by month;
 * it is refreshed at midnight.
 */
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    /** True when every conversation is loaded. */
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY atEndChanged FINAL)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1, /**< qint64: the conversation id */
        TitleRole,                 /**< QString: the title (may be empty: "New chat") */
        UpdatedAtRole,             /**< QDateTime: last activity */
        PinnedRole,                /**< bool */
        SectionRole,               /**< QString: the group label shown as a section header */
        ModelRole,                 /**< QString: the model the conversation uses */
        TitleGeneratedRole,        /**< bool: the title was generated, not typed */
    };
    Q_ENUM(Roles)

    static constexpr int kPageSize = 100;
    using Clock = std::function<QDateTime()>;

    explicit ConversationListModel(ConversationStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool atEnd() const { return m_atEnd; }
    /** The row of conversation @p id, or -1 if it is not loaded. */
    Q_INVOKABLE int rowOf(qint64 id) const;
    /** Drops the loaded rows and loads the first page again (e.g. after an import). */
    Q_INVOKABLE void reload();
    /** For tests: the time sections are computed against. */
    void setClock(Clock clock);

    /** The section label of a conversation updated at @p updated, seen at @p now. */
    static QString sectionFor(const QDateTime &updated, bool pinned, const QDateTime &now);

Q_SIGNALS:
    void countChanged();
    void atEndChanged();

private:
    /** Whether @p a is listed before @p b. */
    static bool before(const ConversationInfo &a, const ConversationInfo &b);
    /** Where @p info belongs among the loaded rows (ignoring @p skipRow). */
    int insertionRow(const ConversationInfo &info, int skipRow = -1) const;
    void insertSorted(const ConversationInfo &info);
    void removeRowOf(qint64 id);
    void onChanged(qint64 id);
    void scheduleMidnight();
    void setAtEnd(bool atEnd);

    QPointer<ConversationStore> m_store;
    QList<ConversationInfo> m_rows;
    Clock m_clock;
    QTimer m_midnight;
    bool m_atEnd = false;
};
