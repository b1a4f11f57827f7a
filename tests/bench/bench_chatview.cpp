// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Chat view benchmark: a loopback server (its own thread) streams a Markdown-rich answer of N
// tokens (default 50,000) at R tokens per second (default 2,000) in the OpenAI format to the real
// ChatController, shown by the real ChatPage (the app's chat view: message list, live Markdown,
// composer with its Stop button) in a window. Prints the largest GUI-thread stall (the longest
// stretch the event loop did not get back to waiting), frame-to-frame intervals, CPU time, and
// the GUI thread's CPU time per delta near the start versus near the end of the answer — all it
// does for a delta: decoding, the model, the Markdown renders, QML bindings, layout and sync.
//
// The window is drawn by the scene graph Confab picks on this machine (app/graphicsbackend: Qt
// Quick's software renderer when OpenGL is a software rasteriser such as llvmpipe), unless
// QT_QUICK_BACKEND or CONFAB_GRAPHICS=software|hardware say otherwise; it prints which.
//
// Run under Xvfb:
//   xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=xcb bench_chatview [TOKENS] [TPS]
// Targets (issue 17): no stall over 50 ms; frames paced evenly, with the p99 frame interval at
// most 1.5 times the intended frame period (the answer is drawn as it renders, at most once
// every MarkdownStream::kDefaultThrottleMs); GUI-thread cost per delta at the end at most 1.5
// times the start.
#include "chatcontroller.h"
#include "graphicsbackend.h"
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
#include <time.h>

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

// CPU time of the calling thread.
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[i];
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
            m_times.push_back(double(now) / 1e9);
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
    /** When the largest stall ended, in seconds since start(). */
    double largestAt() const
    {
        const auto it = std::max_element(m_stalls.begin(), m_stalls.end());
        return it == m_stalls.end() ? 0 : m_times[size_t(it - m_stalls.begin())];
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_stalls;
    std::vector<double> m_times;
};

const char kScene[] = R"(
import QtQuick
import QtQuick.Controls
import Confab

ApplicationWindow {
    id: window
    required property ChatController chat
    width: 1000
    height: 800
    visible: true
    color: Theme.background

    ChatPage {
        anchors.fill: parent
        chat: window.chat
    }
}
)";

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);                             // as the app
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering); // as the app
    // The scene graph the app would use here (no settings file: the automatic choice).
    const GraphicsBackend::Decision graphics = GraphicsBackend::decide(
        GraphicsBackend::Choice::Automatic, QProcessEnvironment::systemEnvironment(),
        QGuiApplication::platformName(), &GraphicsBackend::probeGlRenderer);
    GraphicsBackend::apply(graphics);
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

    // The GUI thread's CPU time after each delta of the answer.
    std::vector<qint64> cpuAfterDelta;
    cpuAfterDelta.reserve(size_t(tokenCount) + 16);
    int answerRow = -1;
    MessageModel *messages = chat.messages();
    QObject::connect(messages, &QAbstractItemModel::rowsInserted, &chat,
                     [&](const QModelIndex &, int first) {
                         if (messages->message(first).author == Message::Author::Assistant)
                             answerRow = first;
                     });
    QElapsedTimer clock;
    clock.start();
    QObject::connect(messages, &QAbstractItemModel::dataChanged, &chat,
                     [&](const QModelIndex &from, const QModelIndex &, const QList<int> &roles) {
                         if (from.row() == answerRow && roles.contains(MessageModel::TextRole))
                             cpuAfterDelta.push_back(threadCpuNs());
                     });

    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"chat"_s, QVariant::fromValue(&chat)}});
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
    QObject::connect(&chat, &ChatController::answerFinished, &chat, [&] {
        // Let the last frames come, then report.
        QTimer::singleShot(500, &app, [&] {
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

            // GUI-thread CPU per delta over the first and the last tenth of the deltas.
            const size_t n = cpuAfterDelta.size();
            const size_t tenth = qMax<size_t>(1, n / 10);
            const auto perDeltaUs = [&](size_t from, size_t to) {
                return n > to ? double(cpuAfterDelta[to] - cpuAfterDelta[from]) / 1e3 /
                                    double(to - from)
                              : 0.0;
            };
            const double startUs = perDeltaUs(0, tenth);
            const double endUs = n > tenth ? perDeltaUs(n - 1 - tenth, n - 1) : 0.0;
            const double maxStall =
                stalls.stalls().empty()
                    ? 0
                    : *std::max_element(stalls.stalls().begin(), stalls.stalls().end());
            const qsizetype total = answerRow >= 0 ? messages->message(answerRow).text.size() : 0;

            std::printf("bench_chatview (ChatPage): %lld tokens (%zu deltas received), %lld "
                        "chars, %.1f s streaming at %d tokens/s requested\n",
                        qlonglong(answerTokens.size()), n, qlonglong(total), wall, tokensPerSecond);
            const bool software =
                window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
            std::printf("  platform %s, scene graph: %s (%s%s%s)\n",
                        qPrintable(QGuiApplication::platformName()),
                        software ? "Qt Quick software renderer" : "OpenGL",
                        qPrintable(graphics.source),
                        graphics.glRenderer.isEmpty() ? "" : ", OpenGL renderer ",
                        qPrintable(graphics.glRenderer));
            const double period = MarkdownStream::kDefaultThrottleMs;
            const double p99Interval = percentile(intervals, 0.99);
            const double ratio = endUs / qMax(1e-9, startUs);
            const auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
            std::printf(
                "  largest GUI-thread stall:      %7.2f ms at %.1f s  (p99 %.2f ms over %zu "
                "4-ms heartbeats)   target <= 50 ms: %s\n",
                maxStall, stalls.largestAt(), percentile(stalls.stalls(), 0.99),
                stalls.stalls().size(), verdict(maxStall <= 50));
            std::printf("  frame-to-frame interval:       p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                        "(%zu frames, %.1f a second)   target p99 <= 1.5 x %.0f ms: %s\n",
                        percentile(intervals, 0.5), p99Interval,
                        intervals.empty() ? 0
                                          : *std::max_element(intervals.begin(), intervals.end()),
                        intervals.size(), double(intervals.size()) / qMax(0.001, wall), period,
                        verdict(p99Interval <= 1.5 * period));
            std::printf("  CPU time (all threads):        %.2f s over %.1f s (%.0f%% of one "
                        "core)\n",
                        cpu, wall, 100 * cpu / qMax(0.001, wall));
            std::printf("  GUI-thread CPU per delta:      start %.1f us, end %.1f us, end/start "
                        "ratio %.2f   target <= 1.5: %s\n",
                        startUs, endUs, ratio, verdict(ratio <= 1.5));
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
        chat.send(u"write me a long guide"_s);
    });
    const int code = app.exec();
    QMetaObject::invokeMethod(
        &serverContext, [server] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return code;
}
