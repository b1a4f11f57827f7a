// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "networkconfigurator.h"

#include "networkaccess.h"
#include "networksettings.h"

NetworkConfigurator::NetworkConfigurator(NetworkSettings *settings, QNetworkAccessManager *network,
                                         QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(network)
{
    connect(settings, &NetworkSettings::changed, this, &NetworkConfigurator::apply);
    apply();
}

void NetworkConfigurator::apply()
{
    NetworkAccess::ProxySettings proxy;
    const NetworkSettings::ProxyMode mode = m_settings->proxyMode();
    if (mode == NetworkSettings::ProxyMode::NoProxy) {
        proxy.mode = NetworkAccess::ProxySettings::Mode::None;
    } else if (mode == NetworkSettings::ProxyMode::ManualProxy &&
               !m_settings->proxyHost().isEmpty() && m_settings->proxyPort() > 0) {
        proxy.mode = NetworkAccess::ProxySettings::Mode::Manual;
        proxy.socks5 = m_settings->proxyType() == NetworkSettings::ProxyType::Socks5;
        proxy.host = m_settings->proxyHost();
        proxy.port = quint16(m_settings->proxyPort());
    } // an incomplete manual proxy falls back to the system's settings
    NetworkAccess::applyProxy(m_network, proxy);

    QString error;
    QList<QSslCertificate> extra;
    if (const QString file = m_settings->caCertificateFile(); !file.isEmpty())
        extra = NetworkAccess::loadCertificates(file, &error);
    NetworkAccess::setExtraCaCertificates(m_network, extra);
    if (error != m_caError) {
        m_caError = error;
        Q_EMIT caErrorChanged();
    }
}
