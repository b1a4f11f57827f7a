// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownRenderer under hostile input: nesting caps, huge tables, output explosion, time budgets.

#include "markdownrenderertesting.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownRendererTesting;

namespace {

const QString kPlainTextOpen = u"<p style=\"white-space: pre-wrap;\">"_s;

/*
 * md4c before 0.5 (Debian 12 ships 0.4.8) is quadratic on several inputs inside md4c itself,
 * where the emitter cannot step in. 0.5.0 also accepts one-dash table delimiter rows, which is
 * how the running library is told apart.
 */
bool md4cBefore05()
{
    static const bool before = !MarkdownRenderer::toHtml(u"a|b\n-|-"_s).contains(u"<table"_s);
    return before;
}

} // namespace

class TestMarkdownRendererLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deepNestingIsCapped();
    void unpairedSpanEvents_data();
    void unpairedSpanEvents();
    void hostileTablesLoseTheirTables();
    void outputExplosionFallsBackToPlainText();
    void pathological_data();
    void pathological();
};

void TestMarkdownRendererLimits::deepNestingIsCapped()
{
    // Content survives, but no more than 16 levels of container tags reach the RichText layout.
    const QString quotes = render(repeated(u"> "_s, 100) + u"deep"_s);
    VERIFY_STRUCTURE(quotes);
    QCOMPARE(quotes.count(u"<blockquote>"_s), 16);
    QVERIFY(quotes.contains(u"<p>deep</p>"_s));

    QString list;
    for (int i = 0; i < 40; ++i)
        list += repeated(u"  "_s, i) + u"- item"_s + QString::number(i) + u'\n';
    const QString lists = render(list);
    VERIFY_STRUCTURE(lists);
    QCOMPARE(lists.count(u"<ul>"_s), 16);
    for (int i = 0; i < 40; ++i)
        QVERIFY(lists.contains(u"item"_s + QString::number(i) + u'<'));

    const QString emphasis = render(repeated(u"*"_s, 200) + u"x"_s + repeated(u"*"_s, 200));
    VERIFY_STRUCTURE(emphasis);
    QVERIFY(emphasis.contains(u'x'));
    QVERIFY(emphasis.count(u"<strong>"_s) + emphasis.count(u"<em>"_s) <= 32);
}

void TestMarkdownRendererLimits::unpairedSpanEvents_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("images");
    // md4c 0.4.8 to 0.5.3 leave a link here that they never entered; the output stays balanced.
    QTest::newRow("image then bracket") << u"![]([^)*]()"_s << 1;
    QTest::newRow("inside emphasis") << u"**a ![]([^)*]() b**"_s << 1;
    QTest::newRow("inside a link") << u"[x ![]([^)*]() y](https://e.example)"_s << 1;
    QTest::newRow("inside an image") << u"![x ![]([^)*]() y](https://e.example)"_s << 2;
    QTest::newRow("repeated") << repeated(u"*![]([^)*]()* "_s, 1000) << 1000;
}

void TestMarkdownRendererLimits::unpairedSpanEvents()
{
    QFETCH(QString, markdown);
    QFETCH(int, images);
    const QString html = render(markdown);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html.count(kImageMark), images);
    QVERIFY(html.contains(kImageMark + u"([^)"_s));
}

