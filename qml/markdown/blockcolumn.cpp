// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "blockcolumn.h"

#include <QMetaProperty>

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

void BlockColumn::setViewportTop(qreal top)
{
    if (qFuzzyCompare(top, m_viewportTop))
        return;
    m_viewportTop = top;
    viewportUpdated();
}

void BlockColumn::setViewportBottom(qreal bottom)
{
    if (qFuzzyCompare(bottom, m_viewportBottom))
        return;
    m_viewportBottom = bottom;
    viewportUpdated();
}

void BlockColumn::setCullMargin(qreal margin)
{
    if (qFuzzyCompare(margin, m_cullMargin))
        return;
    m_cullMargin = margin;
    viewportUpdated();
}

void BlockColumn::viewportUpdated()
{
    Q_EMIT viewportChanged();
    // Positions that are about to change would give the wrong range: the polish culls after
    // it has placed the children.
    if (layoutPending())
        polish();
    else
        updateShown();
}

bool BlockColumn::layoutPending() const
{
    return m_orderChanged || m_dirtyFrom < m_items.size();
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
            // Whether the children from here on are shown is no longer known.
            m_unknownFrom = std::min(m_unknownFrom, same);
            m_shownLast = std::min(m_shownLast, m_unknownFrom);
            m_shownFirst = std::min(m_shownFirst, m_shownLast);
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
        // Hidden children take no room but keep their place in the order of tops, which the
        // culling bisects.
        item->setY(y);
        if (item->isVisible())
            y += item->height();
    }
    m_dirtyFrom = m_items.size();
    setImplicitHeight(y);
    updateShown();
}

std::pair<qsizetype, qsizetype> BlockColumn::rangeNearViewport() const
{
    const qreal top = m_viewportTop - m_cullMargin;
    const qreal bottom = m_viewportBottom + m_cullMargin;
    // Tops and bottoms both grow down the column (a hidden child's bottom is its top).
    const auto bottomOf = [](const QQuickItem *item) {
        return item->isVisible() ? item->y() + item->height() : item->y();
    };
    const auto first =
        std::partition_point(m_items.cbegin(), m_items.cend(),
                             [&](const QQuickItem *item) { return bottomOf(item) < top; });
    const auto last = std::partition_point(
        first, m_items.cend(), [&](const QQuickItem *item) { return item->y() <= bottom; });
    return {first - m_items.cbegin(), last - m_items.cbegin()};
}

void BlockColumn::setShown(QQuickItem *item, bool shown)
{
    // Children without the property (the Repeater that makes them) are left alone.
    const QMetaObject *meta = item->metaObject();
    const int index = meta->indexOfProperty("shown");
    if (index >= 0)
        meta->property(index).write(item, shown);
}

void BlockColumn::updateShown()
{
    if (layoutPending())
        return;
    auto [first, last] = rangeNearViewport();
    if (last < first)
        last = first;
    // Known children: hide those that left the range, show those that entered it.
    const qsizetype known = m_unknownFrom;
    for (qsizetype i = m_shownFirst; i < m_shownLast; ++i) {
        if (i < first || i >= last)
            setShown(m_items.at(i), false);
    }
    for (qsizetype i = first; i < std::min(last, known); ++i) {
        if (i < m_shownFirst || i >= m_shownLast)
            setShown(m_items.at(i), true);
    }
    // Children added since the last pass: set each one.
    for (qsizetype i = known; i < m_items.size(); ++i)
        setShown(m_items.at(i), i >= first && i < last);
    m_shownFirst = first;
    m_shownLast = last;
    m_unknownFrom = m_items.size();
}
