// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "fixtures.h"
#include "ndjsonframer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kDataDir = QStringLiteral(CONFAB_TEST_DATA_DIR);

struct Framed
{
    QByteArrayList lines;
    bool overflowed = false;
};

Framed frame(const QByteArrayList &pieces, qsizetype limit = NdjsonFramer::kDefaultMaxLineBytes)
{
    NdjsonFramer framer(limit);
    Framed out;
    QByteArray line;
    for (const QByteArray &piece : pieces) {
        framer.append(piece);
        while (framer.nextLine(&line))
            out.lines.append(line);
    }
    if (framer.finish(&line))
        out.lines.append(line);
    out.overflowed = framer.overflowed();
    return out;
}
} // namespace

class TestNdjsonFramer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void fixtures_data();
    void fixtures();
    void finishOnlyReturnsTheTail();
    void overflow();
    void overflowAtLimitIsChunkingInvariant_data();
    void overflowAtLimitIsChunkingInvariant();
};

void TestNdjsonFramer::rules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArrayList>("lines");

    QTest::newRow("lf") << "{\"a\":1}\n{\"b\":2}\n"_ba << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("crlf") << "{\"a\":1}\r\n{\"b\":2}\r\n"_ba
                          << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("mixed") << "{\"a\":1}\r\n{\"b\":2}\n"_ba
                           << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("blank lines skipped")
        << "\n{\"a\":1}\n\n\r\n   \n{\"b\":2}\n\n"_ba << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
    QTest::newRow("last line without newline")
        << "{\"a\":1}\n{\"done\":true}"_ba << QByteArrayList{"{\"a\":1}", "{\"done\":true}"};
    QTest::newRow("last line without newline, with cr")
        << "{\"a\":1}\n{\"done\":true}\r"_ba << QByteArrayList{"{\"a\":1}", "{\"done\":true}"};
    QTest::newRow("only blank") << "\n\r\n\n"_ba << QByteArrayList{};
    QTest::newRow("empty") << QByteArray() << QByteArrayList{};
    QTest::newRow("utf-8 and U+2028 stay inside the line")
        << "{\"t\":\"\xC3\xA9\xE2\x80\xA8\xF0\x9F\x98\x80\"}\n"_ba
        << QByteArrayList{"{\"t\":\"\xC3\xA9\xE2\x80\xA8\xF0\x9F\x98\x80\"}"};
    QTest::newRow("lone cr is not a terminator")
        << "{\"a\":1}\r{\"b\":2}\n"_ba << QByteArrayList{"{\"a\":1}\r{\"b\":2}"};
}

void TestNdjsonFramer::rules()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArrayList, lines);
    QList<QByteArrayList> chunkings{{body},
                                    Fixtures::splitBytes(body, 1),
                                    Fixtures::splitLines(body),
                                    Fixtures::splitRandom(body, 7, 5)};
    chunkings += Fixtures::everyTwoPieceSplit(body);
    for (const QByteArrayList &pieces : chunkings) {
        const Framed framed = frame(pieces);
        if (framed.lines != lines || framed.overflowed) {
            qWarning() << "chunking" << pieces;
            QCOMPARE(framed.lines, lines);
            QVERIFY(!framed.overflowed);
        }
    }
}

void TestNdjsonFramer::fixtures_data()
{
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QByteArrayList>("pieces");
    const QStringList cases = Fixtures::listCases(kDataDir, {}, {Fixtures::Format::Ndjson});
    QVERIFY(cases.size() >= 5);
    for (const QString &id : cases) {
        const Fixtures::Case c = Fixtures::loadCase(kDataDir, id);
        QVERIFY2(c.isValid(), qPrintable(c.error));
        for (const auto &[spec, pieces] : Fixtures::standardChunkings(c.body(), c.format))
            QTest::addRow("%s %s", qPrintable(id), qPrintable(spec)) << id << pieces;
    }
}

void TestNdjsonFramer::fixtures()
{
    QFETCH(QString, caseId);
    QFETCH(QByteArrayList, pieces);
    const Fixtures::Case c = Fixtures::loadCase(kDataDir, caseId);
    QVERIFY2(c.isValid(), qPrintable(c.error));
    // Reference: the non-blank lines of the body, each without its terminator.
    QByteArrayList expected;
    for (QByteArray line : c.body().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            expected.append(line);
    }
    QVERIFY(!expected.isEmpty());
    const Framed framed = frame(pieces);
    QCOMPARE(framed.lines, expected);
    QVERIFY(!framed.overflowed);
}

void TestNdjsonFramer::finishOnlyReturnsTheTail()
{
    NdjsonFramer framer;
    QByteArray line;
    framer.append("{\"a\":1}\n{\"b\"");
    QVERIFY(framer.nextLine(&line));
    QCOMPARE(line, "{\"a\":1}"_ba);
    QVERIFY(!framer.nextLine(&line));
    framer.append(":2}");
    QVERIFY(!framer.nextLine(&line));
    QVERIFY(framer.finish(&line));
    QCOMPARE(line, "{\"b\":2}"_ba);
    QVERIFY(!framer.finish(&line)); // nothing left
}

void TestNdjsonFramer::overflow()
{
    {
        const Framed framed = frame({"{\"a\":1}\n", QByteArray(100, 'x')}, 64);
        QCOMPARE(framed.lines, QByteArrayList{"{\"a\":1}"});
        QVERIFY(framed.overflowed);
    }
    {
        const Framed framed = frame({"{\"a\":1}\n" + QByteArray(100, 'x') + "\n{\"b\":2}\n"}, 64);
        QCOMPARE(framed.lines, QByteArrayList{"{\"a\":1}"});
        QVERIFY(framed.overflowed);
    }
    {
        const Framed framed = frame({QByteArray(64, 'y') + "\n"}, 64);
        QCOMPARE(framed.lines, QByteArrayList{QByteArray(64, 'y')});
        QVERIFY(!framed.overflowed);
    }
}

void TestNdjsonFramer::overflowAtLimitIsChunkingInvariant_data()
{
    QTest::addColumn<QByteArray>("body");
    for (int n = 62; n <= 66; ++n) {
        QTest::addRow("%d bytes lf", n) << QByteArray(QByteArray(n, 'z') + "\n");
        QTest::addRow("%d bytes crlf", n) << QByteArray(QByteArray(n, 'z') + "\r\n");
    }
}

void TestNdjsonFramer::overflowAtLimitIsChunkingInvariant()
{
    QFETCH(QByteArray, body);
    const Framed whole = frame({body}, 64);
    for (const QByteArrayList &split : Fixtures::everyTwoPieceSplit(body)) {
        const Framed framed = frame(split, 64);
        QVERIFY2(framed.overflowed == whole.overflowed && framed.lines == whole.lines,
                 qPrintable(u"split at %1: overflowed %2, whole: %3"_s.arg(split.first().size())
                                .arg(framed.overflowed)
                                .arg(whole.overflowed)));
    }
}

QTEST_GUILESS_MAIN(TestNdjsonFramer)
#include "tst_ndjsonframer.moc"
