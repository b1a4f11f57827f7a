// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownRenderer inline text: code spans, entities, escaping, non-ASCII text and NUL.

#include "markdownrenderertesting.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownRendererTesting;

class TestMarkdownRendererInline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inlineCode();
    void entities_data();
    void entities();
    void textIsEscaped();
    void nonAsciiSurvives_data();
    void nonAsciiSurvives();
    void nulCharacter();
};

void TestMarkdownRendererInline::inlineCode()
{
    const QString html = render(u"Use `<b>` and ``a ` b`` or `a&b`"_s);
    VERIFY_STRUCTURE(html);
    QCOMPARE(html, u"<p>Use "_s + kInlineCodeOpen + u"&lt;b&gt;</code> and "_s + kInlineCodeOpen +
                       u"a ` b</code> or "_s + kInlineCodeOpen + u"a&amp;b</code></p>\n"_s);
    // Markdown inside code spans stays literal.
    QCOMPARE(render(u"`**x** [a](http://b)`"_s),
             u"<p>"_s + kInlineCodeOpen + u"**x** [a](http://b)</code></p>\n"_s);
}

void TestMarkdownRendererInline::entities_data()
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

void TestMarkdownRendererInline::entities()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    const QString html = render(markdown);
    QCOMPARE(html, u"<p>"_s + text + u"</p>\n"_s);
    VERIFY_STRUCTURE(html);
}

void TestMarkdownRendererInline::textIsEscaped()
{
    QCOMPARE(render(u"He said \"hi\" & 'bye' 1 < 2 > 0"_s),
             u"<p>He said &quot;hi&quot; &amp; &#39;bye&#39; 1 &lt; 2 &gt; 0</p>\n"_s);
    QCOMPARE(render(u"a <b c"_s), u"<p>a &lt;b c</p>\n"_s);
}

void TestMarkdownRendererInline::nonAsciiSurvives_data()
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

void TestMarkdownRendererInline::nonAsciiSurvives()
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

void TestMarkdownRendererInline::nulCharacter()
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

QTEST_APPLESS_MAIN(TestMarkdownRendererInline)
#include "tst_markdownrendererinline.moc"
