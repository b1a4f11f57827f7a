// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "geminiwire.h"

#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
FinishReason normalisedFinish(const QString &reason, bool calledTools)
{
    if (reason == "MAX_TOKENS"_L1)
        return FinishReason::Length;
    if (reason == "STOP"_L1)
        return calledTools ? FinishReason::ToolCalls : FinishReason::Stop;
    if (reason == "SAFETY"_L1 || reason == "RECITATION"_L1 || reason == "LANGUAGE"_L1 ||
        reason == "OTHER"_L1 || reason == "BLOCKLIST"_L1 || reason == "PROHIBITED_CONTENT"_L1 ||
        reason == "SPII"_L1 || reason == "IMAGE_SAFETY"_L1) {
        return FinishReason::ContentFilter;
    }
    return FinishReason::Stop; // MALFORMED_FUNCTION_CALL, FINISH_REASON_UNSPECIFIED, unknown
}

int thinkingBudget(ReasoningEffort effort)
{
    switch (effort) {
    case ReasoningEffort::Low:
        return 1024;
    case ReasoningEffort::Medium:
        return 8192;
    case ReasoningEffort::High:
        return 24576;
    case ReasoningEffort::Default:
    case ReasoningEffort::None:
        break;
    }
    return -1;
}

/** False for the ids the decoder makes up when Gemini sends none ("call_0" …): those are not
 * sent back. */
bool isModelCallId(const QString &id)
{
    static const QRegularExpression kMadeUp(u"^call_\\d+$"_s);
    return !id.isEmpty() && !kMadeUp.match(id).hasMatch();
}

/** Whether @p schema uses only what Gemini's Schema object knows (the OpenAPI subset). */
bool fitsGeminiSchema(const QJsonValue &schema)
{
    static const QStringList kKeys{u"type"_s,        u"format"_s,        u"title"_s,
                                   u"description"_s, u"nullable"_s,      u"enum"_s,
                                   u"maxItems"_s,    u"minItems"_s,      u"properties"_s,
                                   u"required"_s,    u"minProperties"_s, u"maxProperties"_s,
                                   u"minLength"_s,   u"maxLength"_s,     u"pattern"_s,
                                   u"example"_s,     u"anyOf"_s,         u"propertyOrdering"_s,
                                   u"default"_s,     u"items"_s,         u"minimum"_s,
                                   u"maximum"_s};
    if (!schema.isObject())
        return false;
    const QJsonObject object = schema.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKeys.contains(it.key()))
            return false;
    }
    if (object.contains("type"_L1) && !object.value("type"_L1).isString())
        return false;
    const QJsonObject properties = object.value("properties"_L1).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        if (!fitsGeminiSchema(it.value()))
            return false;
    }
    if (object.contains("items"_L1) && !fitsGeminiSchema(object.value("items"_L1)))
        return false;
    for (const QJsonValue &option : object.value("anyOf"_L1).toArray()) {
        if (!fitsGeminiSchema(option))
            return false;
    }
    return true;
}
} // namespace

GeminiDecoder::GeminiDecoder(StreamSink *sink, qsizetype maxEventBytes)
    : SseJsonDecoder(sink, maxEventBytes)
{}

