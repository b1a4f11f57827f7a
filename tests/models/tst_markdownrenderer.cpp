// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

#include "markdownrenderer.h"

#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kImageMark = u"\U0001F5BC "_s;
const QString kCodeBlockOpen =
    u"<pre style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.12);\">"_s;
const QString kTableOpen =
    u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; "
    u"border-style: solid; border-color: #808080;\">"_s;
const QString kInlineCodeOpen =
    u"<code style=\"font-family: monospace; background-color: rgba(127, 127, 127, 0.18);\">"_s;

QString render(const QString &markdown)
{
    return MarkdownRenderer::toHtml(markdown);
}

/*
 * Checks the emitter's output contract: every '<' starts an allowed tag (all text '<' are
 * escaped), tags nest properly, the only attributes are the ones the emitter writes, and every
 * href is http(s). Returns an empty string when the HTML is fine, else what is wrong.
 */
QString structureError(const QString &html)
{
    static const QSet<QString> voidTags{u"br"_s, u"hr"_s};
    static const QSet<QString> containerTags{
        u"p"_s,     u"h1"_s,    u"h2"_s, u"h3"_s,         u"h4"_s,  u"h5"_s,   u"h6"_s,
        u"ul"_s,    u"ol"_s,    u"li"_s, u"blockquote"_s, u"pre"_s, u"code"_s, u"table"_s,
        u"thead"_s, u"tbody"_s, u"tr"_s, u"th"_s,         u"td"_s,  u"a"_s,    u"strong"_s,
        u"em"_s,    u"s"_s,     u"u"_s,  u"div"_s};
    QList<QString> open;
    qsizetype pos = 0;
    while ((pos = html.indexOf(u'<', pos)) >= 0) {
        const qsizetype end = html.indexOf(u'>', pos);
        if (end < 0)
            return u"unterminated tag at %1"_s.arg(pos);
        const QStringView tag = QStringView(html).sliced(pos + 1, end - pos - 1);
        if (tag.contains(u'<'))
            return u"'<' inside tag at %1"_s.arg(pos);
        const bool closing = tag.startsWith(u'/');
        const QStringView body = closing ? tag.sliced(1) : tag;
        const qsizetype nameEnd = body.indexOf(u' ');
        const QString name = (nameEnd < 0 ? body : body.first(nameEnd)).toString();
        const QStringView attrs = nameEnd < 0 ? QStringView() : body.sliced(nameEnd);
        if (voidTags.contains(name)) {
            if (closing || (attrs != u" /" && !attrs.isEmpty()))
                return u"bad void tag <%1>"_s.arg(tag);
        } else if (!containerTags.contains(name)) {
            return u"tag not allowed: <%1>"_s.arg(tag);
        } else if (closing) {
            if (open.isEmpty() || open.takeLast() != name)
                return u"mismatched </%1> at %2"_s.arg(name).arg(pos);
        } else {
            open.append(name);
            if (name == u"a") {
                static const QString httpPrefix = u" href=\"http://"_s;
                static const QString httpsPrefix = u" href=\"https://"_s;
                if (!(attrs.startsWith(httpPrefix) || attrs.startsWith(httpsPrefix)) ||
                    !attrs.endsWith(u'"') || attrs.count(u'"') != 2) {
                    return u"bad link <%1>"_s.arg(tag);
                }
            } else if (!attrs.isEmpty()) {
                bool allowed = false;
                if (name == u"p")
                    allowed = attrs == u" style=\"white-space: pre-wrap;\"";
                else if (name == u"pre" || name == u"code")
                    allowed = attrs.startsWith(u" style=\"font-family");
                else if (name == u"table")
                    allowed = u"<table"_s + attrs + u'>' == kTableOpen;
                else if (name == u"ol")
                    allowed = attrs.startsWith(u" start=\"");
                else if (name == u"th" || name == u"td")
                    allowed = attrs.startsWith(u" align=\"");
                if (!allowed)
                    return u"unexpected attributes <%1>"_s.arg(tag);
            }
        }
        pos = end + 1;
    }
    if (!open.isEmpty())
        return u"unclosed <%1>"_s.arg(open.last());
    return {};
}

