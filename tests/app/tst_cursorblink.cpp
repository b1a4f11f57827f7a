// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// The text cursor stops blinking after a while without input and blinks again on input.
#include "cursorblink.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QStyleHints>
#include <QTest>
#include <QWindow>

using namespace std::chrono_literals;

class TestCursorBlink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void stopsAfterTheTimeoutAndBlinksAgainOnInput();
    void inputPostponesTheStop();
    void leavesADesktopWithoutBlinkingAlone();

private:
    int m_desktopFlashTime = 0;
};

void TestCursorBlink::init()
{
    if (m_desktopFlashTime == 0)
        m_desktopFlashTime = QGuiApplication::styleHints()->cursorFlashTime();
    QVERIFY(m_desktopFlashTime > 0);
    QGuiApplication::styleHints()->setCursorFlashTime(m_desktopFlashTime);
}

void TestCursorBlink::stopsAfterTheTimeoutAndBlinksAgainOnInput()
{
    QStyleHints *hints = QGuiApplication::styleHints();
    QSignalSpy flash(hints, &QStyleHints::cursorFlashTimeChanged);
    {
        CursorBlinkTimeout blink(100ms);
        QVERIFY(blink.isBlinking());
        QTRY_VERIFY(!blink.isBlinking());
        QCOMPARE(hints->cursorFlashTime(), 0); // Qt's text items: always on, no timer
        QCOMPARE(flash.count(), 1);

        QWindow window;
        window.resize(100, 100);
        QTest::keyClick(&window, Qt::Key_A);
        QVERIFY(blink.isBlinking());
        QCOMPARE(hints->cursorFlashTime(), m_desktopFlashTime);
        QTRY_VERIFY(!blink.isBlinking());
        QTest::mouseClick(&window, Qt::LeftButton, {}, QPoint(10, 10));
        QVERIFY(blink.isBlinking());
        QTRY_VERIFY(!blink.isBlinking());
    }
    // Gone: the desktop's flash time is back.
    QCOMPARE(hints->cursorFlashTime(), m_desktopFlashTime);
}

void TestCursorBlink::inputPostponesTheStop()
{
    CursorBlinkTimeout blink(1000ms);
    QWindow window;
    QElapsedTimer typing;
    typing.start();
    // Typing for longer than the timeout keeps the cursor blinking.
    while (typing.elapsed() < 1500) {
        QTest::keyClick(&window, Qt::Key_B);
        QTest::qWait(50);
        QVERIFY(blink.isBlinking());
    }
    QTRY_VERIFY(!blink.isBlinking());
}

void TestCursorBlink::leavesADesktopWithoutBlinkingAlone()
{
    QStyleHints *hints = QGuiApplication::styleHints();
    hints->setCursorFlashTime(0);
    {
        CursorBlinkTimeout blink(10ms);
        QWindow window;
        QTest::keyClick(&window, Qt::Key_A);
        QTest::qWait(50); // past the timeout: nothing may have been started
        QCOMPARE(hints->cursorFlashTime(), 0);
    }
    QCOMPARE(hints->cursorFlashTime(), 0);
}

QTEST_MAIN(TestCursorBlink)
#include "tst_cursorblink.moc"
