// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "mcptypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/**
 * @brief Between MCP and a chat request: the tools a model is offered and the tool messages it
 * gets back. Shared by the app's tool loop and confab-cli's.
 */
namespace McpChat {
/** Longest tool name every wire format accepts (OpenAI, Anthropic and Gemini: 64). */
inline constexpr qsizetype kMaxNameLength = 64;
/** Largest image (base64 characters) sent to a model; Anthropic takes 5 MB per image. */
inline constexpr qsizetype kMaxImageBase64 = 5 * 1024 * 1024 / 3 * 4;

/** @p name in the characters every wire format accepts ([A-Za-z0-9_-], at most 64). */
QString sanitizedName(QStringView name);

/**
 * The names a model sees for tools given as {server name, tool name} pairs, in the same
 * order: the tool's own name (sanitised) where it is unique, the server's name and two
 * underscores first where two servers offer the same name, a number last if that is not enough.
 */
QStringList exposedNames(const QList<std::pair<QString, QString>> &tools);

/** The definition ChatRequest::tools takes (OpenAI form) for @p tool under @p name: its
 * description (the title first when it has one) and its input schema without `$schema`. */
QJsonObject toolDefinition(const McpTool &tool, const QString &name);

/**
 * The tool message answering call @p callId with @p result: at most @p maxChars characters of
 * text (McpToolResult::forModel), images a model can take (PNG, JPEG, GIF, WebP up to
 * kMaxImageBase64) as ChatMessage::toolImages, a short note for each block it cannot take
 * (audio, links, binary resources), and the error flag of the result. structuredContent is
 * used only when there is no content at all (servers repeat it there, images included).
 */
ChatMessage resultMessage(const QString &callId, const McpToolResult &result,
                          qsizetype maxChars = McpToolResult::kDefaultModelChars);

/** A tool message with @p text for the model, marked as an error (a refusal, a failure). */
ChatMessage errorMessage(const QString &callId, const QString &text);
} // namespace McpChat
