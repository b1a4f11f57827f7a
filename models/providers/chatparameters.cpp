// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatparameters.h"

#include "appsettings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ChatParameters::ChatParameters(QObject *parent)
    : QObject(parent)
{}

void ChatParameters::setProviderId(const QString &id)
{
    if (m_providerId == id)
        return;
    m_providerId = id;
    Q_EMIT targetChanged();
}

void ChatParameters::setModel(const QString &model)
{
    const QString trimmed = model.trimmed();
    if (m_model == trimmed)
        return;
    m_model = trimmed;
    Q_EMIT targetChanged();
}

void ChatParameters::setTarget(const QString &providerId, const QString &model)
{
    const QString trimmed = model.trimmed();
    if (m_providerId == providerId && m_model == trimmed)
        return;
    m_providerId = providerId;
    m_model = trimmed;
    Q_EMIT targetChanged();
}

void ChatParameters::setSystemPrompt(const QString &prompt)
{
    if (m_systemPrompt == prompt)
        return;
    m_systemPrompt = prompt;
    Q_EMIT parametersChanged();
}

void ChatParameters::setTemperature(double temperature)
{
    const double value = temperature < 0 ? -1.0 : std::min(temperature, 2.0);
    if (m_temperature == value)
        return;
    m_temperature = value;
    Q_EMIT parametersChanged();
}

void ChatParameters::setTopP(double topP)
{
    const double value = topP < 0 ? -1.0 : std::min(topP, 1.0);
    if (m_topP == value)
        return;
    m_topP = value;
    Q_EMIT parametersChanged();
}

void ChatParameters::setMaxTokens(int maxTokens)
{
    const int value = std::max(0, maxTokens);
    if (m_maxTokens == value)
        return;
    m_maxTokens = value;
    Q_EMIT parametersChanged();
}

void ChatParameters::setReasoningEffort(ReasoningEffort effort)
{
    if (m_reasoningEffort == effort)
        return;
    m_reasoningEffort = effort;
    Q_EMIT parametersChanged();
}

void ChatParameters::resetToDefaults(AppSettings *settings)
{
    setTarget(settings->defaultProviderId(), settings->defaultModel());
    resetParameters(settings);
}

void ChatParameters::resetParameters(AppSettings *settings)
{
    setSystemPrompt(settings->systemPrompt());
    setTemperature(settings->temperature());
    setTopP(settings->topP());
    setMaxTokens(settings->maxTokens());
    setReasoningEffort(settings->reasoningEffort());
}

void ChatParameters::saveAsDefaults(AppSettings *settings) const
{
    settings->setSystemPrompt(m_systemPrompt);
    settings->setTemperature(m_temperature);
    settings->setTopP(m_topP);
    settings->setMaxTokens(m_maxTokens);
    settings->setReasoningEffort(m_reasoningEffort);
}

void ChatParameters::applyTo(ChatRequest &request) const
{
    if (!m_model.isEmpty())
        request.model = m_model;
    request.systemPrompt = m_systemPrompt;
    request.temperature = m_temperature >= 0 ? std::optional<double>(m_temperature) : std::nullopt;
    request.topP = m_topP >= 0 ? std::optional<double>(m_topP) : std::nullopt;
    request.maxTokens = m_maxTokens > 0 ? std::optional<qint64>(m_maxTokens) : std::nullopt;
    request.reasoningEffort = m_reasoningEffort;
}

QJsonObject ChatParameters::samplingJson() const
{
    return {{"temperature"_L1, m_temperature},
            {"topP"_L1, m_topP},
            {"maxTokens"_L1, m_maxTokens},
            {"reasoningEffort"_L1, Reasoning::effortName(m_reasoningEffort)}};
}

void ChatParameters::setSamplingJson(const QJsonObject &json)
{
    setTemperature(json.value("temperature"_L1).toDouble(-1));
    setTopP(json.value("topP"_L1).toDouble(-1));
    setMaxTokens(json.value("maxTokens"_L1).toInt(0));
    setReasoningEffort(Reasoning::effortFromName(json.value("reasoningEffort"_L1).toString()));
}
