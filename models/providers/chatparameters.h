// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"

#include <QJsonObject>
#include <QObject>

class AppSettings;

/**
 * @brief The per-conversation choices: provider, model and sampling parameters.
 *
 * Starts from the defaults in AppSettings (resetToDefaults()); changing one affects only this
 * conversation. A negative temperature or top_p, max tokens 0 and the Default reasoning effort
 * mean "the provider's default": applyTo() then sends nothing for them.
 */
class ChatParameters : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString providerId READ providerId WRITE setProviderId NOTIFY targetChanged FINAL)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY targetChanged FINAL)
    Q_PROPERTY(
        QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY parametersChanged FINAL)
    Q_PROPERTY(
        double temperature READ temperature WRITE setTemperature NOTIFY parametersChanged FINAL)
    Q_PROPERTY(double topP READ topP WRITE setTopP NOTIFY parametersChanged FINAL)
    Q_PROPERTY(int maxTokens READ maxTokens WRITE setMaxTokens NOTIFY parametersChanged FINAL)
    Q_PROPERTY(Reasoning::Effort reasoningEffort READ reasoningEffort WRITE setReasoningEffort
                   NOTIFY parametersChanged FINAL)

public:
    explicit ChatParameters(QObject *parent = nullptr);

    QString providerId() const { return m_providerId; }
    void setProviderId(const QString &id);
    QString model() const { return m_model; }
    void setModel(const QString &model);
    /** Sets provider and model together (one targetChanged), e.g. when the user switches
     * both in the header. */
    Q_INVOKABLE void setTarget(const QString &providerId, const QString &model);
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt);
    double temperature() const { return m_temperature; }
    void setTemperature(double temperature);
    double topP() const { return m_topP; }
    void setTopP(double topP);
    int maxTokens() const { return m_maxTokens; }
    void setMaxTokens(int maxTokens);
    ReasoningEffort reasoningEffort() const { return m_reasoningEffort; }
    void setReasoningEffort(ReasoningEffort effort);

    /** Takes provider, model and every parameter from the settings' defaults. */
    Q_INVOKABLE void resetToDefaults(AppSettings *settings);
    /** Only the sampling parameters and system prompt (keeps provider and model). */
    Q_INVOKABLE void resetParameters(AppSettings *settings);
    /** Makes the current parameters the defaults for new conversations. */
    Q_INVOKABLE void saveAsDefaults(AppSettings *settings) const;

    /** Writes model, system prompt and the set parameters into @p request. */
    void applyTo(ChatRequest &request) const;
    /** The sampling parameters as a conversation stores them (not provider, model or system
     * prompt, which have their own fields). */
    QJsonObject samplingJson() const;
    /** Sets the sampling parameters from samplingJson(); missing ones mean "provider default". */
    void setSamplingJson(const QJsonObject &json);

Q_SIGNALS:
    void targetChanged();
    void parametersChanged();

private:
    QString m_providerId;
    QString m_model;
    QString m_systemPrompt;
    double m_temperature = -1;
    double m_topP = -1;
    int m_maxTokens = 0;
    ReasoningEffort m_reasoningEffort = ReasoningEffort::Default;
};
