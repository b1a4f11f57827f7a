// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolcalllist.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestToolCallList : public QObject
{
    Q_OBJECT

    static QString arguments(const ToolCallList &list, int row)
    {
        return list.data(list.index(row), ToolCallList::ArgumentsRole).toString();
    }

private Q_SLOTS:
    void prettyJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nested, keys kept in order")
            << u"{\"city\": \"Paris\",\"units\":\"c\",\"days\":[1,2],\"opts\":{}}"_s
            << u"{\n  \"city\": \"Paris\",\n  \"units\": \"c\",\n  \"days\": [\n    1,\n    2\n  ],\n  \"opts\": {}\n}"_s;
        QTest::newRow("brackets and escapes inside strings")
            << u"{\"q\":\"a {b}, [c]: \\\"d\\\"\"}"_s
            << u"{\n  \"q\": \"a {b}, [c]: \\\"d\\\"\"\n}"_s;
        QTest::newRow("array at the top")
            << u"[ {\"a\":1} ]"_s << u"[\n  {\n    \"a\": 1\n  }\n]"_s;
        QTest::newRow("still streaming") << u"{\"city\": \"Par"_s << u"{\"city\": \"Par"_s;
        QTest::newRow("not JSON") << u"{not json"_s << u"{not json"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void prettyJson()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QCOMPARE(ToolCallList::prettyJson(json), expected);
    }

    void newCallsAreInsertedAndFragmentsShownThrottled()
    {
        ToolCallList list;
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        list.setThrottleInterval(20);
        QSignalSpy inserted(&list, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);

        list.applyDelta(ToolCallDelta{0, u"call_1"_s, u"get_weather"_s, u"{\"ci"_s});
        QCOMPARE(inserted.count(), 1); // at once
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(list.data(list.index(0), ToolCallList::NameRole).toString(), u"get_weather"_s);
        QCOMPARE(list.data(list.index(0), ToolCallList::CallIdRole).toString(), u"call_1"_s);
        QCOMPARE(list.data(list.index(0), ToolCallList::CompleteRole).toBool(), false);

        // Many fragments, to two calls: no signal per fragment, one update for both.
        list.applyDelta(ToolCallDelta{1, u"call_2"_s, u"get_time"_s, {}});
        QCOMPARE(inserted.count(), 2);
        for (const QString &piece : {u"ty\""_s, u":\"Os"_s, u"lo\"}"_s})
            list.applyDelta(ToolCallDelta{0, {}, {}, piece});
        list.applyDelta(ToolCallDelta{1, {}, {}, u"{\"tz\":\"UTC\"}"_s});
        QCOMPARE(changed.count(), 0);
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(ToolCallList::ArgumentsRole));
        QVERIFY(!roles.contains(ToolCallList::CompleteRole));
        QCOMPARE(arguments(list, 0), u"{\"city\":\"Oslo\"}"_s); // raw while streaming
        QCOMPARE(arguments(list, 1), u"{\"tz\":\"UTC\"}"_s);

        // finish() shows them indented at once, and the call takes no more fragments.
        changed.clear();
        list.finish();
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(ToolCallList::CompleteRole));
        QVERIFY(list.isComplete());
        QCOMPARE(list.data(list.index(1), ToolCallList::CompleteRole).toBool(), true);
        QCOMPARE(arguments(list, 0), u"{\n  \"city\": \"Oslo\"\n}"_s);
        list.applyDelta(ToolCallDelta{0, {}, {}, u"junk"_s});
        QCOMPARE(list.calls().at(0).arguments, u"{\"city\":\"Oslo\"}"_s);
    }

    void longArgumentsShowTheirNewestPartWhileStreaming()
    {
        ToolCallList list;
        list.applyDelta(ToolCallDelta{0, u"c"_s, u"write_file"_s, u"{\"content\":\""_s});
        // About 100,000 characters, in 12,000 fragments.
        QString all = u"{\"content\":\""_s;
        for (int i = 0; i < 12000; ++i) {
            const QString piece = u"line %1 \\n"_s.arg(i % 10);
            list.applyDelta(ToolCallDelta{0, {}, {}, piece});
            all += piece;
        }
        list.flush();
        const QString shown = arguments(list, 0);
        QCOMPARE(shown.size(), ToolCallList::kPreviewChars + 1);
        QVERIFY(shown.startsWith(u"…"_s));
        QVERIFY(all.endsWith(shown.mid(1)));
        // A cut that would fall inside a surrogate pair moves past it.
        const QString emoji = u"🌍"_s;
        QString text = emoji + QString(ToolCallList::kPreviewChars - 1, u'x');
        QCOMPARE(ToolCallList::preview(text),
                 u"…"_s + QString(ToolCallList::kPreviewChars - 1, u'x'));
        QCOMPARE(ToolCallList::preview(u"short"_s), u"short"_s);
        // Complete: all of it.
        list.applyDelta(ToolCallDelta{0, {}, {}, u"\"}"_s});
        list.finish();
        QCOMPARE(arguments(list, 0).size(), ToolCallList::prettyJson(all + u"\"}"_s).size());
        QVERIFY(arguments(list, 0).size() > 100000);
    }

    void storedCallsAreCompleteAtOnce()
    {
        ToolCallList list;
        QSignalSpy count(&list, &ToolCallList::countChanged);
        list.setCalls({ToolCall{0, u"a"_s, u"f"_s, u"{\"x\":1}"_s}}, true);
        QCOMPARE(count.count(), 1);
        QCOMPARE(list.rowCount(), 1);
        QCOMPARE(arguments(list, 0), u"{\n  \"x\": 1\n}"_s);
        QVERIFY(list.data(list.index(0), ToolCallList::CompleteRole).toBool());
        list.setCalls({ToolCall{0, u"a"_s, u"f"_s, u"{\"x\":1}"_s}}, false);
        QCOMPARE(count.count(), 1); // same number of calls
        QCOMPARE(arguments(list, 0), u"{\"x\":1}"_s);
    }
};

QTEST_GUILESS_MAIN(TestToolCallList)
#include "tst_toolcalllist.moc"
