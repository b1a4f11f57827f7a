// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "networkaccess.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QUrl>

namespace NetworkAccess {
QNetworkAccessManager *createManager(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *manager = new QNetworkAccessManager(parent);
    // Qt 6.4's default policy forwards Authorization / x-api-key to any origin: never use it.
    manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager->setStrictTransportSecurityEnabled(true);
    return manager;
}

bool isSameOrigin(const QUrl &origin, const QUrl &target)
{
    const auto defaultPort = [](const QUrl &url) {
        return url.scheme() == QLatin1StringView("https") ? 443 : 80;
    };
    return origin.scheme() == target.scheme() &&
           origin.host().compare(target.host(), Qt::CaseInsensitive) == 0 &&
           origin.port(defaultPort(origin)) == target.port(defaultPort(target));
}
} // namespace NetworkAccess
