// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "mcptypes.h"
#include "message.h"

#include <QList>
#include <QString>

/**
 * @brief What a tool message means to the model and to people.
 */
namespace ToolMessages {
/**
 * The tool message for the model: the result (capped, McpChat::resultMessage) when the call
 * ran, else a short sentence saying why not (refused, stopped, failed, not available, over the
 * round limit), marked as an error. A call that ran with arguments the user changed says so
 * first, with the arguments it ran with.
 */
ChatMessage forModel(const Message &message);

/** The text of @p result for people: every text block and embedded text resource, links as
 * "name <uri>", the structured result (indented) when nothing else carries text. */
QString resultText(const McpToolResult &result);

/** An image of a result, as the chat shows it. */
struct Image
{
    QString mimeType;
    QByteArray base64;
};
/** The images of a stored result (image blocks and embedded image resources). */
QList<Image> images(const QJsonObject &result);

/**
 * Gives every assistant tool call in @p messages exactly one tool result right after it, as
 * every provider requires: a call without one (a round stopped before it, a conversation from
 * before tools ran) gets "not run"; a result whose call is not in the assistant message before
 * it is dropped.
 */
void pairResults(QList<ChatMessage> &messages);
} // namespace ToolMessages
