// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// The accessibility tree of the real window (Main.qml with the application's services) on each
// page and in each state: first run, chat before, while and after an answer streams, history,
// the settings tabs, the provider form, parameters, the model switcher, the shortcut list.
// Needs a faithful tree: run under Xvfb with a session bus (tests/support/with-xvfb.sh).
#include "a11yaudit.h"
#include "appharness.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QKeySequence>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Stops the test function at the first state with problems (later steps would misreport).
#define VERIFY_TREE(state)                                                                         \
    do {                                                                                           \
        verifyTree(state);                                                                         \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

class TestA11yTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstRun();
    void firstRunShortForm();
    void providerFormFromFirstRun();
    void chatBeforeAnswer();
    void chatWhileStreaming();
    void chatAfterAnswer();
    void chatEditingAQuestion();
    void chatFindBar();
    void chatDeleteDialog();
    void chatFailedAnswer();
    void noLayoutLoopsWhenResized();
    void history();
    void historyUndo();
    void settingsTabs();
    void aboutBox();
    void parameters();
    void modelSwitcher();
    void shortcutList();

private:
    QQuickItem *find(const QString &objectName) const;
    /** Also finds the items a Repeater made (they are no QObject children of the window). */
    QQuickItem *findItem(const QString &objectName) const;
    /** The delegate of message @p row (null while it is not made). */
    QQuickItem *messageItem(int row) const;
    /** Fails with every problem A11yAudit finds in the window as it is. */
    void verifyTree(const QString &state);
    void closeSettings();

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

QQuickItem *TestA11yTree::messageItem(int row) const
{
    QQuickItem *item = nullptr;
    QMetaObject::invokeMethod(find(u"messageList"_s), "itemAtIndex",
                              Q_RETURN_ARG(QQuickItem *, item), Q_ARG(int, row));
    return item;
}

QQuickItem *TestA11yTree::find(const QString &objectName) const
{
    return m_window->findChild<QQuickItem *>(objectName);
}

QQuickItem *TestA11yTree::findItem(const QString &objectName) const
{
    QList<QQuickItem *> pending{m_window->contentItem()};
    while (!pending.isEmpty()) {
        QQuickItem *item = pending.takeFirst();
        if (item->objectName() == objectName)
            return item;
        pending.append(item->childItems());
    }
    return nullptr;
}

void TestA11yTree::verifyTree(const QString &state)
{
    QCoreApplication::processEvents();
    const QStringList problems = A11yAudit::problems(m_window);
    if (qEnvironmentVariableIsSet("CONFAB_A11Y_DUMP"))
        qInfo().noquote() << A11yAudit::dump(m_window);
    // QTest cuts long messages: every problem goes to the log, the count into the failure.
    for (const QString &problem : problems)
        qWarning().noquote() << state << "|" << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1: %2 problem(s), listed above"_s.arg(state).arg(problems.size())));
}

namespace {
QStringList &loopWarnings()
{
    static QStringList warnings;
    return warnings;
}

QtMessageHandler previousHandler = nullptr;

/** Keeps QML's layout and binding loop warnings (the window must have none). */
void recordLoops(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains("loop detected"_L1, Qt::CaseInsensitive))
        loopWarnings().append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void TestA11yTree::initTestCase()
{
    if (QGuiApplication::platformName() != "xcb"_L1)
        QSKIP("Needs xcb and an accessibility bus: run through tests/support/with-xvfb.sh");
    QVERIFY2(A11yAudit::activate(), "accessibility did not turn active (no AT-SPI bus?)");
    previousHandler = qInstallMessageHandler(recordLoops);
    m_harness = std::make_unique<AppHarness>();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->addImportPath(u"qrc:/qt/qml"_s);
    m_engine->setInitialProperties(m_harness->initialProperties());
    m_engine->load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));
    QCOMPARE(m_engine->rootObjects().size(), 1);
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    QVERIFY(m_window);
    m_window->show();
    m_window->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestA11yTree::cleanupTestCase()
{
    // The window is hidden and its engine left to the end of the process: Qt 6.4 can crash
    // destroying a window whose popups (menus, dialogs, the model switcher) were opened, in
    // QQuickItem's teardown, after every check here has run. The services go with it.
    m_window->hide();
    QCoreApplication::processEvents();
    [[maybe_unused]] QQmlApplicationEngine *engine = m_engine.release();
    [[maybe_unused]] AppHarness *harness = m_harness.release();
    qInstallMessageHandler(nullptr);
    QVERIFY2(loopWarnings().isEmpty(), qPrintable(loopWarnings().join(u'\n')));
}

void TestA11yTree::firstRun()
{
    QTRY_VERIFY(!m_harness->firstRun()->isSearching());
    QVERIFY(m_harness->firstRun()->shouldOffer());
    VERIFY_TREE(u"first-run page"_s);
}

void TestA11yTree::firstRunShortForm()
{
    // A service (a key field and the keychain choice), then a server on this computer (nothing
    // to fill in), each opened from its card.
    for (const QString &card : {u"preset_openai"_s, u"preset_ollama"_s}) {
        QQuickItem *preset = findItem(card);
        QVERIFY2(preset, qPrintable(card));
        QMetaObject::invokeMethod(preset, "clicked");
        QTRY_VERIFY(find(u"quickSetup"_s)->isVisible());
        QTRY_VERIFY(find(u"quickConnect"_s)->width() > 0); // laid out
        VERIFY_TREE(u"first run: short form of "_s + card);
        QMetaObject::invokeMethod(find(u"quickSetupBack"_s), "clicked");
        QTRY_VERIFY(!find(u"quickSetup"_s)->isVisible());
    }
}

void TestA11yTree::providerFormFromFirstRun()
{
    QQuickItem *manual = find(u"manualSetup"_s);
    QVERIFY(manual);
    QMetaObject::invokeMethod(manual, "clicked");
    QTRY_VERIFY(find(u"settingsPage"_s)->isVisible());
    VERIFY_TREE(u"provider form opened from the first-run page"_s);
    closeSettings();
}

void TestA11yTree::closeSettings()
{
    QQuickItem *settings = find(u"settingsPage"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    if (settings->isVisible())
        settings->setVisible(false);
    QTRY_VERIFY(!settings->isVisible());
}

void TestA11yTree::chatBeforeAnswer()
{
    m_harness->addProvider();
    QTRY_VERIFY(m_harness->chat()->isConfigured());
    VERIFY_TREE(u"chat, nothing asked yet"_s);
}

void TestA11yTree::chatWhileStreaming()
{
    m_harness->queueAnswer(40, 60);
    QVERIFY(m_harness->chat()->send(u"How do I start?"_s));
    QTRY_VERIFY(m_harness->chat()->isBusy());
    QTRY_VERIFY(m_harness->chat()->messages()->rowCount() == 2);
    QTest::qWait(300); // a few pieces in
    QVERIFY(m_harness->chat()->isBusy());
    VERIFY_TREE(u"chat while an answer streams"_s);
}

void TestA11yTree::chatAfterAnswer()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_harness->chat()->isBusy(), 10000);
    VERIFY_TREE(u"chat after the answer"_s);
}

