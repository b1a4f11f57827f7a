// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the keyboard flows through the whole window (Main.qml with the
// application's services, AppHarness): the welcome page, settings, history, sending and
// stopping, the conversation, all by keys alone.
#include "appharness.h"

#include <QQmlEngine>
#include <QtQuickTest>

#include <memory>

using namespace Qt::StringLiterals;

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_harness = std::make_unique<AppHarness>();
        qmlRegisterSingletonInstance("ConfabTest", 1, 0, "App", m_harness.get());
    }

private:
    std::unique_ptr<AppHarness> m_harness;
};

QUICK_TEST_MAIN_WITH_SETUP(keyboard, Setup)
#include "tst_keyboard.moc"
