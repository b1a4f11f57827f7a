// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// bench_markdown: what MarkdownStream costs, without any view. Generates a long answer (prose,
// lists, a table, code in several languages) and prints
//   - streaming it in token-sized deltas with a render every 40 deltas (about what the 50 ms
//     throttle does at 800 tokens a second): µs per delta and per render, early and late;
//   - opening it as a stored message (setMarkdown, then the view hands the code colours in);
//   - the whole text through MarkdownRenderer and the code through CodeHighlighter alone.
// Each figure is the best of several runs.
//
//   bench_markdown [KB]   size of the answer in kilobytes (default 200)

#include "codehighlighter.h"
#include "markdownrenderer.h"
#include "markdownstream.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QVariantMap>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 11;
constexpr int kDelta = 4;            // characters per delta, about one token
constexpr int kDeltasPerRender = 40; // deltas between two renders

// The light code colours of the theme (qml/ui/Theme.qml).
QVariantMap codeColors()
{
    return {{u"keyword"_s, u"#cf222e"_s},      {u"type"_s, u"#953800"_s},
            {u"string"_s, u"#0a3069"_s},       {u"number"_s, u"#0550ae"_s},
            {u"comment"_s, u"#6e7781"_s},      {u"function"_s, u"#8250df"_s},
            {u"preprocessor"_s, u"#a0527a"_s}, {u"tag"_s, u"#116329"_s},
            {u"attribute"_s, u"#0550ae"_s},    {u"variable"_s, u"#953800"_s},
            {u"inserted"_s, u"#116329"_s},     {u"deleted"_s, u"#82071e"_s},
            {u"meta"_s, u"#57606a"_s}};
}

QString words(QRandomGenerator &rng, int count)
{
    static const QStringList pool{u"the"_s,
                                  u"model"_s,
                                  u"**answer**"_s,
                                  u"`value`"_s,
                                  u"returns"_s,
                                  u"a"_s,
                                  u"*list*"_s,
                                  u"of"_s,
                                  u"results"_s,
                                  u"which"_s,
                                  u"[docs](https://example.com/d)"_s,
                                  u"is"_s,
                                  u"sorted"_s,
                                  u"by"_s,
                                  u"key"_s};
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(pool.at(rng.bounded(int(pool.size()))));
    return out.join(u' ');
}

QString codeBlock(QRandomGenerator &rng)
{
    static const QStringList languages{u"cpp"_s, u"python"_s, u"js"_s, u"bash"_s, u"json"_s};
    static const QStringList lines{
        u"int f(int x) { return x * 2; } // twice"_s,
        u"for (auto &item : items) { total += item.price; }"_s,
        u"/* a comment that says what the loop does */"_s,
        u"const char *name = \"confab\"; std::vector<int> v{1, 2, 3};"_s,
        u"if (x > 0x1F && y != nullptr) { throw std::runtime_error(\"bad\"); }"_s,
    };
    QString out = u"```"_s + languages.at(rng.bounded(int(languages.size()))) + u'\n';
    for (int i = 0, n = 5 + rng.bounded(60); i < n; ++i)
        out += lines.at(rng.bounded(int(lines.size()))) + u'\n';
    return out + u"```"_s;
}

QString answer(qsizetype size)
{
    QRandomGenerator rng(42);
    QString text;
    while (text.size() < size) {
        switch (rng.bounded(6)) {
        case 0:
            text += u"## "_s + words(rng, 4);
            break;
        case 1: {
            for (int i = 0, n = 2 + rng.bounded(6); i < n; ++i)
                text += u"- "_s + words(rng, 6) + u'\n';
            text.chop(1);
            break;
        }
        case 2:
            text += u"| key | value |\n|---|---|\n"_s;
            for (int i = 0, n = 2 + rng.bounded(6); i < n; ++i)
                text += u"| "_s + words(rng, 1) + u" | "_s + words(rng, 2) + u" |\n"_s;
            text.chop(1);
            break;
        case 3:
            text += codeBlock(rng);
            break;
        default:
            text += words(rng, 30 + rng.bounded(60));
            break;
        }
        text += u"\n\n"_s;
    }
    return text;
}

