// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "anthropicwire.h"

#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
FinishReason normalisedFinish(const QString &reason)
{
    if (reason == "max_tokens"_L1 || reason == "model_context_window_exceeded"_L1)
        return FinishReason::Length;
    if (reason == "tool_use"_L1)
        return FinishReason::ToolCalls;
    if (reason == "refusal"_L1)
        return FinishReason::ContentFilter;
    return FinishReason::Stop; // end_turn, stop_sequence, pause_turn and unknown values
}

qint64 count(const QJsonObject &usage, QLatin1StringView key)
{
    return std::max<qint64>(Json::integer(usage, key), 0);
}

/** Anthropic's budget for a reasoning effort, as its docs suggest for each level. */
int thinkingBudget(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return 1024;
    case ReasoningEffort::Medium:
        return 4096;
    case ReasoningEffort::High:
        return 16384;
    case ReasoningEffort::Default:
    case ReasoningEffort::None:
        break;
    }
    return 0;
}
/** A tool_result block: text, or text and image blocks; is_error for a failure. */
QJsonObject toolResult(const ChatMessage &message)
{
    QJsonObject block{{"type"_L1, "tool_result"_L1}, {"tool_use_id"_L1, message.toolCallId}};
    if (message.toolImages.isEmpty()) {
        block.insert("content"_L1, message.content);
    } else {
        QJsonArray content;
        if (!message.content.isEmpty())
            content.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
        for (const ChatImage &image : message.toolImages) {
            content.append(QJsonObject{
                {"type"_L1, "image"_L1},
                {"source"_L1, QJsonObject{{"type"_L1, "base64"_L1},
                                          {"media_type"_L1, image.mimeType},
                                          {"data"_L1, QString::fromLatin1(image.base64)}}}});
        }
        block.insert("content"_L1, content);
    }
    if (message.toolError)
        block.insert("is_error"_L1, true);
    return block;
}
} // namespace

AnthropicDecoder::AnthropicDecoder(StreamSink *sink, qsizetype maxEventBytes)
    : SseJsonDecoder(sink, maxEventBytes)
{}

void AnthropicDecoder::emitUsage()
{
    Usage usage;
    const qint64 cacheRead = count(m_usage, "cache_read_input_tokens"_L1);
    usage.promptTokens = count(m_usage, "input_tokens"_L1) +
                         count(m_usage, "cache_creation_input_tokens"_L1) + cacheRead;
    usage.completionTokens = count(m_usage, "output_tokens"_L1);
    usage.totalTokens = usage.promptTokens + usage.completionTokens;
    usage.cachedTokens = cacheRead;
    sink()->onUsage(usage);
}

bool AnthropicDecoder::handleCommonEvent(const SseEvent &event)
{
    // handleJson() for a text or thinking delta; every other event is left to it.
    using T = JsonScan::Type;
    JsonScan &json = scanner();
    if (!json.scan(event.data))
        return false;
    const int root = json.root();
    if (!json.equals(json.member(root, "type"_L1), "content_block_delta"_L1))
        return false;
    Channel channel = Channel::Text;
    QString text;
    const int delta = json.member(root, "delta"_L1);
    if (json.is(delta, T::Object)) {
        const int type = json.member(delta, "type"_L1);
        int value = JsonScan::kNone;
        if (json.equals(type, "text_delta"_L1)) {
            value = json.member(delta, "text"_L1);
        } else if (json.equals(type, "thinking_delta"_L1)) {
            channel = Channel::Reasoning;
            value = json.member(delta, "thinking"_L1);
        } else {
            return false; // signatures and tool input need the block's state
        }
        if (json.is(value, T::String))
            text = json.string(value);
    }
    if (json.declined())
        return false;
    emitText(channel, text);
    return true;
}

