// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "presetlistmodel.h"

#include "providerlistmodel.h"
#include "providerpresets.h"

#include <QHash>

PresetListModel::PresetListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int PresetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ProviderPresets::all().size()) + 1;
}

QVariant PresetListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    const ProviderPreset *preset =
        index.row() < presets.size() ? &presets.at(index.row()) : nullptr;
    switch (role) {
    case PresetIdRole:
        return preset ? preset->id : QString();
    case Qt::DisplayRole:
    case NameRole:
        return preset ? ProviderListModel::presetName(preset->id)
                      : tr("Other OpenAI-compatible server");
    case BaseUrlRole:
        return preset ? preset->defaultBaseUrl : QString();
    case NeedsKeyRole:
        return preset && !preset->apiKeyEnv.isEmpty() &&
               !preset->capabilities.testFlag(ProviderPreset::LocalServer);
    case KeyEnvVarRole:
        return preset ? preset->apiKeyEnv : QString();
    case IsLocalRole:
        return preset && preset->capabilities.testFlag(ProviderPreset::LocalServer);
    case DescriptionRole:
        return description(preset ? preset->id : QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> PresetListModel::roleNames() const
{
    return {{PresetIdRole, "presetId"},      {NameRole, "name"},           {BaseUrlRole, "baseUrl"},
            {NeedsKeyRole, "needsKey"},      {KeyEnvVarRole, "keyEnvVar"}, {IsLocalRole, "isLocal"},
            {DescriptionRole, "description"}};
}

int PresetListModel::indexOf(const QString &presetId) const
{
    const QList<ProviderPreset> &presets = ProviderPresets::all();
    for (int i = 0; i < presets.size(); ++i) {
        if (presets.at(i).id == presetId)
            return i;
    }
    return int(presets.size());
}

QString PresetListModel::description(const QString &presetId)
{
    using namespace Qt::StringLiterals;
    static const QHash<QString, const char *> lines{
        {u"openai"_s, QT_TR_NOOP("GPT models, with an API key from OpenAI")},
        {u"anthropic"_s, QT_TR_NOOP("Claude models, with an API key from Anthropic")},
        {u"gemini"_s, QT_TR_NOOP("Gemini models, with an API key from Google AI Studio")},
        {u"ollama"_s, QT_TR_NOOP("Models running on this computer with Ollama")},
        {u"openrouter"_s, QT_TR_NOOP("Hundreds of models from many providers, with one key")},
        {u"groq"_s, QT_TR_NOOP("Open models on fast hosted hardware")},
        {u"mistral"_s, QT_TR_NOOP("Mistral's models, with an API key from Mistral AI")},
        {u"deepseek"_s, QT_TR_NOOP("DeepSeek's chat and reasoning models")},
        {u"together"_s, QT_TR_NOOP("Open models hosted by Together AI")},
        {u"xai"_s, QT_TR_NOOP("Grok models, with an API key from xAI")},
        {u"lmstudio"_s, QT_TR_NOOP("Models running on this computer in LM Studio")},
        {u"llamacpp"_s, QT_TR_NOOP("A llama.cpp server on this computer")},
        {u"vllm"_s, QT_TR_NOOP("A vLLM server on this computer")},
        {u"litellm"_s, QT_TR_NOOP("A LiteLLM proxy in front of other providers")},
    };
    const char *line = lines.value(presetId);
    return line ? tr(line) : tr("Any server that speaks the OpenAI chat API");
}
