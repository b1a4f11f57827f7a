// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerlistmodel.h"

using namespace Qt::StringLiterals;

ProviderListModel::ProviderListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_configs.size());
}

QString ProviderListModel::presetName(const QString &presetId)
{
    const ProviderPreset *preset = ProviderPresets::find(presetId);
    return preset ? preset->displayName : u"Custom (OpenAI-compatible)"_s;
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderConfig &config = m_configs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return config.name;
    case ProviderIdRole:
        return config.id;
    case PresetIdRole:
        return config.presetId;
    case PresetNameRole:
        return presetName(config.presetId);
    case BaseUrlRole:
        return config.effectiveBaseUrl().toString();
    case DefaultModelRole:
        return config.defaultModel;
    case KeyModeRole:
        return int(config.keyMode);
    case IsLocalRole: {
        const ProviderPreset *preset = config.preset();
        return preset && preset->capabilities.testFlag(ProviderPreset::LocalServer);
    }
    case IsDefaultRole:
        return config.id == m_defaultId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProviderListModel::roleNames() const
{
    return {{ProviderIdRole, "providerId"}, {NameRole, "name"},
            {PresetIdRole, "presetId"},     {PresetNameRole, "presetName"},
            {BaseUrlRole, "baseUrl"},       {DefaultModelRole, "defaultModel"},
            {KeyModeRole, "keyMode"},       {IsLocalRole, "isLocal"},
            {IsDefaultRole, "isDefault"}};
}

std::optional<ProviderConfig> ProviderListModel::config(const QString &id) const
{
    const int row = indexOf(id);
    if (row < 0)
        return std::nullopt;
    return m_configs.at(row);
}

int ProviderListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_configs.size(); ++i) {
        if (m_configs.at(i).id == id)
            return i;
    }
    return -1;
}

QString ProviderListModel::nameOf(const QString &id) const
{
    const int row = indexOf(id);
    return row < 0 ? QString() : m_configs.at(row).name;
}

QString ProviderListModel::nextId(const QString &base) const
{
    const QString stem = base.isEmpty() ? ProviderPresets::custom().id : base;
    QString id = stem;
    for (int n = 2; indexOf(id) >= 0; ++n)
        id = u"%1-%2"_s.arg(stem).arg(n);
    return id;
}

QString ProviderListModel::add(ProviderConfig config)
{
    if (config.id.isEmpty() || indexOf(config.id) >= 0)
        config.id = nextId(config.presetId);
    if (config.name.trimmed().isEmpty())
        config.name = presetName(config.presetId);
    const int row = int(m_configs.size());
    beginInsertRows({}, row, row);
    m_configs.append(config);
    endInsertRows();
    Q_EMIT changed();
    Q_EMIT countChanged();
    Q_EMIT providerChanged(config.id);
    return config.id;
}

bool ProviderListModel::update(const ProviderConfig &config)
{
    const int row = indexOf(config.id);
    if (row < 0)
        return false;
    ProviderConfig updated = config;
    if (updated.name.trimmed().isEmpty())
        updated.name = presetName(updated.presetId);
    if (m_configs.at(row) == updated)
        return true;
    const ProviderConfig &old = m_configs.at(row);
    QList<int> roles;
    if (old.name != updated.name)
        roles << NameRole << Qt::DisplayRole;
    if (old.presetId != updated.presetId)
        roles << PresetIdRole << PresetNameRole << IsLocalRole << BaseUrlRole;
    if (old.baseUrl != updated.baseUrl)
        roles << BaseUrlRole;
    if (old.defaultModel != updated.defaultModel)
        roles << DefaultModelRole;
    if (old.keyMode != updated.keyMode)
        roles << KeyModeRole;
    m_configs[row] = updated;
    if (!roles.isEmpty())
        Q_EMIT dataChanged(index(row), index(row), roles);
    Q_EMIT changed();
    Q_EMIT providerChanged(updated.id);
    return true;
}

bool ProviderListModel::remove(const QString &id)
{
    const int row = indexOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_configs.removeAt(row);
    endRemoveRows();
    Q_EMIT changed();
    Q_EMIT countChanged();
    Q_EMIT providerRemoved(id);
    return true;
}

void ProviderListModel::reset(const QList<ProviderConfig> &configs)
{
    const bool countChanges = configs.size() != m_configs.size();
    beginResetModel();
    m_configs = configs;
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

void ProviderListModel::setDefaultId(const QString &id)
{
    if (id == m_defaultId)
        return;
    const int oldRow = indexOf(m_defaultId);
    const int newRow = indexOf(id);
    m_defaultId = id;
    for (int row : {oldRow, newRow}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {IsDefaultRole});
    }
}
