// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the answer components: MarkdownView, CodeBlock, ReasoningSection,
// ToolCallCard, AnswerNotice. The QML lives in tests/qmlcomponents: Quick Test scans its source
// folder recursively, and tests/qml belongs to tst_chatui.
#include "icontheme.h"
#include "markdownstream.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** A stream that counts the times a view read a code row's HTML before it had colours. */
class RecordingStream : public MarkdownStream
{
public:
    using MarkdownStream::MarkdownStream;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = MarkdownStream::data(index, role);
        if (role == HtmlRole && index.data(KindRole).toInt() == Code &&
            !value.toString().contains(u"<span"_s))
            ++plainCodeReads;
        return value;
    }

    mutable int plainCodeReads = 0;
};

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
    /** A stream rendered at once and without colours, as the message model makes a stored one. */
    Q_INVOKABLE MarkdownStream *createStoredStream(const QString &markdown)
    {
        auto *stream = new RecordingStream(this);
        stream->setMarkdown(markdown);
        QQmlEngine::setObjectOwnership(stream, QQmlEngine::CppOwnership);
        return stream;
    }
    /** How often a view read the HTML of a code row of @p stream without colours. */
    Q_INVOKABLE int plainCodeReads(MarkdownStream *stream) const
    {
        const auto *recording = dynamic_cast<RecordingStream *>(stream);
        return recording ? recording->plainCodeReads : -1;
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
    // The application's icon theme (inline icons come from it).
    void applicationAvailable() { IconTheme::install(); }
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
