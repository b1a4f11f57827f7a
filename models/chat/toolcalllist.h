// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "streamtypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QTimer>

/**
 * @brief The tool calls of one answer, as the cards under it show them, one row per call.
 *
 * applyDelta() only updates the call and starts a throttle timer (50 ms by default, at most 20
 * updates a second); the timer emits dataChanged for the calls that changed. A new call is
 * inserted at once. While the answer streams, a call's arguments are shown as their last
 * kPreviewChars characters, so neither a delta nor an update costs more as the arguments grow
 * (a code-writing tool can send tens of kilobytes). finish() shows them whole, indented once
 * when they are a JSON object or array.
 */
class ToolCallList : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    /** Characters of the arguments shown while they stream (the newest ones). */
    static constexpr qsizetype kPreviewChars = 2000;

    enum Roles {
        NameRole = Qt::UserRole + 1, /**< QString: the tool's name */
        ArgumentsRole,               /**< QString: the arguments as shown (see the class) */
        CompleteRole,                /**< bool: the call is complete (finish()) */
        CallIdRole,                  /**< QString: the provider's id of the call */
    };
    Q_ENUM(Roles)

    explicit ToolCallList(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Replaces the calls; @p complete as after finish(). */
    void setCalls(const QList<ToolCall> &calls, bool complete);
    /** Adds a streamed fragment (see ::applyToolCallDelta); shown throttled. */
    void applyDelta(const ToolCallDelta &delta);
    /** The calls are complete: shows every argument whole, pretty-printed, now. */
    void finish();
    /** Shows pending changes now. */
    void flush();

    const QList<ToolCall> &calls() const { return m_calls; }
    bool isComplete() const { return m_complete; }

    /** Milliseconds between updates while arguments stream in (default 50). */
    int throttleInterval() const { return m_timer.interval(); }
    void setThrottleInterval(int ms) { m_timer.setInterval(ms); }

    /**
     * @p json indented for reading, keys in their original order; @p json unchanged when it is
     * not a complete JSON object or array (tool arguments still streaming, or invalid).
     */
    static QString prettyJson(const QString &json);
    /** The end of @p arguments that a streaming call shows: at most kPreviewChars, "…" first
     * when cut. */
    static QString preview(const QString &arguments);

Q_SIGNALS:
    void countChanged();

private:
    // Fills m_pretty from m_calls.
    void prettifyAll();

    QList<ToolCall> m_calls;
    QList<QString> m_pretty; // when complete: the shown arguments of each call
    qsizetype m_dirtyFirst = -1;
    qsizetype m_dirtyLast = -1;
    bool m_complete = false;
    QTimer m_timer;
};
