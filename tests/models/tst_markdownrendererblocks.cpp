// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownRenderer blocks: paragraphs, headings, lists, quotes, rules, tables, fenced/indented code

#include "markdownrenderertesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownRendererTesting;

class TestMarkdownRendererBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureCheckerCatchesProblems();
    void emptyInput_data();
    void emptyInput();
    void exactOutput_data();
    void exactOutput();
    void nestedLists();
    void taskLists();
    void tables();
    void fencedCodeIsVerbatimAndEscaped();
    void indentedCode();
};

void TestMarkdownRendererBlocks::structureCheckerCatchesProblems()
{
    // The checker is what most tests lean on: make sure it fails where it must.
    QVERIFY(structureError(u"<p>a</p>\n<hr />"_s).isEmpty());
    QVERIFY(!structureError(u"<img src=\"x\">"_s).isEmpty());
    QVERIFY(!structureError(u"<p>a"_s).isEmpty());
    QVERIFY(!structureError(u"<p><em>a</p></em>"_s).isEmpty());
    QVERIFY(!structureError(u"<a href=\"javascript:x\">a</a>"_s).isEmpty());
    QVERIFY(!structureError(u"<p onclick=\"x\">a</p>"_s).isEmpty());
    QVERIFY(!structureError(u"<a href=\"http://x\" onclick=\"y\">a</a>"_s).isEmpty());
    QVERIFY(!structureError(u"<br onclick=\"y\" />"_s).isEmpty());
    QVERIFY(!structureError(u"</br>"_s).isEmpty());
    QVERIFY(structureError(u"<ol start=\"3\"><li>a</li></ol>"_s).isEmpty());
}

void TestMarkdownRendererBlocks::emptyInput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("blank lines") << u"\n\n\n"_s;
    QTest::newRow("spaces") << u"   \t  \n  "_s;
}

void TestMarkdownRendererBlocks::emptyInput()
{
    QFETCH(QString, markdown);
    QCOMPARE(render(markdown).trimmed(), QString());
}

void TestMarkdownRendererBlocks::exactOutput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("paragraph") << u"Hello world"_s << u"<p>Hello world</p>\n"_s;
    QTest::newRow("two paragraphs") << u"a\n\nb"_s << u"<p>a</p>\n<p>b</p>\n"_s;
    QTest::newRow("soft break is not <br>") << u"a\nb"_s << u"<p>a\nb</p>\n"_s;
    QTest::newRow("hard break spaces") << u"a  \nb"_s << u"<p>a<br />\nb</p>\n"_s;
    QTest::newRow("hard break backslash") << u"a\\\nb"_s << u"<p>a<br />\nb</p>\n"_s;

    QTest::newRow("h1") << u"# One"_s << u"<h1>One</h1>\n"_s;
    QTest::newRow("h2") << u"## Two"_s << u"<h2>Two</h2>\n"_s;
    QTest::newRow("h3") << u"### Three"_s << u"<h3>Three</h3>\n"_s;
    QTest::newRow("h4") << u"#### Four"_s << u"<h4>Four</h4>\n"_s;
    QTest::newRow("h5") << u"##### Five"_s << u"<h5>Five</h5>\n"_s;
    QTest::newRow("h6") << u"###### Six"_s << u"<h6>Six</h6>\n"_s;
    QTest::newRow("seven # is a paragraph") << u"####### Seven"_s << u"<p>####### Seven</p>\n"_s;
    QTest::newRow("setext h1") << u"Title\n====="_s << u"<h1>Title</h1>\n"_s;
    QTest::newRow("setext h2") << u"Title\n-----"_s << u"<h2>Title</h2>\n"_s;
    QTest::newRow("heading with emphasis")
        << u"## *a* **b**"_s << u"<h2><em>a</em> <strong>b</strong></h2>\n"_s;

    QTest::newRow("em star") << u"*em*"_s << u"<p><em>em</em></p>\n"_s;
    QTest::newRow("em underscore") << u"_em_"_s << u"<p><em>em</em></p>\n"_s;
    QTest::newRow("strong") << u"**strong**"_s << u"<p><strong>strong</strong></p>\n"_s;
    QTest::newRow("strong underscore") << u"__strong__"_s << u"<p><strong>strong</strong></p>\n"_s;
    QTest::newRow("strong em") << u"***both***"_s << u"<p><em><strong>both</strong></em></p>\n"_s;
    QTest::newRow("strikethrough") << u"~~gone~~"_s << u"<p><s>gone</s></p>\n"_s;
    QTest::newRow("intraword underscore is literal")
        << u"snake_case_name"_s << u"<p>snake_case_name</p>\n"_s;
    QTest::newRow("escaped star") << u"\\*not em\\*"_s << u"<p>*not em*</p>\n"_s;

    QTest::newRow("bullet list") << u"- a\n- b"_s << u"<ul><li>a</li>\n<li>b</li>\n</ul>\n"_s;
    QTest::newRow("star list") << u"* a\n* b"_s << u"<ul><li>a</li>\n<li>b</li>\n</ul>\n"_s;
    QTest::newRow("ordered list") << u"1. a\n2. b"_s << u"<ol><li>a</li>\n<li>b</li>\n</ol>\n"_s;
    QTest::newRow("ordered list start")
        << u"3. c\n4. d"_s << u"<ol start=\"3\"><li>c</li>\n<li>d</li>\n</ol>\n"_s;
    QTest::newRow("loose list") << u"- a\n\n- b"_s
                                << u"<ul><li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n"_s;

    QTest::newRow("blockquote") << u"> quoted"_s << u"<blockquote><p>quoted</p>\n</blockquote>\n"_s;
    QTest::newRow("nested blockquote")
        << u"> a\n>> b"_s
        << u"<blockquote><p>a</p>\n<blockquote><p>b</p>\n</blockquote>\n</blockquote>\n"_s;
    QTest::newRow("hr dashes") << u"a\n\n---\n\nb"_s << u"<p>a</p>\n<hr />\n<p>b</p>\n"_s;
    QTest::newRow("hr stars") << u"***"_s << u"<hr />\n"_s;
}

