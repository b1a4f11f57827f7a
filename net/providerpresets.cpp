// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerpresets.h"

#include "openaiwire.h"

using namespace Qt::StringLiterals;

namespace ProviderPresets {
const QList<ProviderPreset> &all()
{
    using W = ProviderPreset::Wire;
    static const QList<ProviderPreset> presets{
        {u"openai"_s, u"OpenAI"_s, W::OpenAi, u"https://api.openai.com/v1"_s, u"OPENAI_API_KEY"_s,
         true},
        {u"openrouter"_s, u"OpenRouter"_s, W::OpenAi, u"https://openrouter.ai/api/v1"_s,
         u"OPENROUTER_API_KEY"_s, false},
        {u"groq"_s, u"Groq"_s, W::OpenAi, u"https://api.groq.com/openai/v1"_s, u"GROQ_API_KEY"_s,
         false},
        {u"mistral"_s, u"Mistral"_s, W::OpenAi, u"https://api.mistral.ai/v1"_s,
         u"MISTRAL_API_KEY"_s, false},
        {u"deepseek"_s, u"DeepSeek"_s, W::OpenAi, u"https://api.deepseek.com"_s,
         u"DEEPSEEK_API_KEY"_s, false},
        {u"together"_s, u"Together AI"_s, W::OpenAi, u"https://api.together.xyz/v1"_s,
         u"TOGETHER_API_KEY"_s, false},
        {u"xai"_s, u"xAI"_s, W::OpenAi, u"https://api.x.ai/v1"_s, u"XAI_API_KEY"_s, false},
        {u"lmstudio"_s, u"LM Studio"_s, W::OpenAi, u"http://localhost:1234/v1"_s, {}, false},
        {u"llamacpp"_s, u"llama.cpp"_s, W::OpenAi, u"http://localhost:8080/v1"_s, {}, false},
        {u"vllm"_s, u"vLLM"_s, W::OpenAi, u"http://localhost:8000/v1"_s, {}, false},
        {u"litellm"_s, u"LiteLLM proxy"_s, W::OpenAi, u"http://localhost:4000/v1"_s,
         u"LITELLM_API_KEY"_s, false},
    };
    return presets;
}

const ProviderPreset *find(QStringView id)
{
    for (const ProviderPreset &preset : all()) {
        if (preset.id == id)
            return &preset;
    }
    return nullptr;
}

std::shared_ptr<const WireFormat> makeWire(const ProviderPreset &preset)
{
    switch (preset.wire) {
    case ProviderPreset::Wire::OpenAi:
        return std::make_shared<OpenAiWire>(OpenAiWire::Options{preset.useMaxCompletionTokens});
    }
    return nullptr;
}

Address parseAddress(const QString &address)
{
    const qsizetype slash = address.indexOf(u'/');
    if (slash > 0) {
        if (const ProviderPreset *preset = find(QStringView(address).first(slash)))
            return {preset, address.sliced(slash + 1)};
    }
    return {nullptr, address};
}
} // namespace ProviderPresets
