// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "settingsfile.h"

#include <QObject>

class AppSettings;
class ProviderListModel;

/**
 * @brief Keeps the configured providers in the settings file: loads the list at start, saves
 * it after every change, and keeps the default provider pointing at one that exists (the first
 * provider added becomes the default).
 *
 * Also the "providers" section of a settings export.
 */
class ProviderRepository
    : public QObject
    , public SettingsSection
{
    Q_OBJECT

public:
    ProviderRepository(AppSettings *settings, ProviderListModel *providers,
                       QObject *parent = nullptr);

    void exportTo(QJsonObject &root) const override;
    bool canImport(const QJsonObject &root, QString *error) const override;
    void importFrom(const QJsonObject &root) override;

private:
    void load();
    void save();
    /** The default provider is one of the list (the first), or none when the list is empty. */
    void keepDefaultValid();

    AppSettings *m_settings;
    ProviderListModel *m_providers;
};
