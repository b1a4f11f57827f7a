// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QQuickItem>

/**
 * @brief A column for the many blocks of a long answer, of which usually only the last grows.
 *
 * Stacks its visible children top to bottom like Column, but when a child's height or
 * visibility changes it repositions only that child and the ones below it. Qt's Column
 * repositions every child on any change, so a growing last block would cost more the more
 * blocks sit above it.
 */
class BlockColumn : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit BlockColumn(QQuickItem *parent = nullptr);
    ~BlockColumn() override;

protected:
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void updatePolish() override;

private:
    void childChanged(QQuickItem *child);
    void invalidateFrom(qsizetype index);

    QList<QQuickItem *> m_items; // the children in stacking order, as last positioned
    QHash<QQuickItem *, qsizetype> m_index;
    qsizetype m_dirtyFrom = 0; // children from here on need positions; m_items.size(): none
    bool m_orderChanged = true;
};
