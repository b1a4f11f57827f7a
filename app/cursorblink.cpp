// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "cursorblink.h"

#include <QEvent>
#include <QGuiApplication>
#include <QStyleHints>

CursorBlinkTimeout::CursorBlinkTimeout(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_flashTime(QGuiApplication::styleHints()->cursorFlashTime())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &CursorBlinkTimeout::stopBlinking);
    if (m_flashTime <= 0)
        return; // the desktop does not blink cursors
    qApp->installEventFilter(this);
    m_timer.start();
}

CursorBlinkTimeout::~CursorBlinkTimeout()
{
    if (!m_blinking)
        QGuiApplication::styleHints()->setCursorFlashTime(m_flashTime);
}

bool CursorBlinkTimeout::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::TouchBegin:
    case QEvent::InputMethod:
    case QEvent::FocusIn:
        inputSeen();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void CursorBlinkTimeout::inputSeen()
{
    m_timer.start();
    if (m_blinking)
        return;
    m_blinking = true;
    QGuiApplication::styleHints()->setCursorFlashTime(m_flashTime);
}

void CursorBlinkTimeout::stopBlinking()
{
    m_blinking = false;
    // A flash time of 0 means "always on, never blink" to Qt's text items.
    QGuiApplication::styleHints()->setCursorFlashTime(0);
}
