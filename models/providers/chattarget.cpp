// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chattarget.h"

#include "providerpresets.h"

using namespace Qt::StringLiterals;

ChatTarget chatTargetFromEnvironment(const QProcessEnvironment &env, QString *missing)
{
    const ProviderPreset &primary = ProviderPresets::primary();
    ChatTarget target;
    const QString baseUrl = env.value(u"CONFAB_BASE_URL"_s).trimmed();
    const QString key = env.value(primary.apiKeyEnv).trimmed();
    QString model = env.value(u"CONFAB_MODEL"_s).trimmed();
    missing->clear();

    // Without a base URL, the primary provider itself; with one, an OpenAI-compatible server.
    const ProviderPreset &preset = baseUrl.isEmpty() ? primary : ProviderPresets::custom();
    if (baseUrl.isEmpty() && key.isEmpty()) {
        *missing = u"CONFAB_BASE_URL"_s;
        return {};
    }
    const QUrl url = baseUrl.isEmpty() ? QUrl(preset.defaultBaseUrl) : QUrl::fromUserInput(baseUrl);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        *missing = u"CONFAB_BASE_URL"_s;
        return {};
    }
    if (model.isEmpty())
        model = preset.defaultModel;
    if (model.isEmpty()) {
        *missing = u"CONFAB_MODEL"_s;
        return {};
    }
    target.wire = ProviderPresets::makeWire(preset);
    target.endpoint.baseUrl = url;
    target.endpoint.apiKey = key;
    target.model = model;
    return target;
}