QString repeated(const QString &unit, int times)
{
    return unit.repeated(times);
}

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

#define VERIFY_STRUCTURE(html)                                                                     \
    do {                                                                                           \
        const QString structureError_ = structureError(html);                                      \
        QVERIFY2(structureError_.isEmpty(), qPrintable(structureError_));                          \
    } while (false)

class TestMarkdownRenderer : public QObject
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
    void inlineCode();
    void allowedLinks_data();
    void allowedLinks();
    void refusedLinks_data();
    void refusedLinks();
    void linkCannotInjectAttributes_data();
    void linkCannotInjectAttributes();
    void autolinks_data();
    void autolinks();
    void images_data();
    void images();
    void rawHtmlIsEscaped_data();
    void rawHtmlIsEscaped();
    void entities_data();
    void entities();
    void textIsEscaped();
    void nonAsciiSurvives_data();
    void nonAsciiSurvives();
    void nulCharacter();
    void deepNestingIsCapped();
    void unpairedSpanEvents_data();
    void unpairedSpanEvents();
    void overlongUrls();
    void hostileTablesLoseTheirTables();
    void outputExplosionFallsBackToPlainText();
    void pathological_data();
    void pathological();
};

void TestMarkdownRenderer::structureCheckerCatchesProblems()
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

void TestMarkdownRenderer::emptyInput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("blank lines") << u"\n\n\n"_s;
    QTest::newRow("spaces") << u"   \t  \n  "_s;
}

void TestMarkdownRenderer::emptyInput()
{
    QFETCH(QString, markdown);
    QCOMPARE(render(markdown).trimmed(), QString());
}

void TestMarkdownRenderer::exactOutput_data()
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

void TestMarkdownRenderer::exactOutput()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRenderer::nestedLists()
{
    const QString html = render(u"- a\n  - b\n    1. c\n    2. d\n- e"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html, u"<ul><li>a<ul><li>b<ol><li>c</li>\n<li>d</li>\n</ol>\n</li>\n</ul>\n</li>\n"
                   u"<li>e</li>\n</ul>\n"_s);
}

void TestMarkdownRenderer::taskLists()
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

void TestMarkdownRenderer::tables()
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

void TestMarkdownRenderer::fencedCodeIsVerbatimAndEscaped()
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

void TestMarkdownRenderer::indentedCode()
{
    const QString html = render(u"para\n\n    <i>code</i>\n      more"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html,
             u"<p>para</p>\n"_s + kCodeBlockOpen + u"&lt;i&gt;code&lt;/i&gt;\n  more</pre>\n"_s);
}

void TestMarkdownRenderer::inlineCode()
{
    const QString html = render(u"Use `<b>` and ``a ` b`` or `a&b`"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html, u"<p>Use "_s + kInlineCodeOpen + u"&lt;b&gt;</code> and "_s + kInlineCodeOpen +
                       u"a ` b</code> or "_s + kInlineCodeOpen + u"a&amp;b</code></p>\n"_s);
    // Markdown inside code spans stays literal.
    QCOMPARE(render(u"`**x** [a](http://b)`"_s),
             u"<p>"_s + kInlineCodeOpen + u"**x** [a](http://b)</code></p>\n"_s);
}

