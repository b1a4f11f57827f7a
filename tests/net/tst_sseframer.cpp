// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "fixtures.h"
#include "sseframer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);

/** One event as a readable line, so that list comparisons print what differs. */
QByteArray describe(QByteArrayView type, QByteArrayView data, QByteArrayView id = {},
                    QByteArrayView error = {})
{
    QByteArray out = "[" + type.toByteArray() + "] " + data.toByteArray();
    if (!id.isEmpty())
        out += " #id=" + id.toByteArray();
    if (!error.isEmpty())
        out += " !error=" + error.toByteArray();
    return out;
}

struct Framed
{
    QByteArrayList events;
    qint64 comments = 0;
    bool overflowed = false;
    bool partial = false;
};

Framed frame(const QByteArrayList &pieces, qsizetype limit = SseFramer::kDefaultMaxEventBytes,
             bool withIds = true)
{
    SseFramer framer(limit);
    Framed out;
    for (const QByteArray &piece : pieces) {
        framer.append(piece);
        SseEvent event;
        while (framer.nextEvent(&event)) {
            out.events.append(describe(event.type, event.data, withIds ? event.id : QByteArray(),
                                       event.errorField));
            event = SseEvent();
        }
    }
    out.comments = framer.commentCount();
    out.overflowed = framer.overflowed();
    out.partial = framer.hasPartialEvent();
    return out;
}

} // namespace

class TestSseFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureBodiesMatchServedAs_data();
    void fixtureBodiesMatchServedAs();
    void fixtureEvents_data();
    void fixtureEvents();
    void fixtureEventsEveryTwoPieceSplit_data();
    void fixtureEventsEveryTwoPieceSplit();

    void rules_data();
    void rules();
    void partialEventIsReported();
    void eventWithoutBlankLineIsNeverDispatched();

    void overflowOnLongLine();
    void overflowOnLongLineWithTerminator();
    void overflowOnManyDataLines();
    void overflowStopsTheFramer();
    void overflowAtLimitIsChunkingInvariant_data();
    void overflowAtLimitIsChunkingInvariant();
    void severalMegabyteEventIsKeptWhole();
};

void TestSseFramer::fixtureBodiesMatchServedAs_data()
{
    QTest::addColumn<QString>("caseId");
    const QStringList cases = Fixtures::listCases(kDataDir);
    QVERIFY(cases.size() >= 30);
    for (const QString &id : cases)
        QTest::newRow(qPrintable(id)) << id;
}

void TestSseFramer::fixtureBodiesMatchServedAs()
{
    QFETCH(QString, caseId);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject servedAs = c.expected.value("served_as"_L1).toObject();
    if (servedAs.isEmpty())
        QSKIP("no served_as in this case");
    const QByteArray body = c.body();
    QCOMPARE(body.size(), servedAs.value("body_bytes"_L1).toInteger());
    QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex(),
             servedAs.value("body_sha256"_L1).toString().toLatin1());
    if (c.format == Fixtures::Format::Http) {
        QCOMPARE(c.http.status, servedAs.value("status"_L1).toInt());
        QCOMPARE(c.http.header("content-type"),
                 servedAs.value("content_type"_L1).toString().toLatin1());
    }
}

void TestSseFramer::fixtureEvents_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    const QStringList cases = Fixtures::listCases(kDataDir, {}, {Fixtures::Format::Sse});
    QVERIFY(cases.size() >= 20);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body()))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestSseFramer::fixtureEvents()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QJsonObject sse = c.expected.value("sse_events"_L1).toObject();
    QVERIFY(sse.value("agree"_L1).toBool());
    QByteArrayList expected;
    for (const auto &value : sse.value("events"_L1).toArray()) {
        const QJsonObject e = value.toObject();
        expected.append(describe(e.value("event"_L1).toString().toUtf8(),
                                 e.value("data"_L1).toString().toUtf8(),
                                 e.value("id"_L1).toString().toUtf8()));
    }
    QCOMPARE(expected.size(), sse.value("count"_L1).toInt());
    QCOMPARE(pieces.join(), c.body());

    const Framed framed = frame(pieces);
    QCOMPARE(framed.events, expected);
    QVERIFY(!framed.overflowed);
}

