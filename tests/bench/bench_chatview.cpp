// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Chat view benchmark: a loopback server (its own thread) streams a Markdown-rich answer of N
// tokens (default 50,000) at R tokens per second (default 2,000) in the OpenAI format to the real
// ChatController; the answer's text goes into a MarkdownStream shown by MarkdownView in a real
// window that follows the end of the answer, with a busy indicator spinning as the app does
// while an answer streams. Prints the largest GUI-thread stall (the longest stretch the event
// loop did not get back to waiting), frame-to-frame intervals, CPU time, and the cost of one
// render (and per delta) near the start versus near the end of the answer.
//
// Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb bench_chatview [TOKENS] [TPS]
// Targets: no stall over 50 ms, p99 frame interval under 20 ms, end/start cost ratio under 1.5.
#include "chatcontroller.h"
#include "loopbackserver.h"
#include "markdownstream.h"
#include "networkaccess.h"
#include "openaiwire.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// One section of a typical long answer: heading, paragraphs with inline formatting and links,
// a list, a code block, a table, a quote.
QString section(int i)
{
    const QString n = QString::number(i);
    QString s = u"## Part "_s + n + u": configuring the **model/view** layer\n\n"_s;
    s += u"In this part we look at `QAbstractListModel` number "_s + n +
         u" and why *only the GUI thread* may mutate it. See [the Qt docs](https://doc.qt.io/"
         u"qt-6/model-view-programming.html) and the ~~old~~ new [guide](https://example.com/"_s +
         n + u"). A delta must cost the same at token 50 and at token 50,000.\n\n"_s;
    s += u"Key points:\n\n"_s;
    for (int k = 1; k <= 4; ++k)
        s += u"- point "_s + QString::number(k) + u" with `code` and **bold** words in it\n"_s;
    s += u"\n"_s;
    if (i % 2 == 0) {
        s += u"```cpp\n"_s;
        for (int k = 0; k < 10; ++k)
            s += u"int value"_s + QString::number(k) + u" = compute(\"text\", "_s +
                 QString::number(k * i) + u"); // step "_s + QString::number(k) + u'\n';
        s += u"```\n\n"_s;
    } else {
        s += u"```python\n"_s;
        for (int k = 0; k < 10; ++k)
            s += u"def step_"_s + QString::number(k) + u"(x):  # comment\n    return x * "_s +
                 QString::number(k) + u" + len(\"abc\")\n"_s;
        s += u"```\n\n"_s;
    }
    s += u"| Option | Default | Meaning |\n|---|---|---|\n"_s;
    for (int k = 0; k < 3; ++k)
        s += u"| `opt"_s + QString::number(k) + u"` | "_s + QString::number(k * 10) +
             u" | what it does |\n"_s;
    s += u"\n> Note: part "_s + n + u" is a quote with *emphasis*.\n\n"_s;
    return s;
}

// Tokens: a word with the whitespace after it, or a run of Markdown punctuation.
QStringList tokens(int count)
{
    QStringList out;
    out.reserve(count);
    for (int i = 1; out.size() < count; ++i) {
        const QString text = section(i);
        qsizetype start = 0;
        while (start < text.size() && out.size() < count) {
            qsizetype end = start + 1;
            while (end < text.size() && !text.at(end - 1).isSpace() && end - start < 8)
                ++end;
            while (end < text.size() && text.at(end).isSpace() && text.at(end - 1).isSpace())
                ++end;
            out.append(text.mid(start, end - start));
            start = end;
        }
    }
    return out;
}

QByteArray event(const QString &content)
{
    const QJsonObject delta{{"content"_L1, content}};
    const QJsonObject choice{{"index"_L1, 0}, {"delta"_L1, delta}};
    return "data: "_ba +
           QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}})
               .toJson(QJsonDocument::Compact) +
           "\n\n"_ba;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
}

double mean(const std::vector<double> &values)
{
    double sum = 0;
    for (const double v : values)
        sum += v;
    return values.empty() ? 0 : sum / double(values.size());
}

/**
 * Measures GUI-thread stalls with a heartbeat: a precise 4 ms timer whose lateness is the time
 * the thread was busy with something else.
 */