void AnthropicDecoder::handleJson(const SseEvent &, const QJsonObject &event)
{
    const QString type = event.value("type"_L1).toString();
    if (type == "message_start"_L1) {
        m_usage = event.value("message"_L1).toObject().value("usage"_L1).toObject();
        if (!m_usage.isEmpty())
            emitUsage();
    } else if (type == "content_block_start"_L1) {
        const int index = event.value("index"_L1).toInt();
        const QJsonObject block = event.value("content_block"_L1).toObject();
        Block b;
        b.type = block.value("type"_L1).toString();
        // server_tool_use runs at Anthropic (web search …): metadata, never a client tool call.
        if (b.type == "tool_use"_L1) {
            b.toolIndex = m_toolCount++;
            ToolCallDelta delta;
            delta.index = b.toolIndex;
            delta.id = block.value("id"_L1).toString();
            delta.name = block.value("name"_L1).toString();
            emitToolCall(delta);
        } else if (b.type == "text"_L1) {
            emitText(Channel::Text, block.value("text"_L1).toString());
        } else if (b.type == "thinking"_L1) {
            emitText(Channel::Reasoning, block.value("thinking"_L1).toString());
        }
        m_blocks.insert(index, b);
    } else if (type == "content_block_delta"_L1) {
        const QJsonObject delta = event.value("delta"_L1).toObject();
        const QString deltaType = delta.value("type"_L1).toString();
        Block &block = m_blocks[event.value("index"_L1).toInt()];
        if (deltaType == "text_delta"_L1) {
            emitText(Channel::Text, delta.value("text"_L1).toString());
        } else if (deltaType == "thinking_delta"_L1) {
            emitText(Channel::Reasoning, delta.value("thinking"_L1).toString());
        } else if (deltaType == "signature_delta"_L1) {
            sink()->onReasoningSignature(delta.value("signature"_L1).toString());
        } else if (deltaType == "input_json_delta"_L1 && block.toolIndex >= 0) {
            const QString fragment = delta.value("partial_json"_L1).toString();
            if (!fragment.isEmpty()) {
                block.hasInput = true;
                emitToolCall(ToolCallDelta{block.toolIndex, {}, {}, fragment});
            }
        }
        // citations_delta and unknown delta types are metadata, never answer text.
    } else if (type == "content_block_stop"_L1) {
        const Block block = m_blocks.value(event.value("index"_L1).toInt());
        if (block.toolIndex >= 0 && !block.hasInput)
            emitToolCall(ToolCallDelta{block.toolIndex, {}, {}, u"{}"_s});
    } else if (type == "message_delta"_L1) {
        const QJsonObject delta = event.value("delta"_L1).toObject();
        if (const QString reason = delta.value("stop_reason"_L1).toString(); !reason.isEmpty())
            m_stopReason = reason;
        const QJsonObject usage = event.value("usage"_L1).toObject();
        for (auto it = usage.begin(); it != usage.end(); ++it) {
            if (!it.value().isNull())
                m_usage.insert(it.key(), it.value());
        }
        if (!usage.isEmpty())
            emitUsage();
    } else if (type == "message_stop"_L1) {
        if (m_stopReason.isEmpty()) {
            fail(ErrorKind::Truncated, u"The answer ended without a stop reason."_s);
            return;
        }
        emitFinish(normalisedFinish(m_stopReason), m_stopReason);
        markDone();
    } else if (type == "error"_L1) {
        failInBand(event.value("error"_L1).toObject());
    }
    // "ping" and unknown event types are ignored.
}