void TestMarkdownRendererLimits::hostileTablesLoseTheirTables()
{
    const QString normal = u"| a | b |\n|---|---|\n| 1 | 2 |\n"_s;
    QVERIFY(render(normal).contains(u"<table"_s));

    // Wider than 128 columns: no table (md4c 0.4 renders the whole document again without
    // tables, so the normal table goes too; md4c >= 0.5.1 refuses such tables itself).
    const QString wide = repeated(u"|h"_s, 200) + u"|\n"_s + repeated(u"|---"_s, 200) + u"|\n"_s +
                         repeated(u"|c"_s, 200) + u"|\n"_s;
    QString html = render(normal + u'\n' + wide);
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<th>h"_s));
    QVERIFY(!html.contains(u"<td>c"_s));
    QCOMPARE(html.count(u"|h"_s), 200);
    QCOMPARE(html.count(u"|c"_s), 200);
    if (md4cBefore05())
        QVERIFY(!html.contains(u"<table"_s));
    QVERIFY(html.contains(u'1'));
    QVERIFY(html.contains(u'2'));

    // Sparse: md4c would fill in 128 cells for every one-character row.
    const QString sparse = repeated(u"|h"_s, 128) + u"|\n"_s + repeated(u"|---"_s, 128) + u"|\n"_s +
                           repeated(u"x\n"_s, 5000);
    QElapsedTimer timer;
    timer.start();
    html = render(sparse);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<table"_s));
    QVERIFY(html.size() < 10 * sparse.size());
    QCOMPARE(html.count(u'x'), 5000);

    // 128 columns with full rows is a table.
    const QString full128 = repeated(u"|h"_s, 128) + u"|\n"_s + repeated(u"|---"_s, 128) +
                            u"|\n"_s + repeated(repeated(u"|c"_s, 128) + u"|\n"_s, 10);
    html = render(full128);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html.count(u"<td>"_s), 1280);
}

void TestMarkdownRendererLimits::outputExplosionFallsBackToPlainText()
{
    // Every use of a reference repeats its URL: 5,000 uses of an 8,000-byte URL would be
    // 40 MB of HTML from 48 KB of input.
    const QString input = u"[r]: https://e.example/"_s + repeated(u"u"_s, 8000) + u'\n' +
                          repeated(u"[r] <b>\n"_s, 5000);
    QElapsedTimer timer;
    timer.start();
    const QString html = render(input);
    const qint64 ms = timer.elapsed();
    qInfo("%d chars in, %d chars out, %lld ms", int(input.size()), int(html.size()), ms);
    // Under the sanitizers everything runs several times slower; the bound still catches a
    // quadratic blow-up, which costs seconds to minutes.
#ifdef CONFAB_SANITIZED
    constexpr qint64 kBudgetMs = 10'000;
#else
    constexpr qint64 kBudgetMs = 1'000;
#endif
    QVERIFY2(ms < kBudgetMs, qPrintable(u"took %1 ms"_s.arg(ms)));
    VERIFY_STRUCTURE(html);
    // Without a bound this is 40 MB; md4c >= 0.5.3 caps it at under 1 MB, the emitter at 3 MB.
    QVERIFY2(html.size() < 3 * 1024 * 1024, qPrintable(QString::number(html.size())));
    QCOMPARE(html.count(u"&lt;b&gt;"_s), 5000);
    // md4c >= 0.5.3 stops expanding the reference itself; 0.4 needs the emitter's budget.
    if (md4cBefore05()) {
        QVERIFY(html.startsWith(kPlainTextOpen));
        QVERIFY(!html.contains(u"<a"_s));
    }
    QVERIFY(!html.contains(u"<b>"_s));
}

