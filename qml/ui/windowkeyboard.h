// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QKeyEvent>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>
#include <QtQml/qqml.h>

/**
 * @brief What a window does for keyboard users that Qt Quick Controls 6.4 leaves out.
 *
 * - Enter and Return press the focused button (Qt only binds Space, except under GNOME).
 * - Tab and Shift+Tab leave a multi-line text field (TextArea and TextEdit type a tab
 *   character instead); Ctrl+Tab is left to the field. In a list's rows they follow the rows'
 *   order on screen (ListTabOrder).
 * - Where the focus ring goes: focusRect is the visible part of the focused control, in the
 *   window's coordinates, and keyboardActive says whether the keyboard was used last (a
 *   press of the mouse hides the ring, a key shows it again).
 * - A control the keyboard focuses inside a list or scrolled view is scrolled into view (Qt
 *   leaves a Tabbed-to button of an answer scrolled away below the list's edge).
 * - focusLost() when the focused control went away (destroyed, hidden or disabled) and the
 *   focus was left nowhere useful (Qt 6.4 even leaves it on a hidden item, where typing
 *   still goes): the window then puts it somewhere sensible.
 *
 * One per window: `WindowKeyboard { window: root }`.
 */
class WindowKeyboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QQuickWindow *window READ window WRITE setWindow NOTIFY windowChanged FINAL)
    /** True after a key press, false after a mouse or touch press. */
    Q_PROPERTY(bool keyboardActive READ isKeyboardActive NOTIFY keyboardActiveChanged FINAL)
    /** The visible part of the focused control (window coordinates); empty when no control
     * has focus or it cannot be seen. */
    Q_PROPERTY(QRectF focusRect READ focusRect NOTIFY focusRectChanged FINAL)

public:
    explicit WindowKeyboard(QObject *parent = nullptr);
    ~WindowKeyboard() override;

    QQuickWindow *window() const { return m_window; }
    void setWindow(QQuickWindow *window);
    bool isKeyboardActive() const { return m_keyboardActive; }
    QRectF focusRect() const { return m_focusRect; }

    /** The part of @p item that is not clipped away by an ancestor, in scene coordinates. */
    static QRectF visibleSceneRect(QQuickItem *item);
    /** Whether the focus ring should be drawn around @p item when it has focus. */
    static bool wantsRing(QQuickItem *item);
    /** What the ring goes round when @p focused has the focus: the control, when @p focused is
     * the text field inside it (an editable spin box or combo box). */
    static QQuickItem *ringTarget(QQuickItem *focused);
    /** Scrolls every view around @p item (inner first) so that it is in view: the least
     * distance, or to its top when it is taller than the view. */
    static void scrollIntoView(QQuickItem *item);
    /** Whether @p item is a useful place for the focus: a visible, enabled control, text field,
     * list (or anything in one) or open popup; not a page, pane or the window itself. */
    static bool isUsefulFocus(QQuickItem *item);

Q_SIGNALS:
    void windowChanged();
    void keyboardActiveChanged();
    void focusRectChanged();
    /** The focused control went away and left the focus nowhere useful. */
    void focusLost();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(QKeyEvent *event);
    void setKeyboardActive(bool active);
    void updateFocusRect();
    void onActiveFocusItemChanged();
    void revealFocused();
    void checkFocusLater();
    void checkFocus();

    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_watched; // the focused item, for its visible and enabled changes
    QPointer<QQuickItem> m_lastUseful;
    bool m_checkQueued = false;
    bool m_revealAfterFrame = false; // the focused control is scrolled into view again then
    bool m_lostSaid = false;
    bool m_keyboardActive = false;
    QRectF m_focusRect;
};
