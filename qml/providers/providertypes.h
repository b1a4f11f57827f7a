// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "apikeys.h"
#include "chatparameters.h"
#include "chatrequest.h"
#include "firstrunoffer.h"
#include "modellistmodel.h"
#include "presetlistmodel.h"
#include "providerdraft.h"
#include "providerlistmodel.h"
#include "providerservice.h"

#include <QtQml/qqml.h>

/** Exposes models/providers (and the API keys it uses) to QML. */
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
    QML_UNCREATABLE("Provided by ProviderService.providers")
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
    QML_UNCREATABLE("Provided by the chat controller and ProviderService.defaults")
};

struct FirstRunOfferForeign
{
    Q_GADGET
    QML_FOREIGN(FirstRunOffer)
    QML_NAMED_ELEMENT(FirstRunOffer)
    QML_UNCREATABLE("Created by the application")
};

struct ApiKeysForeign
{
    Q_GADGET
    QML_FOREIGN(ApiKeys)
    QML_NAMED_ELEMENT(ApiKeys)
    QML_UNCREATABLE("Provided by ProviderService.keys")
};

/** How hard a reasoning model thinks: Reasoning.Default, Reasoning.High … */
namespace ReasoningForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(Reasoning)
QML_NAMED_ELEMENT(Reasoning)
} // namespace ReasoningForeign
