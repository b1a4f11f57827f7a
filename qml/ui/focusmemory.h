// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqml.h>

/**
 * @brief Where the focus was before a page or panel took it, to put it back when that closes.
 *
 * save() remembers an item; restore() focuses it again (with the Tab reason, so the focus ring
 * shows) if it still exists and can take focus, and otherwise says so, for the caller to
 * choose a fallback. The item is watched: one that was destroyed meanwhile is never touched.
 */
class FocusMemory : public QObject
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit FocusMemory(QObject *parent = nullptr);

    Q_INVOKABLE void save(QQuickItem *item);
    /** Focuses the saved item; false (nothing done) when there is none or it cannot take focus:
     * destroyed, hidden, disabled or out of its window. */
    Q_INVOKABLE bool restore();
    /** Whether @p item could take the focus now. */
    static bool canTakeFocus(const QQuickItem *item);

private:
    QPointer<QQuickItem> m_item;
};
