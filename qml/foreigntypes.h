// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "appsettings.h"
#include "chatcontroller.h"
#include "chatparameters.h"
#include "firstrunoffer.h"
#include "markdownstream.h"
#include "messagemodel.h"
#include "modellistmodel.h"
#include "networkconfigurator.h"
#include "networkstatus.h"
#include "presetlistmodel.h"
#include "providerdraft.h"
#include "providerlistmodel.h"
#include "providerservice.h"
#include "toolcalllist.h"

#include <QtQml/qqml.h>

/** Exposes models/ types to QML without models/ depending on QtQml. */
struct MessageModelForeign
{
    Q_GADGET
    QML_FOREIGN(MessageModel)
    QML_NAMED_ELEMENT(MessageModel)
    QML_UNCREATABLE("Provided by ChatController.messages")
};

struct ChatControllerForeign
{
    Q_GADGET
    QML_FOREIGN(ChatController)
    QML_NAMED_ELEMENT(ChatController)
    QML_UNCREATABLE("Created by the application")
};

// Providers and settings (issue 6).
struct AppSettingsForeign
{
    Q_GADGET
    QML_FOREIGN(AppSettings)
    QML_NAMED_ELEMENT(AppSettings)
    QML_UNCREATABLE("Created by the application")
};

struct ApiKeysForeign
{
    Q_GADGET
    QML_FOREIGN(ApiKeys)
    QML_NAMED_ELEMENT(ApiKeys)
    QML_UNCREATABLE("Provided by ProviderService.keys")
};

struct ProviderServiceForeign
{
    Q_GADGET
    QML_FOREIGN(ProviderService)
    QML_NAMED_ELEMENT(ProviderService)
    QML_UNCREATABLE("Created by the application")
};

struct ProviderListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ProviderListModel)
    QML_NAMED_ELEMENT(ProviderListModel)
    QML_UNCREATABLE("Provided by AppSettings.providers")
};

struct PresetListModelForeign
{
    Q_GADGET
    QML_FOREIGN(PresetListModel)
    QML_NAMED_ELEMENT(PresetListModel)
    QML_UNCREATABLE("Provided by ProviderService.presets")
};

struct ModelListModelForeign
{
    Q_GADGET
    QML_FOREIGN(ModelListModel)
    QML_NAMED_ELEMENT(ModelListModel)
    QML_UNCREATABLE("Provided by ProviderService.models()")
};

struct ProviderDraftForeign
{
    Q_GADGET
    QML_FOREIGN(ProviderDraft)
    QML_NAMED_ELEMENT(ProviderDraft)
    QML_UNCREATABLE("Provided by ProviderService.draft")
};

struct ChatParametersForeign
{
    Q_GADGET
    QML_FOREIGN(ChatParameters)
    QML_NAMED_ELEMENT(ChatParameters)
    QML_UNCREATABLE("Created by the application")
};

struct FirstRunOfferForeign
{
    Q_GADGET
    QML_FOREIGN(FirstRunOffer)
    QML_NAMED_ELEMENT(FirstRunOffer)
    QML_UNCREATABLE("Created by the application")
};

struct NetworkStatusForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkStatus)
    QML_NAMED_ELEMENT(NetworkStatus)
    QML_UNCREATABLE("Created by the application")
};

struct NetworkConfiguratorForeign
{
    Q_GADGET
    QML_FOREIGN(NetworkConfigurator)
    QML_NAMED_ELEMENT(NetworkConfigurator)
    QML_UNCREATABLE("Created by the application")
};

struct MarkdownStreamForeign
{
    Q_GADGET
    QML_FOREIGN(MarkdownStream)
    QML_NAMED_ELEMENT(MarkdownStream)
    QML_UNCREATABLE("Provided by the message model")
};

struct ToolCallListForeign
{
    Q_GADGET
    QML_FOREIGN(ToolCallList)
    QML_NAMED_ELEMENT(ToolCallList)
    QML_UNCREATABLE("Provided by the message model")
};
