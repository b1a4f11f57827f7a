// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "firstrunoffer.h"

#include "providerservice.h"

using namespace Qt::StringLiterals;

FirstRunOffer::FirstRunOffer(ProviderService *service, QList<LocalDiscovery::Probe> probes,
                             int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_discovery(service->network(), std::move(probes), timeoutMs)
{
    connect(&m_discovery, &LocalDiscovery::serverFound, this, &FirstRunOffer::onServerFound);
    connect(&m_discovery, &LocalDiscovery::finished, this, &FirstRunOffer::searchingChanged);
    connect(service->settings(), &AppSettings::firstRunDoneChanged, this,
            &FirstRunOffer::shouldOfferChanged);
    connect(service->providers(), &ProviderListModel::countChanged, this,
            &FirstRunOffer::shouldOfferChanged);
}

bool FirstRunOffer::shouldOffer() const
{
    return !m_service->settings()->firstRunDone() && m_service->providers()->count() == 0;
}

void FirstRunOffer::start()
{
    if (m_discovery.isRunning())
        return;
    m_offers.clear();
    m_foundModels.clear();
    const ApiKeys *keys = m_service->keys();
    for (const ProviderPreset &preset : ProviderPresets::all()) {
        if (preset.capabilities.testFlag(ProviderPreset::LocalServer) ||
            !keys->hasEnvironmentVariable(preset.apiKeyEnv)) {
            continue;
        }
        m_offers.append(QVariantMap{{u"kind"_s, u"environment"_s},
                                    {u"presetId"_s, preset.id},
                                    {u"name"_s, preset.displayName},
                                    {u"baseUrl"_s, preset.defaultBaseUrl},
                                    {u"envVar"_s, preset.apiKeyEnv},
                                    {u"models"_s, -1},
                                    {u"model"_s, preset.defaultModel}});
    }
    Q_EMIT offersChanged();
    m_discovery.start();
    Q_EMIT searchingChanged();
}

void FirstRunOffer::onServerFound(const LocalServer &server)
{
    const ProviderPreset *preset = ProviderPresets::find(server.presetId);
    m_foundModels.insert(server.baseUrl.toString(), server.models);
    // Local servers first: they work without a key or an account.
    qsizetype at = 0;
    while (at < m_offers.size() &&
           m_offers.at(at).toMap().value(u"kind"_s).toString() == "local"_L1) {
        ++at;
    }
    m_offers.insert(
        at,
        QVariantMap{{u"kind"_s, u"local"_s},
                    {u"presetId"_s, server.presetId},
                    {u"name"_s, preset ? preset->displayName : server.presetId},
                    {u"baseUrl"_s, server.baseUrl.toString()},
                    {u"envVar"_s, QString()},
                    {u"models"_s, int(server.models.size())},
                    {u"model"_s, server.models.isEmpty() ? QString() : server.models.first().id}});
    Q_EMIT offersChanged();
}

QString FirstRunOffer::accept(int index)
{
    if (index < 0 || index >= m_offers.size())
        return {};
    const QVariantMap offer = m_offers.at(index).toMap();
    ProviderConfig config;
    config.presetId = offer.value(u"presetId"_s).toString();
    config.name = offer.value(u"name"_s).toString();
    const ProviderPreset *preset = config.preset();
    const QString baseUrl = offer.value(u"baseUrl"_s).toString();
    if (!preset || baseUrl != preset->defaultBaseUrl)
        config.baseUrl = baseUrl;
    config.defaultModel = offer.value(u"model"_s).toString();
    if (offer.value(u"kind"_s).toString() == "environment"_L1) {
        config.keyMode = ApiKeys::Mode::Environment;
        config.keyEnvVar = offer.value(u"envVar"_s).toString();
    } else {
        config.keyMode = ApiKeys::Mode::None;
        config.keyEnvVar = preset ? preset->apiKeyEnv : QString();
    }
    const QString id = m_service->providers()->add(config);
    const auto found = m_foundModels.constFind(baseUrl);
    if (found != m_foundModels.constEnd())
        m_service->seedModels(id, *found);
    AppSettings *settings = m_service->settings();
    settings->setDefaultProviderId(id);
    settings->setDefaultModel(config.defaultModel);
    settings->setFirstRunDone(true);
    return id;
}

void FirstRunOffer::dismiss()
{
    m_discovery.abort();
    Q_EMIT searchingChanged();
    m_service->settings()->setFirstRunDone(true);
}