void TestMarkdownRenderer::allowedLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("http") << u"[text](http://example.com)"_s
                          << u"<p><a href=\"http://example.com\">text</a></p>\n"_s;
    QTest::newRow("https with query")
        << u"[t](https://example.com/a?b=1&c=2#f)"_s
        << u"<p><a href=\"https://example.com/a?b=1&amp;c=2#f\">t</a></p>\n"_s;
    QTest::newRow("upper-case scheme") << u"[t](HTTPS://Example.COM/Path)"_s
                                       << u"<p><a href=\"https://example.com/Path\">t</a></p>\n"_s;
    QTest::newRow("entity in destination")
        << u"[t](http://e.com/?a=1&amp;b=2)"_s
        << u"<p><a href=\"http://e.com/?a=1&amp;b=2\">t</a></p>\n"_s;
    QTest::newRow("title is dropped") << u"[t](https://e.com \"https://bank.example\")"_s
                                      << u"<p><a href=\"https://e.com\">t</a></p>\n"_s;
    QTest::newRow("formatted link text") << u"[**b** `c`](https://e.com)"_s
                                         << u"<p><a href=\"https://e.com\"><strong>b</strong> "_s +
                                                kInlineCodeOpen + u"c</code></a></p>\n"_s;
    QTest::newRow("reference link") << u"[text][ref]\n\n[ref]: https://e.com/r"_s
                                    << u"<p><a href=\"https://e.com/r\">text</a></p>\n"_s;
    QTest::newRow("IDN host is punycode in href")
        << u"[apple](https://\u0430pple.com/)"_s
        << u"<p><a href=\"https://xn--pple-43d.com/\">apple</a></p>\n"_s;
    QTest::newRow("non-ASCII path percent-encoded")
        << u"[w](https://e.com/\u65E5)"_s
        << u"<p><a href=\"https://e.com/%E6%97%A5\">w</a></p>\n"_s;
    QTest::newRow("userinfo kept in href")
        << u"[good](https://good.example@evil.example/)"_s
        << u"<p><a href=\"https://good.example@evil.example/\">good</a></p>\n"_s;
}

void TestMarkdownRenderer::allowedLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRenderer::refusedLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("javascript") << u"[click](javascript:alert(1))"_s
                                << u"<p>click (javascript:alert(1))</p>\n"_s;
    QTest::newRow("JaVaScRiPt") << u"[click](JaVaScRiPt:alert(1))"_s
                                << u"<p>click (JaVaScRiPt:alert(1))</p>\n"_s;
    QTest::newRow("javascript entity-obfuscated")
        << u"[click](jav&#x61;script:alert(1))"_s << u"<p>click (javascript:alert(1))</p>\n"_s;
    QTest::newRow("javascript in angle brackets")
        << u"[click](<javascript:alert(\"x\")>)"_s
        << u"<p>click (javascript:alert(&quot;x&quot;))</p>\n"_s;
    QTest::newRow("vbscript") << u"[v](vbscript:msgbox)"_s << u"<p>v (vbscript:msgbox)</p>\n"_s;
    QTest::newRow("file") << u"[passwd](file:///etc/passwd)"_s
                          << u"<p>passwd (file:///etc/passwd)</p>\n"_s;
    QTest::newRow("FILE") << u"[passwd](FILE:///etc/passwd)"_s
                          << u"<p>passwd (FILE:///etc/passwd)</p>\n"_s;
    QTest::newRow("data") << u"[d](data:text/html,<script>alert(1)</script>)"_s
                          << u"<p>d (data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;)</p>\n"_s;
    QTest::newRow("mailto") << u"[mail me](mailto:a@b.example)"_s
                            << u"<p>mail me (mailto:a@b.example)</p>\n"_s;
    QTest::newRow("custom scheme") << u"[s](confab://reset)"_s << u"<p>s (confab://reset)</p>\n"_s;
    QTest::newRow("relative") << u"[docs](docs/index.html)"_s
                              << u"<p>docs (docs/index.html)</p>\n"_s;
    QTest::newRow("absolute path") << u"[root](/etc/passwd)"_s << u"<p>root (/etc/passwd)</p>\n"_s;
    QTest::newRow("scheme-relative")
        << u"[x](//evil.example/a)"_s << u"<p>x (//evil.example/a)</p>\n"_s;
    QTest::newRow("http without host") << u"[x](http:foo)"_s << u"<p>x (http:foo)</p>\n"_s;
    QTest::newRow("empty destination") << u"[x]()"_s << u"<p>x</p>\n"_s;
    QTest::newRow("fragment only") << u"[top](#top)"_s << u"<p>top (#top)</p>\n"_s;
    QTest::newRow("formatting kept")
        << u"[**b**](javascript:x)"_s << u"<p><strong>b</strong> (javascript:x)</p>\n"_s;
    QTest::newRow("refused reference link")
        << u"[x][r]\n\n[r]: javascript:alert(1)"_s << u"<p>x (javascript:alert(1))</p>\n"_s;
}

