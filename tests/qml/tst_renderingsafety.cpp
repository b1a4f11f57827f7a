// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// Untrusted model output in a real QML scene: every image and link form, streamed through
// MarkdownStream, shown in Text and TextEdit items with RichText, must make no request to a
// loopback "canary" server — with the engine's local-only network factory and without it (the
// renderer itself emits nothing fetchable). Positive controls prove the canary would notice.
#include "linkpolicy.h"
#include "links.h"
#include "localonlynetwork.h"
#include "loopbackserver.h"
#include "markdownstream.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5Er"
    "kJggg==");

/** Model output that tries every way to make a rich-text view fetch @p base. */
QStringList hostileMessages(const QString &base)
{
    const QString u = base;
    return {
        u"Inline image: ![alt text](%1/inline.png)"_s.arg(u),
        u"Image with title: ![alt](%1/title.png \"a title\")"_s.arg(u),
        u"Angle image: ![alt](<%1/angle.png>)"_s.arg(u),
        u"Empty alt: ![](%1/empty-alt.png)"_s.arg(u),
        u"Reference image: ![logo][img] and ![img]\n\n[img]: %1/reference.png"_s.arg(u),
        u"Collapsed reference: ![img][]\n\n[img]: %1/collapsed.png \"t\""_s.arg(u),
        u"[img2]: %1/reference-first.png\n\nDefined first: ![x][img2]"_s.arg(u),
        u"Linked image: [![alt](%1/linked.png)](%1/target)"_s.arg(u),
        u"Raw: <img src=\"%1/raw.png\"> <IMG SRC=%1/upper.png> <img\nsrc='%1/multiline.png'>"_s.arg(
            u),
        u"<img srcset=\"%1/srcset.png 2x\" src=x>"_s.arg(u),
        u"<p style=\"background-image: url(%1/css.png)\">styled</p>"_s.arg(u),
        u"<style>@import url(%1/import.css); p { background: url('%1/bg.png') }</style>"_s.arg(u),
        u"<link rel=stylesheet href=\"%1/link.css\">"_s.arg(u),
        u"<table background=\"%1/table.png\"><tr><td background=\"%1/td.png\">x</td></tr>"
        u"</table>"_s.arg(u),
        u"<body background=\"%1/body.png\"><iframe src=\"%1/frame\"></iframe>"_s.arg(u),
        u"<video poster=\"%1/poster.png\" src=\"%1/v.mp4\"></video><audio src=\"%1/a.mp3\">"_s.arg(
            u),
        u"<object data=\"%1/object\"></object><embed src=\"%1/embed\">"_s.arg(u),
        u"<svg><image href=\"%1/svg.png\"/></svg>"_s.arg(u),
        u"<script src=\"%1/script.js\"></script>"_s.arg(u),
        u"Entities: &lt;img src=\"%1/entity.png\"&gt; &#60;img src=%1/numeric.png&#62;"_s.arg(u),
        u"Autolinks: <%1/autolink> %1/bare www.example.com"_s.arg(u),
        u"Link: [text](%1/link \"title\") [ref][l]\n\n[l]: %1/reflink"_s.arg(u),
        u"| a | b |\n|---|---|\n| ![cell](%1/cell.png) | <img src=%1/cellraw.png> |"_s.arg(u),
        u"- ![item](%1/item.png)\n  - nested ![n](%1/nested.png)"_s.arg(u),
        u"> ![quoted](%1/quote.png)\n> <img src=%1/quoteraw.png>"_s.arg(u),
        u"# ![heading](%1/heading.png)"_s.arg(u),
        u"```html\n<img src=\"%1/code.png\">\n<style>body{background:url(%1/c.png)}</style>\n"
        u"```\n`<img src=%1/inline-code.png>`"_s.arg(u),
        u"    <img src=\"%1/indented.png\">"_s.arg(u),
        u"![a ![nested](%1/nested-alt.png)](%1/outer.png)"_s.arg(u),
        u"![unclosed](%1/unclosed.png"_s.arg(u),
    };
}

