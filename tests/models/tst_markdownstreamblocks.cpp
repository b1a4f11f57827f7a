// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// MarkdownStream rows: block kinds, code in pieces and its colours, long lists, late references.

#include "markdownstreamtesting.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace MarkdownStreamTesting;

namespace {

// Code colours as the view hands them in (the theme's are in qml/ui/Theme.qml).
const QString kTypeColor = u"#953800"_s;
const QString kCommentColor = u"#6e7781"_s;

QVariantMap codeColors()
{
    return {{u"type"_s, kTypeColor}, {u"comment"_s, kCommentColor}};
}

QList<int> kinds(const MarkdownStream &stream)
{
    QList<int> out;
    for (int row = 0; row < stream.rowCount(); ++row)
        out.append(stream.index(row).data(MarkdownStream::KindRole).toInt());
    return out;
}

} // namespace

class TestMarkdownStreamBlocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockKinds();
    void longCodeBlocksArePieced();
    void highlightStateCarriesAcrossPieces();
    void longListsContinueInRows();
    void openingFenceShowsACodeBlockAtOnce();
    void closingFencePrefixIsNotShownAsCode();
    void lateReferenceDefinitionsResolveAtFinish();
    void paletteChangeRerendersCodeOnly();
    void codeWithoutColoursIsPlain();
    void coloursMayArriveAtAnyMoment();
};

void TestMarkdownStreamBlocks::blockKinds()
{
    MarkdownStream stream;
    stream.setCodeColors(codeColors());
    stream.setMarkdown(u"# Head\nText\n\n- a\n- b\n\n> quote\n\n| a |\n|---|\n| 1 |\n\n***\n\n"
                       u"```cpp\nint x;\n```\n\n    indented\n\n[d]: https://example.com\n"_s);
    using K = MarkdownStream::Kind;
    QCOMPARE(kinds(stream), (QList<int>{K::Heading, K::Paragraph, K::List, K::Quote, K::Table,
                                        K::Rule, K::Code, K::Preformatted, K::Empty}));
    const QModelIndex code = stream.index(6);
    QCOMPARE(code.data(MarkdownStream::LanguageRole).toString(), u"cpp"_s);
    QCOMPARE(code.data(MarkdownStream::CodeRole).toString(), u"int x;"_s);
    QVERIFY(code.data(MarkdownStream::CodeStartRole).toBool());
    QVERIFY(code.data(MarkdownStream::CodeEndRole).toBool());
    QVERIFY(code.data(MarkdownStream::HtmlRole)
                .toString()
                .contains(u"<span style=\"color:%1\">int</span>"_s.arg(kTypeColor)));
}

void TestMarkdownStreamBlocks::longCodeBlocksArePieced()
{
    QString code;
    for (int i = 0; i < 100; ++i)
        code += u"line %1\n"_s.arg(i);
    MarkdownStream stream;
    stream.appendMarkdown(u"Intro\n\n```text\n"_s);
    for (qsizetype i = 0; i < code.size(); i += 7) {
        stream.appendMarkdown(QStringView(code).sliced(i, qMin<qsizetype>(7, code.size() - i)));
        stream.flush();
    }
    stream.appendMarkdown(u"```\nAfter\n"_s);
    stream.finish();
    using K = MarkdownStream::Kind;
    QCOMPARE(kinds(stream), (QList<int>{K::Paragraph, K::Code, K::Code, K::Code, K::Paragraph}));
    const auto role = [&](int row, int r) { return stream.index(row).data(r); };
    QCOMPARE(role(1, MarkdownStream::CodeStartRole).toBool(), true);
    QCOMPARE(role(2, MarkdownStream::CodeStartRole).toBool(), false);
    QCOMPARE(role(3, MarkdownStream::CodeStartRole).toBool(), false);
    QCOMPARE(role(1, MarkdownStream::CodeEndRole).toBool(), false);
    QCOMPARE(role(3, MarkdownStream::CodeEndRole).toBool(), true);
    QCOMPARE(role(1, MarkdownStream::CodeRole).toString().count(u'\n'),
             MarkdownStream::kCodePieceLines - 1);
    QCOMPARE(role(2, MarkdownStream::LanguageRole).toString(), u"text"_s);
    for (int row = 1; row <= 3; ++row)
        QCOMPARE(stream.codeBlockText(row), code.chopped(1));
    QCOMPARE(stream.codeBlockText(0), QString());
    QCOMPARE(stream.codeBlockText(99), QString());
}

