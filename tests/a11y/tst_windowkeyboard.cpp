// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// WindowKeyboard: Enter presses the focused button, Tab leaves a text area, and where the
// focus ring goes. FocusMemory: the focus goes back where it was, never to a vanished item.
#include "focusmemory.h"
#include "windowkeyboard.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QByteArray kScene = R"(
import QtQuick
import QtQuick.Controls
import Confab.Ui
ApplicationWindow {
    id: window
    width: 400; height: 300
    visible: true
    property alias keyboard: keyboard
    WindowKeyboard { id: keyboard; window: window }
    Column {
        Button { objectName: "button"; property int clicks: 0; text: "Press"; onClicked: clicks++ }
        CheckBox { objectName: "check"; text: "Tick" }
        TextArea { objectName: "area"; width: 200; height: 60 }
        TextField { objectName: "field"; width: 200 }
        Flickable {
            objectName: "flick"; width: 200; height: 30; clip: true
            contentHeight: 100
            Button { objectName: "tall"; height: 100; text: "Tall" }
        }
        Button { objectName: "gone"; text: "Gone" }
        SpinBox { objectName: "spin"; editable: true }
        ListView {
            objectName: "rows"; width: 200; height: 60; model: 3
            delegate: ItemDelegate { objectName: "row" + index; text: "Row " + index; width: 200 }
        }
        Flickable {
            objectName: "scroller"; width: 200; height: 50; clip: true
            contentHeight: 300
            Button { objectName: "near"; text: "Near" }
            Button { objectName: "far"; y: 200; text: "Far" }
        }
        Button { objectName: "popupOpener"; text: "Open"; onClicked: popup.open() }
    }
    Popup {
        id: popup
        objectName: "popup"
        focus: true
        Label { text: "In a popup" }
    }
}
)";
} // namespace

class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enterPressesTheFocusedButton();
    void tabLeavesATextArea();
    void focusRingFollowsTheKeyboard();
    void focusMemoryNeverFocusesAVanishedItem();
    void focusLostWhenTheFocusedControlGoes();
    void keyboardFocusScrollsIntoView();

private:
    QQuickItem *item(const char *name) const
    {
        return m_window->findChild<QQuickItem *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

void TestWindowKeyboard::init()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    m_engine->loadData(kScene);
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestWindowKeyboard::cleanup()
{
    m_engine.reset();
    m_window = nullptr;
}

void TestWindowKeyboard::enterPressesTheFocusedButton()
{
    QQuickItem *button = item("button");
    button->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(button->property("clicks").toInt(), 1);
    QTest::keyClick(m_window, Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(button->property("clicks").toInt(), 2);
    QTest::keyClick(m_window, Qt::Key_Space); // as before
    QCOMPARE(button->property("clicks").toInt(), 3);
    QTest::keyClick(m_window, Qt::Key_Return, Qt::ControlModifier); // a shortcut, not a press
    QCOMPARE(button->property("clicks").toInt(), 3);

    QQuickItem *check = item("check");
    check->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Return);
    QVERIFY(check->property("checked").toBool());

    // Enter in a text field is the field's own (accepted), not a button press.
    item("field")->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Return);
    QCOMPARE(button->property("clicks").toInt(), 3);
}

void TestWindowKeyboard::tabLeavesATextArea()
{
    QQuickItem *area = item("area");
    area->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_A);
    QTest::keyClick(m_window, Qt::Key_B);
    QTest::keyClick(m_window, Qt::Key_Tab);
    QCOMPARE(area->property("text").toString(), u"ab"_s); // no tab character
    QVERIFY(item("field")->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(area->hasActiveFocus());
    QTest::keyClick(m_window, Qt::Key_Backtab, Qt::ShiftModifier);
    QVERIFY(item("check")->hasActiveFocus());

    // Ctrl+Tab stays with the field.
    area->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(area->hasActiveFocus());
}