/** Every HTML the stream shows for @p markdown while it arrives in random pieces. */
QStringList streamedHtml(const QString &markdown, quint32 seed)
{
    QRandomGenerator rng(seed);
    MarkdownStream stream;
    QStringList seen;
    const auto collect = [&] {
        for (int row = 0; row < stream.rowCount(); ++row) {
            const QString html = stream.index(row).data(MarkdownStream::HtmlRole).toString();
            if (!html.isEmpty() && !seen.contains(html))
                seen.append(html);
        }
    };
    for (qsizetype i = 0; i < markdown.size();) {
        const qsizetype n = qMin<qsizetype>(1 + rng.bounded(9), markdown.size() - i);
        stream.appendMarkdown(QStringView(markdown).sliced(i, n));
        i += n;
        stream.flush();
        collect();
    }
    stream.finish();
    collect();
    return seen;
}

const char kScene[] = R"(
import QtQuick
Window {
    id: w
    required property var htmls
    width: 900
    height: 700
    visible: true
    Flow {
        anchors.fill: parent
        Repeater {
            model: w.htmls
            Text {
                required property string modelData
                width: 420
                textFormat: Text.RichText
                text: modelData
            }
        }
        Repeater {
            model: w.htmls
            TextEdit {
                required property string modelData
                width: 420
                readOnly: true
                textFormat: TextEdit.RichText
                text: modelData
            }
        }
    }
}
)";

} // namespace

class TestRenderingSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlHasNothingFetchable();
    void sceneMakesNoRequest_data();
    void sceneMakesNoRequest();
    void forbiddenSchemesNeverOpen_data();
    void forbiddenSchemesNeverOpen();
};

void TestRenderingSafety::htmlHasNothingFetchable()
{
    static const QRegularExpression fetchingAttribute(
        u"<[^>]*(?:\\bsrc\\s*=|srcset|background\\s*=|url\\(|poster|@import|\\bdata\\s*=)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fetchingTag(
        u"<\\s*(?:img|image|link|style|script|iframe|object|embed|video|audio|svg|body|meta|"
        u"base|input|source)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    const QStringList messages = hostileMessages(u"http://127.0.0.1:9"_s);
    for (qsizetype m = 0; m < messages.size(); ++m) {
        for (const QString &html : streamedHtml(messages.at(m), quint32(m))) {
            QVERIFY2(!fetchingAttribute.match(html).hasMatch(), qPrintable(html));
            QVERIFY2(!fetchingTag.match(html).hasMatch(), qPrintable(html));
            for (const auto &match : href.globalMatch(html)) {
                QVERIFY2(match.captured(1).startsWith(u"http://"_s) ||
                             match.captured(1).startsWith(u"https://"_s),
                         qPrintable(html));
            }
        }
    }
    // Raw HTML is shown as text.
    const QStringList raw = streamedHtml(messages.at(8), 1);
    QVERIFY(raw.constLast().contains(u"&lt;img src=&quot;http://127.0.0.1:9/raw.png&quot;&gt;"_s));
}

void TestRenderingSafety::sceneMakesNoRequest_data()
{
    QTest::addColumn<bool>("localOnlyNetwork");
    QTest::newRow("with the local-only network factory") << true;
    QTest::newRow("without it: the renderer alone") << false;
}

void TestRenderingSafety::sceneMakesNoRequest()
{
    QFETCH(bool, localOnlyNetwork);
    LoopbackServer canary;
    QVERIFY2(canary.isListening(), qPrintable(canary.errorString()));
    // Real images for anything the scene might ask for; the controls get a 404 (they only
    // need to reach the server, and a decoded control image would outlive the window).
    canary.setFallback([](const LoopbackServer::Request &request) {
        if (request.path().startsWith("/control-"))
            return LoopbackServer::Response::full(404, "not here", "text/plain");
        return LoopbackServer::Response::full(200, kPng, "image/png");
    });
    const QString base = canary.url().toString();

    QStringList htmls;
    const QStringList messages = hostileMessages(base);
    for (qsizetype m = 0; m < messages.size(); ++m)
        htmls += streamedHtml(messages.at(m), quint32(m));
    QVERIFY(htmls.size() > 100);

    QQmlEngine engine;
    LocalOnlyNetworkFactory factory;
    if (localOnlyNetwork)
        engine.setNetworkAccessManagerFactory(&factory);
    QQmlComponent scene(&engine);
    scene.setData(kScene, QUrl(u"file:///confab-canary/Scene.qml"_s));
    QVERIFY2(scene.isReady(), qPrintable(scene.errorString()));
    std::unique_ptr<QObject> object(
        scene.createWithInitialProperties({{u"htmls"_s, QVariant::fromValue(htmls)}}));
    auto *window = qobject_cast<QQuickWindow *>(object.get());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    int frames = 0;
    connect(window, &QQuickWindow::frameSwapped, window, [&frames] { ++frames; });
    // Two frames: everything has been laid out and drawn (each poll asks for another frame).
    QTRY_VERIFY((window->update(), frames >= 2));

    // The control comes after the scene through the same engine: once its outcome is known,
    // anything the scene asked for has been asked for too.
    QQmlComponent control(&engine);
    control.setData(R"(
        import QtQuick
        Item {
            required property string url
            property alias status: image.status
            Image { id: image; source: parent.url + "/control-image.png" }
            Text { textFormat: Text.RichText; text: "<img src=\"" + parent.url + "/control-richtext.png\">" }
        })",
                    QUrl(u"file:///confab-canary/Control.qml"_s));
    QVERIFY2(control.isReady(), qPrintable(control.errorString()));
    // The controls fail either way: refused by the engine, or answered 404.
    const QRegularExpression refused(localOnlyNetwork ? u"Protocol \"\" is unknown"_s
                                                      : u"server replied: Not Found"_s);
    QTest::ignoreMessage(QtWarningMsg, refused); // the control Image
    QTest::ignoreMessage(QtWarningMsg, refused); // the control RichText <img>
    std::unique_ptr<QObject> probe(control.createWithInitialProperties({{u"url"_s, base}}));
    QVERIFY(probe);
    qobject_cast<QQuickItem *>(probe.get())->setParentItem(window->contentItem());

    QStringList paths;
    const auto requestPaths = [&canary, &paths] {
        paths.clear();
        for (const auto &request : canary.requests())
            paths.append(QString::fromLatin1(request.path()));
        return paths;
    };
    if (localOnlyNetwork) {
        // The engine refuses even the control: it fails without reaching the server.
        QTRY_COMPARE(probe->property("status").toInt(), 3); // Image.Error
        QCOMPARE(requestPaths(), QStringList());
    } else {
        // Without the factory the control does reach the canary, so the canary works, and a
        // RichText <img> would be fetched: only the renderer keeps the scene quiet.
        QTRY_VERIFY(requestPaths().contains(u"/control-richtext.png"_s));
        QTRY_VERIFY(requestPaths().contains(u"/control-image.png"_s));
        QTRY_COMPARE(probe->property("status").toInt(), 3); // Image.Error: the 404 arrived
        QCOMPARE(requestPaths().size(), 2);
    }
}

