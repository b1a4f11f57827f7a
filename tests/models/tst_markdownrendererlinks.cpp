// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownRenderer and untrusted links, images and raw HTML: only http(s) links, HTML as text.

#include "markdownrenderertesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownRendererTesting;

class TestMarkdownRendererLinks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
    void overlongUrls();
};

void TestMarkdownRendererLinks::allowedLinks_data()
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

void TestMarkdownRendererLinks::allowedLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRendererLinks::refusedLinks_data()
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

void TestMarkdownRendererLinks::refusedLinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
    QVERIFY(!actual.contains(u"<a"_s));
}

void TestMarkdownRendererLinks::linkCannotInjectAttributes_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("quote in destination") << u"[x](http://e.com/\"onmouseover=\"alert(1))"_s;
    QTest::newRow("quote via entity") << u"[x](http://e.com/&quot;onmouseover=&quot;alert(1))"_s;
    QTest::newRow("angle-bracket destination") << u"[x](<http://e.com/\" onclick=\"alert(1)>)"_s;
    QTest::newRow("single quote") << u"[x](http://e.com/'onclick='alert(1))"_s;
    QTest::newRow("tag in destination") << u"[x](<http://e.com/><script>alert(1)</script>)"_s;
    QTest::newRow("refused with quote") << u"[x](javascript:\"><img src=x>)"_s;
}

void TestMarkdownRendererLinks::linkCannotInjectAttributes()
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

void TestMarkdownRendererLinks::autolinks_data()
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

void TestMarkdownRendererLinks::autolinks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRendererLinks::images_data()
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

void TestMarkdownRendererLinks::images()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = render(markdown);
    QCOMPARE(html, u"<p>"_s + expected + u"</p>\n"_s);
    VERIFY_STRUCTURE(html);
    QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
}

void TestMarkdownRendererLinks::rawHtmlIsEscaped_data()
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

void TestMarkdownRendererLinks::rawHtmlIsEscaped()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    const QString actual = render(markdown);
    QCOMPARE(actual, html);
    VERIFY_STRUCTURE(actual);
}

void TestMarkdownRendererLinks::overlongUrls()
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

QTEST_APPLESS_MAIN(TestMarkdownRendererLinks)
#include "tst_markdownrendererlinks.moc"
