// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "modellistmodel.h"
#include "providerconfig.h"

#include <QHash>
#include <QObject>

#include <functional>

class ApiKeys;
class NetworkStatus;
class ProviderListModel;
class QNetworkAccessManager;

/**
 * @brief The model list of each configured provider, and the keys needed to fetch them.
 *
 * Lists are made on first use, start from their disk cache (one JSON file per provider) and
 * are fetched again when older than a day, when the provider moves to another server, and when
 * the machine comes back online.
 */
class ModelCatalog : public QObject
{
    Q_OBJECT

public:
    ModelCatalog(ProviderListModel *providers, ApiKeys *keys, QNetworkAccessManager *network,
                 const QString &cacheDir, QObject *parent = nullptr);

    QNetworkAccessManager *network() const { return m_network; }
    /** Offline, lists of remote providers are not requested (they say "offline" once) and are
     * fetched again when the connection is back. Optional. */
    void setNetworkStatus(NetworkStatus *status);

    /** The model list of @p providerId (null for an unknown id). Owned by the catalog. */
    ModelListModel *models(const QString &providerId);
    void refreshModels(const QString &providerId);
    /** Sets the list of @p providerId without fetching (e.g. what a test found). */
    void seedModels(const QString &providerId, const QList<ModelInfo> &models);
    /** Drops the list of @p providerId and its disk cache. */
    void forget(const QString &providerId);

    /** Runs @p callback with the provider's key (or an error in plain words); concurrent
     * requests for one provider share one fetch. */
    void withKey(const ProviderConfig &config,
                 std::function<void(const QString &key, const QString &error)> callback);

private:
    void onKeyFetched(const QString &providerId, const QString &key, const QString &error);
    void onProviderChanged(const QString &providerId);
    QString cachePath(const QString &providerId) const;
    ModelListModel *createList(const ProviderConfig &config);

    ProviderListModel *m_providers;
    ApiKeys *m_keys;
    QNetworkAccessManager *m_network;
    NetworkStatus *m_status = nullptr;
    QString m_cacheDir;
    QHash<QString, ModelListModel *> m_models;
    QHash<QString, QString> m_modelBaseUrls; // the base URL each list was fetched from
    QHash<QString, QList<std::function<void(const QString &, const QString &)>>> m_keyWaiters;
};
