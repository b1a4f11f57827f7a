// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

class NetworkSettings;
class QNetworkAccessManager;

/**
 * @brief Applies the network settings (proxy, extra CA file) to the provider network manager,
 * now and whenever they change, without a restart.
 */
class NetworkConfigurator : public QObject
{
    Q_OBJECT
    /** Why the CA file could not be used, in plain words; empty when it is fine or unset. */
    Q_PROPERTY(QString caError READ caError NOTIFY caErrorChanged FINAL)

public:
    NetworkConfigurator(NetworkSettings *settings, QNetworkAccessManager *network,
                        QObject *parent = nullptr);

    QString caError() const { return m_caError; }

Q_SIGNALS:
    void caErrorChanged();

private:
    void apply();

    NetworkSettings *m_settings;
    QNetworkAccessManager *m_network;
    QString m_caError;
};
