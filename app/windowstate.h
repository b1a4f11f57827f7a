// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QSettings;
class QWindow;

/**
 * @brief Remembers a window's size, position and maximised state between runs.
 *
 * Restores them when attached (a position is only used if it is still on a screen) and writes
 * them to the settings when the window closes or the application quits.
 */
class WindowState : public QObject
{
    Q_OBJECT

public:
    WindowState(QSettings *settings, QObject *parent = nullptr);

    /** Restores the saved state into @p window, shows it and starts tracking it. */
    void attach(QWindow *window);
    /** Writes the current state now. */
    void save();

private:
    QSettings *m_settings;
    QPointer<QWindow> m_window;
};
