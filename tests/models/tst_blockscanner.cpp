// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "blockscanner.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/**
 * The blocks of @p result as text: a Markdown block as its source, a code piece as
 * "code[language]:" and its code, with " S" (codeStart) and " E" (codeEnd); an open block is
 * prefixed with "open:".
 */
QStringList describe(const QString &text, const BlockScanner::Result &result)
{
    QStringList out;
    for (const ScannedBlock &b : result.blocks) {
        QString s = b.isCode ? u"code["_s + b.language + u"]:"_s + b.code +
                                   (b.codeStart ? u" S"_s : QString()) +
                                   (b.codeEnd ? u" E"_s : QString())
                             : text.sliced(b.start, b.end - b.start);
        if (b.continuation)
            s.prepend(u"more:"_s);
        out.append(b.finished ? s : u"open:"_s + s);
    }
    return out;
}

QStringList scanned(const QString &text, bool final)
{
    return describe(text, BlockScanner::scan(text, 0, {}, final));
}

/** Scans @p text as it grows by @p step characters; the finished blocks, then the last tail. */
QStringList scannedInPieces(const QString &text, int step)
{
    QStringList finished;
    qsizetype openStart = 0;
    BlockScanner::Context context;
    for (qsizetype size = step;; size += step) {
        const bool final = size >= text.size();
        const QString sofar = text.first(qMin(size, text.size()));
        const BlockScanner::Result result = BlockScanner::scan(sofar, openStart, context, final);
        for (const QString &block : describe(sofar, result)) {
            if (!block.startsWith(u"open:"_s))
                finished.append(block);
        }
        openStart = result.openStart;
        context = result.openContext;
        if (final)
            return finished;
    }
}

} // namespace

class TestBlockScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blocks_data();
    void blocks();
    void codeIsCutIntoPieces();
    void longListsContinueInRows();
    void resumingFindsTheSameBlocks_data();
    void resumingFindsTheSameBlocks();
};

void TestBlockScanner::blocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("streaming"); // more text may come
    QTest::addColumn<QStringList>("final");

    QTest::newRow("a blank line ends a paragraph")
        << u"one\n\ntwo\n"_s << QStringList{u"one\n"_s, u"open:two\n"_s}
        << QStringList{u"one\n"_s, u"two\n"_s};
    QTest::newRow("an incomplete line decides nothing")
        << u"para\n\n# Hea"_s << QStringList{u"para\n"_s, u"open:# Hea"_s}
        << QStringList{u"para\n"_s, u"# Hea"_s};
    QTest::newRow("a list goes on after a blank line")
        << u"- a\n\n- b\n"_s << QStringList{u"open:- a\n\n- b\n"_s}
        << QStringList{u"- a\n\n- b\n"_s};
    QTest::newRow("lazy text stays in the quote")
        << u"> q\nlazy\n"_s << QStringList{u"open:> q\nlazy\n"_s} << QStringList{u"> q\nlazy\n"_s};
    QTest::newRow("a heading and a list interrupt a paragraph")
        << u"text\n# h\n- item\n"_s << QStringList{u"text\n"_s, u"# h\n"_s, u"open:- item\n"_s}
        << QStringList{u"text\n"_s, u"# h\n"_s, u"- item\n"_s};
    QTest::newRow("an ordered item from 2 does not")
        << u"text\n2. item\n"_s << QStringList{u"open:text\n2. item\n"_s}
        << QStringList{u"text\n2. item\n"_s};
    QTest::newRow("a table is one block")
        << u"| a |\n|---|\n| 1 |\n\nafter\n"_s
        << QStringList{u"| a |\n|---|\n| 1 |\n"_s, u"open:after\n"_s}
        << QStringList{u"| a |\n|---|\n| 1 |\n"_s, u"after\n"_s};
    QTest::newRow("a fence still opening is an empty code block")
        << u"```py"_s << QStringList{u"open:code[py]: S"_s} << QStringList{u"code[py]: S E"_s};
    QTest::newRow("what may become the closing fence is not code yet")
        << u"```\na\n``"_s << QStringList{u"open:code[]:a\n S"_s}
        << QStringList{u"code[]:a\n`` S E"_s};
    QTest::newRow("a fence interrupts a paragraph")
        << u"para\n```c\nint x;\n```\nafter"_s
        << QStringList{u"para\n"_s, u"code[c]:int x;\n S E"_s, u"open:after"_s}
        << QStringList{u"para\n"_s, u"code[c]:int x;\n S E"_s, u"after"_s};
    QTest::newRow("the fence's indentation leaves the code")
        << u"  ```\n  indented\n   three\n ```\n"_s
        << QStringList{u"code[]:indented\n three\n S E"_s}
        << QStringList{u"code[]:indented\n three\n S E"_s};
    QTest::newRow("indented code ends at an unindented line")
        << u"    code\n\n    more\npara\n"_s
        << QStringList{u"    code\n\n    more\n"_s, u"open:para\n"_s}
        << QStringList{u"    code\n\n    more\n"_s, u"para\n"_s};
}

