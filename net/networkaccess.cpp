// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "networkaccess.h"

#include "networkstatus.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

/** A manual proxy for the internet; loopback servers are reached directly. */
class ManualProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ManualProxyFactory(const QNetworkProxy &proxy)
        : m_proxy(proxy)
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (NetworkStatus::isLoopback(query.url()) ||
            NetworkStatus::isLoopback(QUrl(u"http://"_s + query.peerHostName())))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {m_proxy};
    }

private:
    QNetworkProxy m_proxy;
};

const QList<QSslCertificate> &systemCaCertificates()
{
    static const QList<QSslCertificate> certificates =
        QSslConfiguration::defaultConfiguration().caCertificates();
    return certificates;
}
} // namespace

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

void prepareRequest(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
}

bool allowSameOriginRedirect(QNetworkReply *reply, const QUrl &target)
{
    if (!isSameOrigin(reply->request().url(), target))
        return false;
    Q_EMIT reply->redirectAllowed();
    return true;
}
} // namespace NetworkAccess

namespace NetworkAccess {
void applyProxy(QNetworkAccessManager *manager, const ProxySettings &proxy)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        manager->setProxyFactory(nullptr);
        manager->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); // the application's
        break;
    case ProxySettings::Mode::None:
        manager->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ProxySettings::Mode::Manual:
        manager->setProxyFactory(new ManualProxyFactory(
            QNetworkProxy(proxy.socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                          proxy.host, proxy.port)));
        break;
    }
    manager->clearConnectionCache();
}

QList<QSslCertificate> loadCertificates(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"Could not read %1: %2"_s.arg(path, file.errorString());
        return {};
    }
    const QByteArray data = file.read(8 * 1024 * 1024);
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = u"%1 holds no certificate (PEM or DER)."_s.arg(path);
        return {};
    }
    error->clear();
    return certificates;
}

void setExtraCaCertificates(QNetworkAccessManager *manager, const QList<QSslCertificate> &extra)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(systemCaCertificates() + extra);
    QSslConfiguration::setDefaultConfiguration(configuration);
    manager->clearConnectionCache();
}
void discardReply(QNetworkReply *reply, const QObject *receiver)
{
    if (!reply)
        return;
    reply->disconnect(receiver);
    // On Qt 6.4 finished() fires synchronously inside abort(); the receiver is disconnected.
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace NetworkAccess