class StallMeter : public QObject
{
public:
    static constexpr int kBeatMs = 4;

    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kBeatMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_stalls.push_back(qMax(0.0, double(now - m_last) / 1e6 - kBeatMs));
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const std::vector<double> &stalls() const { return m_stalls; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_stalls;
};

const char kScene[] = R"(
import QtQuick
import QtQuick.Controls
import Confab

ApplicationWindow {
    id: window
    required property MarkdownStream answer
    property bool streaming: true
    width: 1000
    height: 800
    visible: true
    color: Theme.background

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 12
        contentWidth: width
        contentHeight: column.height
        clip: true
        // Follow the answer as the chat view does.
        onContentHeightChanged: contentY = Math.max(0, contentHeight - height)

        Column {
            id: column
            width: flick.width
            spacing: 8
            Label { text: "You: write me a long guide"; color: Theme.subtleText }
            MarkdownView {
                id: markdown
                width: column.width
                blocks: window.answer
                viewportTop: flick.contentY - markdown.y
                viewportBottom: flick.contentY + flick.height - markdown.y
            }
        }
    }
    BusyIndicator {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        running: window.streaming
    }
}
)";

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Basic"_s);
    const int tokenCount = argc > 1 ? QByteArray(argv[1]).toInt() : 50'000;
    const int tokensPerSecond = argc > 2 ? QByteArray(argv[2]).toInt() : 2'000;

    // The answer, as SSE pieces: 10 events every 5 ms is 2,000 tokens a second.
    const QStringList answerTokens = tokens(tokenCount);
    constexpr int kEventsPerPiece = 10;
    const int pieceDelayMs = qMax(1, 1000 * kEventsPerPiece / qMax(1, tokensPerSecond));
    QByteArrayList pieces;
    for (qsizetype i = 0; i < answerTokens.size(); i += kEventsPerPiece) {
        QByteArray piece;
        for (qsizetype k = i; k < qMin(i + kEventsPerPiece, answerTokens.size()); ++k)
            piece += event(answerTokens.at(k));
        pieces.append(piece);
    }
    pieces.append(R"(data: {"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"
                  "\n\ndata: [DONE]\n\n"_ba);

    // The server lives in its own thread, so that it does not share the GUI thread it measures.
    QThread serverThread;
    serverThread.start();
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    LoopbackServer *server = nullptr;
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = new LoopbackServer;
            server->enqueue(
                LoopbackServer::Response::stream(pieces, "text/event-stream", pieceDelayMs));
        },
        Qt::BlockingQueuedConnection);

    QNetworkAccessManager *network = NetworkAccess::createManager(&app);
    ChatController chat(network);
    ChatTarget target;
    target.wire = std::make_shared<OpenAiWire>();
    target.endpoint.baseUrl = server->url(u"/v1");
    target.model = u"bench-model"_s;
    target.limits.maxRetries = 0;
    chat.setTarget(target);

    // The answer's Markdown. The benchmark renders it on its own 50 ms clock (the stream's own
    // throttle, made measurable): each flush() is one render, including the QML updates it
    // causes through the model's signals.
    MarkdownStream answer;
    answer.setThrottleInterval(24 * 3600 * 1000);
    std::vector<double> appendUs;
    struct Render
    {
        qsizetype textSize;
        double ms;
        qint64 deltas;
    };
    std::vector<Render> renders;
    qint64 deltas = 0;
    qint64 deltasAtLastRender = 0;
    qsizetype consumed = 0;
    int answerRow = -1;
    MessageModel *messages = chat.messages();
    QObject::connect(messages, &QAbstractItemModel::rowsInserted, &answer,
                     [&](const QModelIndex &, int first) {
                         if (messages->message(first).author == MessageModel::Assistant)
                             answerRow = first;
                     });
    QElapsedTimer clock;
    clock.start();
    QObject::connect(messages, &QAbstractItemModel::dataChanged, &answer,
                     [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                         if (from.row() != answerRow || !roles.contains(MessageModel::TextRole))
                             return;
                         const QString &text = messages->message(answerRow).text;
                         const qint64 t0 = clock.nsecsElapsed();
                         answer.appendMarkdown(QStringView(text).sliced(consumed));
                         appendUs.push_back(double(clock.nsecsElapsed() - t0) / 1e3);
                         consumed = text.size();
                         ++deltas;
                     });
    QTimer renderClock;
    renderClock.setInterval(50);
    QObject::connect(&renderClock, &QTimer::timeout, &answer, [&] {
        if (deltas == deltasAtLastRender)
            return;
        const qint64 t0 = clock.nsecsElapsed();
        answer.flush();
        renders.push_back({answer.text().size(), double(clock.nsecsElapsed() - t0) / 1e6,
                           deltas - deltasAtLastRender});
        deltasAtLastRender = deltas;
    });

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"answer"_s, QVariant::fromValue(&answer)}});
    engine.loadData(kScene, QUrl(u"file:///bench/Scene.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());

    QMutex frameLock;
    std::vector<qint64> frameTimes;
    frameTimes.reserve(1 << 16);
    bool recordFrames = false;
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&] {
            QMutexLocker lock(&frameLock);
            if (recordFrames)
                frameTimes.push_back(clock.nsecsElapsed());
        },
        Qt::DirectConnection);

    StallMeter stalls;
    double cpuAtStart = 0;
    qint64 startNs = 0;
    QObject::connect(&chat, &ChatController::answerFinished, &answer, [&] {
        renderClock.stop();
        const qint64 t0 = clock.nsecsElapsed();
        answer.finish();
        const double finishMs = double(clock.nsecsElapsed() - t0) / 1e6;
        window->setProperty("streaming", false);
        // Let the last frames come, then report.
        QTimer::singleShot(500, &app, [&, finishMs] {
            stalls.stop();
            {
                QMutexLocker lock(&frameLock);
                recordFrames = false;
            }
            const double cpu = cpuSeconds() - cpuAtStart;
            const double wall = double(clock.nsecsElapsed() - startNs) / 1e9;
            std::vector<double> intervals;
            for (size_t i = 1; i < frameTimes.size(); ++i)
                intervals.push_back(double(frameTimes[i] - frameTimes[i - 1]) / 1e6);

            // Render cost near the start and near the end (first and last tenth of the text).
            const qsizetype total = answer.text().size();
            std::vector<double> startMs, endMs, startPerDelta, endPerDelta;
            for (const Render &r : renders) {
                if (r.textSize <= total / 10) {
                    startMs.push_back(r.ms);
                    startPerDelta.push_back(r.ms * 1000 / double(qMax<qint64>(1, r.deltas)));
                } else if (r.textSize >= total - total / 10) {
                    endMs.push_back(r.ms);
                    endPerDelta.push_back(r.ms * 1000 / double(qMax<qint64>(1, r.deltas)));
                }
            }
            std::vector<double> appendStart(appendUs.begin(),
                                            appendUs.begin() + qsizetype(appendUs.size() / 10));
            std::vector<double> appendEnd(appendUs.end() - qsizetype(appendUs.size() / 10),
                                          appendUs.end());
            const double maxStall =
                stalls.stalls().empty()
                    ? 0
                    : *std::max_element(stalls.stalls().begin(), stalls.stalls().end());

            std::printf("bench_chatview: %lld tokens (%lld deltas received), %lld chars, "
                        "%d rows, %.1f s streaming at %d tokens/s requested\n",
                        qlonglong(answerTokens.size()), qlonglong(deltas), qlonglong(total),
                        answer.rowCount(), wall, tokensPerSecond);
            std::printf("  platform %s, scene graph %s\n",
                        qPrintable(QGuiApplication::platformName()),
                        window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software
                            ? "software"
                            : "hardware API (GL/llvmpipe under Xvfb)");
            std::printf("  largest GUI-thread stall:      %7.2f ms  (p99 %.2f ms over %zu "
                        "4-ms heartbeats)   target < 50 ms\n",
                        maxStall, percentile(stalls.stalls(), 0.99), stalls.stalls().size());
            std::printf("  frame-to-frame interval:       p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                        "(%zu frames)   target p99 < 20 ms\n",
                        percentile(intervals, 0.5), percentile(intervals, 0.99),
                        intervals.empty() ? 0
                                          : *std::max_element(intervals.begin(), intervals.end()),
                        intervals.size());
            std::printf("  CPU time (all threads):        %.2f s over %.1f s (%.0f%% of one "
                        "core)\n",
                        cpu, wall, 100 * cpu / qMax(0.001, wall));
            std::printf("  one render (every 50 ms):      start %.3f ms, end %.3f ms  "
                        "(mean of %zu / %zu renders; p99 start %.3f, end %.3f)\n",
                        mean(startMs), mean(endMs), startMs.size(), endMs.size(),
                        percentile(startMs, 0.99), percentile(endMs, 0.99));
            std::printf("  one delta (render / deltas):   start %.1f us, end %.1f us, "
                        "end/start ratio %.2f   target < 1.5\n",
                        mean(startPerDelta), mean(endPerDelta),
                        mean(endPerDelta) / qMax(1e-9, mean(startPerDelta)));
            std::printf("  one delta (append only):       start %.2f us, end %.2f us\n",
                        mean(appendStart), mean(appendEnd));
            std::printf("  finish() at the end:           %.2f ms\n", finishMs);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    });

    // Start once the window shows.
    QTimer::singleShot(300, &app, [&] {
        {
            QMutexLocker lock(&frameLock);
            recordFrames = true;
        }
        stalls.start();
        cpuAtStart = cpuSeconds();
        startNs = clock.nsecsElapsed();
        renderClock.start();
        chat.send(u"write me a long guide"_s);
    });
    const int code = app.exec();
    QMetaObject::invokeMethod(
        &serverContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return code;
}
