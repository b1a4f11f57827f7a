// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// The composition root: builds the services and hands them to QML.
#include "chatcontroller.h"
#include "chattarget.h"
#include "localonlynetwork.h"
#include "networkaccess.h"
#include "windowstate.h"

#include <QGuiApplication>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Confab"_s);
    QGuiApplication::setOrganizationName(u"Confab"_s);
    QGuiApplication::setApplicationVersion(QStringLiteral(CONFAB_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.confabchat.Confab"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/io.github.confabchat.Confab.svg"_s));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(u"Fusion"_s);

    QNetworkAccessManager *network = NetworkAccess::createManager(&app);
    ChatController chat(network);
    QString missing;
    chat.setTarget(chatTargetFromEnvironment(QProcessEnvironment::systemEnvironment(), &missing),
                   missing);

    LocalOnlyNetworkFactory qmlNetwork;
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&qmlNetwork);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    engine.setInitialProperties({{u"chat"_s, QVariant::fromValue(&chat)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreated, &app,
        [](QObject *object, const QUrl &) {
            if (!object)
                QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.load(QUrl(u"qrc:/qt/qml/Confab/Main.qml"_s));

    QSettings settings;
    WindowState windowState(&settings);
    if (!engine.rootObjects().isEmpty())
        windowState.attach(qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
    return app.exec();
}
