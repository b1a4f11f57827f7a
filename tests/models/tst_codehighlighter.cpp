// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using Language = CodeLanguage;

namespace {

// Colours that name the token class (#000001 is class 1, Keyword), so tests can read it back.
QVariantMap namedColors()
{
    QVariantMap colors;
    for (int i = 1; i < kCodeTokenCount; ++i)
        colors.insert(codeTokenName(CodeToken(i)), u"#%1"_s.arg(i, 6, 16, QChar(u'0')));
    return colors;
}

CodePalette namedPalette()
{
    return CodePalette::fromVariantMap(namedColors());
}

QString className(const QString &color)
{
    bool ok = false;
    const int i = color.mid(1).toInt(&ok, 16);
    return ok && i > 0 && i < kCodeTokenCount ? QString(codeTokenName(CodeToken(i))) : u"?"_s;
}

QString unescape(QString text)
{
    text.replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s);
    text.replace(u"&amp;"_s, u"&"_s);
    return text;
}

/** The coloured tokens of @p html as "class:text" (whitespace-only runs skipped). */
QStringList tokens(const QString &html)
{
    static const QRegularExpression span(
        u"<span style=\"color:(#[0-9a-f]{6})(?:; font-style:italic)?\">([^<]*)</span>"_s);
    QStringList out;
    for (const auto &m : span.globalMatch(html))
        out.append(className(m.captured(1)) + u':' + unescape(m.captured(2)));
    return out;
}

/** The text of @p html without tags, unescaped. */
QString plainText(const QString &html)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = html;
    text.remove(tag);
    return unescape(text);
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenNamesAreDistinct();
    void eachClassGetsItsColour();
    void textSurvivesAndIsEscaped_data();
    void textSurvivesAndIsEscaped();
    void unknownLanguageIsPlain();
    void noColoursMeansPlain_data();
    void noColoursMeansPlain();
    void emptyColourLeavesTokenPlain();
    void paletteFromVariantMap();
    void stateIsHandedThrough();
};

void TestCodeHighlighter::tokenNamesAreDistinct()
{
    // The theme keys its colour maps by these names (qml/ui/Theme.qml).
    QSet<QString> names;
    for (int i = 1; i < kCodeTokenCount; ++i) {
        const QString name = codeTokenName(CodeToken(i));
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), kCodeTokenCount - 1);
    QVERIFY(QString(codeTokenName(CodeToken::Plain)).isEmpty());
    QCOMPARE(codeTokenName(CodeToken::Keyword), "keyword"_L1);
    QCOMPARE(codeTokenName(CodeToken::Preprocessor), "preprocessor"_L1);
}

void TestCodeHighlighter::eachClassGetsItsColour()
{
    const QString html = CodeHighlighter::toHtml(
        u"#include <x>\nint main() { return 0; } // done"_s, Language::C, namedPalette());
    QCOMPARE(tokens(html),
             (QStringList{u"preprocessor:#include <x>"_s, u"type:int"_s, u"function:main"_s,
                          u"keyword:return"_s, u"number:0"_s, u"comment:// done"_s}));
    // Comments are also in italics; nothing else is.
    QVERIFY(html.contains(u"<span style=\"color:#000005; font-style:italic\">// done</span>"_s));
    QCOMPARE(html.count(u"italic"_s), 1);
    const QString diff =
        CodeHighlighter::toHtml(u"+a\n-b\n--- f"_s, Language::Diff, namedPalette());
    QCOMPARE(tokens(diff), (QStringList{u"inserted:+a"_s, u"deleted:-b"_s, u"meta:--- f"_s}));
}

void TestCodeHighlighter::textSurvivesAndIsEscaped_data()
{
    QTest::addColumn<Language>("language");
    for (int l = int(Language::None); l <= int(Language::Diff); ++l)
        QTest::addRow("language %d", l) << Language(l);
}