void TestWindowKeyboard::focusRingFollowsTheKeyboard()
{
    auto *keyboard = m_window->property("keyboard").value<WindowKeyboard *>();
    QVERIFY(keyboard);
    QQuickItem *button = item("button");
    button->forceActiveFocus(Qt::TabFocusReason);
    QCOMPARE(keyboard->focusRect(), button->mapRectToScene(button->boundingRect()));

    QTest::keyClick(m_window, Qt::Key_Shift);
    QVERIFY(keyboard->isKeyboardActive());
    QTest::mousePress(m_window, Qt::LeftButton, {}, QPoint(390, 290));
    QTest::mouseRelease(m_window, Qt::LeftButton, {}, QPoint(390, 290));
    QVERIFY(!keyboard->isKeyboardActive());
    QTest::keyClick(m_window, Qt::Key_Tab);
    QVERIFY(keyboard->isKeyboardActive());

    // Only the part of the control its scrolled parent shows.
    QQuickItem *tall = item("tall");
    QQuickItem *flick = item("flick");
    tall->forceActiveFocus(Qt::TabFocusReason);
    const QRectF shown =
        tall->mapRectToScene(tall->boundingRect()) & flick->mapRectToScene(flick->boundingRect());
    QCOMPARE(keyboard->focusRect(), shown);
    QCOMPARE(keyboard->focusRect().height(), 30.0);

    // Round a list's row (an ItemDelegate is no Tab stop, but it has the focus).
    QQuickItem *rows = item("rows");
    QQuickItem *row = nullptr;
    QMetaObject::invokeMethod(rows, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, 1));
    QVERIFY(row);
    QVERIFY(!row->activeFocusOnTab());
    row->forceActiveFocus(Qt::TabFocusReason); // and scrolled into the list's view
    QCOMPARE(keyboard->focusRect(), row->mapRectToScene(row->boundingRect()));
    QVERIFY(rows->mapRectToScene(rows->boundingRect()).contains(keyboard->focusRect()));

    // Round an editable spin box, not just the number inside it.
    QQuickItem *spin = item("spin");
    spin->forceActiveFocus(Qt::TabFocusReason);
    QVERIFY(m_window->activeFocusItem() != spin); // its text field has the focus
    QCOMPARE(keyboard->focusRect(), spin->mapRectToScene(spin->boundingRect()));

    // No ring when nothing that takes focus has it (the focused control went away).
    tall->forceActiveFocus(Qt::TabFocusReason);
    tall->setVisible(false);
    QTRY_VERIFY(keyboard->focusRect().isEmpty());
}

void TestWindowKeyboard::focusMemoryNeverFocusesAVanishedItem()
{
    FocusMemory memory;
    QQuickItem *gone = item("gone");
    memory.save(gone);
    item("field")->forceActiveFocus();
    QVERIFY(memory.restore());
    QVERIFY(gone->hasActiveFocus());
    QVERIFY(m_window->activeFocusItem() == gone);

    memory.save(gone);
    gone->setVisible(false);
    QVERIFY(!memory.restore()); // hidden: the caller picks a fallback

    gone->setVisible(true);
    memory.save(gone);
    delete gone;
    QVERIFY(!memory.restore());
    QVERIFY(!memory.restore()); // nothing saved any more
}

void TestWindowKeyboard::focusLostWhenTheFocusedControlGoes()
{
    auto *keyboard = m_window->property("keyboard").value<WindowKeyboard *>();
    QSignalSpy lost(keyboard, &WindowKeyboard::focusLost);
    QQuickItem *button = item("button");
    button->forceActiveFocus(Qt::TabFocusReason);
    QTest::qWait(0);
    QCOMPARE(lost.size(), 0);

    // Hidden: Qt 6.4 leaves the focus on it (keys still go there).
    button->setVisible(false);
    QTRY_COMPARE(lost.size(), 1);
    button->setVisible(true);

    // Disabled.
    button->forceActiveFocus(Qt::TabFocusReason);
    QTest::qWait(0);
    button->setEnabled(false);
    QTRY_COMPARE(lost.size(), 2);
    button->setEnabled(true);

    // Destroyed.
    QQuickItem *gone = item("gone");
    gone->forceActiveFocus(Qt::TabFocusReason);
    QTest::qWait(0);
    delete gone;
    QTRY_COMPARE(lost.size(), 3);
    QTest::qWait(20);
    QCOMPARE(lost.size(), 3); // once, not again and again

    // A popup taking the focus is no loss, nor is the focus going back when it closes.
    QQuickItem *opener = item("popupOpener");
    opener->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Space);
    QObject *popup = m_window->findChild<QObject *>(u"popup"_s);
    QTRY_VERIFY(popup->property("opened").toBool());
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!popup->property("visible").toBool());
    QTRY_VERIFY(opener->hasActiveFocus());
    QTest::qWait(20);
    QCOMPARE(lost.size(), 3);
}

void TestWindowKeyboard::keyboardFocusScrollsIntoView()
{
    QQuickItem *scroller = item("scroller");
    QQuickItem *far = item("far");
    item("near")->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Shift); // the keyboard is in use
    far->forceActiveFocus(Qt::TabFocusReason);
    const qreal y = scroller->property("contentY").toReal();
    QVERIFY2(y > 0, qPrintable(QString::number(y)));
    const QRectF shown = far->mapRectToItem(scroller, far->boundingRect());
    QVERIFY(shown.top() >= 0 && shown.bottom() <= scroller->height());

    // Back up to the first one.
    item("near")->forceActiveFocus(Qt::TabFocusReason);
    QCOMPARE(scroller->property("contentY").toReal(), 0.0);

    // Not for a click: the mouse only reaches what is in view anyway.
    QTest::mouseClick(m_window, Qt::LeftButton, {}, QPoint(390, 290));
    far->forceActiveFocus(Qt::MouseFocusReason);
    QCOMPARE(scroller->property("contentY").toReal(), 0.0);
}

QTEST_MAIN(TestWindowKeyboard)
#include "tst_windowkeyboard.moc"