void TestBlockScanner::blocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, streaming);
    QFETCH(QStringList, final);
    QCOMPARE(scanned(text, false), streaming);
    QCOMPARE(scanned(text, true), final);
}

void TestBlockScanner::codeIsCutIntoPieces()
{
    QString code;
    for (int i = 0; i < 2 * BlockScanner::kCodePieceLines + 5; ++i)
        code += u"line %1\n"_s.arg(i);
    const QString text = u"```js\n"_s + code;
    BlockScanner::Result result = BlockScanner::scan(text, 0, {}, false);
    QCOMPARE(result.blocks.size(), 3);
    const ScannedBlock &first = result.blocks.at(0);
    QVERIFY(first.isCode && first.finished && first.codeStart && !first.codeEnd);
    QCOMPARE(first.code.count(u'\n'), BlockScanner::kCodePieceLines);
    QVERIFY(result.blocks.at(1).finished && !result.blocks.at(1).codeStart);
    QVERIFY(!result.blocks.at(2).finished);
    QCOMPARE(result.blocks.at(2).language, u"js"_s);
    // The next scan starts at the open piece, inside the fence.
    QCOMPARE(result.openStart, result.blocks.at(2).start);
    QVERIFY(result.openContext.inFence);
    const QString closed = text + u"```\nafter\n"_s;
    result = BlockScanner::scan(closed, result.openStart, result.openContext, true);
    QCOMPARE(describe(closed, result),
             (QStringList{u"code[js]:"_s + code.sliced(code.indexOf(u"line 80"_s)) + u" E"_s,
                          u"after\n"_s}));
    QString whole;
    for (const ScannedBlock &block : BlockScanner::scan(closed, 0, {}, true).blocks)
        whole += block.code;
    QCOMPARE(whole, code);
}

void TestBlockScanner::longListsContinueInRows()
{
    QString list;
    for (int i = 1; i <= 200; ++i)
        list += u"- item %1 with some words\n"_s.arg(i);
    const BlockScanner::Result result = BlockScanner::scan(list, 0, {}, true);
    QVERIFY(result.blocks.size() > 2);
    QString joined;
    for (qsizetype i = 0; i < result.blocks.size(); ++i) {
        const ScannedBlock &block = result.blocks.at(i);
        QCOMPARE(block.continuation, i > 0);
        QVERIFY(block.end - block.start < BlockScanner::kListChunkChars + 64);
        QVERIFY(list.sliced(block.start).startsWith(u"- item"_s)); // rows start at an item
        joined += list.sliced(block.start, block.end - block.start);
    }
    QCOMPARE(joined, list);
}

void TestBlockScanner::resumingFindsTheSameBlocks_data()
{
    QTest::addColumn<int>("step");
    for (const int step : {1, 2, 3, 7, 64})
        QTest::addRow("%d", step) << step;
}

void TestBlockScanner::resumingFindsTheSameBlocks()
{
    QFETCH(int, step);
    QString code;
    for (int i = 0; i < 90; ++i)
        code += i % 7 == 0 ? u"\n"_s : u"  int x%1 = %1; // ```\n"_s.arg(i);
    QString list;
    for (int i = 1; i <= 150; ++i)
        list += u"%1. item **%1**\n"_s.arg(i) + (i % 9 == 0 ? u"\n     continued\n"_s : QString());
    const QString text = u"# Title\nIntro text\nthat goes on.\n\n> quote\nlazy\n\n- a\n- b\n\n"
                         u"  nested\n\n| h | i |\n|---|---|\n| 1 | 2 |\n\n***\n    indented\n\n"_s +
                         u"~~~~ cpp\n"_s + code + u"~~~~\n\n"_s + list + u"\nSetext\n===\n"_s +
                         u"[ref]: https://example.com\n\n```\nunclosed\n"_s;
    // Where a scan resumes (the open tail and its context), it finds what one scan finds.
    QCOMPARE(scannedInPieces(text, step), scanned(text, true));
}

QTEST_APPLESS_MAIN(TestBlockScanner)
#include "tst_blockscanner.moc"