void TestCodeHighlighter::textSurvivesAndIsEscaped()
{
    QFETCH(Language, language);
    const QString code =
        u"<script>alert(\"x\")</script> <img src=\"http://127.0.0.1/x.png\"> a && b; "
        u"'q' \"unterminated\n/* c <b>bold</b> */ // <i>\n# <u> &amp; url(http://x/y)\n"
        u"\u00e9\U0001F600 \t tab"_s;
    const QString html = CodeHighlighter::toHtml(code, language, namedPalette());
    QCOMPARE(plainText(html), code);
    // The only tags are colour spans; nothing fetchable.
    static const QRegularExpression otherTag(u"<(?!/?span)"_s);
    QVERIFY2(!otherTag.match(html).hasMatch(), qPrintable(html));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<script"_s));
}

void TestCodeHighlighter::unknownLanguageIsPlain()
{
    const QString html =
        CodeHighlighter::toHtml(u"if (x) return \"<s>\";"_s, Language::None, namedPalette());
    QCOMPARE(html, u"if (x) return &quot;&lt;s&gt;&quot;;"_s);
}

void TestCodeHighlighter::noColoursMeansPlain_data()
{
    textSurvivesAndIsEscaped_data();
}

void TestCodeHighlighter::noColoursMeansPlain()
{
    QFETCH(Language, language);
    const QString code = u"int main() { return \"<s>\" + 0x1F; } /* c */ # x\n<a b=\"c\">\0"_s;
    QVERIFY(CodePalette().isEmpty());
    QVERIFY(CodePalette::fromVariantMap({}).isEmpty());
    const QString html = CodeHighlighter::toHtml(code, language, CodePalette());
    QVERIFY2(!html.contains(u'<'), qPrintable(html));
    QCOMPARE(html, CodeHighlighter::plainHtml(code));
    QCOMPARE(html, CodeHighlighter::toHtml(code, Language::None, namedPalette()));
    QVERIFY(html.contains(u"&lt;s&gt;"_s));
    QVERIFY(html.endsWith(QChar(0xFFFD))); // NUL is replaced
}

void TestCodeHighlighter::emptyColourLeavesTokenPlain()
{
    QVariantMap colors = namedColors();
    colors.remove(u"keyword"_s);
    const QString html =
        CodeHighlighter::toHtml(u"return 1;"_s, Language::C, CodePalette::fromVariantMap(colors));
    QCOMPARE(tokens(html), QStringList{u"number:1"_s});
    QVERIFY(html.startsWith(u"return "_s));
}

void TestCodeHighlighter::paletteFromVariantMap()
{
    const CodePalette p =
        CodePalette::fromVariantMap({{u"keyword"_s, u"#123456"_s},
                                     {u"string"_s, u"#abc"_s},
                                     {u"comment"_s, u"red; background-image: url(http://x)"_s},
                                     {u"number"_s, u"#12345g"_s},
                                     {u"Plain"_s, u"#111111"_s},
                                     {u"unknown"_s, u"#222222"_s}});
    QCOMPARE(p.color(CodeToken::Keyword), u"#123456"_s);
    QCOMPARE(p.color(CodeToken::String), u"#abc"_s);
    // Not a colour: ignored, never spliced into CSS; the class stays plain.
    QCOMPARE(p.color(CodeToken::Comment), QString());
    QCOMPARE(p.color(CodeToken::Number), QString());
    QCOMPARE(p.color(CodeToken::Type), QString()); // not given
    QCOMPARE(p.color(CodeToken::Plain), QString());
    QVERIFY(!p.isEmpty());
    QVERIFY(p != CodePalette());
    QCOMPARE(CodePalette::fromVariantMap(namedColors()), namedPalette());
}

void TestCodeHighlighter::stateIsHandedThrough()
{
    CodeLexer::State state;
    const QString a =
        CodeHighlighter::toHtml(u"int a; /* open"_s, Language::C, namedPalette(), &state);
    QVERIFY(state != CodeLexer::State{});
    const QString b =
        CodeHighlighter::toHtml(u"still */ int b;"_s, Language::C, namedPalette(), &state);
    QCOMPARE(tokens(b).first(), u"comment:still */"_s);
    QCOMPARE(state, CodeLexer::State{});
}

QTEST_APPLESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
