// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "networksettings.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString kProxyMode = u"network/proxyMode"_s;
const QString kProxyType = u"network/proxyType"_s;
const QString kProxyHost = u"network/proxyHost"_s;
const QString kProxyPort = u"network/proxyPort"_s;
const QString kCaFile = u"network/caCertificateFile"_s;

const QList<ScalarSetting> &exportedSettings()
{
    static const QList<ScalarSetting> settings{
        {kProxyMode, u"system"_s}, {kProxyType, u"http"_s}, {kProxyHost, QString()},
        {kProxyPort, 0},           {kCaFile, QString()},
    };
    return settings;
}

QVariant defaultOf(const QString &key)
{
    return SettingsJson::defaultOf(exportedSettings(), key);
}

// Names in the settings file; the first of each table is the default.
constexpr std::array kModeNames{
    std::pair{NetworkSettings::ProxyMode::SystemProxy, "system"},
    std::pair{NetworkSettings::ProxyMode::NoProxy, "none"},
    std::pair{NetworkSettings::ProxyMode::ManualProxy, "manual"},
};
constexpr std::array kTypeNames{
    std::pair{NetworkSettings::ProxyType::Http, "http"},
    std::pair{NetworkSettings::ProxyType::Socks5, "socks5"},
};

} // namespace

NetworkSettings::NetworkSettings(SettingsFile *file, QObject *parent)
    : QObject(parent)
    , m_file(file)
{}

bool NetworkSettings::write(const QString &key, const QVariant &value)
{
    return m_file->write(key, value, defaultOf(key));
}

NetworkSettings::ProxyMode NetworkSettings::proxyMode() const
{
    return SettingsNames::fromName<ProxyMode>(
        m_file->value(kProxyMode, defaultOf(kProxyMode)).toString(), kModeNames);
}

void NetworkSettings::setProxyMode(ProxyMode mode)
{
    if (write(kProxyMode, SettingsNames::nameOf(mode, kModeNames)))
        Q_EMIT changed();
}

NetworkSettings::ProxyType NetworkSettings::proxyType() const
{
    return SettingsNames::fromName<ProxyType>(
        m_file->value(kProxyType, defaultOf(kProxyType)).toString(), kTypeNames);
}

void NetworkSettings::setProxyType(ProxyType type)
{
    if (write(kProxyType, SettingsNames::nameOf(type, kTypeNames)))
        Q_EMIT changed();
}

QString NetworkSettings::proxyHost() const
{
    return m_file->value(kProxyHost, QString()).toString();
}

void NetworkSettings::setProxyHost(const QString &host)
{
    if (write(kProxyHost, host.trimmed()))
        Q_EMIT changed();
}

int NetworkSettings::proxyPort() const
{
    return std::clamp(m_file->value(kProxyPort, 0).toInt(), 0, 65535);
}

void NetworkSettings::setProxyPort(int port)
{
    if (write(kProxyPort, std::clamp(port, 0, 65535)))
        Q_EMIT changed();
}

QString NetworkSettings::caCertificateFile() const
{
    return m_file->value(kCaFile, QString()).toString();
}

void NetworkSettings::setCaCertificateFile(const QString &pathOrUrl)
{
    if (write(kCaFile, pathOrUrl.isEmpty() ? QString() : SettingsJson::localPath(pathOrUrl)))
        Q_EMIT changed();
}

void NetworkSettings::exportTo(QJsonObject &root) const
{
    SettingsJson::exportScalars(*m_file, exportedSettings(), root);
}

bool NetworkSettings::canImport(const QJsonObject &, QString *) const
{
    return true; // any value is taken over or replaced by its default
}

void NetworkSettings::importFrom(const QJsonObject &root)
{
    SettingsJson::importScalars(*m_file, exportedSettings(), root);
    Q_EMIT changed();
}
