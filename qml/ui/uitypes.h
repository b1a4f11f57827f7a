// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QtQml/qqml.h>

/** The general settings, for the theme (AppSettings.Dark …) and every page that shows them. */
struct AppSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(AppSettings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_UNCREATABLE("Created by the application")
};