void TestMarkdownRenderer::refusedLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
    QVERIFY(!actual.contains(u"<a"_s));
}

void TestMarkdownRenderer::linkCannotInjectAttributes_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("quote in destination") << u"[x](http://e.com/\"onmouseover=\"alert(1))"_s;
    QTest::newRow("quote via entity") << u"[x](http://e.com/&quot;onmouseover=&quot;alert(1))"_s;
    QTest::newRow("angle-bracket destination") << u"[x](<http://e.com/\" onclick=\"alert(1)>)"_s;
    QTest::newRow("single quote") << u"[x](http://e.com/'onclick='alert(1))"_s;
    QTest::newRow("tag in destination") << u"[x](<http://e.com/><script>alert(1)</script>)"_s;
    QTest::newRow("refused with quote") << u"[x](javascript:\"><img src=x>)"_s;
}

void TestMarkdownRenderer::linkCannotInjectAttributes()
{
    QFETCH(QString, markdown);
    const QString html = render(markdown);
    VERIFY_STRUCTURE(html);
    QVERIFY2(!html.contains(u"onmouseover=\""_s), qPrintable(html));
    QVERIFY2(!html.contains(u"onclick=\""_s), qPrintable(html));
    QVERIFY2(!html.contains(u"onclick='"_s), qPrintable(html));
    QVERIFY2(!html.contains(u"<script"_s), qPrintable(html));
    QVERIFY2(!html.contains(u"<img"_s), qPrintable(html));
}

void TestMarkdownRenderer::autolinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("www gets http://")
        << u"see www.example.com/x today"_s
        << u"<p>see <a href=\"http://www.example.com/x\">www.example.com/x</a> today</p>\n"_s;
    QTest::newRow("bare https") << u"go to https://example.com/a?b=1&c=2 now"_s
                                << u"<p>go to <a href=\"https://example.com/a?b=1&amp;c=2\">"
                                   u"https://example.com/a?b=1&amp;c=2</a> now</p>\n"_s;
    QTest::newRow("angle-bracket http")
        << u"<http://example.com>"_s
        << u"<p><a href=\"http://example.com\">http://example.com</a></p>\n"_s;
    QTest::newRow("bare e-mail is plain text")
        << u"mail foo@bar.example today"_s << u"<p>mail foo@bar.example today</p>\n"_s;
    QTest::newRow("angle-bracket e-mail is plain text")
        << u"<foo@bar.example>"_s << u"<p>foo@bar.example</p>\n"_s;
    QTest::newRow("angle-bracket javascript is plain text, once")
        << u"<javascript:alert(1)>"_s << u"<p>javascript:alert(1)</p>\n"_s;
    QTest::newRow("angle-bracket file is plain text")
        << u"<file:///etc/passwd>"_s << u"<p>file:///etc/passwd</p>\n"_s;
    QTest::newRow("autolink inside code is not a link")
        << u"`https://example.com`"_s
        << u"<p>"_s + kInlineCodeOpen + u"https://example.com</code></p>\n"_s;
}

