// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "openaiwire.h"

#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
FinishReason normalisedFinish(const QString &reason)
{
    if (reason == "length"_L1)
        return FinishReason::Length;
    if (reason == "tool_calls"_L1 || reason == "function_call"_L1)
        return FinishReason::ToolCalls;
    if (reason == "content_filter"_L1)
        return FinishReason::ContentFilter;
    return FinishReason::Stop;
}

Usage parseUsage(const QJsonObject &usage)
{
    Usage result;
    result.promptTokens = Json::integer(usage, "prompt_tokens"_L1);
    result.completionTokens = Json::integer(usage, "completion_tokens"_L1);
    result.totalTokens = Json::integer(usage, "total_tokens"_L1);
    result.reasoningTokens = Json::integer(usage.value("completion_tokens_details"_L1).toObject(),
                                           "reasoning_tokens"_L1);
    result.cachedTokens =
        Json::integer(usage.value("prompt_tokens_details"_L1).toObject(), "cached_tokens"_L1);
    if (result.cachedTokens < 0)
        result.cachedTokens = Json::integer(usage, "prompt_cache_hit_tokens"_L1); // DeepSeek
    if (result.totalTokens < 0 && result.promptTokens >= 0 && result.completionTokens >= 0)
        result.totalTokens = result.promptTokens + result.completionTokens;
    return result;
}
} // namespace

OpenAiDecoder::OpenAiDecoder(StreamSink *sink, qsizetype maxEventBytes)
    : SseJsonDecoder(sink, maxEventBytes)
{}

bool OpenAiDecoder::handleRawEvent(const SseEvent &event)
{
    if (!event.errorField.isEmpty()) { // llama.cpp's non-standard `error:` field line
        const QJsonObject root = QJsonDocument::fromJson(event.errorField).object();
        failInBand(root.value("error"_L1).isObject() ? root.value("error"_L1).toObject() : root);
        return true;
    }
    if (QByteArrayView(event.data).trimmed() == "[DONE]") {
        markDone();
        return true;
    }
    return false;
}

bool OpenAiDecoder::handleCommonEvent(const SseEvent &event)
{
    // handleJson(), handleChunk() and handleDelta() for a chunk that only adds text; anything
    // more (an error, usage, a finish reason, tool calls, content parts, other choices) is
    // left to them.
    using T = JsonScan::Type;
    JsonScan &json = scanner();
    if (event.type == "error" || !json.scan(event.data))
        return false;
    const int root = json.root();
    const int error = json.member(root, "error"_L1);
    if (json.is(error, T::Object) || json.is(error, T::String) ||
        json.is(json.member(root, "usage"_L1), T::Object) ||
        json.is(json.member(root, "x_groq"_L1), T::Object))
        return false;
    QString text;
    QString reasoning;
    QString refusal;
    const int choices = json.member(root, "choices"_L1);
    if (json.is(choices, T::Array) && json.count(choices) > 0) {
        if (json.count(choices) > 1)
            return false;
        const int choice = json.first(choices);
        if (json.is(choice, T::Object)) {
            const int index = json.member(choice, "index"_L1);
            if (index != JsonScan::kNone && !json.is(index, T::Null) && json.integer(index) != 0)
                return false;
            if (json.is(json.member(choice, "finish_reason"_L1), T::String))
                return false;
            const int delta = json.member(choice, "delta"_L1);
            if (json.is(delta, T::Object)) {
                const int content = json.member(delta, "content"_L1);
                if (json.is(content, T::Array))
                    return false;
                if (json.is(content, T::String))
                    text = json.string(content);
                int thinking = json.member(delta, "reasoning_content"_L1);
                if (!json.is(thinking, T::String))
                    thinking = json.member(delta, "reasoning"_L1);
                if (json.is(thinking, T::String))
                    reasoning = json.string(thinking);
                if (const int r = json.member(delta, "refusal"_L1); json.is(r, T::String))
                    refusal = json.string(r);
                const int calls = json.member(delta, "tool_calls"_L1);
                if ((json.is(calls, T::Array) && json.count(calls) > 0) ||
                    json.is(json.member(delta, "function_call"_L1), T::Object))
                    return false;
            }
        }
    }
    if (json.declined())
        return false;
    emitText(Channel::Text, text);
    emitText(Channel::Reasoning, reasoning);
    emitText(Channel::Refusal, refusal);
    return true;
}