void GeminiDecoder::handleJson(const SseEvent &, const QJsonObject &chunk)
{
    if (const QJsonValue error = chunk.value("error"_L1); error.isObject()) {
        failInBand(error.toObject());
        return;
    }
    if (const QJsonObject usage = chunk.value("usageMetadata"_L1).toObject(); !usage.isEmpty()) {
        Usage u;
        const qint64 thoughts = Json::integer(usage, "thoughtsTokenCount"_L1);
        u.promptTokens = Json::integer(usage, "promptTokenCount"_L1);
        const qint64 candidates = Json::integer(usage, "candidatesTokenCount"_L1);
        u.totalTokens = Json::integer(usage, "totalTokenCount"_L1);
        if (candidates >= 0 || thoughts >= 0) {
            u.completionTokens = std::max<qint64>(candidates, 0) + std::max<qint64>(thoughts, 0);
        } else if (u.totalTokens >= 0 && u.promptTokens >= 0) {
            u.completionTokens = u.totalTokens - u.promptTokens; // e.g. 0 for a blocked prompt
        }                                                        // else unknown (-1), not zero
        u.reasoningTokens = thoughts;
        u.cachedTokens = Json::integer(usage, "cachedContentTokenCount"_L1);
        sink()->onUsage(u);
    }
    const QJsonArray candidates = chunk.value("candidates"_L1).toArray();
    if (candidates.isEmpty()) {
        const QString blocked =
            chunk.value("promptFeedback"_L1).toObject().value("blockReason"_L1).toString();
        if (!blocked.isEmpty()) {
            emitFinish(FinishReason::ContentFilter, blocked);
            markDone();
        }
        return;
    }
    const QJsonObject candidate = candidates.first().toObject();
    const QJsonArray parts = candidate.value("content"_L1).toObject().value("parts"_L1).toArray();
    for (const auto &value : parts) {
        const QJsonObject part = value.toObject();
        if (const QJsonValue call = part.value("functionCall"_L1); call.isObject()) {
            const QJsonObject function = call.toObject();
            ToolCallDelta delta;
            delta.index = m_toolCount++;
            delta.id = function.value("id"_L1).toString();
            if (delta.id.isEmpty())
                delta.id = u"call_%1"_s.arg(delta.index);
            delta.name = function.value("name"_L1).toString();
            const QJsonValue args = function.value("args"_L1);
            delta.arguments = args.isObject() ? Json::rawString(args) : u"{}"_s;
            emitToolCall(delta);
            // The first call of a turn carries the thought signature the next request must
            // send back with it (parallel calls: only the first has one).
            const QString signature = part.value("thoughtSignature"_L1).toString();
            if (delta.index == 0 && !signature.isEmpty() && !stopped())
                sink()->onReasoningSignature(signature);
        } else if (part.value("text"_L1).isString()) {
            emitText(part.value("thought"_L1).toBool() ? Channel::Reasoning : Channel::Text,
                     part.value("text"_L1).toString());
        }
    }
    if (const QString reason = candidate.value("finishReason"_L1).toString(); !reason.isEmpty()) {
        emitFinish(normalisedFinish(reason, m_toolCount > 0), reason);
        markDone();
    }
}

QNetworkRequest GeminiWire::makeRequest(const ProviderEndpoint &endpoint,
                                        const ChatRequest &request) const
{
    QUrl url = appendPath(endpoint.baseUrl,
                          u"v1beta/models/%1:streamGenerateContent"_s.arg(request.model));
    url.setQuery(QUrlQuery{{u"alt"_s, u"sse"_s}});
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    r.setRawHeader("Accept"_ba, "text/event-stream"_ba);
    addHeaders(r, endpoint);
    return r;
}

AttachmentLimits GeminiWire::attachmentLimits() const
{
    AttachmentLimits limits;
    limits.images = AttachmentLimits::Support::Yes;
    limits.documents = AttachmentLimits::Support::Yes;
    limits.maxImageEdge = 3072; // Gemini scales larger images down to fit 3072 × 3072
    // Inline data: 20 MB for the whole request, measured on the base64 text.
    limits.maxImageBytes = 20LL * 1024 * 1024 / 4 * 3 - 1024 * 1024;
    limits.maxDocumentBytes = limits.maxImageBytes;
    limits.maxRequestBytes = limits.maxImageBytes;
    limits.maxImages = 100;
    limits.imageTypes = {"image/png", "image/jpeg", "image/webp"};
    return limits;
}

