// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Qt Quick Test of the history panel against a real store in a temporary folder.
#include "historycontroller.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace Qt::StringLiterals;

/** What the QML test can see and script: the controller and the store behind it. */
class HistoryTestEnvironment : public QObject
{
    Q_OBJECT
    Q_PROPERTY(HistoryController *history READ history CONSTANT)

public:
    HistoryTestEnvironment()
        : m_history(&m_store)
    {
        reset();
    }

    HistoryController *history() { return &m_history; }

    /** A fresh, empty database. */
    Q_INVOKABLE void reset()
    {
        m_store.open(m_dir.filePath(u"history%1.sqlite"_s.arg(++m_serial)));
        m_history.dismissUndo();
    }

    /** A conversation updated @p daysAgo days ago with one question; returns its id. */
    Q_INVOKABLE qint64 addConversation(const QString &title, const QString &question, int daysAgo)
    {
        ConversationInfo info;
        info.title = title;
        info.createdAt = QDateTime::currentDateTime().addDays(-daysAgo).toMSecsSinceEpoch();
        const qint64 id = m_store.createConversation(info);
        Message m;
        m.conversationId = id;
        m.text = question;
        m.createdAt = info.createdAt;
        m_lastMessageId = m_store.appendMessage(m);
        return id;
    }

    /** @p count conversations, one minute apart, without messages. */
    Q_INVOKABLE void addMany(int count)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int i = 0; i < count; ++i) {
            ConversationInfo info;
            info.title = u"Bulk %1"_s.arg(i);
            info.createdAt = now - (count - i) * 60'000;
            m_store.createConversation(info);
        }
    }

    Q_INVOKABLE qint64 lastMessageId() const { return m_lastMessageId; }
    Q_INVOKABLE QString titleOf(qint64 id) const
    {
        const auto info = m_store.conversationInfo(id);
        return info ? info->title : QString();
    }
    Q_INVOKABLE bool isPinned(qint64 id) const
    {
        const auto info = m_store.conversationInfo(id);
        return info && info->pinned;
    }
    Q_INVOKABLE bool exists(qint64 id) const { return m_store.conversationInfo(id).has_value(); }

private:
    QTemporaryDir m_dir;
    ConversationStore m_store;
    HistoryController m_history;
    int m_serial = 0;
    qint64 m_lastMessageId = 0;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(u"qrc:/qt/qml"_s);
        m_environment = std::make_unique<HistoryTestEnvironment>();
        qmlRegisterSingletonInstance("ConfabHistoryTest", 1, 0, "HistoryTest", m_environment.get());
    }

private:
    std::unique_ptr<HistoryTestEnvironment> m_environment;
};

QUICK_TEST_MAIN_WITH_SETUP(history, Setup)
#include "tst_history.moc"
