// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

class QQuickItem;

/**
 * @brief Tab order inside a list in the order the rows are on screen.
 *
 * Qt Quick tabs through items in the order they were made, and a list makes its rows as they
 * scroll into view: after scrolling up, an answer's buttons came before its question's. Inside
 * a list's row, Tab goes through the row's own Tab stops, then the next row's below it; past
 * the last row it leaves the list.
 */
namespace ListTabOrder {

/** Where Tab (@p forward) or Shift+Tab goes from @p focused when it is in a list's row; null
 * when it is not (Qt's own order is right then). */
QQuickItem *next(QQuickItem *focused, bool forward);

} // namespace ListTabOrder