void TestSseFramer::fixtureEventsEveryTwoPieceSplit_data()
{
    QTest::addColumn<QString>("caseId");
    for (const QString &id : Fixtures::listCases(kDataDir, {}, {Fixtures::Format::Sse})) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        if (c.body().size() < 4096)
            QTest::newRow(qPrintable(id)) << id;
    }
}

void TestSseFramer::fixtureEventsEveryTwoPieceSplit()
{
    QFETCH(QString, caseId);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    const QByteArrayList reference = frame({c.body()}).events;
    QCOMPARE(reference.size(), c.expected.value("sse_events"_L1)["count"_L1].toInt());
    const QList<QByteArrayList> splits = Fixtures::everyTwoPieceSplit(c.body());
    QCOMPARE(splits.size(), c.body().size() - 1);
    for (const QByteArrayList &split : splits) {
        const Framed framed = frame(split);
        if (framed.events != reference) {
            QCOMPARE(framed.events, reference); // prints the first difference
            QFAIL(qPrintable(u"split at %1 differs"_s.arg(split.first().size())));
        }
    }
}

void TestSseFramer::rules_data()
{
    QTest::addColumn<QByteArrayList>("pieces");
    QTest::addColumn<QByteArrayList>("events");
    QTest::addColumn<int>("comments");

    const auto ev = [](QByteArrayView data, QByteArrayView type = {}, QByteArrayView id = {},
                       QByteArrayView error = {}) { return describe(type, data, id, error); };

    // 5.1.1 line terminators
    QTest::newRow("lf") << QByteArrayList{"data: a\n\ndata: b\n\n"}
                        << QByteArrayList{ev("a"), ev("b")} << 0;
    QTest::newRow("crlf") << QByteArrayList{"data: a\r\n\r\ndata: b\r\n\r\n"}
                          << QByteArrayList{ev("a"), ev("b")} << 0;
    QTest::newRow("cr") << QByteArrayList{"data: a\r\rdata: b\r\r"}
                        << QByteArrayList{ev("a"), ev("b")} << 0;
    QTest::newRow("mixed") << QByteArrayList{"data: a\r\ndata: b\rdata: c\n\r\ndata: d\n\r"}
                           << QByteArrayList{ev("a\nb\nc"), ev("d")} << 0;
    QTest::newRow("cr|lf across appends is one terminator")
        << QByteArrayList{"data: a\r", "\ndata: b\r\n\r", "\n"} << QByteArrayList{ev("a\nb")} << 0;
    QTest::newRow("cr at end of append, next is no lf")
        << QByteArrayList{"data: a\r", "data: b\r", "\r"} << QByteArrayList{ev("a\nb")} << 0;
    QTest::newRow("blank line split cr|lf") << QByteArrayList{"data: a\r\n\r", "\ndata: b\n\n"}
                                            << QByteArrayList{ev("a"), ev("b")} << 0;

    // 5.1.2 BOM
    QTest::newRow("bom stripped") << QByteArrayList{"\xEF\xBB\xBF"
                                                    "data: a\n\n"}
                                  << QByteArrayList{ev("a")} << 0;
    QTest::newRow("bom split 1|1|1") << QByteArrayList{"\xEF", "\xBB",
                                                       "\xBF"
                                                       "data: a\n\n"}
                                     << QByteArrayList{ev("a")} << 0;
    QTest::newRow("bom split 2|1") << QByteArrayList{"\xEF\xBB", "\xBF"
                                                                 "data: a\n\n"}
                                   << QByteArrayList{ev("a")} << 0;
    QTest::newRow("only one bom stripped") << QByteArrayList{"\xEF\xBB\xBF\xEF\xBB\xBF"
                                                             "data: a\n\ndata: b\n\n"}
                                           << QByteArrayList{ev("b")} << 0;
    QTest::newRow("bom later is content") << QByteArrayList{"data: a\n\n\xEF\xBB\xBF"
                                                            "data: b\n\ndata: \xEF\xBB\xBFx\n\n"}
                                          << QByteArrayList{ev("a"), ev("\xEF\xBB\xBFx")} << 0;

    // 5.1.3 comments
    QTest::newRow("comments")
        << QByteArrayList{": keep-alive\n\ndata: a\n: inside\ndata: b\n\n:\n\n"}
        << QByteArrayList{ev("a\nb")} << 3;
    QTest::newRow("comment-only stream")
        << QByteArrayList{": OPENROUTER PROCESSING\n\n: OPENROUTER PROCESSING\r\n\r\n"}
        << QByteArrayList{} << 2;
    QTest::newRow("comment with data: inside")
        << QByteArrayList{":data: x\n\ndata: y\n\n"} << QByteArrayList{ev("y")} << 1;

    // 5.1.4 field parsing
    QTest::newRow("no space") << QByteArrayList{"data:x\n\n"} << QByteArrayList{ev("x")} << 0;
    QTest::newRow("one space") << QByteArrayList{"data: x\n\n"} << QByteArrayList{ev("x")} << 0;
    QTest::newRow("two spaces keep one")
        << QByteArrayList{"data:  x\n\n"} << QByteArrayList{ev(" x")} << 0;
    QTest::newRow("colon in value") << QByteArrayList{"data: {\"a\": \"b:c\"}\n\n"}
                                    << QByteArrayList{ev("{\"a\": \"b:c\"}")} << 0;
    QTest::newRow("field without colon")
        << QByteArrayList{"data\ndata\n\n"} << QByteArrayList{ev("\n")} << 0;
    QTest::newRow("event without colon resets type")
        << QByteArrayList{"event: x\nevent\ndata: a\n\n"} << QByteArrayList{ev("a")} << 0;
    QTest::newRow("leading space makes the name unknown")
        << QByteArrayList{" data: a\ndata: b\n\n data: c\n\n"} << QByteArrayList{ev("b")} << 0;
    QTest::newRow("tab is not a space")
        << QByteArrayList{"data:\tx\n\n"} << QByteArrayList{ev("\tx")} << 0;
    QTest::newRow("field names are case-sensitive")
        << QByteArrayList{"Data: a\nDATA: b\ndata: c\n\n"} << QByteArrayList{ev("c")} << 0;

    // 5.1.5 multi-line data
    QTest::newRow("multi-line data")
        << QByteArrayList{"data: a\ndata: b\ndata: c\n\n"} << QByteArrayList{ev("a\nb\nc")} << 0;
    QTest::newRow("multi-line with empty middle")
        << QByteArrayList{"data: a\ndata:\ndata: c\n\n"} << QByteArrayList{ev("a\n\nc")} << 0;

    // 5.1.6 event, id, retry, unknown
    QTest::newRow("event type") << QByteArrayList{"event: message_start\ndata: {}\n\n"}
                                << QByteArrayList{ev("{}", "message_start")} << 0;
    QTest::newRow("type is reset after dispatch")
        << QByteArrayList{"event: x\ndata: 1\n\ndata: 2\n\n"}
        << QByteArrayList{ev("1", "x"), ev("2")} << 0;
    QTest::newRow("type without data is dropped")
        << QByteArrayList{"event: x\n\ndata: 2\n\n"} << QByteArrayList{ev("2")} << 0;
    QTest::newRow("event after data")
        << QByteArrayList{"data: 1\nevent: late\n\n"} << QByteArrayList{ev("1", "late")} << 0;
    QTest::newRow("id persists") << QByteArrayList{"id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n"}
                                 << QByteArrayList{ev("a", {}, "7"), ev("b", {}, "7"), ev("c")}
                                 << 0;
    static const char idWithNul[] = "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n";
    QTest::newRow("id with NUL ignored")
        << QByteArrayList{QByteArray(idWithNul, sizeof(idWithNul) - 1)}
        << QByteArrayList{ev("a", {}, "1"), ev("b", {}, "1")} << 0;
    QTest::newRow("retry ignored")
        << QByteArrayList{"retry: 1000\ndata: a\n\n"} << QByteArrayList{ev("a")} << 0;
    QTest::newRow("unknown fields ignored")
        << QByteArrayList{"foo: bar\ndata: a\nobfuscation: x\n\nfoo\n\n"} << QByteArrayList{ev("a")}
        << 0;

    // 5.1.7 no trailing blank line
    QTest::newRow("last event unterminated")
        << QByteArrayList{"data: a\n\ndata: b\n"} << QByteArrayList{ev("a")} << 0;
    QTest::newRow("last line unterminated")
        << QByteArrayList{"data: a\n\ndata: [DONE]"} << QByteArrayList{ev("a")} << 0;

    // 5.1.8 empty data: an event with empty data (the decoder skips it)
    QTest::newRow("empty data forms") << QByteArrayList{"data:\n\ndata: \n\ndata\n\n"}
                                      << QByteArrayList{ev(""), ev(""), ev("")} << 0;
    QTest::newRow("blank lines alone dispatch nothing")
        << QByteArrayList{"\n\n\r\n\r\r\n"} << QByteArrayList{} << 0;

    // 5.1.9 bytes split anywhere
    QTest::newRow("utf-8 split across appends")
        << QByteArrayList{"data: h\xC3", "\xA9llo \xF0\x9F", "\x98", "\x80 \xE2\x82", "\xAC\n\n"}
        << QByteArrayList{ev("h\xC3\xA9llo \xF0\x9F\x98\x80 \xE2\x82\xAC")} << 0;
    QTest::newRow("U+2028 U+2029 NEL are not line breaks") << QByteArrayList{"data: a\xE2\x80\xA8"
                                                                             "b\xE2\x80\xA9"
                                                                             "c\xC2\x85"
                                                                             "d\n\n"}
                                                           << QByteArrayList{ev("a\xE2\x80\xA8"
                                                                                "b\xE2\x80\xA9"
                                                                                "c\xC2\x85"
                                                                                "d")}
                                                           << 0;

    // llama.cpp's non-standard error field
    QTest::newRow("error field") << QByteArrayList{"error: {\"code\":500}\n\ndata: [DONE]\n\n"}
                                 << QByteArrayList{ev("", {}, {}, "{\"code\":500}"), ev("[DONE]")}
                                 << 0;
    QTest::newRow("error field with data")
        << QByteArrayList{"data: x\nerror: {\"message\":\"m\"}\n\n"}
        << QByteArrayList{ev("x", {}, {}, "{\"message\":\"m\"}")} << 0;
}

