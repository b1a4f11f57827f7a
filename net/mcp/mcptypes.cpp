// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcptypes.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMcp, "confab.mcp", QtWarningMsg)

namespace McpProtocol {
QStringList legacyVersions()
{
    return {kLegacy20251125, kLegacy20250618, kLegacy20250326, kLegacy20241105};
}

QStringList modernVersions()
{
    return {kModern2026};
}

bool isModernErrorCode(int code)
{
    return code == kHeaderMismatch || code == kMissingRequiredClientCapability ||
           code == kUnsupportedProtocolVersion;
}
} // namespace McpProtocol

QString McpTool::displayName() const
{
    if (!title.isEmpty())
        return title;
    const QString annotated = annotations.value("title"_L1).toString();
    return annotated.isEmpty() ? name : annotated;
}

bool McpTool::hint(QLatin1StringView key, bool fallback) const
{
    const QJsonValue value = annotations.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

bool McpTool::requiresTask() const
{
    return raw.value("execution"_L1).toObject().value("taskSupport"_L1).toString() == "required"_L1;
}

bool McpTool::fromJson(const QJsonObject &json, McpTool *tool, QString *why)
{
    const QJsonValue name = json.value("name"_L1);
    if (!name.isString() || name.toString().isEmpty()) {
        *why = u"a tool without a name"_s;
        return false;
    }
    const QJsonValue input = json.value("inputSchema"_L1);
    if (!input.isUndefined() && !input.isObject()) {
        *why = u"the input schema of %1 is not an object"_s.arg(name.toString());
        return false;
    }
    const QJsonValue output = json.value("outputSchema"_L1);
    if (!output.isUndefined() && !output.isNull() && !output.isObject()) {
        *why = u"the output schema of %1 is not an object"_s.arg(name.toString());
        return false;
    }
    tool->name = name.toString();
    tool->title = json.value("title"_L1).toString();
    tool->description = json.value("description"_L1).toString();
    tool->inputSchema = input.toObject();
    if (tool->inputSchema.isEmpty())
        tool->inputSchema = QJsonObject{{"type"_L1, "object"_L1}};
    tool->outputSchema = output.toObject();
    tool->annotations = json.value("annotations"_L1).toObject();
    tool->raw = json;
    return true;
}

McpContent McpContent::fromJson(const QJsonObject &json)
{
    McpContent c;
    c.raw = json;
    c.annotations = json.value("annotations"_L1).toObject();
    const QString type = json.value("type"_L1).toString();
    if (type == "text"_L1) {
        c.type = Mcp::ContentType::Text;
        c.text = json.value("text"_L1).toString();
    } else if (type == "image"_L1 || type == "audio"_L1) {
        c.type = type == "image"_L1 ? Mcp::ContentType::Image : Mcp::ContentType::Audio;
        c.data = json.value("data"_L1).toString().toLatin1();
        c.mimeType = json.value("mimeType"_L1).toString();
    } else if (type == "resource_link"_L1) {
        c.type = Mcp::ContentType::ResourceLink;
        c.uri = json.value("uri"_L1).toString();
        c.name = json.value("name"_L1).toString();
        c.title = json.value("title"_L1).toString();
        c.description = json.value("description"_L1).toString();
        c.mimeType = json.value("mimeType"_L1).toString();
    } else if (type == "resource"_L1) {
        c.type = Mcp::ContentType::Resource;
        const QJsonObject resource = json.value("resource"_L1).toObject();
        c.uri = resource.value("uri"_L1).toString();
        c.mimeType = resource.value("mimeType"_L1).toString();
        c.text = resource.value("text"_L1).toString();
        c.data = resource.value("blob"_L1).toString().toLatin1();
    }
    return c;
}

McpContent McpContent::makeText(const QString &text)
{
    McpContent c;
    c.type = Mcp::ContentType::Text;
    c.text = text;
    c.raw = QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, text}};
    return c;
}

McpToolResult McpToolResult::fromJson(const QJsonObject &json)
{
    McpToolResult r;
    r.raw = json;
    const QJsonArray content = json.value("content"_L1).toArray();
    r.content.reserve(content.size());
    for (const QJsonValue &block : content) {
        if (block.isObject())
            r.content.append(McpContent::fromJson(block.toObject()));
    }
    r.structuredContent = json.value("structuredContent"_L1);
    r.isError = json.value("isError"_L1).toBool();
    return r;
}

namespace {
bool carriesText(const McpContent &c)
{
    return c.type == Mcp::ContentType::Text ||
           (c.type == Mcp::ContentType::Resource && c.data.isEmpty());
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(QJsonArray{value});
    QString text = QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
    if (!value.isObject())
        text = text.sliced(1, text.size() - 2); // strip the wrapping array
    return text;
}

/** @p text cut to @p n characters without splitting a surrogate pair. */
QString cut(const QString &text, qsizetype n)
{
    if (n > 0 && n < text.size() && text.at(n - 1).isHighSurrogate())
        --n;
    return text.left(n);
}
} // namespace

qsizetype McpToolResult::textChars() const
{
    qsizetype n = 0;
    bool any = false;
    for (const McpContent &c : content) {
        if (carriesText(c)) {
            n += c.text.size();
            any = true;
        }
    }
    if (!any && !structuredContent.isUndefined() && !structuredContent.isNull())
        n = compactJson(structuredContent).size();
    return n;
}

McpModelView McpToolResult::forModel(qsizetype maxChars) const
{
    McpModelView view;
    QList<McpContent> blocks = content;
    const bool anyText = std::any_of(blocks.cbegin(), blocks.cend(), carriesText);
    if (!anyText && !structuredContent.isUndefined() && !structuredContent.isNull())
        blocks.append(McpContent::makeText(compactJson(structuredContent)));

    qsizetype budget = std::max<qsizetype>(0, maxChars);
    for (const McpContent &block : std::as_const(blocks)) {
        if (!carriesText(block)) {
            view.content.append(block);
            continue;
        }
        view.fullChars += block.text.size();
        if (block.text.size() <= budget) {
            view.content.append(block);
            budget -= block.text.size();
            view.keptChars += block.text.size();
            continue;
        }
        view.truncated = true;
        if (budget > 0) {
            McpContent shortened = block;
            shortened.text = cut(block.text, budget);
            if (shortened.type == Mcp::ContentType::Text)
                shortened.raw.insert("text"_L1, shortened.text);
            view.keptChars += shortened.text.size();
            budget = 0;
            view.content.append(shortened);
        }
    }
    if (view.truncated) {
        // For the model, not for people: the app shows the whole result next to it.
        view.content.append(McpContent::makeText(
            u"[The tool result was cut: the first %1 of %2 characters are shown.]"_s
                .arg(view.keptChars)
                .arg(view.fullChars)));
    }
    return view;
}
