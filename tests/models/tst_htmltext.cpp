// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "htmltext.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapes();
    void entities_data();
    void entities();
    void codePoints();
};

void TestHtmlText::escapes()
{
    static constexpr char raw[] = "<b a=\"x\" b='y'>&amp;\0z";
    QByteArray out = "kept "_ba;
    HtmlText::appendEscaped(out, std::string_view(raw, sizeof raw - 1));
    QCOMPARE(out, "kept &lt;b a=&quot;x&quot; b=&#39;y&#39;&gt;&amp;amp;\xEF\xBF\xBDz"_ba);
    out.clear();
    HtmlText::appendEscaped(out, "plain \xC3\xA9");
    QCOMPARE(out, "plain \xC3\xA9"_ba); // nothing to escape: the bytes as they are
}

void TestHtmlText::entities_data()
{
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("text");

    QTest::newRow("amp") << "&amp;"_ba << true << u"&"_s;
    QTest::newRow("named") << "&eacute;"_ba << true << u"\u00e9"_s;
    QTest::newRow("case matters") << "&Eacute;"_ba << true << u"\u00c9"_s;
    QTest::newRow("decimal") << "&#123;"_ba << true << u"{"_s;
    QTest::newRow("hex") << "&#x1F600;"_ba << true << u"\U0001F600"_s;
    QTest::newRow("HEX") << "&#X41;"_ba << true << u"A"_s;
    QTest::newRow("zero") << "&#0;"_ba << true << u"\uFFFD"_s;
    QTest::newRow("surrogate") << "&#xD800;"_ba << true << u"\uFFFD"_s;
    QTest::newRow("past Unicode") << "&#x110000;"_ba << true << u"\uFFFD"_s;
    QTest::newRow("7 decimal digits") << "&#0000065;"_ba << true << u"A"_s;
    QTest::newRow("8 decimal digits") << "&#00000065;"_ba << false << QString();
    QTest::newRow("7 hex digits") << "&#x0000041;"_ba << false << QString();
    QTest::newRow("unknown name") << "&nosuch;"_ba << false << QString();
    QTest::newRow("no digits") << "&#;"_ba << false << QString();
    QTest::newRow("bad digit") << "&#1a;"_ba << false << QString();
    QTest::newRow("no semicolon") << "&amp"_ba << false << QString();
}

void TestHtmlText::entities()
{
    QFETCH(QByteArray, entity);
    QFETCH(bool, known);
    QFETCH(QString, text);
    QByteArray out = "x"_ba;
    QCOMPARE(HtmlText::decodeEntity(HtmlText::view(entity), out), known);
    // Decoded, not escaped: the caller escapes ("&amp;" gives "&").
    QCOMPARE(QString::fromUtf8(out), u"x"_s + text);
}

void TestHtmlText::codePoints()
{
    QByteArray out;
    for (const char32_t cp : {U'A', U'\u00e9', U'\u20ac', U'\U0001F600'})
        HtmlText::appendUtf8(out, cp);
    QCOMPARE(QString::fromUtf8(out), u"A\u00e9\u20ac\U0001F600"_s);
}

QTEST_APPLESS_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