void TestSseFramer::rules()
{
    QFETCH(QByteArrayList, pieces);
    QFETCH(QByteArrayList, events);
    QFETCH(int, comments);

    const QByteArray whole = pieces.join();
    QList<QByteArrayList> chunkings{
        pieces, {whole}, Fixtures::splitBytes(whole, 1), Fixtures::splitSseEvents(whole)};
    chunkings += Fixtures::everyTwoPieceSplit(whole);
    for (const QByteArrayList &chunking : chunkings) {
        const Framed framed = frame(chunking);
        if (framed.events != events || framed.comments != comments || framed.overflowed) {
            qWarning() << "chunking" << chunking;
            QCOMPARE(framed.events, events);
            QCOMPARE(framed.comments, qint64(comments));
            QVERIFY(!framed.overflowed);
        }
    }
}

void TestSseFramer::partialEventIsReported()
{
    SseFramer framer;
    SseEvent event;
    QVERIFY(!framer.hasPartialEvent());
    framer.append("data: a\n");
    QVERIFY(!framer.nextEvent(&event));
    QVERIFY(framer.hasPartialEvent());
    framer.append("\n");
    QVERIFY(framer.nextEvent(&event));
    QCOMPARE(event.data, "a"_ba);
    QVERIFY(!framer.hasPartialEvent());
    framer.append(": ping\n\n");
    QVERIFY(!framer.nextEvent(&event));
    QVERIFY(!framer.hasPartialEvent());
    framer.append("da");
    QVERIFY(!framer.nextEvent(&event));
    QVERIFY(framer.hasPartialEvent());
}

