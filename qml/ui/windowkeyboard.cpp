// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "windowkeyboard.h"

#include "listtaborder.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <algorithm>
#include <utility>

WindowKeyboard::WindowKeyboard(QObject *parent)
    : QObject(parent)
{}

WindowKeyboard::~WindowKeyboard()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void WindowKeyboard::setWindow(QQuickWindow *window)
{
    if (window == m_window)
        return;
    if (m_window) {
        m_window->removeEventFilter(this);
        disconnect(m_window, nullptr, this, nullptr);
    }
    m_window = window;
    if (m_window) {
        m_window->installEventFilter(this);
        connect(m_window, &QQuickWindow::activeFocusItemChanged, this,
                &WindowKeyboard::onActiveFocusItemChanged);
        // The focused control moves when its list scrolls or its page is laid out again.
        connect(m_window, &QQuickWindow::afterAnimating, this, &WindowKeyboard::updateFocusRect);
        // Layouts place items in their polish: a control focused before its list or column
        // settled is revealed once more after the next frame, where it is then.
        connect(
            m_window, &QQuickWindow::afterFrameEnd, this,
            [this] {
                if (std::exchange(m_revealAfterFrame, false)) {
                    revealFocused();
                    updateFocusRect();
                }
            },
            Qt::QueuedConnection);
    }
    updateFocusRect();
    onActiveFocusItemChanged();
    Q_EMIT windowChanged();
}

bool WindowKeyboard::isUsefulFocus(QQuickItem *item)
{
    if (!item || !item->window() || item == item->window()->contentItem() || !item->isVisible() ||
        !item->isEnabled())
        return false;
    if (item->activeFocusOnTab() || item->inherits("QQuickAbstractButton") ||
        item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit") ||
        item->inherits("QQuickPopupItem"))
        return true;
    // A list, or anything in one: a row (not a Tab stop itself), or the list's content item,
    // which keeps the focus when the focused row was rebuilt by the model (the new current
    // row takes it).
    for (QQuickItem *up = item; up; up = up->parentItem()) {
        if (up->inherits("QQuickItemView"))
            return true;
    }
    return false;
}

void WindowKeyboard::scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *view = item->parentItem(); view; view = view->parentItem()) {
        if (!view->inherits("QQuickFlickable"))
            continue;
        const QRectF rect = item->mapRectToItem(view, item->boundingRect());
        const qreal height = view->height();
        qreal by = 0;
        if (rect.height() >= height) {
            if (rect.bottom() <= 0 || rect.top() >= height)
                by = rect.top();
        } else if (rect.top() < 0) {
            by = rect.top();
        } else if (rect.bottom() > height) {
            by = rect.bottom() - height;
        }
        if (qFuzzyIsNull(by))
            continue;
        const qreal top = view->property("originY").toReal();
        const qreal bottom = top + view->property("contentHeight").toReal() - height;
        const qreal y = view->property("contentY").toReal() + by;
        view->setProperty("contentY", std::max(top, std::min(bottom, y)));
    }
}

void WindowKeyboard::revealFocused()
{
    QQuickItem *item = m_window ? m_window->activeFocusItem() : nullptr;
    if (m_keyboardActive && wantsRing(item))
        scrollIntoView(ringTarget(item));
}

void WindowKeyboard::onActiveFocusItemChanged()
{
    revealFocused();
    m_revealAfterFrame = true;
    updateFocusRect(); // where the control is once scrolled into view
    // Only looked at later: the item that had the focus may be in its destructor right now.
    if (m_watched)
        disconnect(m_watched, nullptr, this, nullptr);
    m_watched = m_window ? m_window->activeFocusItem() : nullptr;
    if (m_watched) {
        connect(m_watched, &QQuickItem::visibleChanged, this, &WindowKeyboard::checkFocusLater);
        connect(m_watched, &QQuickItem::enabledChanged, this, &WindowKeyboard::checkFocusLater);
    }
    checkFocusLater();
}

void WindowKeyboard::checkFocusLater()
{
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(this, &WindowKeyboard::checkFocus, Qt::QueuedConnection);
}