/** The best of kRuns runs of @p run, in microseconds. */
double bestOf(const std::function<void()> &run)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        best = std::min(best, timer.nsecsElapsed());
    }
    return double(best) / 1000.0;
}

struct StreamFigures
{
    double total = 0; // µs
    double early = 0; // µs per render in the first quarter
    double late = 0;  // µs per render in the last quarter
};

StreamFigures streamOnce(const QString &text)
{
    MarkdownStream stream;
    stream.setCodeColors(codeColors());
    stream.setThrottleInterval(1'000'000); // renders only when flushed
    QElapsedTimer timer;
    qint64 earlyNs = 0;
    qint64 lateNs = 0;
    int earlyRenders = 0;
    int lateRenders = 0;
    timer.start();
    int deltas = 0;
    for (qsizetype i = 0; i < text.size(); i += kDelta) {
        stream.appendMarkdown(
            QStringView(text).sliced(i, qMin<qsizetype>(kDelta, text.size() - i)));
        if (++deltas % kDeltasPerRender != 0)
            continue;
        QElapsedTimer render;
        render.start();
        stream.flush();
        const qint64 ns = render.nsecsElapsed();
        if (i < text.size() / 4) {
            earlyNs += ns;
            ++earlyRenders;
        } else if (i >= text.size() * 3 / 4) {
            lateNs += ns;
            ++lateRenders;
        }
    }
    stream.finish();
    StreamFigures f;
    f.total = double(timer.nsecsElapsed()) / 1000.0;
    f.early = double(earlyNs) / 1000.0 / std::max(1, earlyRenders);
    f.late = double(lateNs) / 1000.0 / std::max(1, lateRenders);
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype kb = argc > 1 ? QByteArray(argv[1]).toLongLong() : 200;
    const QString text = answer(kb * 1024);
    QString code;
    for (qsizetype from = text.indexOf(u"```"_s); from >= 0;) {
        const qsizetype body = text.indexOf(u'\n', from) + 1;
        const qsizetype end = text.indexOf(u"```"_s, body);
        code += QStringView(text).sliced(body, end - body);
        from = text.indexOf(u"```"_s, end + 3);
    }
    const qsizetype deltas = (text.size() + kDelta - 1) / kDelta;
    std::printf("answer: %lld characters (%lld of code), %lld deltas of %d\n",
                qlonglong(text.size()), qlonglong(code.size()), qlonglong(deltas), kDelta);

    StreamFigures best{1e18, 1e18, 1e18};
    for (int i = 0; i < kRuns; ++i) {
        const StreamFigures f = streamOnce(text);
        best.total = std::min(best.total, f.total);
        best.early = std::min(best.early, f.early);
        best.late = std::min(best.late, f.late);
    }
    std::printf("stream:        %9.0f us in all, %.2f us per delta; a render %.0f us early, "
                "%.0f us late\n",
                best.total, best.total / double(deltas), best.early, best.late);

    const double stored = bestOf([&] {
        MarkdownStream stream;
        stream.setMarkdown(text);
        stream.setCodeColors(codeColors()); // as the view does, after the model rendered it
    });
    std::printf("stored answer: %9.0f us (setMarkdown, then the colours)\n", stored);
    const double storedColoured = bestOf([&] {
        MarkdownStream stream;
        stream.setCodeColors(codeColors());
        stream.setMarkdown(text);
    });
    std::printf("               %9.0f us (the colours first)\n", storedColoured);

    const double renderer = bestOf([&] { (void)MarkdownRenderer::toHtml(text); });
    std::printf("renderer:      %9.0f us for the whole text\n", renderer);
    const CodePalette palette = CodePalette::fromVariantMap(codeColors());
    const double highlighter =
        bestOf([&] { (void)CodeHighlighter::toHtml(code, codeLanguageForName(u"cpp"), palette); });
    std::printf("highlighter:   %9.0f us for the code as C++ (%.1f MB/s)\n", highlighter,
                double(code.size()) / highlighter);
    return 0;
}
