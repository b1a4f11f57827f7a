// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "providerpresets.h"

#include "anthropicwire.h"
#include "geminiwire.h"
#include "ollamawire.h"
#include "openaiwire.h"

using namespace Qt::StringLiterals;

namespace ProviderPresets {
const QList<ProviderPreset> &all()
{
    using W = ProviderPreset::Wire;
    using C = ProviderPreset::Capability;
    const ProviderPreset::Capabilities hosted = C::Tools | C::ModelListing;
    const ProviderPreset::Capabilities local = hosted | C::LocalServer;
    static const QList<ProviderPreset> presets{
        {u"openai"_s, u"OpenAI"_s, W::OpenAi, u"https://api.openai.com/v1"_s, u"OPENAI_API_KEY"_s,
         true, hosted | C::Reasoning | C::JsonSchema | C::PdfDocuments, u"gpt-4o-mini"_s},
        {u"anthropic"_s, u"Anthropic"_s, W::Anthropic, u"https://api.anthropic.com"_s,
         u"ANTHROPIC_API_KEY"_s, false, hosted | C::Reasoning | C::JsonSchema,
         u"claude-sonnet-4-5"_s},
        {u"gemini"_s, u"Google Gemini"_s, W::Gemini, u"https://generativelanguage.googleapis.com"_s,
         u"GEMINI_API_KEY"_s, false, hosted | C::Reasoning | C::JsonSchema, u"gemini-2.5-flash"_s},
        {u"ollama"_s,
         u"Ollama"_s,
         W::Ollama,
         u"http://localhost:11434"_s,
         {},
         false,
         local | C::Reasoning | C::JsonSchema,
         {}},
        {u"openrouter"_s, u"OpenRouter"_s, W::OpenAi, u"https://openrouter.ai/api/v1"_s,
         u"OPENROUTER_API_KEY"_s, false, hosted | C::Reasoning | C::JsonSchema | C::PdfDocuments,
         u"openai/gpt-4o-mini"_s},
        {u"groq"_s, u"Groq"_s, W::OpenAi, u"https://api.groq.com/openai/v1"_s, u"GROQ_API_KEY"_s,
         false, hosted | C::JsonSchema, u"llama-3.3-70b-versatile"_s},
        {u"mistral"_s, u"Mistral"_s, W::OpenAi, u"https://api.mistral.ai/v1"_s,
         u"MISTRAL_API_KEY"_s, false, hosted | C::JsonSchema, u"mistral-small-latest"_s},
        {u"deepseek"_s, u"DeepSeek"_s, W::OpenAi, u"https://api.deepseek.com"_s,
         u"DEEPSEEK_API_KEY"_s, false, hosted | C::NoImages, u"deepseek-chat"_s},
        {u"together"_s, u"Together AI"_s, W::OpenAi, u"https://api.together.xyz/v1"_s,
         u"TOGETHER_API_KEY"_s, false, hosted | C::JsonSchema,
         u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s},
        {u"xai"_s, u"xAI"_s, W::OpenAi, u"https://api.x.ai/v1"_s, u"XAI_API_KEY"_s, false,
         hosted | C::Reasoning | C::JsonSchema, u"grok-3-mini"_s},
        {u"lmstudio"_s,
         u"LM Studio"_s,
         W::OpenAi,
         u"http://localhost:1234/v1"_s,
         {},
         false,
         local | C::JsonSchema,
         {}},
        {u"llamacpp"_s,
         u"llama.cpp"_s,
         W::OpenAi,
         u"http://localhost:8080/v1"_s,
         {},
         false,
         local | C::JsonSchema | C::NeedsOutputLimit,
         {}},
        {u"vllm"_s,
         u"vLLM"_s,
         W::OpenAi,
         u"http://localhost:8000/v1"_s,
         {},
         false,
         local | C::JsonSchema,
         {}},
        {u"litellm"_s,
         u"LiteLLM"_s,
         W::OpenAi,
         u"http://localhost:4000/v1"_s,
         u"LITELLM_API_KEY"_s,
         false,
         hosted | C::Reasoning | C::JsonSchema,
         {}},
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

const ProviderPreset &primary()
{
    return all().first();
}

const ProviderPreset &custom()
{
    static const ProviderPreset preset{
        u"custom"_s, u"OpenAI-compatible"_s, ProviderPreset::Wire::OpenAi, {}, {}, false, {}, {}};
    return preset;
}

std::shared_ptr<const WireFormat> makeWire(const ProviderPreset &preset)
{
    switch (preset.wire) {
    case ProviderPreset::Wire::OpenAi: {
        using Support = AttachmentLimits::Support;
        OpenAiWire::Options options;
        options.useMaxCompletionTokens = preset.useMaxCompletionTokens;
        if (preset.capabilities.testFlag(ProviderPreset::NeedsOutputLimit))
            options.defaultMaxTokens = ProviderPreset::kDefaultOutputLimit;
        if (preset.capabilities.testFlag(ProviderPreset::NoImages))
            options.images = Support::No;
        if (preset.capabilities.testFlag(ProviderPreset::PdfDocuments))
            options.documents = Support::Yes;
        return std::make_shared<OpenAiWire>(options);
    }
    case ProviderPreset::Wire::Anthropic:
        return std::make_shared<AnthropicWire>();
    case ProviderPreset::Wire::Gemini:
        return std::make_shared<GeminiWire>();
    case ProviderPreset::Wire::Ollama:
        return std::make_shared<OllamaWire>();
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
