// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "streamtypes.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <utility>

/** How hard a reasoning model should think: a typed value from settings to the wire. */
namespace Reasoning {
Q_NAMESPACE
enum class Effort {
    Default, /**< the provider's default: nothing is sent */
    None,    /**< ask for no reasoning where the provider can turn it off */
    Low,
    Medium,
    High,
};
Q_ENUM_NS(Effort)
/** "", "none", "low", "medium" or "high": the name in settings files and on the wire. */
QString effortName(Effort effort);
/** The effort named @p name; Default for an empty or unknown name. */
Effort effortFromName(QStringView name);
} // namespace Reasoning
using ReasoningEffort = Reasoning::Effort;

/**
 * @brief One attachment of a user message as a wire format sends it: an image or a PDF already
 * downscaled and re-encoded by the caller, or a file's text. net/ never decodes images.
 */
struct ContentPart
{
    enum class Kind {
        Image,    /**< mimeType image/png, image/jpeg …; data holds the encoded image */
        Document, /**< a PDF read by the provider itself: mimeType application/pdf, data */
        Text,     /**< a text or code file (or a PDF's extracted text): name and text */
    };
    Kind kind = Kind::Text;
    QByteArray mimeType;
    QByteArray data; /**< the bytes to send (not base64) */
    QString name;    /**< the file name the model sees */
    QString text;    /**< Text: the file's content */

    bool operator==(const ContentPart &) const = default;
};

/** An image a tool returned, as base64 (see ChatMessage::toolImages). */
struct ChatImage
{
    QString mimeType;
    QByteArray base64;
    bool operator==(const ChatImage &) const = default;
};

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
    /** User messages: the attachments, sent before the text in the order given. */
    QList<ContentPart> parts = {};
    /** Tool messages: the result reports a failure (a refusal, an error, a tool's isError). */
    bool toolError = false;
    /** Tool messages: images of the result. Anthropic takes them in the tool_result; the other
     * formats carry text only there, and get a note in its place (toolResultText()). */
    QList<ChatImage> toolImages = {};
};

namespace ChatMessages {
/**
 * The text of tool message @p message for a format whose tool results are text only: the
 * content, a line per image saying it was not sent, and "Error: " first when @p markError and
 * the result is a failure (formats without an error flag).
 */
QString toolResultText(const ChatMessage &message, bool markError);
} // namespace ChatMessages

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
    ReasoningEffort reasoningEffort = ReasoningEffort::Default;
};

/** Where and how to reach a provider. The key is only ever put into a request header. */
struct ProviderEndpoint
{
    QUrl baseUrl;
    QString apiKey;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders;
};
