// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "settingsfile.h"

#include <QObject>

/**
 * @brief The network settings: proxy and extra certificate authorities, in the settings file.
 *
 * NetworkConfigurator applies them to the provider network manager whenever they change.
 */
class NetworkSettings
    : public QObject
    , public SettingsSection
{
    Q_OBJECT
    Q_PROPERTY(ProxyMode proxyMode READ proxyMode WRITE setProxyMode NOTIFY changed FINAL)
    Q_PROPERTY(ProxyType proxyType READ proxyType WRITE setProxyType NOTIFY changed FINAL)
    Q_PROPERTY(QString proxyHost READ proxyHost WRITE setProxyHost NOTIFY changed FINAL)
    Q_PROPERTY(int proxyPort READ proxyPort WRITE setProxyPort NOTIFY changed FINAL)
    /** A PEM or DER file of extra certificate authorities; empty for none. */
    Q_PROPERTY(QString caCertificateFile READ caCertificateFile WRITE setCaCertificateFile NOTIFY
                   changed FINAL)

public:
    enum class ProxyMode {
        SystemProxy, /**< the desktop's proxy settings and http(s)_proxy (the default) */
        NoProxy,     /**< connect directly */
        ManualProxy, /**< proxyType at proxyHost:proxyPort */
    };
    Q_ENUM(ProxyMode)
    enum class ProxyType { Http, Socks5 };
    Q_ENUM(ProxyType)

    NetworkSettings(SettingsFile *file, QObject *parent = nullptr);

    ProxyMode proxyMode() const;
    void setProxyMode(ProxyMode mode);
    ProxyType proxyType() const;
    void setProxyType(ProxyType type);
    QString proxyHost() const;
    void setProxyHost(const QString &host);
    int proxyPort() const;
    void setProxyPort(int port);
    QString caCertificateFile() const;
    void setCaCertificateFile(const QString &pathOrUrl);

    // SettingsSection: its values in the export's "settings" object.
    void exportTo(QJsonObject &root) const override;
    bool canImport(const QJsonObject &root, QString *error) const override;
    void importFrom(const QJsonObject &root) override;

Q_SIGNALS:
    void changed();

private:
    bool write(const QString &key, const QVariant &value);

    SettingsFile *m_file;
};
