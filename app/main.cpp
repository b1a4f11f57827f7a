// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// The composition root: builds the services and hands them to QML.
#include "apikeys.h"
#include "appinfo.h"
#include "appsettings.h"
#include "attachmentencoder.h"
#include "attachmentfiles.h"
#include "attachmentimageprovider.h"
#include "chatcontroller.h"
#include "chattarget.h"
#include "conversationstore.h"
#include "cursorblink.h"
#include "firstrunoffer.h"
#include "graphicsbackend.h"
#include "historycontroller.h"
#include "icontheme.h"
#include "imagingcodec.h"
#include "localonlynetwork.h"
#include "networkaccess.h"
#include "networkconfigurator.h"
#include "networksettings.h"
#include "networkstatus.h"
#include "providerservice.h"
#include "secretstore.h"
#include "settingsexport.h"
#include "singleinstance.h"
#include "titlegenerator.h"
#include "toolservers.h"
#include "uilanguage.h"
#include "windowstate.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
GraphicsBackend::Choice graphicsChoice(AppSettings::Graphics setting)
{
    switch (setting) {
    case AppSettings::Graphics::Hardware:
        return GraphicsBackend::Choice::Hardware;
    case AppSettings::Graphics::Software:
        return GraphicsBackend::Choice::Software;
    case AppSettings::Graphics::Automatic:
        break;
    }
    return GraphicsBackend::Choice::Automatic;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    // The child that tells which OpenGL driver this display has (GraphicsBackend::GlRendererProbe).
    if (argc == 2 && qstrcmp(argv[1], GraphicsBackend::kProbeOption) == 0) {
        QGuiApplication probe(argc, argv);
        return GraphicsBackend::printGlRenderer();
    }
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Confab"_s);
    QGuiApplication::setOrganizationName(u"Confab"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.confabchat.Confab"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/io.github.confabchat.Confab.svg"_s));
    // icon.name finds the desktop theme's icons first, Confab's own otherwise.
    IconTheme::install();
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);
    // Text drawn from the platform's rasterised glyphs, as desktop apps look, rather than from
    // distance fields: crisper at desktop sizes, and far cheaper to draw without a GPU (with
    // llvmpipe, bench_chatview's p99 frame interval goes from 23 ms to 16 ms).
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);

    // The text cursor stops blinking after 10 s without input, as on GTK desktops: a window
    // that shows nothing new draws nothing.
    CursorBlinkTimeout cursorBlink;

    // One Confab per user: a second launch brings the running window to the front and exits,
    // so two processes never write the history at once.
    SingleInstance instance(u"io.github.confabchat.Confab"_s);
    if (!instance.claim())
        return 0;

    QNetworkAccessManager *network = NetworkAccess::createManager(&app);

    // Settings (one QSettings file), keys (the OS keychain), proxy and CA, providers.
    AppSettings settings;
    // The interface language (the setting, else the system's), before any text is made; a
    // change in the settings applies at the next start.
    UiLanguage::install(&app, settings.language());

    // OpenGL where there is a GPU, Qt Quick's software renderer where OpenGL is drawn by the CPU.
    // A throwaway context in a child process tells which (only when nothing else decides): it
    // runs while the history opens, and the driver it loads stays out of this process. What it
    // found is kept for the next start, which decides at once and probes again later, after
    // its first frames (a new driver or GPU counts from the start after).
    const GraphicsBackend::Choice graphicsSetting = graphicsChoice(settings.graphics());
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString platform = QGuiApplication::platformName();
    const QString glCacheFile =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/opengl-renderer"_s;
    const bool probeNeeded = GraphicsBackend::needsProbe(graphicsSetting, environment, platform);
    const std::optional<QString> cachedGlRenderer =
        probeNeeded ? GraphicsBackend::readCachedGlRenderer(glCacheFile, platform) : std::nullopt;
    GraphicsBackend::GlRendererProbe glProbe;
    const auto startProbe = [&glProbe, glCacheFile, platform] {
        glProbe.start(QCoreApplication::applicationFilePath(),
                      {QString::fromLatin1(GraphicsBackend::kProbeOption)});
        glProbe.whenFinished([glCacheFile, platform](const QString &renderer) {
            GraphicsBackend::writeCachedGlRenderer(glCacheFile, platform, renderer);
        });
    };
    if (probeNeeded && !cachedGlRenderer)
        startProbe();
    else if (probeNeeded)
        QTimer::singleShot(3000, &app, startProbe);
    KeychainSecretStore keychain;
    ApiKeys keys(&keychain, ApiKeys::defaultPlaintextPath());
    keys.checkKeychain();
    NetworkSettings networkSettings(settings.file());
    NetworkConfigurator networkConfig(&networkSettings, network);
    NetworkStatus networkStatus;
    ProviderService providers(&settings, &keys, network);
    providers.setNetworkStatus(&networkStatus);
    FirstRunOffer firstRun(&providers);
    SettingsExport settingsExport;
    settingsExport.addSection(&settings);
    settingsExport.addSection(&networkSettings);
    settingsExport.addSection(providers.settingsSection());

    // The history: one SQLite file in the data location. If it cannot be opened at all, Confab
    // still chats, and the history panel says why nothing is saved.
    ConversationStore store;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    // Attachments: files by hash beside the database, decoded by imaging/ (models never link
    // QtGui), encoded per provider at send time.
    AttachmentFiles attachmentFiles(dataDir + u"/attachments"_s);
    ImagingCodec imaging;
    AttachmentEncoder attachmentEncoder(&attachmentFiles, &imaging);
    store.setAttachmentFiles(&attachmentFiles);
    const bool stored = store.open(dataDir + u"/confab.sqlite"_s);
    HistoryController history(&store);
    TitleGenerator titles(network);
    titles.setStore(&store);

    // Tool servers (MCP): only those the user enabled and confirmed start, here and now.
    ToolServers tools(settings.file(), &keychain, network);
    tools.startEnabled();

    ChatController chat(network);
    chat.setAttachmentServices(&attachmentFiles, &imaging, &attachmentEncoder);
    chat.setToolServers(&tools);
    if (stored) {
        chat.setStore(&store);
        chat.setTitleGenerator(&titles);
    }
    // The configured providers decide; CONFAB_BASE_URL / CONFAB_MODEL still work without any.
    QString missing;
    chat.setTarget(chatTargetFromEnvironment(QProcessEnvironment::systemEnvironment(), &missing),
                   missing);
    chat.setProviderService(&providers);
    // An answer cut off by a crash or a kill is shown again, with Continue.
    if (const auto interrupted = store.latestInterruptedMessage(); stored && interrupted)
        chat.openConversation(interrupted->conversationId, interrupted->id);
    QObject::connect(&app, &QGuiApplication::aboutToQuit, &chat, [&chat, &store, &tools] {
        chat.shutdown();
        tools.closeAll();
        // Attachments are read and encoded on the pool's threads, with the objects below.
        QThreadPool::globalInstance()->waitForDone();
        store.close();
    });

    const GraphicsBackend::Decision graphics =
        GraphicsBackend::decide(graphicsSetting, environment, platform, [&] {
            return cachedGlRenderer ? *cachedGlRenderer : glProbe.result();
        });
    GraphicsBackend::apply(graphics);
    AppInfo appInfo(QStringLiteral(CONFAB_VERSION), graphics.software, graphics.source,
                                   graphics.glRenderer);

    LocalOnlyNetworkFactory qmlNetwork;
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&qmlNetwork);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    // Thumbnails and the larger view of attachments: image://attachments/thumb|full/SHA256.
    engine.addImageProvider(u"attachments"_s, new AttachmentImageProvider(&attachmentFiles));
    engine.setInitialProperties({{u"chat"_s, QVariant::fromValue(&chat)},
                                 {u"history"_s, QVariant::fromValue(&history)},
                                 {u"providers"_s, QVariant::fromValue(&providers)},
                                 {u"networkStatus"_s, QVariant::fromValue(&networkStatus)},
                                 {u"networkSettings"_s, QVariant::fromValue(&networkSettings)},
                                 {u"networkConfig"_s, QVariant::fromValue(&networkConfig)},
                                 {u"settingsExport"_s, QVariant::fromValue(&settingsExport)},
                                 {u"appInfo"_s, QVariant::fromValue(&appInfo)},
                                 {u"firstRun"_s, QVariant::fromValue(&firstRun)},
                                 {u"tools"_s, QVariant::fromValue(&tools)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object, const QUrl &) {
            if (!object)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));

    QSettings windowSettings;
    WindowState windowState(&windowSettings);
    QQuickWindow *window = engine.rootObjects().isEmpty()
                               ? nullptr
                               : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    windowState.attach(window);
    // CONFAB_STARTUP_PROBE=1: prints when the first frame with the history panel filled is on
    // screen (for the history benchmark, tools/bench-startup.sh), then quits.
    if (window && qEnvironmentVariableIsSet("CONFAB_STARTUP_PROBE")) {
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&app, &history, &startup] {
            if (history.conversations()->rowCount() == 0)
                return;
            std::printf("first-frame-with-history %lld ms-since-epoch %lld ms-since-main\n",
                        QDateTime::currentMSecsSinceEpoch(), startup.elapsed());
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QCoreApplication::quit);
        });
    }
    // CONFAB_FRAME_PROBE=1: prints how many frames the window drew in each second, when an
    // answer finishes and when a conversation is opened (for the efficiency benchmark,
    // tools/bench-efficiency.sh).
    if (window && qEnvironmentVariableIsSet("CONFAB_FRAME_PROBE")) {
        auto frames = std::make_shared<int>(0);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [frames] { ++*frames; });
        auto *second = new QTimer(&app);
        QObject::connect(second, &QTimer::timeout, &app, [frames] {
            std::printf("frames %d\n", *frames);
            std::fflush(stdout);
            *frames = 0;
        });
        second->start(1000);
        QObject::connect(&chat, &ChatController::answerFinished, &app, [] {
            std::printf("answer-finished\n");
            std::fflush(stdout);
        });
        QObject::connect(&chat, &ChatController::conversationChanged, &app, [&chat] {
            std::printf("conversation-opened %d messages\n", chat.messages()->rowCount());
            std::fflush(stdout);
        });
    }
    QObject::connect(&instance, &SingleInstance::activateRequested, &app, [window] {
        if (!window)
            return;
        if (window->windowStates() & Qt::WindowMinimized)
            window->showNormal();
        window->show();
        window->raise();
        window->requestActivate();
    });
    return app.exec();
}
