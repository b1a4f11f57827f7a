// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "presetlistmodel.h"

#include "providerlistmodel.h"
#include "providerpresets.h"

PresetListModel::PresetListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int PresetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ProviderPresets::all().size()) + 1;
}

QVariant PresetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    const ProviderPreset *preset =
        index.row() < presets.size() ? &presets.at(index.row()) : nullptr;
    switch (role) {
    case PresetIdRole:
        return preset ? preset->id : QString();
    case Qt::DisplayRole:
    case NameRole:
        return ProviderListModel::presetName(preset ? preset->id : QString());
    case BaseUrlRole:
        return preset ? preset->defaultBaseUrl : QString();
    case NeedsKeyRole:
        return preset && !preset->apiKeyEnv.isEmpty() &&
               !preset->capabilities.testFlag(ProviderPreset::LocalServer);
    case KeyEnvVarRole:
        return preset ? preset->apiKeyEnv : QString();
    case IsLocalRole:
        return preset && preset->capabilities.testFlag(ProviderPreset::LocalServer);
    default:
        return {};
    }
}

QHash<int, QByteArray> PresetListModel::roleNames() const
{
    return {{PresetIdRole, "presetId"}, {NameRole, "name"},           {BaseUrlRole, "baseUrl"},
            {NeedsKeyRole, "needsKey"}, {KeyEnvVarRole, "keyEnvVar"}, {IsLocalRole, "isLocal"}};
}

int PresetListModel::indexOf(const QString &presetId) const
{
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        if (presets.at(i).id == presetId)
            return i;
    }
    return int(presets.size());
}
