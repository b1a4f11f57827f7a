// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "windowstate.h"

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWindow>

using namespace Qt::StringLiterals;

WindowState::WindowState(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    connect(qApp, &QGuiApplication::aboutToQuit, this, &WindowState::save);
}

void WindowState::attach(QWindow *window)
{
    m_window = window;
    if (!window)
        return;
    const QRect saved = m_settings->value(u"window/geometry"_s).toRect();
    if (saved.isValid() && saved.width() >= window->minimumWidth() &&
        saved.height() >= window->minimumHeight()) {
        // A position on a screen that is gone (a detached monitor) is dropped, not used.
        if (QGuiApplication::screenAt(saved.center()))
            window->setGeometry(saved);
        else
            window->resize(saved.size());
    }
    if (m_settings->value(u"window/maximized"_s).toBool())
        window->showMaximized();
    else
        window->show();
    connect(window, &QWindow::visibleChanged, this, [this](bool visible) {
        if (!visible)
            save();
    });
}

void WindowState::save()
{
    if (!m_window)
        return;
    const bool maximized = m_window->windowStates() & Qt::WindowMaximized;
    m_settings->setValue(u"window/maximized"_s, maximized);
    // The normal geometry is kept while maximised, so un-maximising next time restores it.
    if (!maximized && !(m_window->windowStates() & Qt::WindowFullScreen))
        m_settings->setValue(u"window/geometry"_s, m_window->geometry());
    m_settings->sync();
}
