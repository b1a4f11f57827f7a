// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "windowkeyboard.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>

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
                &WindowKeyboard::updateFocusRect);
        // The focused control moves when its list scrolls or its page is laid out again.
        connect(m_window, &QQuickWindow::afterAnimating, this, &WindowKeyboard::updateFocusRect);
    }
    updateFocusRect();
    Q_EMIT windowChanged();
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
    if (!item || !item->isVisible() || !item->isEnabled() || !item->window() ||
        item == item->window()->contentItem())
        return false;
    return item->activeFocusOnTab() || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit") || item->inherits("QQuickItemView");
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
    if (tab && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) &&
        item->inherits("QQuickTextEdit")) {
        const bool forward = key == Qt::Key_Tab && !(modifiers & Qt::ShiftModifier);
        QQuickItem *next = item->nextItemInFocusChain(forward);
        if (next && next != item)
            next->forceActiveFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
    return false;
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