QNetworkRequest AnthropicWire::makeRequest(const ProviderEndpoint &endpoint,
                                           const ChatRequest &) const
{
    QNetworkRequest request(appendPath(endpoint.baseUrl, u"v1/messages"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept"_ba, "text/event-stream"_ba);
    addHeaders(request, endpoint);
    return request;
}

AttachmentLimits AnthropicWire::attachmentLimits() const
{
    AttachmentLimits limits;
    limits.images = AttachmentLimits::Support::Yes;
    limits.documents = AttachmentLimits::Support::Yes;
    // Larger images are resized by the API: sending more costs upload time and nothing else.
    limits.maxImageEdge = 1568;
    // 5 MB per image, measured on the base64 text; 32 MB per request.
    limits.maxImageBytes = 5LL * 1024 * 1024 / 4 * 3;
    limits.maxDocumentBytes = 32LL * 1024 * 1024 / 4 * 3 - 1024 * 1024;
    limits.maxRequestBytes = 32LL * 1024 * 1024 / 4 * 3 - 1024 * 1024;
    limits.maxImages = 100;
    limits.imageTypes = {"image/png", "image/jpeg", "image/webp", "image/gif"};
    return limits;
}

QByteArray AnthropicWire::makeBody(const ChatRequest &request) const
{
    AttachmentWire::Blobs blobs;
    QJsonArray messages;
    QStringList system;
    if (!request.systemPrompt.isEmpty())
        system.append(request.systemPrompt);
    // Anthropic wants alternating user/assistant turns: tool results join the user turn.
    const auto appendBlocks = [&messages](const QString &role, const QJsonArray &blocks) {
        if (!messages.isEmpty()) {
            QJsonObject last = messages.last().toObject();
            if (last.value("role"_L1).toString() == role) {
                QJsonArray content = last.value("content"_L1).toArray();
                for (const auto &b : blocks)
                    content.append(b);
                last.insert("content"_L1, content);
                messages.replace(messages.size() - 1, last);
                return;
            }
        }
        messages.append(QJsonObject{{"role"_L1, role}, {"content"_L1, blocks}});
    };
    for (const ChatMessage &message : request.messages) {
        switch (message.role) {
        case ChatMessage::Role::System:
            system.append(message.content);
            break;
        case ChatMessage::Role::User: {
            // Attachments first: Anthropic answers best with images before the question.
            QJsonArray blocks;
            for (const ContentPart &part : message.parts) {
                if (part.kind == ContentPart::Kind::Text) {
                    blocks.append(
                        QJsonObject{{"type"_L1, "text"_L1},
                                    {"text"_L1, AttachmentWire::fencedText(part.name, part.text)}});
                    continue;
                }
                const bool image = part.kind == ContentPart::Kind::Image;
                QJsonObject block{
                    {"type"_L1, image ? "image"_L1 : "document"_L1},
                    {"source"_L1, QJsonObject{{"type"_L1, "base64"_L1},
                                              {"media_type"_L1, QString::fromLatin1(part.mimeType)},
                                              {"data"_L1, blobs.add(part.data)}}}};
                if (!image && !part.name.isEmpty())
                    block.insert("title"_L1, part.name);
                blocks.append(block);
            }
            if (!message.content.isEmpty() || blocks.isEmpty())
                blocks.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
            appendBlocks(u"user"_s, blocks);
            break;
        }
        case ChatMessage::Role::Tool:
            appendBlocks(u"user"_s, {toolResult(message)});
            break;
        case ChatMessage::Role::Assistant: {
            QJsonArray blocks;
            if (!message.reasoningSignature.isEmpty()) {
                blocks.append(QJsonObject{{"type"_L1, "thinking"_L1},
                                          {"thinking"_L1, message.reasoning},
                                          {"signature"_L1, message.reasoningSignature}});
            }
            if (!message.content.isEmpty())
                blocks.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
            for (const ToolCall &call : message.toolCalls) {
                const QJsonDocument input = QJsonDocument::fromJson(call.arguments.toUtf8());
                blocks.append(
                    QJsonObject{{"type"_L1, "tool_use"_L1},
                                {"id"_L1, call.id},
                                {"name"_L1, call.name},
                                {"input"_L1, input.isObject() ? input.object() : QJsonObject{}}});
            }
            if (!blocks.isEmpty())
                appendBlocks(u"assistant"_s, blocks);
            break;
        }
        }
    }

    QJsonObject body{{"model"_L1, request.model},
                     {"messages"_L1, messages},
                     {"max_tokens"_L1, request.maxTokens.value_or(kDefaultMaxTokens)},
                     {"stream"_L1, true}};
    if (!system.isEmpty())
        body.insert("system"_L1, system.join(u"\n\n"_s));
    if (request.temperature)
        body.insert("temperature"_L1, *request.temperature);
    if (request.topP)
        body.insert("top_p"_L1, *request.topP);
    if (!request.stop.isEmpty())
        body.insert("stop_sequences"_L1, QJsonArray::fromStringList(request.stop));

    QJsonArray tools;
    for (const auto &value : request.tools) {
        const QJsonObject function = value.toObject().value("function"_L1).toObject();
        QJsonObject tool{{"name"_L1, function.value("name"_L1)},
                         {"input_schema"_L1, function.value("parameters"_L1).isObject()
                                                 ? function.value("parameters"_L1)
                                                 : QJsonObject{{"type"_L1, "object"_L1}}}};
        if (function.contains("description"_L1))
            tool.insert("description"_L1, function.value("description"_L1));
        tools.append(tool);
    }
    // Structured output: a forced tool whose input is the requested JSON.
    const bool schemaTool = request.responseFormat == "json_schema"_L1;
    if (schemaTool) {
        const QJsonObject schema = request.responseSchema;
        tools.append(QJsonObject{{"name"_L1, schema.value("name"_L1).toString(u"json_response"_s)},
                                 {"description"_L1, u"Respond with JSON matching this schema."_s},
                                 {"input_schema"_L1, schema.value("schema"_L1).toObject()}});
    }
    if (!tools.isEmpty())
        body.insert("tools"_L1, tools);
    if (schemaTool) {
        body.insert("tool_choice"_L1,
                    QJsonObject{{"type"_L1, "tool"_L1},
                                {"name"_L1, request.responseSchema.value("name"_L1).toString(
                                                u"json_response"_s)}});
    } else if (!request.tools.isEmpty()) {
        const QJsonValue choice = request.toolChoice;
        if (choice.isString()) {
            const QString c = choice.toString();
            const QString type = c == "required"_L1 ? u"any"_s
                                 : c == "none"_L1   ? u"none"_s
                                                    : u"auto"_s;
            body.insert("tool_choice"_L1, QJsonObject{{"type"_L1, type}});
        } else if (choice.isObject()) {
            const QString name =
                choice.toObject().value("function"_L1).toObject().value("name"_L1).toString();
            body.insert("tool_choice"_L1, QJsonObject{{"type"_L1, "tool"_L1}, {"name"_L1, name}});
        }
    }
    if (request.responseFormat == "json_object"_L1) {
        const QString instruction = u"Answer with a single JSON object and nothing else."_s;
        body.insert("system"_L1, system.isEmpty()
                                     ? instruction
                                     : system.join(u"\n\n"_s) + u"\n\n"_s + instruction);
    }
    // Extended thinking rejects forced tool use (then it is left out), a changed temperature
    // and top_p below 0.95.
    const QString forced = body.value("tool_choice"_L1).toObject().value("type"_L1).toString();
    const bool toolForced = forced == "any"_L1 || forced == "tool"_L1;
    if (const int budget = thinkingBudget(request.reasoningEffort); budget > 0 && !toolForced) {
        body.insert("thinking"_L1,
                    QJsonObject{{"type"_L1, "enabled"_L1}, {"budget_tokens"_L1, budget}});
        if (request.maxTokens.value_or(kDefaultMaxTokens) <= budget)
            body.insert("max_tokens"_L1, budget + kDefaultMaxTokens);
        body.remove("temperature"_L1);
        if (request.topP && *request.topP < 0.95)
            body.remove("top_p"_L1);
    }
    return blobs.splice(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::unique_ptr<StreamDecoder> AnthropicWire::makeDecoder(StreamSink *sink) const
{
    return std::make_unique<AnthropicDecoder>(sink);
}

bool AnthropicWire::acceptsContentType(QByteArrayView contentType) const
{
    const QByteArray type = contentType.toByteArray().toLower();
    return type.isEmpty() || type.startsWith("text/event-stream");
}

void AnthropicWire::addApiHeaders(QNetworkRequest &request, const QString &apiKey) const
{
    if (!apiKey.isEmpty())
        request.setRawHeader("x-api-key"_ba, apiKey.toUtf8());
    request.setRawHeader("anthropic-version"_ba, kApiVersion.toByteArray());
}

QString AnthropicWire::apiName() const
{
    return u"the Anthropic API"_s;
}

QUrl AnthropicWire::modelListUrl(const QUrl &baseUrl, const QString &pageToken) const
{
    QUrl url = appendPath(baseUrl, u"v1/models");
    QUrlQuery query(url); // keeps a query the base URL has
    query.addQueryItem(u"limit"_s, QString::number(kModelPageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"after_id"_s, pageToken);
    url.setQuery(query);
    return url;
}

bool AnthropicWire::parseModelList(const QJsonObject &page, QList<ModelInfo> *models,
                                   QString *nextPageToken) const
{
    const QJsonValue data = page.value("data"_L1);
    if (!data.isArray())
        return false;
    for (const auto &entry : data.toArray()) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value("id"_L1).toString();
        if (!id.isEmpty())
            models->append({id, model.value("display_name"_L1).toString(), -1});
    }
    if (page.value("has_more"_L1).toBool())
        *nextPageToken = page.value("last_id"_L1).toString();
    return true;
}