void TestMarkdownRendererLimits::pathological_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<bool>("quadraticInMd4c04"); // inside md4c 0.4.x; fixed in 0.5.x
    constexpr int n = 50000;

    QTest::newRow("nested [") << repeated(u"["_s, n) + u"a"_s + repeated(u"]"_s, n) << false;
    QTest::newRow("nested [ with destination")
        << repeated(u"["_s, n) + u"a"_s + repeated(u"](b)"_s, n) << false;
    QTest::newRow("nested *") << repeated(u"*"_s, n) + u"a"_s + repeated(u"*"_s, n) << false;
    QTest::newRow("nested _") << repeated(u"_"_s, n) + u"a"_s + repeated(u"_"_s, n) << false;
    QTest::newRow("nested >") << repeated(u"> "_s, n) + u"a"_s << false;
    QTest::newRow("nested > without spaces") << repeated(u">"_s, n) + u"a"_s << false;
    QTest::newRow("backtick run") << repeated(u"`"_s, n) + u"a"_s << false;
    QString backticks;
    for (int i = 1; backticks.size() < n; ++i)
        backticks += u'e' + repeated(u"`"_s, i);
    QTest::newRow("growing backtick runs") << backticks << false;
    QTest::newRow("10000 links") << repeated(u"[a](http://b.example/c) "_s, 10000) << false;
    QTest::newRow("10000 refused links") << repeated(u"[a](javascript:b) "_s, 10000) << false;
    QTest::newRow("10000 autolinks")
        << repeated(u"https://example.com/x www.e.com "_s, 5000) << false;
    QTest::newRow("10000 images") << repeated(u"![a](http://b.example/c.png) "_s, 10000) << false;
    QString references;
    for (int i = 0; i < 10000; ++i)
        references +=
            u"[ref"_s + QString::number(i) + u"]: http://e.example/"_s + QString::number(i) + u'\n';
    for (int i = 0; i < 10000; ++i)
        references += u"[ref"_s + QString::number(i) + u"] "_s;
    QTest::newRow("10000 reference definitions and uses") << references << false;
    QTest::newRow("10000 definitions of one label")
        << repeated(u"[a]: http://e.example/\n"_s, 10000) + repeated(u"[a] "_s, 10000) << false;
    QTest::newRow("long line of *a**a*") << repeated(u"*a**a*"_s, n) << false;
    QTest::newRow("long line of **a*a**") << repeated(u"**a*a**"_s, n) << false;
    QTest::newRow("nested strong emph")
        << repeated(u"*a **a "_s, n / 4) + u"b"_s + repeated(u" a** a*"_s, n / 4) << false;
    QTest::newRow("emph closers without openers") << repeated(u"a_ "_s, n) << false;
    QTest::newRow("emph openers without closers") << repeated(u"_a "_s, n) << false;
    QTest::newRow("mismatched openers and closers") << repeated(u"*a_ "_s, n) << false;
    QTest::newRow("openers and closers multiple of 3")
        << u"a**b"_s + repeated(u"c* "_s, n) << false;
    QTest::newRow("link openers and emph closers") << repeated(u"[ a_"_s, n) << false;
    QTest::newRow("[ (]( pattern") << repeated(u"[ (]("_s, n) << false;
    QTest::newRow("link closers without openers") << repeated(u"a]"_s, n) << false;
    QTest::newRow("link openers without closers") << repeated(u"[a"_s, n) << false;
    QTest::newRow("unclosed links <") << repeated(u"[a](<b"_s, n) << false;
    QTest::newRow("unclosed links") << repeated(u"[a](b"_s, n) << false;
    QTest::newRow("many ~~") << repeated(u"~~a"_s, n) << false;
    QTest::newRow("many entities") << repeated(u"&amp;&#123;&bogus;"_s, n / 2) << false;
    QTest::newRow("many < raw html") << repeated(u"<a href=\"x\">"_s, n / 2) << false;
    QTest::newRow("many raw html comments") << repeated(u"<!-- a"_s, n) << false;
    QString nestedList;
    for (int i = 0; i < 1000; ++i)
        nestedList += repeated(u" "_s, 2 * i) + u"* a\n"_s;
    QTest::newRow("1000 nested list levels") << nestedList << false;
    QTest::newRow("50000 list items") << repeated(u"- [ ] a\n"_s, n) << false;
    QTest::newRow("wide table") << repeated(u"| a "_s, 2000) + u"|\n"_s +
                                       repeated(u"|---"_s, 2000) + u"|\n"_s +
                                       repeated(repeated(u"| b "_s, 2000) + u"|\n"_s, 20)
                                << false;
    QTest::newRow("long table") << u"| a | b |\n|---|---|\n"_s +
                                       repeated(u"| `x` | **y** |\n"_s, n / 5)
                                << false;
    QTest::newRow("table of unclosed pipes") << u"a|b\n-|-\n"_s + repeated(u"|"_s, n) << false;
    QTest::newRow("many fences") << repeated(u"```\na\n```\n"_s, n / 5) << false;
    QTest::newRow("many NUL") << repeated(QString(QChar(u'\0')), n) << false;
    QTest::newRow("huge paragraph") << repeated(u"word "_s, 4 * n) << false;

    // The rest of md4c's own pathological-tests.py.
    QTest::newRow("U+FEFF") << u"\uFEFFfoo"_s << false;
    QTest::newRow("many 3-emph openers") << repeated(u"a***"_s, n) << false;
    QTest::newRow("many html openers and closers") << repeated(u"<>"_s, n) << false;
    QTest::newRow("many html processing instructions") << u"x"_s + repeated(u"<?"_s, n) << false;
    QTest::newRow("many html CDATA openers") << u"x"_s + repeated(u"<![CDATA["_s, n) << false;
    QTest::newRow("many backticks and escapes") << repeated(u"\\``"_s, n) << false;
    QTest::newRow("broken thematic break") << repeated(u"* "_s, n) + u"a"_s << false;
    QString manyReferences;
    for (int i = 1; i < 80000; ++i)
        manyReferences += u'[' + QString::number(i) + u"]: u\n"_s;
    QTest::newRow("80000 references") << manyReferences + repeated(u"[0] "_s, 20000) << false;
    QTest::newRow("huge table, 0.4 delimiters")
        << repeated(u"th|"_s, 10000) + u'\n' + repeated(u"---|"_s, 10000) + u'\n' +
               repeated(u"td\n"_s, 10000)
        << false;
    QTest::newRow("huge table, 0.5 delimiters")
        << repeated(u"th|"_s, 10000) + u'\n' + repeated(u"-|"_s, 10000) + u'\n' +
               repeated(u"td\n"_s, 10000)
        << false;

    // Quadratic inside md4c 0.4.8, before any callback: only a newer md4c fixes these.
    QTest::newRow("nested invalid link references")
        << repeated(u"["_s, n) + repeated(u"]"_s, n) + u"\n\n[a]: /b"_s << true;
    QTest::newRow("many broken permissive autolinks") << repeated(u"www._"_s, n) + u"x"_s << true;
    QTest::newRow("many broken links") << repeated(u"]([\n"_s, n) << true;
    QTest::newRow("many link reference instantiations")
        << u"[x]: "_s + repeated(u"x"_s, n) + repeated(u"\n[x]"_s, n) << true;
    QTest::newRow("40000 URL autolinks in one paragraph")
        << repeated(u"https://example.com/x "_s, 40000) << true;
}

void TestMarkdownRendererLimits::pathological()
{
    QFETCH(QString, markdown);
    QFETCH(bool, quadraticInMd4c04);
    if (quadraticInMd4c04 && md4cBefore05())
        QSKIP("quadratic inside md4c 0.4.x (seconds to minutes); needs md4c >= 0.5.3");
    QElapsedTimer timer;
    timer.start();
    const QString html = render(markdown);
    const qint64 ms = timer.elapsed();
    qInfo("%s: %d chars in, %d chars out, %lld ms", QTest::currentDataTag(), int(markdown.size()),
          int(html.size()), ms);
    // Under the sanitizers everything runs several times slower; the bound still catches a
    // quadratic blow-up, which costs seconds to minutes.
#ifdef CONFAB_SANITIZED
    constexpr qint64 kBudgetMs = 10'000;
#else
    constexpr qint64 kBudgetMs = 1'000;
#endif
    QVERIFY2(ms < kBudgetMs, qPrintable(u"took %1 ms"_s.arg(ms)));
    QVERIFY(!html.isEmpty());
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<img"_s));
}

QTEST_APPLESS_MAIN(TestMarkdownRendererLimits)
#include "tst_markdownrendererlimits.moc"
