// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chattarget.h"

#include "openaiwire.h"

using namespace Qt::StringLiterals;

ChatTarget chatTargetFromEnvironment(const QProcessEnvironment &env, QString *missing)
{
    ChatTarget target;
    const QString baseUrl = env.value(u"CONFAB_BASE_URL"_s).trimmed();
    const QString key = env.value(u"OPENAI_API_KEY"_s).trimmed();
    QString model = env.value(u"CONFAB_MODEL"_s).trimmed();
    missing->clear();

    const bool openAi = baseUrl.isEmpty();
    if (openAi && key.isEmpty()) {
        *missing = u"CONFAB_BASE_URL"_s;
        return {};
    }
    const QUrl url = openAi ? QUrl(u"https://api.openai.com/v1"_s) : QUrl::fromUserInput(baseUrl);
    if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
        *missing = u"CONFAB_BASE_URL"_s;
        return {};
    }
    if (model.isEmpty()) {
        if (!openAi) {
            *missing = u"CONFAB_MODEL"_s;
            return {};
        }
        model = u"gpt-4o-mini"_s;
    }
    OpenAiWire::Options options;
    options.useMaxCompletionTokens = openAi;
    target.wire = std::make_shared<OpenAiWire>(options);
    target.endpoint.baseUrl = url;
    target.endpoint.apiKey = key;
    target.model = model;
    return target;
}