void TestA11yTree::chatEditingAQuestion()
{
    QQuickItem *input = find(u"composerInput"_s);
    input->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Up); // the empty message box: edit the last question
    QTRY_COMPARE(m_window->activeFocusItem()->objectName(), u"editField"_s);
    VERIFY_TREE(u"editing a question"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_COMPARE(m_window->activeFocusItem()->objectName(), u"editButton"_s);
}

void TestA11yTree::chatFindBar()
{
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find(u"findBar"_s)->isVisible());
    QTRY_VERIFY(find(u"findField"_s)->width() > 0); // laid out
    VERIFY_TREE(u"find bar"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!find(u"findBar"_s)->isVisible());
}

void TestA11yTree::chatDeleteDialog()
{
    QTRY_VERIFY(messageItem(1));
    QQuickItem *answer = messageItem(1);
    auto *remove = answer->findChild<QQuickItem *>(u"deleteButton"_s);
    remove->forceActiveFocus(Qt::TabFocusReason);
    QTest::keyClick(m_window, Qt::Key_Return);
    QObject *dialog = m_window->findChild<QObject *>(u"deleteDialog"_s);
    QTRY_VERIFY(dialog->property("opened").toBool());
    VERIFY_TREE(u"delete dialog"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!dialog->property("visible").toBool());
    QCOMPARE(m_harness->chat()->messages()->rowCount(), 2);
}

void TestA11yTree::chatFailedAnswer()
{
    m_harness->queueFailure();
    QVERIFY(m_harness->chat()->send(u"And then?"_s));
    QTRY_VERIFY(!m_harness->chat()->isBusy());
    QTRY_VERIFY(messageItem(3)); // made on the list's next layout
    QTRY_VERIFY(messageItem(3)->findChild<QQuickItem *>(u"errorBox"_s)->isVisible());
    VERIFY_TREE(u"chat after a failed answer"_s);
}

void TestA11yTree::noLayoutLoopsWhenResized()
{
    // Question, answer (a heading, a list, code), a failed answer: every width from the
    // narrowest up, each drawn once. "Polish loop detected" or "Binding loop detected" fails
    // the whole test (cleanupTestCase).
    const QSize size = m_window->size();
    for (int width = 420; width <= 1260; width += 40) {
        QSignalSpy drawn(m_window, &QQuickWindow::frameSwapped);
        m_window->resize(width, 640);
        QVERIFY(drawn.wait(3000));
    }
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
}

void TestA11yTree::historyUndo()
{
    const qint64 id = m_harness->chat()->conversationId();
    m_harness->history()->remove(id);
    QTRY_VERIFY(find(u"historyUndoBar"_s)->isVisible());
    VERIFY_TREE(u"history with Undo"_s);
    m_harness->history()->undoRemove();
    QTRY_VERIFY(!find(u"historyUndoBar"_s)->isVisible());
}

