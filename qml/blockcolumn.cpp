// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "blockcolumn.h"

#include <algorithm>

BlockColumn::BlockColumn(QQuickItem *parent)
    : QQuickItem(parent)
{}

BlockColumn::~BlockColumn()
{
    // ~QQuickItem hides and unparents the children, which would call back into a column that
    // is no longer one.
    const QList<QQuickItem *> children = childItems();
    for (QQuickItem *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void BlockColumn::itemChange(ItemChange change, const ItemChangeData &value)
{
    if (change == ItemChildAddedChange) {
        QQuickItem *child = value.item;
        connect(child, &QQuickItem::heightChanged, this, [this, child] { childChanged(child); });
        connect(child, &QQuickItem::visibleChanged, this, [this, child] { childChanged(child); });
        m_orderChanged = true;
        polish();
    } else if (change == ItemChildRemovedChange) {
        disconnect(value.item, nullptr, this, nullptr);
        m_index.remove(value.item);
        m_orderChanged = true;
        polish();
    }
    QQuickItem::itemChange(change, value);
}

void BlockColumn::childChanged(QQuickItem *child)
{
    const auto it = m_index.constFind(child);
    if (it == m_index.cend())
        m_orderChanged = true; // not positioned yet
    else
        invalidateFrom(it.value());
    polish();
}

void BlockColumn::invalidateFrom(qsizetype index)
{
    m_dirtyFrom = std::min(m_dirtyFrom, index);
}

void BlockColumn::updatePolish()
{
    if (m_orderChanged) {
        // Children were added, removed or restacked (a Repeater inserting in the middle):
        // position from the first place where the order differs. Comparing pointer lists is
        // cheap next to positioning.
        const QList<QQuickItem *> items = childItems();
        qsizetype same = 0;
        const qsizetype common = std::min(items.size(), m_items.size());
        while (same < common && items.at(same) == m_items.at(same))
            ++same;
        if (same < items.size() || items.size() != m_items.size()) {
            for (qsizetype i = same; i < items.size(); ++i)
                m_index.insert(items.at(i), i);
            m_items = items;
            invalidateFrom(same);
        }
        m_orderChanged = false;
    }
    if (m_dirtyFrom > m_items.size())
        m_dirtyFrom = m_items.size();
    // The top of the first child to place: below the nearest visible child above it.
    qreal y = 0;
    for (qsizetype i = m_dirtyFrom - 1; i >= 0; --i) {
        const QQuickItem *above = m_items.at(i);
        if (above->isVisible()) {
            y = above->y() + above->height();
            break;
        }
    }
    for (qsizetype i = m_dirtyFrom; i < m_items.size(); ++i) {
        QQuickItem *item = m_items.at(i);
        if (!item->isVisible())
            continue;
        item->setY(y);
        y += item->height();
    }
    m_dirtyFrom = m_items.size();
    setImplicitHeight(y);
}
