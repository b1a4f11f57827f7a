// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "conversationstore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class AttachmentFiles;
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
 *           "usage": {"promptTokens", "completionTokens"}, "ttftMs", "durationMs",
 *           "attachments": [ { "sha256", "mimeType", "name", "size", "width", "height",
 *               "pdfAsText", optional "data": base64 of the file } ] } ] } ] }
 * @endcode
 * Attachments are embedded ("data") when the files are at hand, else referenced by hash; an
 * import stores embedded files (checking their hash) and keeps a reference only to a file that
 * is stored here, so no message ever refers to a missing file. Markdown links the files.
 * Message ids are numbers local to the conversation (1, 2, … in creation order); a parent
 * precedes its children, so the whole tree (every branch) survives the round trip. Times are
 * UTC ISO 8601 with milliseconds. Nothing secret is stored, so nothing secret is exported.
 */
namespace ConversationExport {

inline constexpr int kFormatVersion = 1;

/** The branch shown (active path) as a Markdown document; attachments link to @p files'. */
QString toMarkdown(const Conversation &conversation, const AttachmentFiles *files = nullptr);
/** One conversation in our JSON form (an element of "conversations"), with the attachments'
 * files embedded from @p files when given. */
QJsonObject toJson(const Conversation &conversation, const AttachmentFiles *files = nullptr);
/** A whole document holding @p conversations. */
QByteArray toDocument(const QList<Conversation> &conversations,
                      const AttachmentFiles *files = nullptr);
/** Writes every conversation of @p store (creation order) as one document, one at a time, the
 * attachments embedded from the store's files. */
bool writeAll(const ConversationStore &store, QIODevice *out, QString *error);

/** What a file holds, ready for ConversationStore::insertConversation(). */
struct ImportResult
{
    QList<Conversation> conversations;
    QString error; /**< empty on success; then nothing is imported */
    /** Embedded attachment files by their hash (checked), stored by importInto() first. */
    QHash<QString, QByteArray> files = {};
    bool ok() const { return error.isEmpty(); }
};

/** Parses our JSON or a ChatGPT data export (conversations.json), detected by shape. */
ImportResult parse(const QByteArray &data);
/** Our JSON form of one conversation. */
ImportResult parseConfab(const QJsonObject &document);
/** ChatGPT's conversations.json: each mapping tree becomes our tree, hidden nodes dropped. */
ImportResult parseChatGpt(const QJsonArray &conversations);
/** Stores the embedded files, then every parsed conversation (attachments whose file is
 * neither embedded nor stored here are left out); returns their new ids. */
QList<qint64> importInto(ConversationStore *store, const ImportResult &result);

} // namespace ConversationExport