void TestMarkdownRenderer::autolinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRenderer::images_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected"); // exact rendering of the paragraph content

    QTest::newRow("inline") << u"![a cat](http://evil.example/cat.png)"_s
                            << kImageMark + u"a cat (http://evil.example/cat.png)"_s;
    QTest::newRow("inline with title") << u"![a cat](https://e.example/c.png \"Title\")"_s
                                       << kImageMark + u"a cat (https://e.example/c.png)"_s;
    QTest::newRow("reference full") << u"![logo][ref]\n\n[ref]: http://evil.example/r.png"_s
                                    << kImageMark + u"logo (http://evil.example/r.png)"_s;
    QTest::newRow("reference collapsed") << u"![ref][]\n\n[ref]: http://evil.example/c.png"_s
                                         << kImageMark + u"ref (http://evil.example/c.png)"_s;
    QTest::newRow("reference shortcut") << u"![ref]\n\n[ref]: http://evil.example/s.png"_s
                                        << kImageMark + u"ref (http://evil.example/s.png)"_s;
    QTest::newRow("empty alt") << u"![](http://evil.example/t.gif)"_s
                               << kImageMark + u"(http://evil.example/t.gif)"_s;
    QTest::newRow("formatted alt is plain") << u"![*big* `cat`](http://e.example/x.png)"_s
                                            << kImageMark + u"big cat (http://e.example/x.png)"_s;
    QTest::newRow("javascript source")
        << u"![x](javascript:alert(1))"_s << kImageMark + u"x (javascript:alert(1))"_s;
    QTest::newRow("data source") << u"![px](data:image/png;base64,iVBORw0KGgo=)"_s
                                 << kImageMark + u"px (data:image/png;base64,iVBORw0KGgo=)"_s;
    QTest::newRow("source with quotes and spaces")
        << u"![x](<http://e.example/\" onerror=\"y>)"_s
        << kImageMark + u"x (http://e.example/&quot; onerror=&quot;y)"_s;
    QTest::newRow("source with tag") << u"![x](http://e.example/&lt;img&gt;)"_s
                                     << kImageMark + u"x (http://e.example/&lt;img&gt;)"_s;
    QTest::newRow("image inside link")
        << u"[![badge](http://i.example/b.svg)](https://ci.example/)"_s
        << u"<a href=\"https://ci.example/\">"_s + kImageMark +
               u"badge (http://i.example/b.svg)</a>"_s;
    QTest::newRow("link inside alt is plain")
        << u"![see [here](http://l.example)](http://i.example/x.png)"_s
        << kImageMark + u"see here (http://i.example/x.png)"_s;
}

void TestMarkdownRenderer::images()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = render(markdown);
    QCOMPARE(html, u"<p>"_s + expected + u"</p>\n"_s);
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
}

void TestMarkdownRenderer::rawHtmlIsEscaped_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    QTest::newRow("inline b") << u"a <b>bold</b> c"_s << u"<p>a &lt;b&gt;bold&lt;/b&gt; c</p>\n"_s;
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)>"_s
                                 << u"<p>&lt;img src=x onerror=alert(1)&gt;</p>\n"_s;
    QTest::newRow("img http inline") << u"look <img src=\"http://evil.example/t.gif\"> here"_s
                                     << u"<p>look &lt;img src=&quot;http://evil.example/t.gif&quot;"
                                        u"&gt; here</p>\n"_s;
    QTest::newRow("script block")
        << u"<script>\nalert('x')\n</script>"_s
        << u"<p>&lt;script&gt;\nalert(&#39;x&#39;)\n&lt;/script&gt;</p>\n"_s;
    QTest::newRow("div block") << u"<div style=\"color:red\">\n\n*x*\n\n</div>"_s
                               << u"<p>&lt;div style=&quot;color:red&quot;&gt;</p>\n"
                                  u"<p><em>x</em></p>\n<p>&lt;/div&gt;</p>\n"_s;
    QTest::newRow("comment") << u"<!-- hidden -->"_s << u"<p>&lt;!-- hidden --&gt;</p>\n"_s;
    QTest::newRow("anchor tag") << u"<a href=\"javascript:x\">y</a>"_s
                                << u"<p>&lt;a href=&quot;javascript:x&quot;&gt;y&lt;/a&gt;</p>\n"_s;
    QTest::newRow("style tag") << u"<style>body{display:none}</style>"_s
                               << u"<p>&lt;style&gt;body{display:none}&lt;/style&gt;</p>\n"_s;
    QTest::newRow("html in heading") << u"# <i>t</i>"_s << u"<h1>&lt;i&gt;t&lt;/i&gt;</h1>\n"_s;
}

