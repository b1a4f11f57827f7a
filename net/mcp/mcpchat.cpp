// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcpchat.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
bool nameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           u == u'_' || u == u'-';
}

bool sendableImage(const McpContent &block)
{
    static const QStringList kTypes{u"image/png"_s, u"image/jpeg"_s, u"image/gif"_s,
                                    u"image/webp"_s};
    return kTypes.contains(block.mimeType.toLower()) && !block.data.isEmpty() &&
           block.data.size() <= McpChat::kMaxImageBase64;
}

/** What the model reads instead of a block it cannot take (English, like tool text). */
QString noteFor(const McpContent &block)
{
    switch (block.type) {
    case Mcp::ContentType::Image:
        return {}; // ChatMessages::toolResultText() or the wire format notes these
    case Mcp::ContentType::Audio:
        return u"[The tool returned audio (%1); it is not sent to the model.]"_s.arg(
            block.mimeType);
    case Mcp::ContentType::ResourceLink:
        return u"[Resource link: %1 <%2>]"_s.arg(block.name, block.uri);
    case Mcp::ContentType::Resource:
        return u"[Embedded resource %1 (%2); its binary content is not sent to the model.]"_s.arg(
            block.uri, block.mimeType);
    case Mcp::ContentType::Text:
        return block.text;
    case Mcp::ContentType::Unknown:
        break;
    }
    return u"[The tool returned content of a type Confab does not know.]"_s;
}
} // namespace

namespace McpChat {

QString sanitizedName(QStringView name)
{
    QString out;
    out.reserve(std::min(name.size(), kMaxNameLength));
    for (const QChar c : name) {
        if (out.size() == kMaxNameLength)
            break;
        out.append(nameChar(c) ? c : u'_');
    }
    return out.isEmpty() ? u"tool"_s : out;
}

QStringList exposedNames(const QList<std::pair<QString, QString>> &tools)
{
    QHash<QString, int> counts;
    for (const auto &[server, tool] : tools)
        ++counts[sanitizedName(tool)];
    QStringList names;
    QHash<QString, int> used;
    for (const auto &[server, tool] : tools) {
        const QString own = sanitizedName(tool);
        QString name = own;
        if (counts.value(own) > 1) {
            const QString prefix = sanitizedName(server).left(kMaxNameLength / 2) + u"__"_s;
            name = QString(prefix + own).left(kMaxNameLength);
        }
        if (const int n = used.value(name); n > 0) {
            const QString suffix = u"_%1"_s.arg(n + 1);
            name = name.left(kMaxNameLength - suffix.size()) + suffix;
        }
        ++used[name];
        names.append(name);
    }
    return names;
}

QJsonObject toolDefinition(const McpTool &tool, const QString &name)
{
    QJsonObject schema = tool.inputSchema;
    schema.remove("$schema"_L1);
    if (!schema.contains("type"_L1))
        schema.insert("type"_L1, "object"_L1);
    QString description = tool.description;
    if (!tool.title.isEmpty() && tool.title != tool.name)
        description = description.isEmpty() ? tool.title : tool.title + u": "_s + description;
    QJsonObject function{{"name"_L1, name}, {"parameters"_L1, schema}};
    if (!description.isEmpty())
        function.insert("description"_L1, description);
    return {{"type"_L1, "function"_L1}, {"function"_L1, function}};
}

ChatMessage resultMessage(const QString &callId, const McpToolResult &result, qsizetype maxChars)
{
    McpToolResult trimmed = result;
    if (!trimmed.content.isEmpty())
        trimmed.structuredContent = QJsonValue(QJsonValue::Undefined);
    const McpModelView view = trimmed.forModel(maxChars);
    ChatMessage message;
    message.role = ChatMessage::Role::Tool;
    message.toolCallId = callId;
    message.toolError = result.isError;
    QStringList parts;
    for (const McpContent &block : view.content) {
        if (block.type == Mcp::ContentType::Image && sendableImage(block)) {
            message.toolImages.append({block.mimeType, block.data});
        } else if (block.type == Mcp::ContentType::Image) {
            parts.append(
                u"[The tool returned an image (%1) that cannot be sent to the model.]"_s.arg(
                    block.mimeType));
        } else if (block.type == Mcp::ContentType::Resource && block.data.isEmpty()) {
            parts.append(block.text);
        } else {
            parts.append(noteFor(block));
        }
    }
    message.content = parts.join(u'\n');
    return message;
}

ChatMessage errorMessage(const QString &callId, const QString &text)
{
    ChatMessage message;
    message.role = ChatMessage::Role::Tool;
    message.toolCallId = callId;
    message.content = text;
    message.toolError = true;
    return message;
}

} // namespace McpChat