void TestSseFramer::eventWithoutBlankLineIsNeverDispatched()
{
    SseFramer framer;
    framer.append("data: {\"choices\":[]}\ndata: more\n");
    SseEvent event;
    for (int i = 0; i < 3; ++i)
        QVERIFY(!framer.nextEvent(&event));
    QVERIFY(event.data.isEmpty());
    QVERIFY(framer.hasPartialEvent());
}

void TestSseFramer::overflowOnLongLine()
{
    SseFramer framer(64);
    SseEvent event;
    framer.append(QByteArray("data: " + QByteArray(100, 'x')));
    QVERIFY(!framer.nextEvent(&event));
    QVERIFY(framer.overflowed());
    framer.append("\n\n");
    QVERIFY(!framer.nextEvent(&event));
    QVERIFY(event.data.isEmpty());
}

void TestSseFramer::overflowOnLongLineWithTerminator()
{
    const Framed framed = frame({"data: " + QByteArray(100, 'x') + "\n\n"}, 64);
    QVERIFY(framed.overflowed);
    QVERIFY(framed.events.isEmpty());
}

void TestSseFramer::overflowOnManyDataLines()
{
    const QByteArray line = "data: " + QByteArray(30, 'y') + "\n";
    const Framed framed = frame({line + line + line + "\n"}, 64);
    QVERIFY(framed.overflowed);
    QVERIFY(framed.events.isEmpty());

    const Framed under = frame({line + line + "\n"}, 64);
    QVERIFY(!under.overflowed);
    QCOMPARE(under.events, QByteArrayList{describe(
                               {}, QByteArray(QByteArray(30, 'y') + '\n' + QByteArray(30, 'y')))});
}