void OpenAiDecoder::handleJson(const SseEvent &event, const QJsonObject &chunk)
{
    if (const QJsonValue error = chunk.value("error"_L1); error.isObject() || error.isString()) {
        failInBand(error.isObject() ? error.toObject()
                                    : QJsonObject{{"message"_L1, error.toString()}});
        return;
    }
    if (event.type == "error") {
        failInBand(chunk);
        return;
    }
    handleChunk(chunk);
}

void OpenAiDecoder::handleChunk(const QJsonObject &chunk)
{
    const QJsonArray choices = chunk.value("choices"_L1).toArray();
    for (const auto &value : choices) {
        const QJsonObject choice = value.toObject();
        if (choice.value("index"_L1).toInt(0) != 0)
            continue; // Confab asks for one choice; ignore any others.
        handleDelta(choice.value("delta"_L1).toObject());
        const QString finish = choice.value("finish_reason"_L1).toString();
        if (finish.isEmpty())
            continue;
        if (finish == "error"_L1) {
            failOnFinish(ErrorKind::Server, u"The provider reported an error during the answer."_s,
                         finish);
            return;
        }
        if (finish == "insufficient_system_resource"_L1) { // DeepSeek, when it runs out
            failOnFinish(ErrorKind::Truncated,
                         u"The provider interrupted the answer (%1)."_s.arg(finish), finish);
            return;
        }
        emitFinish(normalisedFinish(finish), finish);
    }
    QJsonValue usage = chunk.value("usage"_L1);
    if (!usage.isObject())
        usage = chunk.value("x_groq"_L1).toObject().value("usage"_L1);
    if (usage.isObject() && !stopped())
        sink()->onUsage(parseUsage(usage.toObject()));
}

void OpenAiDecoder::handleDelta(const QJsonObject &delta)
{
    const QJsonValue content = delta.value("content"_L1);
    if (content.isString()) {
        emitText(Channel::Text, content.toString());
    } else if (content.isArray()) { // Mistral: typed parts
        for (const auto &partValue : content.toArray()) {
            const QJsonObject part = partValue.toObject();
            const QString type = part.value("type"_L1).toString();
            if (type == "text"_L1) {
                emitText(Channel::Text, part.value("text"_L1).toString());
            } else if (type == "thinking"_L1) {
                const QJsonValue thinking = part.value("thinking"_L1);
                if (thinking.isString())
                    emitText(Channel::Reasoning, thinking.toString());
                for (const auto &inner : thinking.toArray())
                    emitText(Channel::Reasoning, inner.toObject().value("text"_L1).toString());
            }
        }
    }
    if (const QJsonValue r = delta.value("reasoning_content"_L1); r.isString())
        emitText(Channel::Reasoning, r.toString());
    else if (const QJsonValue r2 = delta.value("reasoning"_L1); r2.isString())
        emitText(Channel::Reasoning, r2.toString());
    if (const QJsonValue refusal = delta.value("refusal"_L1); refusal.isString())
        emitText(Channel::Refusal, refusal.toString());

    const QJsonArray calls = delta.value("tool_calls"_L1).toArray();
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const QJsonObject call = calls.at(i).toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCallDelta d;
        d.index = call.value("index"_L1).toInt(int(i));
        d.id = call.value("id"_L1).toString();
        d.name = function.value("name"_L1).toString();
        d.arguments = Json::rawString(function.value("arguments"_L1));
        emitToolCall(d);
    }
    if (const QJsonValue legacy = delta.value("function_call"_L1); legacy.isObject()) {
        const QJsonObject function = legacy.toObject();
        ToolCallDelta d;
        d.name = function.value("name"_L1).toString();
        d.arguments = Json::rawString(function.value("arguments"_L1));
        emitToolCall(d);
    }
}

