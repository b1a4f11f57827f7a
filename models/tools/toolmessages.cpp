// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "toolmessages.h"

#include "mcpchat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ToolMessages {

ChatMessage forModel(const Message &message)
{
    // What the model reads is English, like the tools' own text.
    const ToolRun &run = message.tool;
    using S = ToolEnums::Status;
    switch (run.status) {
    case S::Succeeded: {
        ChatMessage m = McpChat::resultMessage(run.callId, McpToolResult::fromJson(run.result));
        if (run.argumentsEdited) {
            m.content.prepend(u"(The user changed the arguments before the tool ran. It ran "
                              u"with: %1)\n\n"_s.arg(run.arguments));
        }
        return m;
    }
    case S::Failed:
        return McpChat::errorMessage(run.callId,
                                     u"The tool call failed: %1"_s.arg(message.errorMessage));
    case S::Denied:
        return McpChat::errorMessage(run.callId, u"The user denied this tool call."_s);
    case S::Cancelled:
        return McpChat::errorMessage(run.callId,
                                     u"The user stopped this tool call before it finished."_s);
    case S::Unavailable:
        return McpChat::errorMessage(run.callId,
                                     u"The tool \"%1\" is not available."_s.arg(run.callName));
    case S::LoopLimit:
        return McpChat::errorMessage(run.callId,
                                     u"Not run: this answer reached its limit of tool rounds."_s);
    case S::Queued:
    case S::AwaitingApproval:
    case S::Running:
    case S::Interrupted:
        break;
    }
    return McpChat::errorMessage(run.callId, u"The tool call was not run."_s);
}

QString resultText(const McpToolResult &result)
{
    QStringList parts;
    bool anyText = false;
    for (const McpContent &block : result.content) {
        switch (block.type) {
        case Mcp::ContentType::Text:
            parts.append(block.text);
            anyText = true;
            break;
        case Mcp::ContentType::Resource:
            if (block.data.isEmpty()) {
                parts.append(block.text);
                anyText = true;
            }
            break;
        case Mcp::ContentType::ResourceLink:
            parts.append((block.name.isEmpty() ? block.uri : block.name) + u" <"_s + block.uri +
                         u'>');
            break;
        case Mcp::ContentType::Image:
        case Mcp::ContentType::Audio:
        case Mcp::ContentType::Unknown:
            break;
        }
    }
    const QJsonValue structured = result.structuredContent;
    if (!anyText && !structured.isUndefined() && !structured.isNull()) {
        const QJsonDocument doc = structured.isObject()  ? QJsonDocument(structured.toObject())
                                  : structured.isArray() ? QJsonDocument(structured.toArray())
                                                         : QJsonDocument(QJsonArray{structured});
        parts.append(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    }
    return parts.join(u'\n');
}

QList<Image> images(const QJsonObject &result)
{
    QList<Image> out;
    for (const QJsonValue &value : result.value("content"_L1).toArray()) {
        const McpContent block = McpContent::fromJson(value.toObject());
        if ((block.type == Mcp::ContentType::Image || (block.type == Mcp::ContentType::Resource &&
                                                       block.mimeType.startsWith("image/"_L1))) &&
            !block.data.isEmpty())
            out.append({block.mimeType, block.data});
    }
    return out;
}

void pairResults(QList<ChatMessage> &messages)
{
    QList<ChatMessage> out;
    out.reserve(messages.size());
    for (qsizetype i = 0; i < messages.size();) {
        const ChatMessage &m = messages.at(i++);
        if (m.role == ChatMessage::Role::Tool)
            continue; // not after the calls it would answer
        out.append(m);
        if (m.role != ChatMessage::Role::Assistant || m.toolCalls.isEmpty())
            continue;
        QList<ChatMessage> results;
        while (i < messages.size() && messages.at(i).role == ChatMessage::Role::Tool)
            results.append(messages.at(i++));
        for (qsizetype c = 0; c < m.toolCalls.size(); ++c) {
            const QString &id = m.toolCalls.at(c).id;
            qsizetype found = -1;
            for (qsizetype r = 0; r < results.size() && found < 0; ++r) {
                if (results.at(r).toolCallId == id && (!id.isEmpty() || r == c))
                    found = r;
            }
            if (found >= 0) {
                out.append(results.takeAt(found));
                if (id.isEmpty())
                    results.insert(found, ChatMessage{}); // keep the positions of the others
            } else {
                out.append(McpChat::errorMessage(id, u"The tool was not run."_s));
            }
        }
    }
    messages = out;
}

} // namespace ToolMessages