void TestSseFramer::overflowStopsTheFramer()
{
    const Framed framed = frame(
        {"data: a\n\n", "data: " + QByteArray(200, 'x'), "\n\ndata: b\n\n", "data: c\n\n"}, 64);
    QCOMPARE(framed.events, QByteArrayList{describe({}, "a")});
    QVERIFY(framed.overflowed);
}

void TestSseFramer::overflowAtLimitIsChunkingInvariant_data()
{
    QTest::addColumn<int>("dataBytes");
    for (int n = 56; n <= 66; ++n)
        QTest::addRow("data of %d bytes, limit 64", n) << n;
}

void TestSseFramer::overflowAtLimitIsChunkingInvariant()
{
    // Rule 5.1.9: where the bytes are cut must never change the outcome, at the limit too.
    QFETCH(int, dataBytes);
    const QByteArray body = "data: " + QByteArray(dataBytes, 'z') + "\r\n\r\n";
    const Framed whole = frame({body}, 64);
    for (const QByteArrayList &split : Fixtures::everyTwoPieceSplit(body)) {
        const Framed framed = frame(split, 64);
        QVERIFY2(framed.overflowed == whole.overflowed && framed.events == whole.events,
                 qPrintable(u"split at %1: overflowed %2, whole: %3"_s.arg(split.first().size())
                                .arg(framed.overflowed)
                                .arg(whole.overflowed)));
    }
    const Framed bytes = frame(Fixtures::splitBytes(body, 1), 64);
    QCOMPARE(bytes.overflowed, whole.overflowed);
}

void TestSseFramer::severalMegabyteEventIsKeptWhole()
{
    // 5.1.10: single events of several MB occur; the default cap must not truncate them.
    QByteArray payload(5 * 1024 * 1024, 'q');
    for (qsizetype i = 0; i < payload.size(); i += 997)
        payload[i] = char('a' + i % 26);
    const QByteArray body = "data: " + payload + "\n\ndata: next\n\n";
    SseFramer framer;
    QList<SseEvent> events;
    for (const QByteArray &piece : Fixtures::splitBytes(body, 65536)) {
        framer.append(piece);
        SseEvent event;
        while (framer.nextEvent(&event))
            events.append(event);
    }
    QVERIFY(!framer.overflowed());
    QCOMPARE(events.size(), 2);
    QVERIFY(events.at(0).data == payload);
    QCOMPARE(events.at(1).data, "next"_ba);
}

QTEST_GUILESS_MAIN(TestSseFramer)
#include "tst_sseframer.moc"
