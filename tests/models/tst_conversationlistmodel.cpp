// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationlistmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConversationListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    static constexpr qint64 kBase = 1'700'000'000'000; // Nov 2023

    /** A store with @p count conversations updated one minute apart (id n is the n-th). */
    std::unique_ptr<ConversationStore> makeStore(int count)
    {
        auto store = std::make_unique<ConversationStore>();
        if (!store->open(m_dir.filePath(u"list%1.sqlite"_s.arg(++m_serial))))
            return nullptr;
        for (int i = 0; i < count; ++i) {
            ConversationInfo info;
            info.title = u"Conversation %1"_s.arg(i + 1);
            info.createdAt = kBase + i * 60'000;
            store->createConversation(info);
        }
        return store;
    }

    static QList<qint64> ids(const ConversationListModel &model)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.append(model.index(row).data(ConversationListModel::IdRole).toLongLong());
        return ids;
    }

    /** The loaded rows are exactly the head of the store's order. */
    static bool consistent(const ConversationListModel &model, const ConversationStore &store)
    {
        const QList<qint64> loaded = ids(model);
        const QList<qint64> all = store.conversationIds();
        if (loaded != all.mid(0, loaded.size())) {
            qWarning() << "model" << loaded.mid(0, 12) << "store" << all.mid(0, 12);
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void sections_data()
    {
        QTest::addColumn<QDateTime>("updated");
        QTest::addColumn<bool>("pinned");
        QTest::addColumn<QString>("section");
        const QDateTime now(QDate(2026, 11, 21), QTime(15, 0));
        QTest::newRow("this morning")
            << QDateTime(QDate(2026, 11, 21), QTime(0, 5)) << false << u"Today"_s;
        QTest::newRow("in the future") << now.addSecs(3600) << false << u"Today"_s;
        QTest::newRow("last night")
            << QDateTime(QDate(2026, 11, 20), QTime(23, 59)) << false << u"Yesterday"_s;
        QTest::newRow("2 days") << now.addDays(-2) << false << u"Previous 7 days"_s;
        QTest::newRow("7 days") << now.addDays(-7) << false << u"Previous 7 days"_s;
        QTest::newRow("8 days") << now.addDays(-8) << false << u"Previous 30 days"_s;
        QTest::newRow("30 days") << now.addDays(-30) << false << u"Previous 30 days"_s;
        QTest::newRow("31 days") << now.addDays(-31) << false
                                 << QLocale().standaloneMonthName(10) + u" 2026"_s;
        QTest::newRow("last year") << QDateTime(QDate(2025, 11, 30), QTime(12, 0)) << false
                                   << QLocale().standaloneMonthName(11) + u" 2025"_s;
        QTest::newRow("pinned old") << now.addDays(-400) << true << u"Pinned"_s;
        QTest::newRow("pinned today") << now << true << u"Pinned"_s;
    }

    void sections()
    {
        QFETCH(QDateTime, updated);
        QFETCH(bool, pinned);
        QFETCH(QString, section);
        const QDateTime now(QDate(2026, 11, 21), QTime(15, 0));
        QCOMPARE(ConversationListModel::sectionFor(updated, pinned, now), section);
    }

    void sectionRoleUsesTheClock()
    {
        auto store = makeStore(2);
        QVERIFY(store);
        ConversationListModel model(store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime newest = QDateTime::fromMSecsSinceEpoch(kBase + 60'000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setClock([&] { return newest.addSecs(60); });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(),
                 QList<int>{ConversationListModel::SectionRole});
        QCOMPARE(model.index(0).data(ConversationListModel::SectionRole).toString(), u"Today"_s);
        model.setClock([&] { return newest.addDays(1); });
        QCOMPARE(model.index(0).data(ConversationListModel::SectionRole).toString(),
                 u"Yesterday"_s);
    }

    void pagesThroughFetchMore()
    {
        auto store = makeStore(250);
        QVERIFY(store);
        ConversationListModel model(store.get());
        QCOMPARE(model.rowCount(), ConversationListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.atEnd());
        QCOMPARE(model.index(0).data(ConversationListModel::TitleRole).toString(),
                 u"Conversation 250"_s);
        QCOMPARE(model.index(0).data(ConversationListModel::IdRole).toLongLong(), 250);
        QCOMPARE(model.index(0).data(ConversationListModel::UpdatedAtRole).toDateTime(),
                 QDateTime::fromMSecsSinceEpoch(kBase + 249 * 60'000));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy atEnd(&model, &ConversationListModel::atEndChanged);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 200);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 100);
        QCOMPARE(inserted.at(0).at(2).toInt(), 199);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 250);
        QVERIFY(model.atEnd());
        QCOMPARE(atEnd.count(), 1);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(ids(model), store->conversationIds());
        const QHash<int, QByteArray> roles = model.roleNames();
        QCOMPARE(roles.value(ConversationListModel::IdRole), "conversationId"_ba);
        QCOMPARE(roles.value(ConversationListModel::SectionRole), "section"_ba);
    }

    void followsStoreChangesRowByRow()
    {
        auto store = makeStore(350);
        QVERIFY(store);
        ConversationListModel model(store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        const int loaded = model.rowCount();
        QVERIFY(loaded < 350 && !model.atEnd());
        QVERIFY(consistent(model, *store));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new conversation appears on top.
        const qint64 fresh = store->createConversation({});
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::IdRole).toLongLong(), fresh);
        QVERIFY(consistent(model, *store));

        // A message moves its conversation to the top.
        const qint64 busy = model.index(50).data(ConversationListModel::IdRole).toLongLong();
        Message m;
        m.conversationId = busy;
        m.text = u"hello"_s;
        // Later than the new conversation even within the same millisecond.
        m.createdAt = QDateTime::currentMSecsSinceEpoch() + 1000;
        store->appendMessage(m);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(1).toInt(), 50);
        QCOMPARE(moved.at(0).at(4).toInt(), 0);
        QCOMPARE(model.index(0).data(ConversationListModel::IdRole).toLongLong(), busy);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            changed.constLast().at(2).value<QList<int>>(),
            (QList<int>{ConversationListModel::UpdatedAtRole, ConversationListModel::SectionRole}));
        QVERIFY(consistent(model, *store));

        // A rename changes one row in place, naming only the title roles.
        const qint64 renamed = model.index(3).data(ConversationListModel::IdRole).toLongLong();
        store->rename(renamed, u"Renamed"_s);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.constLast().at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.constLast().at(2).value<QList<int>>(),
                 (QList<int>{ConversationListModel::TitleRole, Qt::DisplayRole}));
        QCOMPARE(model.index(3).data(ConversationListModel::TitleRole).toString(), u"Renamed"_s);

        // Pinning moves a row to the top; unpinning puts it back where it was.
        const qint64 pinned = model.index(80).data(ConversationListModel::IdRole).toLongLong();
        store->setPinned(pinned, true);
        QCOMPARE(model.index(0).data(ConversationListModel::IdRole).toLongLong(), pinned);
        QCOMPARE(model.index(0).data(ConversationListModel::SectionRole).toString(), u"Pinned"_s);
        QVERIFY(consistent(model, *store));
        store->setPinned(pinned, false);
        QCOMPARE(model.index(80).data(ConversationListModel::IdRole).toLongLong(), pinned);
        QVERIFY(consistent(model, *store));

        // Delete and Undo.
        const qint64 deleted = model.index(10).data(ConversationListModel::IdRole).toLongLong();
        const int countBefore = model.rowCount();
        store->softDelete(deleted);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), countBefore - 1);
        QCOMPARE(model.rowOf(deleted), -1);
        store->undoDelete(deleted);
        QCOMPARE(model.rowOf(deleted), 10);
        QVERIFY(consistent(model, *store));

        // An old conversation beyond the loaded pages comes to the top when it is used.
        const qint64 oldest = 1;
        QCOMPARE(model.rowOf(oldest), -1);
        m.conversationId = oldest;
        m.createdAt += 1000;
        store->appendMessage(m);
        QCOMPARE(model.rowOf(oldest), 0);
        QVERIFY(consistent(model, *store));

        // Pinning an unloaded conversation brings it in; unpinning sends it back below the
        // loaded pages, where fetchMore() finds it again.
        const qint64 old = 2;
        QCOMPARE(model.rowOf(old), -1);
        store->setPinned(old, true);
        QCOMPARE(model.rowOf(old), 0);
        QVERIFY(consistent(model, *store));
        const int removedBefore = int(removed.count());
        store->setPinned(old, false);
        QCOMPARE(model.rowOf(old), -1);
        QCOMPARE(removed.count(), removedBefore + 1);
        QVERIFY(consistent(model, *store));

        // Paging on after all of that still yields the store's order, without duplicates.
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(ids(model), store->conversationIds());
        QCOMPARE(reset.count(), 0);
    }

    void reloadsWhenTheStoreOpens()
    {
        ConversationStore store;
        ConversationListModel model(&store);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(store.open(m_dir.filePath(u"late.sqlite"_s)));
        store.createConversation({});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.atEnd());
    }
};

QTEST_GUILESS_MAIN(TestConversationListModel)
#include "tst_conversationlistmodel.moc"