void TestMarkdownStreamBlocks::highlightStateCarriesAcrossPieces()
{
    QString code;
    for (int i = 0; i < MarkdownStream::kCodePieceLines - 1; ++i)
        code += u"int a%1;\n"_s.arg(i);
    code += u"/* a comment that\nspans pieces */ int b;\n"_s;
    MarkdownStream stream;
    stream.setCodeColors(codeColors());
    stream.setMarkdown(u"```c\n"_s + code + u"```\n"_s);
    QCOMPARE(stream.rowCount(), 2);
    const QString second = stream.index(1).data(MarkdownStream::HtmlRole).toString();
    QVERIFY2(
        second.contains(u"<span style=\"color:%1; font-style:italic\">spans pieces */</span>"_s.arg(
            kCommentColor)),
        qPrintable(second));
}

void TestMarkdownStreamBlocks::longListsContinueInRows()
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression space(u"\\s+"_s);
    const auto textOf = [](QString html) {
        return html.remove(tag).replace(space, u" "_s).trimmed();
    };
    for (const bool loose : {false, true}) {
        QString list;
        for (int i = 1; i <= 300; ++i)
            list += u"%1. item **%1** text\n"_s.arg(i) + (loose ? u"\n"_s : QString());
        const QString text = u"Intro\n\n"_s + list + u"\nAfter"_s;
        MarkdownStream stream;
        for (qsizetype i = 0; i < text.size(); i += 11) {
            stream.appendMarkdown(
                QStringView(text).sliced(i, qMin<qsizetype>(11, text.size() - i)));
            stream.flush();
            QVERIFY(stream.lastRenderSpan() < MarkdownStream::kListChunkChars + 64);
        }
        stream.finish();
        QVERIFY(stream.rowCount() > 4);
        QString html;
        int expectedStart = 1;
        for (int row = 0; row < stream.rowCount(); ++row) {
            const QModelIndex index = stream.index(row);
            const QString rowHtml = index.data(MarkdownStream::HtmlRole).toString();
            html += rowHtml;
            const bool isList = row > 0 && row < stream.rowCount() - 1;
            QCOMPARE(index.data(MarkdownStream::KindRole).toInt(),
                     isList ? int(MarkdownStream::List) : int(MarkdownStream::Paragraph));
            QCOMPARE(index.data(MarkdownStream::ContinuationRole).toBool(), row > 1 && isList);
            if (!isList)
                continue;
            // The numbering goes on where the row above stopped; looseness is kept.
            QVERIFY2(expectedStart == 1
                         ? rowHtml.startsWith(u"<ol>"_s)
                         : rowHtml.startsWith(u"<ol start=\"%1\">"_s.arg(expectedStart)),
                     qPrintable(rowHtml.left(40)));
            QCOMPARE(rowHtml.contains(u"<li><p>"_s), loose);
            expectedStart += int(rowHtml.count(u"<li>"_s));
        }
        QCOMPARE(expectedStart, 301);
        QCOMPARE(textOf(html), textOf(MarkdownRenderer::toHtml(text)));
    }
}

