// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "historycontroller.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHistoryController : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<ConversationStore> newStore()
    {
        auto store = std::make_unique<ConversationStore>();
        if (!store->open(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_serial))))
            return nullptr;
        return store;
    }

    static qint64 addConversation(ConversationStore &store, const QString &title,
                                  const QString &text)
    {
        ConversationInfo info;
        info.title = title;
        info.titleIsGenerated = true;
        const qint64 id = store.createConversation(info);
        Message m;
        m.conversationId = id;
        m.text = text;
        store.appendMessage(m);
        return id;
    }

private Q_SLOTS:
    void renamesByHand()
    {
        auto store = newStore();
        HistoryController history(store.get());
        const qint64 id = addConversation(*store, u"Generated"_s, u"x"_s);
        history.rename(id, u"  My   title \n"_s);
        QCOMPARE(store->conversationInfo(id)->title, u"My title"_s);
        QVERIFY(!store->conversationInfo(id)->titleIsGenerated);
        history.rename(id, u"   "_s); // blank: ignored
        QCOMPARE(store->conversationInfo(id)->title, u"My title"_s);
        history.setPinned(id, true);
        QVERIFY(store->conversationInfo(id)->pinned);
        QCOMPARE(history.conversations()->rowCount(), 1);
    }

    void deleteOffersUndoForAWhile()
    {
        auto store = newStore();
        HistoryController history(store.get());
        history.setUndoTimeout(200);
        const qint64 a = addConversation(*store, u"A"_s, u"x"_s);
        const qint64 b = addConversation(*store, u"B"_s, u"y"_s);
        QSignalSpy undo(&history, &HistoryController::undoChanged);
        history.remove(a);
        QVERIFY(history.canUndo());
        QCOMPARE(history.undoTitle(), u"A"_s);
        QCOMPARE(history.conversations()->rowCount(), 1);
        history.undoRemove();
        QVERIFY(!history.canUndo());
        QCOMPARE(history.conversations()->rowCount(), 2);
        QVERIFY(store->conversationInfo(a));

        history.remove(b);
        QTRY_VERIFY(!history.canUndo()); // the offer expires; the deletion stays
        QVERIFY(!store->conversationInfo(b));
        history.undoRemove(); // nothing to undo any more
        QVERIFY(!store->conversationInfo(b));
        QCOMPARE(undo.count(), 4);
    }

    void noticesStoreProblems()
    {
        const QString file = m_dir.filePath(u"broken.sqlite"_s);
        QFile garbage(file);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        ConversationStore store;
        HistoryController history(&store);
        QSignalSpy notice(&history, &HistoryController::noticeChanged);
        QVERIFY(store.open(file));
        QVERIFY(notice.count() >= 1);
        QVERIFY(history.notice().contains(QDir::toNativeSeparators(store.movedAsidePath())));
        QVERIFY(history.isNoticeDismissable());
        history.dismissNotice();
        QVERIFY(history.notice().isEmpty());

        // A failing write shows until it is saved, and cannot be dismissed.
        const qint64 id = store.createConversation({});
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        q.finish();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        Message big;
        big.conversationId = id;
        big.text = u"z"_s.repeated(100'000);
        store.appendMessage(big);
        QVERIFY(history.notice().contains(u"disk is full"_s));
        QVERIFY(!history.isNoticeDismissable());
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        QTRY_VERIFY(history.notice().isEmpty());
    }

    void exportsAndImportsFiles()
    {
        auto store = newStore();
        HistoryController history(store.get());
        const qint64 id = addConversation(*store, u"Plans: a/b \"c\""_s, u"Hello export"_s);
        QCOMPARE(history.suggestedFileName(id, u".md"_s), u"Plans a b c.md"_s);
        QCOMPARE(history.suggestedFileName(12345, u".json"_s), u"Conversation.json"_s);

        const QUrl md = QUrl::fromLocalFile(m_dir.filePath(u"out.md"_s));
        QVERIFY(history.exportMarkdown(id, md));
        QFile mdFile(md.toLocalFile());
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(mdFile.readAll().contains("Hello export"));
        QVERIFY(history.fileMessage().contains(u"out.md"_s));

        const QUrl one = QUrl::fromLocalFile(m_dir.filePath(u"one.json"_s));
        QVERIFY(history.exportJson(id, one));
        const QUrl all = QUrl::fromLocalFile(m_dir.filePath(u"all.json"_s));
        addConversation(*store, u"Second"_s, u"Another"_s);
        QVERIFY(history.exportAll(all));

        auto copy = newStore();
        HistoryController imported(copy.get());
        QCOMPARE(imported.importFile(all), 2);
        QCOMPARE(imported.conversations()->rowCount(), 2);
        QCOMPARE(imported.importFile(one), 1);
        QCOMPARE(copy->conversationCount(), 3);
        QVERIFY(imported.fileMessage().contains(u"1"_s));

        QCOMPARE(imported.importFile(md), -1); // not JSON
        QVERIFY(imported.fileMessage().contains(u"not valid JSON"_s));
        QCOMPARE(imported.importFile(QUrl::fromLocalFile(m_dir.filePath(u"missing.json"_s))), -1);
        QVERIFY(!history.exportAll(QUrl::fromLocalFile(u"/proc/not-writable/x.json"_s)));
        QVERIFY(history.fileMessage().startsWith(u"Could not write"_s));
    }
};

QTEST_GUILESS_MAIN(TestHistoryController)
#include "tst_historycontroller.moc"