void TestRenderingSafety::forbiddenSchemesNeverOpen_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("JavaScript mixed case") << u"JaVaScRiPt:alert(1)"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("data") << u"data:text/html;base64,PHNjcmlwdD4="_s << false;
    QTest::newRow("vbscript") << u"vbscript:msgbox(1)"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/x"_s << false;
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s << false;
    QTest::newRow("custom scheme") << u"confab-evil://do/something"_s << false;
    QTest::newRow("relative") << u"/etc/passwd"_s << false;
    QTest::newRow("http") << u"http://example.com/a"_s << true;
    QTest::newRow("https") << u"https://example.com/a?b=c"_s << true;
}

void TestRenderingSafety::forbiddenSchemesNeverOpen()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    const QString markdown =
        u"[inline](%1) [ref][r] <%1>\n\n[r]: %1\n\n> [quoted](%1)\n\n- [item](%1)"_s.arg(url);
    QStringList hrefs;
    for (const QString &html : streamedHtml(markdown, 42)) {
        for (const auto &match : href.globalMatch(html))
            hrefs.append(match.captured(1));
    }
    Links links;
    if (openable) {
        QVERIFY(!hrefs.isEmpty());
        for (const QString &h : std::as_const(hrefs))
            QVERIFY(links.isOpenable(h));
        QVERIFY(links.isOpenable(url));
        // (Not opened here: that would start a browser.)
    } else {
        QCOMPARE(hrefs, QStringList());
        QVERIFY(!links.isOpenable(url));
        QVERIFY(!LinkPolicy::isOpenable(QUrl(url)));
        QVERIFY(!links.open(url)); // refused before the desktop is asked
    }
}

QTEST_MAIN(TestRenderingSafety)
#include "tst_renderingsafety.moc"
