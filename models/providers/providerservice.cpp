// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerservice.h"

#include "modelcatalog.h"
#include "providerdraft.h"
#include "providerrepository.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

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
    , m_providers(new ProviderListModel(this))
    , m_repository(new ProviderRepository(settings, m_providers, this))
    , m_presets(new PresetListModel(this))
    , m_catalog(new ModelCatalog(m_providers, keys, network, cacheDir, this))
    , m_draft(new ProviderDraft(m_providers, keys, m_catalog, this))
    , m_defaults(new ChatParameters(this))
{
    m_keys->setPlaintextAllowed(m_settings->allowPlaintextKeys());
    connect(m_settings, &AppSettings::allowPlaintextKeysChanged, this,
            [this] { m_keys->setPlaintextAllowed(m_settings->allowPlaintextKeys()); });
    // The defaults for new conversations, as one ChatParameters the settings page edits.
    m_defaults->resetParameters(m_settings);
    connect(m_defaults, &ChatParameters::parametersChanged, this,
            [this] { m_defaults->saveAsDefaults(m_settings); });
    connect(m_settings, &AppSettings::chatDefaultsChanged, this,
            [this] { m_defaults->resetParameters(m_settings); });
}

ProviderService::~ProviderService() = default;

SettingsSection *ProviderService::settingsSection() const
{
    return m_repository;
}

QNetworkAccessManager *ProviderService::network() const
{
    return m_catalog->network();
}

void ProviderService::setNetworkStatus(NetworkStatus *status)
{
    m_catalog->setNetworkStatus(status);
}

ModelListModel *ProviderService::models(const QString &providerId)
{
    return m_catalog->models(providerId);
}

void ProviderService::refreshModels(const QString &providerId)
{
    m_catalog->refreshModels(providerId);
}

void ProviderService::seedModels(const QString &providerId, const QList<ModelInfo> &models)
{
    m_catalog->seedModels(providerId, models);
}

void ProviderService::withKey(const ProviderConfig &config,
                              std::function<void(const QString &, const QString &)> callback)
{
    m_catalog->withKey(config, std::move(callback));
}

void ProviderService::removeProvider(const QString &providerId)
{
    m_catalog->forget(providerId);
    m_keys->forget(providerId);
    m_providers->remove(providerId);
}

QString ProviderService::defaultModelFor(const QString &providerId) const
{
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
    if (!config)
        return {};
    if (!config->defaultModel.isEmpty())
        return config->defaultModel;
    const ProviderPreset *preset = config->preset();
    return preset ? preset->defaultModel : QString();
}

QString ProviderService::describe(const QString &providerId, const QString &model) const
{
    const QString name = m_providers->nameOf(providerId);
    const QString provider = name.isEmpty() ? providerId : name;
    return model.isEmpty() ? provider : provider + u" / "_s + model;
}

void ProviderService::requestTarget(const QString &providerId, const QString &model)
{
    const std::optional<ProviderConfig> config = m_providers->config(providerId);
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
    m_catalog->withKey(*config, [this, config, providerId, model, chosen](const QString &key,
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
            list->fetch(m_catalog->network(), config->makeWire(), makeEndpoint(*config, key));
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