QByteArray GeminiWire::makeBody(const ChatRequest &request) const
{
    AttachmentWire::Blobs blobs;
    QJsonArray contents;
    QStringList system;
    if (!request.systemPrompt.isEmpty())
        system.append(request.systemPrompt);
    // Tool results need the function's name: the call with the result's id in the latest
    // assistant turn that called tools (ids Confab made up repeat from turn to turn).
    QHash<QString, QString> callNames;
    const auto append = [&contents](const QString &role, const QJsonObject &part) {
        if (!contents.isEmpty()) {
            QJsonObject last = contents.last().toObject();
            if (last.value("role"_L1).toString() == role) {
                QJsonArray parts = last.value("parts"_L1).toArray();
                parts.append(part);
                last.insert("parts"_L1, parts);
                contents.replace(contents.size() - 1, last);
                return;
            }
        }
        contents.append(QJsonObject{{"role"_L1, role}, {"parts"_L1, QJsonArray{part}}});
    };
    for (const ChatMessage &message : request.messages) {
        switch (message.role) {
        case ChatMessage::Role::System:
            system.append(message.content);
            break;
        case ChatMessage::Role::User:
            for (const ContentPart &part : message.parts) {
                if (part.kind == ContentPart::Kind::Text) {
                    append(u"user"_s,
                           {{"text"_L1, AttachmentWire::fencedText(part.name, part.text)}});
                } else { // raw base64, no data: prefix
                    append(u"user"_s,
                           {{"inlineData"_L1,
                             QJsonObject{{"mimeType"_L1, QString::fromLatin1(part.mimeType)},
                                         {"data"_L1, blobs.add(part.data)}}}});
                }
            }
            if (!message.content.isEmpty() || message.parts.isEmpty())
                append(u"user"_s, {{"text"_L1, message.content}});
            break;
        case ChatMessage::Role::Tool: {
            const QString text = ChatMessages::toolResultText(message, false);
            QJsonObject response;
            if (message.toolError) {
                response.insert("error"_L1, text);
            } else {
                const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                response = doc.isObject() ? doc.object() : QJsonObject{{"result"_L1, text}};
            }
            QJsonObject functionResponse{{"name"_L1, callNames.value(message.toolCallId)},
                                         {"response"_L1, response}};
            if (isModelCallId(message.toolCallId))
                functionResponse.insert("id"_L1, message.toolCallId);
            append(u"user"_s, {{"functionResponse"_L1, functionResponse}});
            break;
        }
        case ChatMessage::Role::Assistant:
            if (!message.toolCalls.isEmpty())
                callNames.clear();
            for (const ToolCall &call : message.toolCalls)
                callNames.insert(call.id, call.name);
            if (!message.content.isEmpty())
                append(u"model"_s, {{"text"_L1, message.content}});
            for (qsizetype i = 0; i < message.toolCalls.size(); ++i) {
                const ToolCall &call = message.toolCalls.at(i);
                const QJsonDocument args = QJsonDocument::fromJson(call.arguments.toUtf8());
                QJsonObject function{{"name"_L1, call.name},
                                     {"args"_L1, args.isObject() ? args.object() : QJsonObject{}}};
                if (isModelCallId(call.id))
                    function.insert("id"_L1, call.id);
                QJsonObject part{{"functionCall"_L1, function}};
                // Gemini signs only the first function call of a turn; it is replayed there.
                if (i == 0 && !message.reasoningSignature.isEmpty())
                    part.insert("thoughtSignature"_L1, message.reasoningSignature);
                append(u"model"_s, part);
            }
            break;
        }
    }

    QJsonObject body{{"contents"_L1, contents}};
    if (!system.isEmpty()) {
        body.insert("systemInstruction"_L1,
                    QJsonObject{{"parts"_L1,
                                 QJsonArray{QJsonObject{{"text"_L1, system.join(u"\n\n"_s)}}}}});
    }
    QJsonObject config;
    if (request.temperature)
        config.insert("temperature"_L1, *request.temperature);
    if (request.topP)
        config.insert("topP"_L1, *request.topP);
    if (request.maxTokens)
        config.insert("maxOutputTokens"_L1, *request.maxTokens);
    if (request.seed)
        config.insert("seed"_L1, *request.seed);
    if (!request.stop.isEmpty())
        config.insert("stopSequences"_L1, QJsonArray::fromStringList(request.stop));
    if (request.responseFormat == "json_object"_L1) {
        config.insert("responseMimeType"_L1, "application/json"_L1);
    } else if (request.responseFormat == "json_schema"_L1) {
        config.insert("responseMimeType"_L1, "application/json"_L1);
        config.insert("responseJsonSchema"_L1, request.responseSchema.value("schema"_L1));
    }
    if (const int budget = thinkingBudget(request.reasoningEffort); budget >= 0) {
        config.insert("thinkingConfig"_L1,
                      QJsonObject{{"includeThoughts"_L1, true}, {"thinkingBudget"_L1, budget}});
    }
    if (!config.isEmpty())
        body.insert("generationConfig"_L1, config);

    if (!request.tools.isEmpty()) {
        QJsonArray declarations;
        for (const auto &value : request.tools) {
            const QJsonObject function = value.toObject().value("function"_L1).toObject();
            QJsonObject declaration{{"name"_L1, function.value("name"_L1)}};
            if (function.contains("description"_L1))
                declaration.insert("description"_L1, function.value("description"_L1));
            // Gemini's own schema is a subset of OpenAPI's; anything beyond it (a tool of an
            // MCP server may use any JSON Schema) goes as parametersJsonSchema.
            if (const QJsonValue parameters = function.value("parameters"_L1);
                parameters.isObject()) {
                declaration.insert(fitsGeminiSchema(parameters) ? "parameters"_L1
                                                                : "parametersJsonSchema"_L1,
                                   parameters);
            }
            declarations.append(declaration);
        }
        body.insert("tools"_L1, QJsonArray{QJsonObject{{"functionDeclarations"_L1, declarations}}});
        QJsonObject calling;
        const QJsonValue choice = request.toolChoice;
        if (choice.isString()) {
            const QString c = choice.toString();
            calling.insert("mode"_L1, c == "required"_L1 ? "ANY"_L1
                                      : c == "none"_L1   ? "NONE"_L1
                                                         : "AUTO"_L1);
        } else if (choice.isObject()) {
            calling.insert("mode"_L1, "ANY"_L1);
            calling.insert(
                "allowedFunctionNames"_L1,
                QJsonArray{choice.toObject().value("function"_L1).toObject().value("name"_L1)});
        }
        if (!calling.isEmpty())
            body.insert("toolConfig"_L1, QJsonObject{{"functionCallingConfig"_L1, calling}});
    }
    return blobs.splice(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::unique_ptr<StreamDecoder> GeminiWire::makeDecoder(StreamSink *sink) const
{
    return std::make_unique<GeminiDecoder>(sink);
}

bool GeminiWire::acceptsContentType(QByteArrayView contentType) const
{
    const QByteArray type = contentType.toByteArray().toLower();
    return type.isEmpty() || type.startsWith("text/event-stream");
}

void GeminiWire::addApiHeaders(QNetworkRequest &request, const QString &apiKey) const
{
    if (!apiKey.isEmpty())
        request.setRawHeader("x-goog-api-key"_ba, apiKey.toUtf8());
}

QString GeminiWire::apiName() const
{
    return u"the Gemini API"_s;
}

QUrl GeminiWire::modelListUrl(const QUrl &baseUrl, const QString &pageToken) const
{
    QUrl url = appendPath(baseUrl, u"v1beta/models");
    QUrlQuery query(url); // keeps a query the base URL has
    query.addQueryItem(u"pageSize"_s, QString::number(kModelPageSize));
    if (!pageToken.isEmpty())
        query.addQueryItem(u"pageToken"_s, pageToken);
    url.setQuery(query);
    return url;
}

bool GeminiWire::parseModelList(const QJsonObject &page, QList<ModelInfo> *models,
                                QString *nextPageToken) const
{
    const QJsonValue list = page.value("models"_L1);
    if (!list.isArray() && !page.isEmpty())
        return false; // an empty object is an empty list: Gemini omits empty fields
    for (const auto &entry : list.toArray()) {
        const QJsonObject model = entry.toObject();
        const QJsonArray methods = model.value("supportedGenerationMethods"_L1).toArray();
        if (!methods.contains("generateContent"_L1))
            continue; // embedding, AQA and similar models cannot chat
        QString id = model.value("name"_L1).toString();
        if (id.startsWith("models/"_L1))
            id.remove(0, 7);
        if (!id.isEmpty()) {
            models->append({id, model.value("displayName"_L1).toString(),
                            Json::integer(model, "inputTokenLimit"_L1)});
        }
    }
    *nextPageToken = page.value("nextPageToken"_L1).toString();
    return true;
}