void TestMarkdownStreamBlocks::openingFenceShowsACodeBlockAtOnce()
{
    MarkdownStream stream;
    stream.appendMarkdown(u"Intro\n\n```pyth"_s);
    stream.flush();
    QCOMPARE(kinds(stream), (QList<int>{MarkdownStream::Paragraph, MarkdownStream::Code}));
    QCOMPARE(stream.index(1).data(MarkdownStream::LanguageRole).toString(), u"pyth"_s);
    QCOMPARE(stream.index(1).data(MarkdownStream::CodeRole).toString(), QString());
    stream.appendMarkdown(u"on\nprint(1)\n"_s);
    stream.flush();
    QCOMPARE(stream.rowCount(), 2);
    QCOMPARE(stream.index(1).data(MarkdownStream::LanguageRole).toString(), u"python"_s);
    QCOMPARE(stream.index(1).data(MarkdownStream::CodeRole).toString(), u"print(1)"_s);
    QVERIFY(stream.index(0).data(MarkdownStream::FinishedRole).toBool());
    QVERIFY(!stream.index(1).data(MarkdownStream::FinishedRole).toBool());
}

void TestMarkdownStreamBlocks::closingFencePrefixIsNotShownAsCode()
{
    MarkdownStream stream;
    stream.appendMarkdown(u"```\na\n``"_s);
    stream.flush();
    QCOMPARE(stream.index(0).data(MarkdownStream::CodeRole).toString(), u"a\n"_s.chopped(1));
    stream.appendMarkdown(u"x"_s); // "``x" is code after all
    stream.flush();
    QCOMPARE(stream.index(0).data(MarkdownStream::CodeRole).toString(), u"a\n``x"_s);
    stream.appendMarkdown(u"\n```\nafter"_s);
    stream.finish();
    QCOMPARE(kinds(stream), (QList<int>{MarkdownStream::Code, MarkdownStream::Paragraph}));
    QVERIFY(stream.index(0).data(MarkdownStream::CodeEndRole).toBool());
}

void TestMarkdownStreamBlocks::lateReferenceDefinitionsResolveAtFinish()
{
    MarkdownStream stream;
    const QString text =
        u"See [the docs][d] and [d].\n\nMiddle ![pic][img]\n\n[d]: https://example.com/docs\n"
        u"[img]: http://127.0.0.1:9/p.png\n\nLater [d]."_s;
    for (qsizetype i = 0; i < text.size(); i += 5) {
        stream.appendMarkdown(QStringView(text).sliced(i, qMin<qsizetype>(5, text.size() - i)));
        stream.flush();
    }
    // Before finish, the first block was rendered without the definition.
    QVERIFY(!stream.index(0).data(MarkdownStream::HtmlRole).toString().contains(u"<a "_s));
    QSignalSpy changed(&stream, &QAbstractItemModel::dataChanged);
    stream.finish();
    const QString first = stream.index(0).data(MarkdownStream::HtmlRole).toString();
    QCOMPARE(first, u"<p>See <a href=\"https://example.com/docs\">the docs</a> and "
                    u"<a href=\"https://example.com/docs\">d</a>.</p>\n"_s);
    const QString middle = stream.index(1).data(MarkdownStream::HtmlRole).toString();
    QVERIFY(middle.contains(u"http://127.0.0.1:9/p.png"_s));
    QVERIFY(!middle.contains(u"<img"_s));
    QVERIFY(!middle.contains(u"<a "_s)); // the image's URL is shown, not linked
    QVERIFY(changed.count() >= 2);
    QCOMPARE(asWholeDocument(stream), MarkdownRenderer::toHtml(text));
}

