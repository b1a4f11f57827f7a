// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "modelcatalog.h"

#include "apikeys.h"
#include "networkstatus.h"
#include "providerlistmodel.h"

#include <QFile>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kModelListMaxAgeSeconds = 24 * 60 * 60;
}

ModelCatalog::ModelCatalog(ProviderListModel *providers, ApiKeys *keys,
                           QNetworkAccessManager *network, const QString &cacheDir, QObject *parent)
    : QObject(parent)
    , m_providers(providers)
    , m_keys(keys)
    , m_network(network)
    , m_cacheDir(cacheDir)
{
    connect(m_keys, &ApiKeys::keyFetched, this, &ModelCatalog::onKeyFetched);
    connect(m_providers, &ProviderListModel::providerChanged, this,
            &ModelCatalog::onProviderChanged);
    connect(m_providers, &ProviderListModel::providerRemoved, this,
            [this](const QString &id) { onProviderChanged(id); });
}

void ModelCatalog::setNetworkStatus(NetworkStatus *status)
{
    m_status = status;
    connect(status, &NetworkStatus::onlineChanged, this, [this] {
        if (!m_status->isOnline())
            return;
        for (auto it = m_models.cbegin(); it != m_models.cend(); ++it) {
            if (!it.value()->errorMessage().isEmpty())
                refreshModels(it.key());
        }
    });
}

QString ModelCatalog::cachePath(const QString &providerId) const
{
    // Ids are [a-z0-9-]; anything else is replaced so it cannot leave the folder.
    QString safe = providerId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return m_cacheDir + u'/' + safe + u".json"_s;
}

ModelListModel *ModelCatalog::createList(const ProviderConfig &config)
{
    auto *list = new ModelListModel(this);
    list->setCacheFile(cachePath(config.id));
    const QString baseUrl = config.effectiveBaseUrl().toString(QUrl::RemoveUserInfo);
    if (!list->sourceBaseUrl().isEmpty() && list->sourceBaseUrl() != baseUrl)
        list->clear(); // cached from another server
    m_models.insert(config.id, list);
    m_modelBaseUrls.insert(config.id, config.effectiveBaseUrl().toString());
    const QString providerId = config.id;
    connect(list, &ModelListModel::refreshRequested, this,
            [this, providerId] { refreshModels(providerId); });
    connect(list, &ModelListModel::fetchFinished, this, [this, list, providerId] {
        if (m_status)
            m_status->reportOutcome(QUrl(m_modelBaseUrls.value(providerId)),
                                    list->lastNetworkError());
    });
    return list;
}

ModelListModel *ModelCatalog::models(const QString &providerId)
{
    if (ModelListModel *existing = m_models.value(providerId))
        return existing;
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
    if (!config)
        return nullptr;
    ModelListModel *list = createList(*config);
    const QDateTime fetched = list->fetchedAt();
    if (list->totalCount() == 0 || !fetched.isValid() ||
        fetched.secsTo(QDateTime::currentDateTimeUtc()) > kModelListMaxAgeSeconds) {
        refreshModels(providerId);
    }
    return list;
}

void ModelCatalog::seedModels(const QString &providerId, const QList<ModelInfo> &models)
{
    ModelListModel *list = m_models.value(providerId);
    if (!list) {
        const std::optional<ProviderConfig> config = m_providers->config(providerId);
        if (!config)
            return;
        list = createList(*config);
    }
    list->setModels(models);
}

void ModelCatalog::refreshModels(const QString &providerId)
{
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
    ModelListModel *list = m_models.value(providerId);
    if (!config || !list)
        return;
    if (m_status && !m_status->isOnline() &&
        !NetworkStatus::isLoopback(config->effectiveBaseUrl())) {
        list->setError(StreamError{ErrorKind::Network,
                                   0,
                                   {},
                                   u"You are offline. The list will load when the connection "
                                   "is back."_s,
                                   -1});
        return;
    }
    QPointer<ModelListModel> guard(list);
    withKey(*config, [this, guard, config](const QString &key, const QString &error) {
        if (!guard)
            return;
        if (!error.isEmpty()) {
            guard->setError(StreamError{ErrorKind::Auth, 0, {}, error, -1});
            return;
        }
        guard->fetch(m_network, config->makeWire(), makeEndpoint(*config, key));
    });
}

void ModelCatalog::withKey(const ProviderConfig &config,
                           std::function<void(const QString &, const QString &)> callback)
{
    auto &waiters = m_keyWaiters[config.id];
    waiters.append(std::move(callback));
    if (waiters.size() == 1) // one fetch answers everyone waiting for this provider
        m_keys->fetch(config.id, config.keyMode, config.keyEnvVar);
}

void ModelCatalog::onKeyFetched(const QString &providerId, const QString &key, const QString &error)
{
    const auto waiters = m_keyWaiters.take(providerId);
    for (const auto &callback : waiters)
        callback(key, error);
}

void ModelCatalog::onProviderChanged(const QString &providerId)
{
    ModelListModel *list = m_models.value(providerId);
    if (!list)
        return;
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
    const QString baseUrl = config ? config->effectiveBaseUrl().toString() : QString();
    if (baseUrl == m_modelBaseUrls.value(providerId))
        return;
    // Another server: its old list says nothing about the new one.
    m_modelBaseUrls.insert(providerId, baseUrl);
    list->clear();
    if (config)
        refreshModels(providerId);
}

void ModelCatalog::forget(const QString &providerId)
{
    if (ModelListModel *list = m_models.take(providerId)) {
        list->clear();
        list->deleteLater();
    } else {
        QFile::remove(cachePath(providerId));
    }
    m_modelBaseUrls.remove(providerId);
}