OpenAiWire::OpenAiWire() = default;

OpenAiWire::OpenAiWire(Options options)
    : m_options(options)
{}

QNetworkRequest OpenAiWire::makeRequest(const ProviderEndpoint &endpoint, const ChatRequest &) const
{
    QNetworkRequest request(appendPath(endpoint.baseUrl, u"chat/completions"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept"_ba, "text/event-stream"_ba);
    addHeaders(request, endpoint);
    return request;
}

namespace {
/** A user message with attachments: typed parts, attachments first, the question last. */
QJsonArray userParts(const ChatMessage &message, AttachmentWire::Blobs &blobs)
{
    QJsonArray parts;
    for (const ContentPart &part : message.parts) {
        switch (part.kind) {
        case ContentPart::Kind::Image:
            parts.append(QJsonObject{
                {"type"_L1, "image_url"_L1},
                {"image_url"_L1,
                 QJsonObject{{"url"_L1, blobs.add(part.data, "data:" + part.mimeType + ";base64,")},
                             {"detail"_L1, "auto"_L1}}}});
            break;
        case ContentPart::Kind::Document:
            parts.append(QJsonObject{
                {"type"_L1, "file"_L1},
                {"file"_L1,
                 QJsonObject{{"filename"_L1, part.name},
                             {"file_data"_L1,
                              blobs.add(part.data, "data:" + part.mimeType + ";base64,")}}}});
            break;
        case ContentPart::Kind::Text:
            parts.append(
                QJsonObject{{"type"_L1, "text"_L1},
                            {"text"_L1, AttachmentWire::fencedText(part.name, part.text)}});
            break;
        }
    }
    if (!message.content.isEmpty())
        parts.append(QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, message.content}});
    return parts;
}
} // namespace

AttachmentLimits OpenAiWire::attachmentLimits() const
{
    AttachmentLimits limits;
    limits.images = m_options.images;
    limits.documents = m_options.documents;
    limits.maxImageEdge = 2048; // "high" detail fits the image into 2048 × 2048 first
    limits.maxImageBytes = 20LL * 1024 * 1024;
    limits.maxDocumentBytes = 32LL * 1024 * 1024;
    limits.maxRequestBytes = 50LL * 1024 * 1024;
    limits.maxImages = 500;
    limits.imageTypes = {"image/png", "image/jpeg", "image/webp", "image/gif"};
    return limits;
}

