// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerservice.h"

#include "networkstatus.h"
#include "providerdraft.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kModelListMaxAgeSeconds = 24 * 60 * 60;
}

QString ProviderService::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/models"_s;
}

ProviderService::ProviderService(AppSettings *settings, ApiKeys *keys,
                                 QNetworkAccessManager *network, const QString &cacheDir,
                                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_network(network)
    , m_cacheDir(cacheDir)
    , m_presets(new PresetListModel(this))
    , m_draft(new ProviderDraft(this))
{
    connect(m_keys, &ApiKeys::keyFetched, this, &ProviderService::onKeyFetched);
    m_keys->setPlaintextAllowed(m_settings->allowPlaintextKeys());
    connect(m_settings, &AppSettings::allowPlaintextKeysChanged, this,
            [this] { m_keys->setPlaintextAllowed(m_settings->allowPlaintextKeys()); });
    connect(providers(), &ProviderListModel::providerChanged, this,
            &ProviderService::onProviderChanged);
    connect(providers(), &ProviderListModel::providerRemoved, this,
            [this](const QString &id) { onProviderChanged(id); });
}

ProviderService::~ProviderService() = default;

void ProviderService::setNetworkStatus(NetworkStatus *status)
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

QString ProviderService::cachePath(const QString &providerId) const
{
    // Ids are [a-z0-9-]; anything else is replaced so it cannot leave the folder.
    QString safe = providerId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    return m_cacheDir + u'/' + safe + u".json"_s;
}

ModelListModel *ProviderService::createList(const ProviderConfig &config)
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

ModelListModel *ProviderService::models(const QString &providerId)
{
    if (ModelListModel *existing = m_models.value(providerId))
        return existing;
    const std::optional<ProviderConfig> config = providers()->config(providerId);
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

void ProviderService::seedModels(const QString &providerId, const QList<ModelInfo> &models)
{
    ModelListModel *list = m_models.value(providerId);
    if (!list) {
        const std::optional<ProviderConfig> config = providers()->config(providerId);
        if (!config)
            return;
        list = createList(*config);
    }
    list->setModels(models);
}

void ProviderService::refreshModels(const QString &providerId)
{
    const std::optional<ProviderConfig> config = providers()->config(providerId);
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
        guard->fetch(m_network, config->wire(), makeEndpoint(*config, key));
    });
}

void ProviderService::removeProvider(const QString &providerId)
{
    if (ModelListModel *list = m_models.take(providerId)) {
        list->clear();
        list->deleteLater();
    } else {
        QFile::remove(cachePath(providerId));
    }
    m_keys->forget(providerId);
    providers()->remove(providerId);
}

QString ProviderService::defaultModelFor(const QString &providerId) const
{
    const std::optional<ProviderConfig> config = providers()->config(providerId);
    if (!config)
        return {};
    if (!config->defaultModel.isEmpty())
        return config->defaultModel;
    const ProviderPreset *preset = config->preset();
    return preset ? preset->defaultModel : QString();
}

QString ProviderService::describe(const QString &providerId, const QString &model) const
{
    const QString name = providers()->nameOf(providerId);
    const QString provider = name.isEmpty() ? providerId : name;
    return model.isEmpty() ? provider : provider + u" / "_s + model;
}

void ProviderService::requestTarget(const QString &providerId, const QString &model)
{
    const std::optional<ProviderConfig> config = providers()->config(providerId);
    if (!config) {
        QMetaObject::invokeMethod(
            this,
            [this, providerId, model] {
                Q_EMIT targetFailed(providerId, model,
                                    u"This provider is no longer configured. Choose another "
                                    "one."_s);
            },
            Qt::QueuedConnection);
        return;
    }
    const QString chosen =
        model.trimmed().isEmpty() ? defaultModelFor(providerId) : model.trimmed();
    withKey(*config, [this, config, providerId, model, chosen](const QString &key,
                                                               const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT targetFailed(providerId, model, error);
            return;
        }
        if (!chosen.isEmpty()) {
            Q_EMIT targetReady(providerId, model, makeChatTarget(*config, key, chosen));
            return;
        }
        // No model chosen anywhere (a local server): the first one it lists.
        ModelListModel *list = models(providerId);
        if (list->totalCount() > 0 && !list->isLoading()) {
            Q_EMIT targetReady(providerId, model,
                               makeChatTarget(*config, key, list->models().first().id));
            return;
        }
        if (!list->isLoading())
            list->fetch(m_network, config->wire(), makeEndpoint(*config, key));
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(list, &ModelListModel::fetchFinished, this,
                    [this, list, config, key, providerId, model, connection] {
                        disconnect(*connection);
                        if (list->totalCount() == 0) {
                            Q_EMIT targetFailed(providerId, model,
                                                list->errorMessage().isEmpty()
                                                    ? u"The server lists no models. Load a model "
                                                      "on the server, or type its name."_s
                                                    : list->errorMessage());
                            return;
                        }
                        Q_EMIT targetReady(providerId, model,
                                           makeChatTarget(*config, key, list->models().first().id));
                    });
    });
}

void ProviderService::withKey(const ProviderConfig &config,
                              std::function<void(const QString &, const QString &)> callback)
{
    auto &waiters = m_keyWaiters[config.id];
    waiters.append(std::move(callback));
    if (waiters.size() == 1) // one fetch answers everyone waiting for this provider
        m_keys->fetch(config.id, config.keyMode, config.keyEnvVar);
}

void ProviderService::onKeyFetched(const QString &providerId, const QString &key,
                                   const QString &error)
{
    const auto waiters = m_keyWaiters.take(providerId);
    for (const auto &callback : waiters)
        callback(key, error);
}

void ProviderService::onProviderChanged(const QString &providerId)
{
    ModelListModel *list = m_models.value(providerId);
    if (!list)
        return;
    const std::optional<ProviderConfig> config = providers()->config(providerId);
    const QString baseUrl = config ? config->effectiveBaseUrl().toString() : QString();
    if (baseUrl == m_modelBaseUrls.value(providerId))
        return;
    // Another server: its old list says nothing about the new one.
    m_modelBaseUrls.insert(providerId, baseUrl);
    list->clear();
    if (config)
        refreshModels(providerId);
}
