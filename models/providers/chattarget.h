// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "chatstream.h"

#include <QProcessEnvironment>

#include <memory>

class WireFormat;

/** @brief Which provider and model a conversation talks to. */
struct ChatTarget
{
    std::shared_ptr<const WireFormat> wire;
    ProviderEndpoint endpoint;
    QString model;
    StreamLimits limits;

    bool isValid() const { return wire && endpoint.baseUrl.isValid() && !model.isEmpty(); }
};

/**
 * @brief Reads the provider from CONFAB_BASE_URL, CONFAB_MODEL and the primary preset's key
 * variable (OPENAI_API_KEY; ProviderPresets::primary()).
 *
 * With only the key set, the primary provider itself is used, with its default model; with
 * CONFAB_BASE_URL, an OpenAI-compatible server and CONFAB_MODEL. On failure the returned target
 * is invalid and @p missing names the variable to set.
 */
ChatTarget chatTargetFromEnvironment(const QProcessEnvironment &env, QString *missing);
