// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QQmlNetworkAccessManagerFactory>

/**
 * @brief The QML engine's network: refuses every URL that is not qrc:, file: or data:.
 *
 * A second line of defence behind the Markdown renderer: nothing in a view can make the
 * engine fetch a remote image or document. Provider traffic uses a separate manager.
 */
class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
    static bool isAllowed(const QUrl &url);
};
