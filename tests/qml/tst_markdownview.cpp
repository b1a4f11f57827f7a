// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the answer components: MarkdownView, CodeBlock, ReasoningSection,
// ToolCallCard, AnswerNotice. The QML lives in tests/qmlcomponents: Quick Test scans its source
// folder recursively, and tests/qml belongs to tst_chatui.
#include "markdownstream.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** Creates and feeds MarkdownStreams for the QML test. */
class MarkdownTestEnv : public QObject
{
    Q_OBJECT

public:
    Q_INVOKABLE MarkdownStream *createStream()
    {
        auto *stream = new MarkdownStream(this);
        stream->setThrottleInterval(10);
        QQmlEngine::setObjectOwnership(stream, QQmlEngine::CppOwnership);
        return stream;
    }
    Q_INVOKABLE void append(MarkdownStream *stream, const QString &text)
    {
        stream->appendMarkdown(text);
    }
    Q_INVOKABLE void finish(MarkdownStream *stream) { stream->finish(); }
    Q_INVOKABLE QString clipboardText() const { return QGuiApplication::clipboard()->text(); }
    Q_INVOKABLE void clearClipboard() const { QGuiApplication::clipboard()->clear(); }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        qmlRegisterSingletonInstance("ConfabMarkdownTest", 1, 0, "MdEnv", &m_environment);
    }

private:
    MarkdownTestEnv m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(markdownview, Setup)
#include "tst_markdownview.moc"
