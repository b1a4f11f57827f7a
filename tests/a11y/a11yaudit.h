// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QQuickWindow;

/**
 * @brief Checks a window's accessibility tree (what a screen reader reads) and its Tab chain
 * (what a keyboard reaches).
 *
 * The tree is only faithful while accessibility is active, which takes a real platform (xcb on
 * Xvfb) and an AT-SPI bus: activate() starts one. Under offscreen Qt Quick Controls leave
 * their names out, so the checks would pass or fail for the wrong reasons.
 */
namespace A11yAudit {

/** Asks the session bus for the accessibility bus (which starts it) and waits until Qt's
 * accessibility is active. False without a session bus or on a platform without AT-SPI. */
bool activate();

/**
 * What a screen reader or keyboard user would trip over in @p window as it is now, one line
 * each (empty: nothing). Checked on every node that is not invisible:
 *  - an interactive control (button, field, list item, tab, …) or list, dialog or menu without
 *    a name; a name with a glyph such as ▾ or ⋯ in it;
 *  - a control whose visible label is not part of its name;
 *  - a disabled control reported enabled (Qt 6.4 cannot report it: the control must then say
 *    "Unavailable" in its description);
 *  - a control that takes focus but cannot be seen: covered by a page drawn over it, or
 *    transparent; and every item on the Tab chain must be visible and uncovered;
 *  - the focus on a hidden item (keys would go where nobody sees them).
 */
QStringList problems(QQuickWindow *window);

/** The tree as indented lines: role 'name' [states] (for failure messages and reports). */
QString dump(QQuickWindow *window);

/** The items Tab visits from the focused item, as "role 'name'" (at most @p limit). */
QStringList tabChain(QQuickWindow *window, int limit = 200);

} // namespace A11yAudit