void WindowKeyboard::checkFocus()
{
    m_checkQueued = false;
    QQuickItem *item = m_window ? m_window->activeFocusItem() : nullptr;
    if (isUsefulFocus(item)) {
        m_lastUseful = item;
        m_lostSaid = false;
        return;
    }
    // Focus left on purpose for something that is still there (a popup's own item, say) is
    // not lost; focus whose control was destroyed, hidden or disabled is. Said once, until the
    // focus is somewhere useful again (a receiver that cannot place it causes no loop).
    if (m_window && m_window->isVisible() && !m_lostSaid && !isUsefulFocus(m_lastUseful)) {
        m_lastUseful.clear();
        m_lostSaid = true;
        Q_EMIT focusLost();
    }
}

QRectF WindowKeyboard::visibleSceneRect(QQuickItem *item)
{
    QRectF rect = item->mapRectToScene(item->boundingRect());
    for (QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (ancestor->clip())
            rect &= ancestor->mapRectToScene(ancestor->boundingRect());
    }
    return rect;
}

bool WindowKeyboard::wantsRing(QQuickItem *item)
{
    // Round what the focus usefully rests on (a list's rows included: a conversation, a
    // message), not round a whole popup, nor round a list's content item, which only holds the
    // focus for a moment while a row is rebuilt.
    if (!isUsefulFocus(item) || item->inherits("QQuickPopupItem"))
        return false;
    QQuickItem *parent = item->parentItem();
    return !(parent && parent->inherits("QQuickItemView") &&
             parent->property("contentItem").value<QQuickItem *>() == item);
}

bool WindowKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        switch (event->type()) {
        case QEvent::KeyPress:
            setKeyboardActive(true);
            return handleKey(static_cast<QKeyEvent *>(event));
        case QEvent::MouseButtonPress:
        case QEvent::TouchBegin:
            setKeyboardActive(false);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool WindowKeyboard::handleKey(QKeyEvent *event)
{
    QQuickItem *item = m_window->activeFocusItem();
    if (!item)
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const int key = event->key();
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && modifiers == Qt::NoModifier &&
        item->inherits("QQuickAbstractButton")) {
        // A button presses on Space (the platform theme's ButtonPressKeys): send it that.
        if (event->isAutoRepeat())
            return true;
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Space, Qt::NoModifier, QStringLiteral(" "));
        QCoreApplication::sendEvent(m_window, &press);
        QCoreApplication::sendEvent(m_window, &release);
        return true;
    }
    const bool tab = key == Qt::Key_Tab || key == Qt::Key_Backtab;
    if (!tab || (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const bool forward = key == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier);
    // In a list's row: the rows' screen order. In a text area: out of it (no tab character).
    QQuickItem *next = ListTabOrder::next(item, forward);
    if (!next && item->inherits("QQuickTextEdit"))
        next = item->nextItemInFocusChain(forward);
    if (!next)
        return false;
    if (next != item)
        next->forceActiveFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void WindowKeyboard::setKeyboardActive(bool active)
{
    if (active == m_keyboardActive)
        return;
    m_keyboardActive = active;
    Q_EMIT keyboardActiveChanged();
}

QQuickItem *WindowKeyboard::ringTarget(QQuickItem *focused)
{
    // The text field inside an editable spin box or combo box: the ring goes round the box.
    QQuickItem *parent = focused ? focused->parentItem() : nullptr;
    if (parent && parent->inherits("QQuickControl") &&
        parent->property("contentItem").value<QQuickItem *>() == focused)
        return parent;
    return focused;
}

void WindowKeyboard::updateFocusRect()
{
    QQuickItem *item = m_window ? m_window->activeFocusItem() : nullptr;
    QRectF rect;
    if (wantsRing(item))
        rect = visibleSceneRect(ringTarget(item));
    if (!rect.isValid())
        rect = QRectF();
    if (rect == m_focusRect)
        return;
    m_focusRect = rect;
    Q_EMIT focusRectChanged();
}
