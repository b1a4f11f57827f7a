// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerrepository.h"

#include "appsettings.h"
#include "providerlistmodel.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
const QString kProviders = u"providers"_s;
const QString kHeaders = u"headers"_s;
} // namespace

ProviderRepository::ProviderRepository(AppSettings *settings, ProviderListModel *providers,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_providers(providers)
{
    load();
    m_providers->setDefaultId(m_settings->defaultProviderId());
    connect(m_providers, &ProviderListModel::changed, this, [this] {
        save();
        keepDefaultValid();
    });
    connect(m_settings, &AppSettings::chatDefaultsChanged, this,
            [this] { m_providers->setDefaultId(m_settings->defaultProviderId()); });
}

void ProviderRepository::load()
{
    QSettings &file = m_settings->file()->raw();
    QList<ProviderConfig> configs;
    const int size = file.beginReadArray(kProviders);
    for (int i = 0; i < size; ++i) {
        file.setArrayIndex(i);
        QJsonObject json;
        for (const QString &key : file.childKeys()) {
            if (key != kHeaders)
                json.insert(key, file.value(key).toString());
        }
        ProviderConfig config = ProviderConfig::fromJson(json);
        for (const QString &line : file.value(kHeaders).toStringList()) {
            const qsizetype colon = line.indexOf(u':');
            if (colon > 0)
                config.extraHeaders.append({line.first(colon), line.sliced(colon + 1).trimmed()});
        }
        if (!config.id.isEmpty())
            configs.append(config);
    }
    file.endArray();
    m_providers->reset(configs);
}

void ProviderRepository::save()
{
    QSettings &file = m_settings->file()->raw();
    file.remove(kProviders);
    const QList<ProviderConfig> &configs = m_providers->configs();
    file.beginWriteArray(kProviders, int(configs.size()));
    for (int i = 0; i < configs.size(); ++i) {
        file.setArrayIndex(i);
        const QJsonObject json = configs.at(i).toJson();
        for (auto it = json.begin(); it != json.end(); ++it) {
            if (it.key() != kHeaders)
                file.setValue(it.key(), it.value().toString());
        }
        QStringList headers;
        for (const auto &[name, headerValue] : configs.at(i).extraHeaders)
            headers.append(name + u": "_s + headerValue);
        file.setValue(kHeaders, headers);
    }
    file.endArray();
    file.sync();
}

void ProviderRepository::keepDefaultValid()
{
    const QString id = m_settings->defaultProviderId();
    if (!id.isEmpty() && m_providers->indexOf(id) >= 0)
        return;
    const QList<ProviderConfig> &configs = m_providers->configs();
    m_settings->setDefaultProviderId(configs.isEmpty() ? QString() : configs.constFirst().id);
}

void ProviderRepository::exportTo(QJsonObject &root) const
{
    QJsonArray providers;
    for (const ProviderConfig &config : m_providers->configs())
        providers.append(config.toJson());
    root.insert(kProviders, providers);
}

bool ProviderRepository::canImport(const QJsonObject &root, QString *error) const
{
    QStringList seen;
    for (const auto &entry : root.value(kProviders).toArray()) {
        const ProviderConfig config = ProviderConfig::fromJson(entry.toObject());
        if (config.id.isEmpty() || seen.contains(config.id)) {
            *error = tr("The settings export has a provider without a unique id.");
            return false;
        }
        seen.append(config.id);
    }
    return true;
}

void ProviderRepository::importFrom(const QJsonObject &root)
{
    QList<ProviderConfig> providers;
    for (const auto &entry : root.value(kProviders).toArray())
        providers.append(ProviderConfig::fromJson(entry.toObject()));
    m_providers->reset(providers);
    m_providers->setDefaultId(m_settings->defaultProviderId());
    save();
}
