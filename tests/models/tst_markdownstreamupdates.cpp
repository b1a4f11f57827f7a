// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownStream as a model over time: throttled renders, only the tail changes, finish and clear.

#include "markdownstreamtesting.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownStreamTesting;

class TestMarkdownStreamUpdates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersOnlyAfterTheThrottle();
    void onlyTheTailChanges();
    void finishedBlocksAreNeverRenderedAgain();
    void rendersAtAnEvenPace();
    void appendAfterFinishIsIgnored();
    void setMarkdownRendersAtOnce();
    void clearEmpties();
};

void TestMarkdownStreamUpdates::rendersOnlyAfterTheThrottle()
{
    MarkdownStream stream;
    QAbstractItemModelTester tester(&stream);
    stream.setThrottleInterval(30);
    QSignalSpy inserted(&stream, &QAbstractItemModel::rowsInserted);
    for (const QString &piece : {u"Hel"_s, u"lo "_s, u"world"_s})
        stream.appendMarkdown(piece);
    QCOMPARE(stream.rowCount(), 0);
    QCOMPARE(stream.renderCount(), 0);
    QTRY_COMPARE(stream.rowCount(), 1);
    QCOMPARE(stream.renderCount(), 1); // three deltas, one render
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(stream.index(0).data(MarkdownStream::HtmlRole).toString(), u"<p>Hello world</p>\n"_s);
    QCOMPARE(stream.index(0).data(MarkdownStream::FinishedRole).toBool(), false);
    stream.finish();
    QVERIFY(stream.isFinished());
    QCOMPARE(stream.index(0).data(MarkdownStream::FinishedRole).toBool(), true);
}

// The interval runs from the last render: the first delta after a pause renders at once, and
// one that comes part of the way into the interval waits only for the rest of it.
void TestMarkdownStreamUpdates::rendersAtAnEvenPace()
{
    MarkdownStream stream;
    stream.setThrottleInterval(100'000);
    stream.appendMarkdown(u"First"_s);
    QCOMPARE(stream.renderCount(), 0); // not inside the delta
    QTRY_COMPARE(stream.renderCount(), 1);
    stream.appendMarkdown(u" second"_s);
    QTest::qWait(100); // absence can only be shown by waiting
    QCOMPARE(stream.renderCount(), 1);
    stream.flush();
    QCOMPARE(stream.renderCount(), 2);

    stream.setThrottleInterval(1000);
    QTest::qWait(700);
    QElapsedTimer waited;
    waited.start();
    stream.appendMarkdown(u" third"_s); // 700 ms into the interval: 300 ms to go
    QTRY_COMPARE_WITH_TIMEOUT(stream.renderCount(), 3, 900);
    QVERIFY2(waited.elapsed() >= 150, qPrintable(QString::number(waited.elapsed())));
    QCOMPARE(stream.index(0).data(MarkdownStream::HtmlRole).toString(),
             u"<p>First second third</p>\n"_s);

    // After clear() the next text is the first again.
    stream.clear();
    stream.setThrottleInterval(100'000);
    stream.appendMarkdown(u"Again"_s);
    QTRY_COMPARE(stream.renderCount(), 4);
}

void TestMarkdownStreamUpdates::onlyTheTailChanges()
{
    MarkdownStream stream;
    QAbstractItemModelTester tester(&stream);
    struct Change
    {
        int row;
        int rowCount;
        QList<int> roles;
    };
    QList<Change> changes;
    connect(&stream, &QAbstractItemModel::dataChanged, &stream,
            [&](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                QCOMPARE(from, to);
                changes.append({from.row(), stream.rowCount(), roles});
            });
    const QString text = QString::fromUtf8(kFixtures[0]).remove(u"[guide]: "_s);
    for (qsizetype i = 0; i < text.size(); ++i) {
        stream.appendMarkdown(QStringView(text).sliced(i, 1));
        stream.flush();
    }
    stream.finish();
    QVERIFY(changes.size() > 100);
    for (const Change &change : std::as_const(changes)) {
        QCOMPARE(change.row, change.rowCount - 1);
        QVERIFY(!change.roles.isEmpty());
        QVERIFY(!change.roles.contains(Qt::DisplayRole));
    }
    // A growing paragraph changes only its HTML.
    MarkdownStream paragraph;
    paragraph.appendMarkdown(u"one"_s);
    paragraph.flush();
    QSignalSpy changed(&paragraph, &QAbstractItemModel::dataChanged);
    paragraph.appendMarkdown(u" two"_s);
    paragraph.flush();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{MarkdownStream::HtmlRole});
    // Nothing new, nothing emitted.
    paragraph.flush();
    QCOMPARE(changed.count(), 1);
}

void TestMarkdownStreamUpdates::finishedBlocksAreNeverRenderedAgain()
{
    MarkdownStream stream;
    QHash<int, QString> finishedHtml;
    connect(&stream, &QAbstractItemModel::dataChanged, &stream, [&](const QModelIndex &i) {
        QVERIFY2(!finishedHtml.contains(i.row()), "a finished block changed");
    });
    const QString text =
        QString::fromUtf8(kFixtures[1]) + u"\n\n"_s + QString::fromUtf8(kFixtures[2]);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        stream.appendMarkdown(QStringView(text).sliced(i, qMin<qsizetype>(3, text.size() - i)));
        stream.flush();
        for (int row = 0; row < stream.rowCount(); ++row) {
            const QModelIndex index = stream.index(row);
            if (index.data(MarkdownStream::FinishedRole).toBool())
                finishedHtml.insert(row, index.data(MarkdownStream::HtmlRole).toString());
            else
                QCOMPARE(row, stream.rowCount() - 1); // only the last block is open
        }
    }
    QVERIFY(finishedHtml.size() >= 8);
}

void TestMarkdownStreamUpdates::appendAfterFinishIsIgnored()
{
    MarkdownStream stream;
    stream.appendMarkdown(u"done"_s);
    stream.finish();
    QTest::ignoreMessage(QtWarningMsg, "text appended to a finished message was ignored");
    stream.appendMarkdown(u" more"_s);
    QCOMPARE(stream.text(), u"done"_s);
}

void TestMarkdownStreamUpdates::setMarkdownRendersAtOnce()
{
    MarkdownStream stream;
    QSignalSpy inserted(&stream, &QAbstractItemModel::rowsInserted);
    stream.setMarkdown(QString::fromUtf8(kFixtures[0]));
    QVERIFY(stream.isFinished());
    QCOMPARE(stream.renderCount(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(asWholeDocument(stream), MarkdownRenderer::toHtml(QString::fromUtf8(kFixtures[0])));
}

void TestMarkdownStreamUpdates::clearEmpties()
{
    MarkdownStream stream;
    stream.setMarkdown(u"a\n\nb"_s);
    QCOMPARE(stream.rowCount(), 2);
    stream.clear();
    QCOMPARE(stream.rowCount(), 0);
    QVERIFY(!stream.isFinished());
    stream.appendMarkdown(u"c"_s);
    stream.flush();
    QCOMPARE(stream.index(0).data(MarkdownStream::HtmlRole).toString(), u"<p>c</p>\n"_s);
}

QTEST_GUILESS_MAIN(TestMarkdownStreamUpdates)
#include "tst_markdownstreamupdates.moc"