void TestMarkdownRenderer::rawHtmlIsEscaped()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRenderer::entities_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text"); // paragraph content

    QTest::newRow("amp") << u"&amp;"_s << u"&amp;"_s;
    QTest::newRow("lt gt") << u"&lt;b&gt;"_s << u"&lt;b&gt;"_s;
    QTest::newRow("quot apos") << u"&quot;&apos;"_s << u"&quot;&#39;"_s;
    QTest::newRow("copy") << u"&copy; 2026"_s << u"\u00A9 2026"_s;
    QTest::newRow("nbsp") << u"a&nbsp;b"_s << u"a\u00A0b"_s;
    QTest::newRow("mdash hellip") << u"a&mdash;b&hellip;"_s << u"a\u2014b\u2026"_s;
    QTest::newRow("greek") << u"&alpha;&Omega;"_s << u"\u03B1\u03A9"_s;
    QTest::newRow("decimal") << u"&#123;&#65;"_s << u"{A"_s;
    QTest::newRow("decimal lt") << u"&#60;script&#62;"_s << u"&lt;script&gt;"_s;
    QTest::newRow("hex") << u"&#x1F600;&#X41;"_s << u"\U0001F600A"_s;
    QTest::newRow("hex amp") << u"&#x26;"_s << u"&amp;"_s;
    QTest::newRow("zero is U+FFFD") << u"&#0;"_s << u"\uFFFD"_s;
    QTest::newRow("surrogate is U+FFFD") << u"&#xD800;"_s << u"\uFFFD"_s;
    QTest::newRow("out of range is U+FFFD") << u"&#x110000;"_s << u"\uFFFD"_s;
    QTest::newRow("unknown named stays literal") << u"&bogus;"_s << u"&amp;bogus;"_s;
    QTest::newRow("case matters") << u"&AMP;"_s << u"&amp;AMP;"_s;
    QTest::newRow("no semicolon") << u"&amp and &copy"_s << u"&amp;amp and &amp;copy"_s;
    QTest::newRow("too many digits") << u"&#12345678;"_s << u"&amp;#12345678;"_s;
    QTest::newRow("escaped ampersand") << u"\\&amp;"_s << u"&amp;amp;"_s;
    QTest::newRow("entity in code stays literal")
        << u"`&amp;`"_s << kInlineCodeOpen + u"&amp;amp;</code>"_s;
}

void TestMarkdownRenderer::entities()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    const QString html = render(markdown);
    QCOMPARE(html, u"<p>"_s + text + u"</p>\n"_s);
    VERIFY_STRUCTURE(html);
}

void TestMarkdownRenderer::textIsEscaped()
{
    QCOMPARE(render(u"He said \"hi\" & 'bye' 1 < 2 > 0"_s),
             u"<p>He said &quot;hi&quot; &amp; &#39;bye&#39; 1 &lt; 2 &gt; 0</p>\n"_s);
    QCOMPARE(render(u"a <b c"_s), u"<p>a &lt;b c</p>\n"_s);
}

void TestMarkdownRenderer::nonAsciiSurvives_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("emoji")
        << u"Thumbs \U0001F44D, family \U0001F468\u200D\U0001F469\u200D\U0001F467, "
           u"flag \U0001F1EF\U0001F1F5"_s;
    QTest::newRow("CJK") << u"\u4E2D\u6587\u6D4B\u8BD5 \u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4"_s;
    QTest::newRow("Hebrew RTL") << u"\u05E9\u05DC\u05D5\u05DD \u05E2\u05D5\u05DC\u05DD"_s;
    QTest::newRow("Arabic RTL")
        << u"\u0645\u0631\u062D\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"_s;
    QTest::newRow("bidi controls") << u"abc \u202Eexe.txt\u202C \u200F"_s;
    QTest::newRow("combining") << u"e\u0301 a\u0308 \u00E9"_s;
    QTest::newRow("astral math") << u"\U0001D400\U0001D401 \U00010348"_s;
}

void TestMarkdownRenderer::nonAsciiSurvives()
{
    QFETCH(QString, text);
    QCOMPARE(render(text), u"<p>"_s + text + u"</p>\n"_s);
    QCOMPARE(render(u"# "_s + text), u"<h1>"_s + text + u"</h1>\n"_s);
    QCOMPARE(render(u"**"_s + text + u"**"_s), u"<p><strong>"_s + text + u"</strong></p>\n"_s);
    QCOMPARE(render(u"```\n"_s + text + u"\n```"_s), kCodeBlockOpen + text + u"</pre>\n"_s);
    QCOMPARE(render(u"| h |\n|---|\n| "_s + text + u" |"_s).count(text), 1);
    // Byte-exact in UTF-8 as well.
    QVERIFY(render(text).toUtf8().contains(text.toUtf8()));
}

