// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "markdownsyntax.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownSyntax;

class TestMarkdownSyntax : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indent();
    void lineKinds_data();
    void lineKinds();
    void listItems_data();
    void listItems();
    void fences();
};

void TestMarkdownSyntax::indent()
{
    QCOMPARE(indentOf(u"x").column, 0);
    const Indent tabbed = indentOf(u"  \tx");
    QCOMPARE(tabbed.column, 4); // a tab goes to the next multiple of 4
    QCOMPARE(tabbed.offset, 3);
    QCOMPARE(indentOf(u" \t \tx").column, 8);
    QCOMPARE(indentOf(u"   ").offset, 3);
    QVERIFY(isBlank(u" \t\r"));
    QVERIFY(isBlank(u""));
    QVERIFY(!isBlank(u"  x"));
}

void TestMarkdownSyntax::lineKinds_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("kinds"); // of: heading break setext definition delimiter quote

    QTest::newRow("heading") << u"# a"_s << u"heading"_s;
    QTest::newRow("heading, 3 columns in") << u"   ###### a"_s << u"heading"_s;
    QTest::newRow("bare #") << u"#"_s << u"heading"_s;
    QTest::newRow("#a") << u"#a"_s << QString();
    QTest::newRow("7 #") << u"####### a"_s << QString();
    QTest::newRow("heading, 4 columns in") << u"    # a"_s << QString();
    QTest::newRow("***") << u"***"_s << u"break"_s;
    QTest::newRow("- - -") << u" - - -"_s << u"break"_s;
    QTest::newRow("---") << u"---"_s << u"break setext"_s;
    QTest::newRow("===") << u"  ===  "_s << u"setext"_s;
    QTest::newRow("= =") << u"= ="_s << QString();
    QTest::newRow("--") << u"--"_s << u"setext"_s;
    QTest::newRow("**a") << u"**a"_s << QString();
    QTest::newRow("definition") << u"[a]: https://x"_s << u"definition"_s;
    QTest::newRow("definition, escaped ]") << u"[a\\]]: x"_s << u"definition"_s;
    QTest::newRow("definition without destination") << u"[a]:  "_s << QString();
    QTest::newRow("empty label") << u"[]: x"_s << QString();
    QTest::newRow("nested bracket") << u"[a[b]]: x"_s << QString();
    QTest::newRow("link") << u"[a](x)"_s << QString();
    QTest::newRow("delimiter row") << u"|---|:-:|"_s << u"delimiter"_s;
    QTest::newRow("delimiter row without pipe") << u":---:"_s << QString();
    QTest::newRow("table row") << u"| a |"_s << QString();
    QTest::newRow("quote") << u"   > a"_s << u"quote"_s;
    QTest::newRow("quote, 4 columns in") << u"    > a"_s << QString();
}

void TestMarkdownSyntax::lineKinds()
{
    QFETCH(QString, line);
    QFETCH(QString, kinds);
    QStringList found;
    if (isAtxHeading(line))
        found << u"heading"_s;
    if (isThematicBreak(line))
        found << u"break"_s;
    if (isSetextUnderline(line))
        found << u"setext"_s;
    if (isDefinitionLine(line))
        found << u"definition"_s;
    if (isDelimiterRow(line))
        found << u"delimiter"_s;
    if (isQuoteLine(line))
        found << u"quote"_s;
    QCOMPARE(found.join(u' '), kinds);
}

void TestMarkdownSyntax::listItems_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QChar>("marker");
    QTest::addColumn<qint64>("number"); // -1: unordered
    QTest::addColumn<int>("contentColumn");
    QTest::addColumn<bool>("interrupts"); // may interrupt a paragraph

    QTest::newRow("- a") << u"- a"_s << true << QChar(u'-') << qint64(-1) << 2 << true;
    QTest::newRow("  * a") << u"  *   a"_s << true << QChar(u'*') << qint64(-1) << 6 << true;
    QTest::newRow("1. a") << u"1. a"_s << true << QChar(u'.') << qint64(1) << 3 << true;
    QTest::newRow("10) a") << u"10) a"_s << true << QChar(u')') << qint64(10) << 4 << false;
    QTest::newRow("empty item") << u"-"_s << true << QChar(u'-') << qint64(-1) << 2 << false;
    QTest::newRow("indented code in an item")
        << u"-      code"_s << true << QChar(u'-') << qint64(-1) << 2 << true;
    QTest::newRow("-a") << u"-a"_s << false << QChar() << qint64(0) << 0 << false;
    QTest::newRow("1.5") << u"1.5"_s << false << QChar() << qint64(0) << 0 << false;
    QTest::newRow("10 digits") << u"1234567890. a"_s << false << QChar() << qint64(0) << 0 << false;
    QTest::newRow("thematic break") << u"* * *"_s << false << QChar() << qint64(0) << 0 << false;
    QTest::newRow("4 columns in") << u"    - a"_s << false << QChar() << qint64(0) << 0 << false;
}

void TestMarkdownSyntax::listItems()
{
    QFETCH(QString, line);
    QFETCH(bool, valid);
    QFETCH(QChar, marker);
    QFETCH(qint64, number);
    QFETCH(int, contentColumn);
    QFETCH(bool, interrupts);
    const ListItem item = listItemOf(line);
    QCOMPARE(item.valid, valid);
    QCOMPARE(canInterruptParagraph(item), interrupts);
    if (!valid)
        return;
    QCOMPARE(item.marker, marker);
    QCOMPARE(item.ordered, number >= 0);
    if (number >= 0)
        QCOMPARE(item.number, number);
    QCOMPARE(item.contentColumn, contentColumn);
}

void TestMarkdownSyntax::fences()
{
    CodeFence fence;
    QVERIFY(isFenceOpener(u"  ```cpp {.x}"_s, &fence));
    QCOMPARE(fence.mark, QChar(u'`'));
    QCOMPARE(fence.length, 3);
    QCOMPARE(fence.indent, 2);
    QCOMPARE(fence.language, u"cpp"_s);
    QVERIFY(isFenceOpener(u"~~~~ py3 extra"_s, &fence));
    QCOMPARE(fence.mark, QChar(u'~'));
    QCOMPARE(fence.length, 4);
    QCOMPARE(fence.language, u"py3"_s);
    QVERIFY(isFenceOpener(u"~~~a~b"_s));  // a tilde fence's info may hold tildes
    QVERIFY(!isFenceOpener(u"```a`b"_s)); // a backtick fence's may not hold backticks
    QVERIFY(!isFenceOpener(u"``"_s));
    QVERIFY(!isFenceOpener(u"    ```"_s));

    QVERIFY(isFenceOpener(u"````"_s, &fence));
    QVERIFY(closesFence(fence, u"````"_s));
    QVERIFY(closesFence(fence, u"   `````  "_s));
    QVERIFY(!closesFence(fence, u"```"_s)); // shorter than the opener
    QVERIFY(!closesFence(fence, u"```` x"_s));
    QVERIFY(!closesFence(fence, u"    ````"_s));
    QVERIFY(!closesFence(fence, u"~~~~"_s));
    QVERIFY(mayBecomeCloser(fence, u""_s));
    QVERIFY(mayBecomeCloser(fence, u"  ``"_s));
    QVERIFY(!mayBecomeCloser(fence, u"`x"_s));
    QVERIFY(!mayBecomeCloser(fence, u"    `"_s));
}

QTEST_APPLESS_MAIN(TestMarkdownSyntax)
#include "tst_markdownsyntax.moc"