void TestMarkdownRendererBlocks::exactOutput()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRendererBlocks::nestedLists()
{
    const QString html = render(u"- a\n  - b\n    1. c\n    2. d\n- e"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html, u"<ul><li>a<ul><li>b<ol><li>c</li>\n<li>d</li>\n</ol>\n</li>\n</ul>\n</li>\n"
                   u"<li>e</li>\n</ul>\n"_s);
}

void TestMarkdownRendererBlocks::taskLists()
{
    const QString html = render(u"- [ ] todo\n- [x] done\n- [X] also done\n- plain"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html, u"<ul><li>\u2610 todo</li>\n<li>\u2611 done</li>\n<li>\u2611 also done</li>\n"
                   u"<li>plain</li>\n</ul>\n"_s);
    QVERIFY(!html.contains(u"[ ]"_s));
    QVERIFY(!html.contains(u"[x]"_s, Qt::CaseInsensitive));
    // Also in ordered lists.
    QCOMPARE(render(u"1. [x] shipped"_s), u"<ol><li>\u2611 shipped</li>\n</ol>\n"_s);
}

void TestMarkdownRendererBlocks::tables()
{
    const QString html =
        render(u"| Left | Center | Right | Plain |\n|:-----|:------:|------:|-------|\n"
               u"| a | **b** | `c` | <b>d</b> |\n| 1 | 2 | 3 | 4 |"_s);
    VERIFY_STRUCTURE(html);
    QVERIFY(html.startsWith(kTableOpen + u"<thead><tr>"_s));
    QVERIFY(html.contains(u"<th align=\"left\">Left</th><th align=\"center\">Center</th>"
                          u"<th align=\"right\">Right</th><th>Plain</th></tr>\n</thead>"_s));
    QVERIFY(html.contains(u"<tbody><tr><td align=\"left\">a</td>"
                          u"<td align=\"center\"><strong>b</strong></td>"
                          u"<td align=\"right\">"_s +
                          kInlineCodeOpen + u"c</code></td><td>&lt;b&gt;d&lt;/b&gt;</td></tr>"_s));
    QVERIFY(html.contains(u"<tr><td align=\"left\">1</td><td align=\"center\">2</td>"
                          u"<td align=\"right\">3</td><td>4</td></tr>\n</tbody>\n</table>\n"_s));
    QCOMPARE(html.count(u"<tr>"_s), 3);

    // A pipe line without a delimiter row is no table.
    QCOMPARE(render(u"| a | b |"_s), u"<p>| a | b |</p>\n"_s);
}

void TestMarkdownRendererBlocks::fencedCodeIsVerbatimAndEscaped()
{
    const QString code = u"<b>bold?</b> & \"quotes\" 'single'\n"
                         u"  indented  *not em* _nor_ [link](http://x)\n"
                         u"tab\there &amp; <script>alert(1)</script>"_s;
    const QString escaped = u"&lt;b&gt;bold?&lt;/b&gt; &amp; &quot;quotes&quot; &#39;single&#39;\n"
                            u"  indented  *not em* _nor_ [link](http://x)\n"
                            u"tab\there &amp;amp; &lt;script&gt;alert(1)&lt;/script&gt;"_s;
    for (const QString &fence : {u"```html"_s, u"~~~"_s, u"````"_s}) {
        const QString closing =
            fence.first(3) == u"```" && fence.size() == 4 ? u"````"_s : fence.first(3);
        const QString html = render(fence + u'\n' + code + u'\n' + closing);
        VERIFY_STRUCTURE(html);
        QCOMPARE(html, kCodeBlockOpen + escaped + u"</pre>\n"_s);
        QVERIFY(!html.contains(u"html"_s)); // the info string is not emitted anywhere
    }
    // Empty lines inside are kept; an unclosed fence runs to the end.
    QCOMPARE(render(u"```\na\n\n\nb"_s), kCodeBlockOpen + u"a\n\n\nb</pre>\n"_s);
    QCOMPARE(render(u"```\n```"_s), kCodeBlockOpen + u"</pre>\n"_s);
}

void TestMarkdownRendererBlocks::indentedCode()
{
    const QString html = render(u"para\n\n    <i>code</i>\n      more"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html,
             u"<p>para</p>\n"_s + kCodeBlockOpen + u"&lt;i&gt;code&lt;/i&gt;\n  more</pre>\n"_s);
}

QTEST_APPLESS_MAIN(TestMarkdownRendererBlocks)
#include "tst_markdownrendererblocks.moc"
