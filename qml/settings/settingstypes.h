// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "networkconfigurator.h"
#include "networksettings.h"
#include "networkstatus.h"
#include "settingsexport.h"

#include <QtQml/qqml.h>

/** Exposes models/settings (and the network status from net/) to QML. */
struct NetworkSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkSettings)
    QML_NAMED_ELEMENT(NetworkSettings)
    QML_UNCREATABLE("Provided by AppSettings.network")
};

struct NetworkConfiguratorForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkConfigurator)
    QML_NAMED_ELEMENT(NetworkConfigurator)
    QML_UNCREATABLE("Created by the application")
};

struct NetworkStatusForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkStatus)
    QML_NAMED_ELEMENT(NetworkStatus)
    QML_UNCREATABLE("Created by the application")
};

struct SettingsExportForeign
{
    Q_GADGET
    QML_FOREIGN(SettingsExport)
    QML_NAMED_ELEMENT(SettingsExport)
    QML_UNCREATABLE("Created by the application")
};