void TestMarkdownRenderer::nulCharacter()
{
    const QString input = u"a"_s + QChar(u'\0') + u"b"_s;
    QCOMPARE(render(input), u"<p>a\uFFFDb</p>\n"_s);
    const QString inCode = u"`x"_s + QChar(u'\0') + u"y`"_s;
    // md4c passes a NUL inside code as part of the code text, not as MD_TEXT_NULLCHAR.
    QCOMPARE(render(inCode), u"<p>"_s + kInlineCodeOpen + u"x\uFFFDy</code></p>\n"_s);
    const QString inLink = u"[t](http://e.com/a"_s + QChar(u'\0') + u"b)"_s;
    const QString html = render(inLink);
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(QChar(u'\0')));
    QVERIFY(html.contains(u'\uFFFD'));
    const QString inFence = u"```\nx"_s + QChar(u'\0') + u"y\n```"_s;
    // md4c 0.4.8 reports this NUL twice (as MD_TEXT_NULLCHAR and inside the code text).
    const QString fenced = render(inFence);
    QVERIFY(fenced.startsWith(kCodeBlockOpen + u"x\uFFFD"_s));
    QVERIFY(fenced.endsWith(u"\uFFFDy</pre>\n"_s));
    QVERIFY(!fenced.contains(QChar(u'\0')));
}

void TestMarkdownRenderer::deepNestingIsCapped()
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

void TestMarkdownRenderer::unpairedSpanEvents_data()
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

void TestMarkdownRenderer::unpairedSpanEvents()
{
    QFETCH(QString, markdown);
    QFETCH(int, images);
    const QString html = render(markdown);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html.count(kImageMark), images);
    QVERIFY(html.contains(kImageMark + u"([^)"_s));
}

void TestMarkdownRenderer::overlongUrls()
{
    // Up to 256 bytes a shown URL is complete.
    const QString url200 = u"ftp://e.example/"_s + repeated(u"a"_s, 184);
    QCOMPARE(render(u"[x]("_s + url200 + u')'), u"<p>x ("_s + url200 + u")</p>\n"_s);

    // A clickable destination is never cut, up to 8 KiB.
    const QString url8k = u"https://e.example/"_s + repeated(u"b"_s, 8000);
    QCOMPARE(render(u"[x]("_s + url8k + u')'), u"<p><a href=\""_s + url8k + u"\">x</a></p>\n"_s);

    // Longer ones are not clickable and shown cut, with an ellipsis.
    const QString url9k = u"https://e.example/"_s + repeated(u"c"_s, 9000);
    const QString html = render(u"[x]("_s + url9k + u')');
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<a"_s));
    QCOMPARE(html, u"<p>x ("_s + url9k.first(256) + u"\u2026)</p>\n"_s);

    // A big data: image shows a recognisable start of its URL, not 100 KB of base64.
    const QString dataUrl = u"data:image/png;base64,"_s + repeated(u"iVBORw0KGgo"_s, 10000);
    const QString image = render(u"![chart]("_s + dataUrl + u')');
    QCOMPARE(image, u"<p>"_s + kImageMark + u"chart ("_s + dataUrl.first(256) + u"\u2026)</p>\n"_s);

    // Cutting never splits a UTF-8 sequence: 255 ASCII bytes, then a 3-byte character.
    const QString utf8Url = u"x:"_s + repeated(u"d"_s, 253) + u"\u65E5\u65E5"_s;
    QCOMPARE(render(u"[t]("_s + utf8Url + u')'),
             u"<p>t ("_s + utf8Url.first(255) + u"\u2026)</p>\n"_s);
}

void TestMarkdownRenderer::hostileTablesLoseTheirTables()
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

void TestMarkdownRenderer::outputExplosionFallsBackToPlainText()
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

void TestMarkdownRenderer::pathological_data()
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

void TestMarkdownRenderer::pathological()
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

QTEST_APPLESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
