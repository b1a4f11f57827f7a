// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

/**
 * @brief Stops text cursors blinking after a while without input, as GTK desktops do by default
 * (gtk-cursor-blink-timeout, 10 seconds).
 *
 * A blinking cursor redraws the window twice a second for as long as the window has focus,
 * which keeps an idle Confab drawing (and waking the GPU, or a core without one) forever. After
 * @c timeout without a key press, click, touch or focus change the cursor stays on, drawn and
 * still; the next such input makes it blink again. When the desktop does not blink cursors at all
 * (a flash time of 0), nothing changes.
 *
 * Works through QStyleHints::cursorFlashTime, which every Qt Quick text field follows, so it
 * needs no change in QML.
 */
class CursorBlinkTimeout : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{10'000};

    /** Watches the application's input from now on; blinking stops after @p timeout. */
    explicit CursorBlinkTimeout(std::chrono::milliseconds timeout = kDefaultTimeout,
                                QObject *parent = nullptr);
    ~CursorBlinkTimeout() override;

    /** False while the cursor is held still (after the timeout). */
    bool isBlinking() const { return m_blinking; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void inputSeen();
    void stopBlinking();

    QTimer m_timer;
    int m_flashTime = 0; // the desktop's flash time, restored on input
    bool m_blinking = true;
};
