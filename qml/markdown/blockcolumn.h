// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QQuickItem>

#include <utility>

/**
 * @brief A column for the many blocks of a long answer, of which usually only the last grows.
 *
 * Stacks its visible children top to bottom like Column, but when a child's height or
 * visibility changes it repositions only that child and the ones below it. Qt's Column
 * repositions every child on any change, so a growing last block would cost more the more
 * blocks sit above it.
 *
 * It also culls: a child whose box lies outside the viewport (plus a margin) gets its `shown`
 * property set to false, and back to true when it comes near. Blocks keep their size while
 * they are not shown, so the layout never moves; they only leave the scene graph, which keeps
 * every frame as cheap at the end of a long answer as at its start. The column finds the
 * visible range by bisection and touches only the children that enter or leave it, so a
 * scroll step does not cost more when there are more blocks.
 */
class BlockColumn : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT
    /// The visible part of the view, in this item's coordinates. The default shows everything.
    Q_PROPERTY(qreal viewportTop READ viewportTop WRITE setViewportTop NOTIFY viewportChanged)
    Q_PROPERTY(
        qreal viewportBottom READ viewportBottom WRITE setViewportBottom NOTIFY viewportChanged)
    /// How far outside the viewport children are still shown, in pixels.
    Q_PROPERTY(qreal cullMargin READ cullMargin WRITE setCullMargin NOTIFY viewportChanged)

public:
    explicit BlockColumn(QQuickItem *parent = nullptr);
    ~BlockColumn() override;

    qreal viewportTop() const { return m_viewportTop; }
    void setViewportTop(qreal top);
    qreal viewportBottom() const { return m_viewportBottom; }
    void setViewportBottom(qreal bottom);
    qreal cullMargin() const { return m_cullMargin; }
    void setCullMargin(qreal margin);

Q_SIGNALS:
    void viewportChanged();

protected:
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void updatePolish() override;

private:
    void childChanged(QQuickItem *child);
    void invalidateFrom(qsizetype index);
    void viewportUpdated();
    bool layoutPending() const;
    // Shows the children near the viewport and hides the rest, touching only those that change.
    void updateShown();
    // The half-open range [first, last) of children near the viewport.
    std::pair<qsizetype, qsizetype> rangeNearViewport() const;
    static void setShown(QQuickItem *item, bool shown);

    QList<QQuickItem *> m_items; // the children in stacking order, as last positioned
    QHash<QQuickItem *, qsizetype> m_index;
    qsizetype m_dirtyFrom = 0; // children from here on need positions; m_items.size(): none
    bool m_orderChanged = true;
    qreal m_viewportTop = -1e9;
    qreal m_viewportBottom = 1e9;
    qreal m_cullMargin = 100;
    // Children before m_unknownFrom are shown exactly when in [m_shownFirst, m_shownLast);
    // those from m_unknownFrom on were added or moved since the last pass (a new block starts
    // shown) and are set one by one on the next.
    qsizetype m_shownFirst = 0;
    qsizetype m_shownLast = 0;
    qsizetype m_unknownFrom = 0;
};
