// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "streamtypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

/** One message of the conversation sent to the model. */
struct ChatMessage
{
    enum class Role { System, User, Assistant, Tool };
    Role role = Role::User;
    QString content;
    QList<ToolCall> toolCalls; /**< assistant messages that called tools */
    QString toolCallId;        /**< tool messages: the call this result answers */
    QString reasoning;
    QString reasoningSignature; /**< kept for replay to providers that require it */
};

/** @brief Everything one turn asks of the model, independent of the wire format. */
struct ChatRequest
{
    QString model;
    QString systemPrompt;
    QList<ChatMessage> messages;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<qint64> maxTokens;
    std::optional<qint64> seed;
    QStringList stop;
    QJsonArray tools;           /**< OpenAI JSON-schema form: [{type:"function", function:{…}}] */
    QJsonValue toolChoice;      /**< "auto", "none", "required" or {type:"function", …} */
    QString responseFormat;     /**< empty, "json_object" or "json_schema" */
    QJsonObject responseSchema; /**< for json_schema: {name, schema, strict} */
    QString reasoningEffort;    /**< "low", "medium", "high" where supported */
};

/** Where and how to reach a provider. The key is only ever put into a request header. */
struct ProviderEndpoint
{
    QUrl baseUrl;
    QString apiKey;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
};
