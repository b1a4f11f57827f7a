// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private:
    /** The highlights role of @p index as (offset, length) pairs. */
    static QList<QPair<int, int>> ranges(const QModelIndex &index)
    {
        QList<QPair<int, int>> out;
        for (const QVariant &range : index.data(SearchResultModel::HighlightsRole).toList()) {
            const QVariantMap r = range.toMap();
            out.append({r.value(u"offset"_s).toInt(), r.value(u"length"_s).toInt()});
        }
        return out;
    }

    QTemporaryDir m_dir;
    ConversationStore m_store;
    qint64 m_capybara = 0;
    qint64 m_other = 0;
    qint64 m_hitMessage = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.open(m_dir.filePath(u"search.sqlite"_s)));
        ConversationInfo info;
        info.title = u"Capybara facts"_s;
        m_capybara = m_store.createConversation(info);
        Message m;
        m.conversationId = m_capybara;
        m.text = u"Are capybaras friendly? <b>bold</b> claims & more"_s;
        m_hitMessage = m_store.appendMessage(m);
        info.title = u"Garden"_s;
        m_other = m_store.createConversation(info);
        m.conversationId = m_other;
        m.text = u"A capybara visited the garden"_s;
        m_store.appendMessage(m);
        for (int i = 0; i < 30; ++i) {
            m.text = u"Unrelated text %1"_s.arg(i);
            m_store.appendMessage(m);
        }
    }

    void searchesAfterTypingPauses()
    {
        SearchResultModel model(&m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(u"capy"_s);
        QVERIFY(model.isPending());
        QCOMPARE(model.rowCount(), 0);
        model.setQuery(u"capyb"_s); // typing on restarts the pause
        QTRY_VERIFY(!model.isPending());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);

        const QModelIndex title = model.index(0);
        QVERIFY(title.data(SearchResultModel::TitleHitRole).toBool());
        QCOMPARE(title.data(SearchResultModel::ConversationIdRole).toLongLong(), m_capybara);
        QCOMPARE(title.data(SearchResultModel::MessageIdRole).toLongLong(), 0);
        // Plain text, and the hits as {offset, length} for the view to draw.
        QCOMPARE(title.data(SearchResultModel::SnippetRole).toString(), u"Capybara facts"_s);
        QCOMPARE(ranges(title), (QList<QPair<int, int>>{{0, 5}}));

        // Message hits, newest first.
        QCOMPARE(model.index(1).data(SearchResultModel::ConversationIdRole).toLongLong(), m_other);
        const QModelIndex hit = model.index(2);
        QVERIFY(!hit.data(SearchResultModel::TitleHitRole).toBool());
        QCOMPARE(hit.data(SearchResultModel::MessageIdRole).toLongLong(), m_hitMessage);
        QCOMPARE(hit.data(SearchResultModel::TitleRole).toString(), u"Capybara facts"_s);
        QCOMPARE(hit.data(SearchResultModel::SnippetRole).toString(),
                 u"Are capybaras friendly? <b>bold</b> claims & more"_s);
        QCOMPARE(ranges(hit), (QList<QPair<int, int>>{{4, 9}}));
        QVERIFY(hit.data(SearchResultModel::UpdatedAtRole).toDateTime().isValid());

        // Clearing the box clears the results at once.
        model.setQuery(QString());
        QVERIFY(!model.isPending());
        QCOMPARE(model.rowCount(), 0);
    }

    void followsDeletesAndRestores()
    {
        SearchResultModel model(&m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(u"garden"_s);
        model.searchNow();
        QCOMPARE(model.rowCount(), 2); // the title and the message
        m_store.softDelete(m_other);
        QTRY_COMPARE(model.rowCount(), 0);
        m_store.undoDelete(m_other);
        QTRY_COMPARE(model.rowCount(), 2);
    }

    void nothingFound()
    {
        SearchResultModel model(&m_store);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuery(u"zebra"_s);
        model.searchNow();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.roleNames().value(SearchResultModel::SnippetRole), "snippet"_ba);
        QCOMPARE(model.roleNames().value(SearchResultModel::HighlightsRole), "highlights"_ba);
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
