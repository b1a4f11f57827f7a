// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "listtaborder.h"

#include <QQuickItem>

#include <algorithm>

namespace {

bool isTabStop(const QQuickItem *item)
{
    return item->isVisible() && item->isEnabled() && item->activeFocusOnTab();
}

/** The Tab stops in @p item and below it, in Qt's order within one row. */
void collect(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible())
        return;
    if (isTabStop(item))
        out.append(item);
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, out);
}

bool contains(const QQuickItem *outer, const QQuickItem *item)
{
    for (; item; item = item->parentItem()) {
        if (item == outer)
            return true;
    }
    return false;
}

/** The first Tab stop after @p view and everything in it. */
QQuickItem *after(QQuickItem *view)
{
    QQuickItem *item = view;
    for (int guard = 0; guard < 10000; ++guard) {
        item = item->nextItemInFocusChain(true);
        if (!item || item == view)
            return nullptr;
        if (!contains(view, item))
            return item;
    }
    return nullptr;
}

} // namespace

namespace ListTabOrder {

QQuickItem *next(QQuickItem *focused, bool forward)
{
    QQuickItem *view = nullptr;
    QQuickItem *row = nullptr;
    for (QQuickItem *up = focused; up; up = up->parentItem()) {
        if (up->inherits("QQuickItemView")) {
            view = up;
            break;
        }
    }
    if (!view)
        return nullptr;
    auto *content = view->property("contentItem").value<QQuickItem *>();
    for (QQuickItem *up = focused; up && up != view; up = up->parentItem()) {
        if (up->parentItem() == content) {
            row = up;
            break;
        }
    }
    if (!content || !row)
        return nullptr; // the list itself has the focus

    QList<QQuickItem *> rows = content->childItems();
    rows.removeIf([](const QQuickItem *item) { return !item->isVisible(); });
    std::stable_sort(rows.begin(), rows.end(),
                     [](const QQuickItem *a, const QQuickItem *b) { return a->y() < b->y(); });
    QList<QQuickItem *> stops;
    QList<qsizetype> rowOf; // for each stop, its row's index in rows
    for (qsizetype r = 0; r < rows.size(); ++r) {
        collect(rows.at(r), stops);
        rowOf.resize(stops.size(), r);
    }
    const qsizetype rowIndex = rows.indexOf(row);
    qsizetype at = stops.indexOf(focused);
    if (at < 0) {
        // The row itself (the list's current row): Tab goes into it, Shift+Tab leaves the list.
        if (!forward)
            return view->nextItemInFocusChain(false);
        const auto first =
            std::find_if(rowOf.cbegin(), rowOf.cend(), [&](qsizetype r) { return r >= rowIndex; });
        return first == rowOf.cend() ? after(view) : stops.at(first - rowOf.cbegin());
    }
    at += forward ? 1 : -1;
    if (at >= stops.size())
        return after(view);
    if (at < 0) // before the first row's first stop: the list (its current row)
        return isTabStop(view) ? view : view->nextItemInFocusChain(false);
    return stops.at(at);
}

} // namespace ListTabOrder