QByteArray OpenAiWire::makeBody(const ChatRequest &request) const
{
    AttachmentWire::Blobs blobs;
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(
            QJsonObject{{"role"_L1, "system"_L1}, {"content"_L1, request.systemPrompt}});
    for (const ChatMessage &message : request.messages) {
        QJsonObject m;
        switch (message.role) {
        case ChatMessage::Role::System:
            m.insert("role"_L1, "system"_L1);
            break;
        case ChatMessage::Role::User:
            m.insert("role"_L1, "user"_L1);
            break;
        case ChatMessage::Role::Assistant:
            m.insert("role"_L1, "assistant"_L1);
            break;
        case ChatMessage::Role::Tool:
            m.insert("role"_L1, "tool"_L1);
            m.insert("tool_call_id"_L1, message.toolCallId);
            break;
        }
        if (message.role == ChatMessage::Role::Assistant && !message.toolCalls.isEmpty()) {
            QJsonArray calls;
            for (const ToolCall &call : message.toolCalls) {
                calls.append(QJsonObject{
                    {"id"_L1, call.id},
                    {"type"_L1, "function"_L1},
                    {"function"_L1,
                     QJsonObject{
                         {"name"_L1, call.name},
                         {"arguments"_L1, call.arguments.isEmpty() ? u"{}"_s : call.arguments}}}});
            }
            m.insert("tool_calls"_L1, calls);
            m.insert("content"_L1, message.content.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                             : QJsonValue(message.content));
        } else if (message.role == ChatMessage::Role::Tool) {
            m.insert("content"_L1, ChatMessages::toolResultText(message, true));
        } else if (message.role == ChatMessage::Role::User && !message.parts.isEmpty()) {
            m.insert("content"_L1, userParts(message, blobs));
        } else {
            m.insert("content"_L1, message.content);
        }
        messages.append(m);
    }

    QJsonObject body{{"model"_L1, request.model},
                     {"messages"_L1, messages},
                     {"stream"_L1, true},
                     {"stream_options"_L1, QJsonObject{{"include_usage"_L1, true}}}};
    if (request.temperature)
        body.insert("temperature"_L1, *request.temperature);
    if (request.topP)
        body.insert("top_p"_L1, *request.topP);
    if (const qint64 limit = request.maxTokens.value_or(m_options.defaultMaxTokens); limit > 0) {
        body.insert(m_options.useMaxCompletionTokens ? "max_completion_tokens"_L1 : "max_tokens"_L1,
                    limit);
    }
    if (request.seed)
        body.insert("seed"_L1, *request.seed);
    if (!request.stop.isEmpty())
        body.insert("stop"_L1, QJsonArray::fromStringList(request.stop));
    if (!request.tools.isEmpty()) {
        body.insert("tools"_L1, request.tools);
        if (!request.toolChoice.isUndefined() && !request.toolChoice.isNull())
            body.insert("tool_choice"_L1, request.toolChoice);
    }
    if (request.responseFormat == "json_object"_L1) {
        body.insert("response_format"_L1, QJsonObject{{"type"_L1, "json_object"_L1}});
    } else if (request.responseFormat == "json_schema"_L1) {
        body.insert("response_format"_L1, QJsonObject{{"type"_L1, "json_schema"_L1},
                                                      {"json_schema"_L1, request.responseSchema}});
    }
    if (request.reasoningEffort != ReasoningEffort::Default)
        body.insert("reasoning_effort"_L1, Reasoning::effortName(request.reasoningEffort));
    return blobs.splice(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::unique_ptr<StreamDecoder> OpenAiWire::makeDecoder(StreamSink *sink) const
{
    return std::make_unique<OpenAiDecoder>(sink);
}

bool OpenAiWire::acceptsContentType(QByteArrayView contentType) const
{
    const QByteArray type = contentType.toByteArray().toLower();
    return type.isEmpty() || type.startsWith("text/event-stream");
}

void OpenAiWire::addApiHeaders(QNetworkRequest &request, const QString &apiKey) const
{
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + apiKey.toUtf8());
}

QString OpenAiWire::apiName() const
{
    return u"an OpenAI-compatible API"_s;
}

QUrl OpenAiWire::modelListUrl(const QUrl &baseUrl, const QString &) const
{
    return appendPath(baseUrl, u"models");
}

bool OpenAiWire::parseModelList(const QJsonObject &page, QList<ModelInfo> *models, QString *) const
{
    // {object:"list", data:[{id, …}]}
    const QJsonValue data = page.value("data"_L1);
    if (!data.isArray())
        return false;
    for (const auto &entry : data.toArray()) {
        const QJsonObject model = entry.toObject();
        const QString id = model.value("id"_L1).toString();
        if (id.isEmpty())
            continue;
        // OpenRouter names its models and gives their context length; others give only the id.
        models->append(
            {id, model.value("name"_L1).toString(), Json::integer(model, "context_length"_L1)});
    }
    return true;
}

void OpenAiWire::sortModelList(QList<ModelInfo> &models) const
{
    std::sort(models.begin(), models.end(), [](const ModelInfo &a, const ModelInfo &b) {
        return a.id.compare(b.id, Qt::CaseInsensitive) < 0;
    });
}