void TestA11yTree::history()
{
    QQuickItem *search = find(u"historySearch"_s);
    QVERIFY(search);
    VERIFY_TREE(u"history list"_s);
    search->setProperty("text", u"start"_s);
    QCOMPARE(m_harness->history()->searchResults()->query(), u"start"_s);
    QTRY_VERIFY(!m_harness->history()->searchResults()->isPending());
    VERIFY_TREE(u"history search results"_s);
    search->setProperty("text", QString());
}

void TestA11yTree::settingsTabs()
{
    QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(find(u"settingsPage"_s)->isVisible());
    VERIFY_TREE(u"settings: providers"_s);
    for (const QString &tab : {u"generalTab"_s, u"networkTab"_s, u"toolsTab"_s}) {
        find(tab)->setProperty("checked", true);
        QCoreApplication::processEvents();
        VERIFY_TREE(u"settings: "_s + tab);
    }
    find(u"providersTab"_s)->setProperty("checked", true);
    QMetaObject::invokeMethod(find(u"addProvider"_s), "clicked");
    QTRY_VERIFY(find(u"providerEditor"_s)->isVisible());
    VERIFY_TREE(u"settings: add-provider form"_s);
    QMetaObject::invokeMethod(find(u"cancelButton"_s), "clicked");
    closeSettings();
}

void TestA11yTree::aboutBox()
{
    if (!find(u"settingsPage"_s)->isVisible())
        QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(find(u"settingsPage"_s)->isVisible());
    QQuickItem *aboutButton = find(u"aboutButton"_s);
    QVERIFY(aboutButton && aboutButton->isVisible());
    QMetaObject::invokeMethod(aboutButton, "clicked");
    QObject *about = m_window->findChild<QObject *>(u"aboutDialog"_s);
    QVERIFY(about);
    QTRY_VERIFY(about->property("opened").toBool());
    VERIFY_TREE(u"About box"_s);
    // The icons' licence unfolded.
    find(u"showIconLicence"_s)->setProperty("checked", true);
    QTRY_VERIFY(find(u"iconLicence"_s)->isVisible());
    VERIFY_TREE(u"About box with the icons' licence"_s);
    QMetaObject::invokeMethod(find(u"closeAbout"_s), "clicked");
    QTRY_VERIFY(!about->property("visible").toBool());
    closeSettings();
}

void TestA11yTree::parameters()
{
    QMetaObject::invokeMethod(find(u"parametersButton"_s), "clicked");
    QObject *drawer = m_window->findChild<QObject *>(u"parametersDrawer"_s);
    QVERIFY(drawer);
    QTRY_VERIFY(drawer->property("opened").toBool());
    VERIFY_TREE(u"parameters panel"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!drawer->property("visible").toBool());
}

void TestA11yTree::modelSwitcher()
{
    QObject *popup = m_window->findChild<QObject *>(u"modelPopup"_s);
    QVERIFY(popup);
    QMetaObject::invokeMethod(popup, "open");
    QTRY_VERIFY(popup->property("opened").toBool());
    VERIFY_TREE(u"model switcher"_s);
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!popup->property("visible").toBool());
}

void TestA11yTree::shortcutList()
{
    QTest::keyClick(m_window, Qt::Key_F1);
    QObject *help = m_window->findChild<QObject *>(u"shortcutsHelp"_s);
    QVERIFY(help);
    QTRY_VERIFY(help->property("opened").toBool());
    VERIFY_TREE(u"keyboard shortcuts"_s);

    // Every Shortcut of the window is in the list.
    const auto portable = [](const QString &keys) {
        return QKeySequence::fromString(keys).toString(QKeySequence::PortableText);
    };
    QStringList listed;
    const QVariantList entries = help->property("entries").toList();
    for (const QVariant &entry : entries) {
        QString keys = entry.toList().value(0).toString();
        keys = keys.section(u" ("_s, 0, 0); // "F2 (history)"
        for (const QString &one : keys.split(u", "_s))
            listed.append(portable(one));
    }
    QStringList missing;
    const QList<QObject *> objects = m_window->findChildren<QObject *>();
    for (QObject *object : objects) {
        if (!object->inherits("QQuickShortcut"))
            continue;
        QVariantList sequences = object->property("sequences").toList();
        sequences.append(object->property("sequence"));
        for (const QVariant &sequence : std::as_const(sequences)) {
            const QString keys = portable(sequence.toString());
            if (!keys.isEmpty() && !listed.contains(keys))
                missing.append(keys);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in F1's list: "_s + missing.join(u", "_s)));
    QTest::keyClick(m_window, Qt::Key_Escape);
    QTRY_VERIFY(!help->property("visible").toBool());
}

QTEST_MAIN(TestA11yTree)
#include "tst_a11ytree.moc"