void TestMarkdownStreamBlocks::paletteChangeRerendersCodeOnly()
{
    MarkdownStream stream;
    stream.setMarkdown(u"Text\n\n```cpp\nreturn 1;\n```\n\nMore\n\n```\nplain\n```\n"_s);
    QSignalSpy changed(&stream, &QAbstractItemModel::dataChanged);
    QSignalSpy colorsChanged(&stream, &MarkdownStream::codeColorsChanged);
    stream.setCodeColors({{u"keyword"_s, u"#123456"_s}});
    QCOMPARE(colorsChanged.count(), 1);
    QCOMPARE(changed.count(), 1); // not the code in no language (row 3): it looks the same
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{MarkdownStream::HtmlRole});
    QVERIFY(stream.index(1)
                .data(MarkdownStream::HtmlRole)
                .toString()
                .contains(u"<span style=\"color:#123456\">return</span>"_s));
    stream.setCodeColors({{u"keyword"_s, u"#123456"_s}});
    QCOMPARE(changed.count(), 1); // unchanged colours re-render nothing
    stream.setCodeColors({{u"keyword"_s, u"#123456"_s}, {u"string"_s, u"not a colour"_s}});
    QCOMPARE(colorsChanged.count(), 2);
    QCOMPARE(changed.count(), 1); // nor do colours that give the same palette
}

void TestMarkdownStreamBlocks::codeWithoutColoursIsPlain()
{
    MarkdownStream stream;
    stream.setMarkdown(u"```cpp\nint x = 1; // <b>\n```\n"_s);
    const QString html = stream.index(0).data(MarkdownStream::HtmlRole).toString();
    QVERIFY2(!html.contains(u"<span"_s), qPrintable(html));
    QVERIFY2(html.endsWith(u">int x = 1; // &lt;b&gt;</pre>"_s), qPrintable(html));
}

void TestMarkdownStreamBlocks::coloursMayArriveAtAnyMoment()
{
    // A block comment and a string that span pieces, and a second code block after them.
    QString text = u"Intro\n\n```cpp\n"_s;
    for (int i = 0; i < MarkdownStream::kCodePieceLines + 5; ++i)
        text += i == 30 ? u"/* opens\n"_s : i == 42 ? u"closes */ int y;\n"_s : u"int a;\n"_s;
    text += u"auto s = R\"(x)\";\n```\n\nText\n\n```py\ns = \"\"\"doc\nmore\"\"\"\n```\n"_s;
    constexpr int kStep = 16;
    const auto stream = [&](MarkdownStream &s, int coloursAt) {
        int delta = 0;
        for (qsizetype i = 0; i < text.size(); i += kStep, ++delta) {
            if (delta == coloursAt)
                s.setCodeColors(codeColors());
            s.appendMarkdown(QStringView(text).sliced(i, qMin<qsizetype>(kStep, text.size() - i)));
            s.flush();
        }
        s.finish();
        if (coloursAt >= delta)
            s.setCodeColors(codeColors());
    };
    MarkdownStream reference;
    stream(reference, 0);
    // Before any text, between any two deltas (inside the comment, between pieces, in the
    // second code block) and after finish().
    const int deltas = int((text.size() + kStep - 1) / kStep);
    for (int when = 1; when <= deltas; ++when) {
        MarkdownStream late;
        stream(late, when);
        QCOMPARE(late.rowCount(), reference.rowCount());
        for (int row = 0; row < reference.rowCount(); ++row) {
            QVERIFY2(late.index(row).data(MarkdownStream::HtmlRole) ==
                         reference.index(row).data(MarkdownStream::HtmlRole),
                     qPrintable(u"colours after delta %1, row %2"_s.arg(when).arg(row)));
        }
    }
    // The comment is coloured as a comment in the piece after the one where it opens.
    const QString second = reference.index(2).data(MarkdownStream::HtmlRole).toString();
    const QString comment = u"<span style=\"color:%1; font-style:italic\">"_s.arg(kCommentColor);
    QVERIFY2(second.sliced(second.indexOf(u'>') + 1).startsWith(comment + u"int a;"_s),
             qPrintable(second.left(200)));
    QVERIFY(second.contains(u"closes */</span>"_s));
}

QTEST_GUILESS_MAIN(TestMarkdownStreamBlocks)
#include "tst_markdownstreamblocks.moc"
