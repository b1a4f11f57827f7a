// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "networkstatus.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetworkStatus, "confab.net.status", QtWarningMsg)

NetworkStatus::NetworkStatus(Source source, QObject *parent)
    : QObject(parent)
{
    if (source != Source::System)
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info &&
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        info = QNetworkInformation::instance();
    }
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcNetworkStatus) << "no reachability backend; inferring from requests";
        return;
    }
    m_monitored = true;
    m_backendName = info->backendName();
    const auto update = [this, info] {
        // Unknown counts as online: better a clear error per request than a false "offline".
        setOnline(info->reachability() != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, update);
    update();
}

bool NetworkStatus::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void NetworkStatus::reportOutcome(const QUrl &url, int networkError)
{
    if (m_monitored || isLoopback(url))
        return;
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::NoError:
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::UnknownServerError:
        setOnline(true); // a server answered
        break;
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        setOnline(false);
        break;
    default:
        break; // refused, reset, TLS…: says nothing about being offline
    }
}

void NetworkStatus::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged();
}
