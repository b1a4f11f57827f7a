// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

/**
 * @brief Export to Markdown and JSON, import of our JSON and of ChatGPT's conversations.json.
 *
 * Our JSON (format "confab-conversations", version 1):
 * @code
 * { "format": "confab-conversations", "version": 1, "exportedAt": "2026-11-21T16:00:00.000Z",
 *   "conversations": [ { "title", "titleGenerated", "createdAt", "updatedAt", "pinned",
 *       "provider", "model", "systemPrompt", "params": {…}, "activeLeaf": 3,
 *       "messages": [ { "id": 1, "parent": null, "role": "user", "text": "…",
 *           "createdAt", "updatedAt", "state": "complete",
 *           optional: "reasoning", "reasoningSignature", "toolCalls": […], "refusal",
 *           "finishReason", "providerFinishReason", "error": {"kind", "message"}, "model",
 *           "usage": {"promptTokens", "completionTokens"}, "ttftMs", "durationMs" } ] } ] }
 * @endcode
 * Message ids are numbers local to the conversation (1, 2, … in creation order); a parent
 * precedes its children, so the whole tree (every branch) survives the round trip. Times are
 * UTC ISO 8601 with milliseconds. Nothing secret is stored, so nothing secret is exported.
 */
namespace ConversationExport {

inline constexpr int kFormatVersion = 1;

/** The branch shown (active path) as a Markdown document. */
QString toMarkdown(const Conversation &conversation);
/** One conversation in our JSON form (an element of "conversations"). */
QJsonObject toJson(const Conversation &conversation);
/** A whole document holding @p conversations. */
QByteArray toDocument(const QList<Conversation> &conversations);
/** Writes every conversation of @p store (creation order) as one document, one at a time. */
bool writeAll(const ConversationStore &store, QIODevice *out, QString *error);

/** What a file holds, ready for ConversationStore::insertConversation(). */
struct ImportResult
{
    QList<Conversation> conversations;
    QString error; /**< empty on success; then nothing is imported */
    bool ok() const { return error.isEmpty(); }
};

/** Parses our JSON or a ChatGPT data export (conversations.json), detected by shape. */
ImportResult parse(const QByteArray &data);
/** Our JSON form of one conversation. */
ImportResult parseConfab(const QJsonObject &document);
/** ChatGPT's conversations.json: each mapping tree becomes our tree, hidden nodes dropped. */
ImportResult parseChatGpt(const QJsonArray &conversations);
/** Stores every parsed conversation; returns their new ids. */
QList<qint64> importInto(ConversationStore *store, const ImportResult &result);

} // namespace ConversationExport
