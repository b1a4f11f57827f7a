// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "ollamawire.h"

#include "jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

OllamaDecoder::OllamaDecoder(StreamSink *sink, qsizetype maxLineBytes)
    : StreamDecoder(sink)
    , m_framer(maxLineBytes)
{}

void OllamaDecoder::feed(QByteArrayView bytes)
{
    if (stopped())
        return;
    m_framer.append(bytes);
    QByteArray line;
    while (!stopped() && m_framer.nextLine(&line))
        handleLine(line);
    if (m_framer.overflowed())
        fail(ErrorKind::Protocol, u"A stream line exceeded the size limit."_s);
}

void OllamaDecoder::endOfStream()
{
    QByteArray line;
    if (!stopped() && m_framer.finish(&line))
        handleLine(line); // NDJSON's last line may lack its newline
    failTruncatedUnlessFinished();
}

bool OllamaDecoder::handleCommonLine(QByteArrayView line)
{
    // handleLine() for a line that only adds text or thinking; an error, tool calls and the
    // final done:true line are left to it.
    using T = JsonScan::Type;
    JsonScan &json = scanner();
    if (!json.scan(line))
        return false;
    const int root = json.root();
    if (json.member(root, "error"_L1) != JsonScan::kNone ||
        json.is(json.member(root, "done"_L1), T::True))
        return false;
    QString thinking;
    QString content;
    const int message = json.member(root, "message"_L1);
    if (json.is(message, T::Object)) {
        if (const int t = json.member(message, "thinking"_L1); json.is(t, T::String))
            thinking = json.string(t);
        if (const int c = json.member(message, "content"_L1); json.is(c, T::String))
            content = json.string(c);
        const int calls = json.member(message, "tool_calls"_L1);
        if (json.is(calls, T::Array) && json.count(calls) > 0)
            return false;
    }
    if (json.declined())
        return false;
    emitText(Channel::Reasoning, thinking);
    emitText(Channel::Text, content);
    return true;
}

void OllamaDecoder::handleLine(const QByteArray &line)
{
    if (fastPath() && handleCommonLine(line))
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ErrorKind::Protocol, u"The server sent a malformed stream line."_s);
        return;
    }
    const QJsonObject object = doc.object();
    if (const QJsonValue error = object.value("error"_L1); !error.isUndefined()) {
        failInBand(error.isObject() ? error.toObject()
                                    : QJsonObject{{"message"_L1, error.toString()}});
        return;
    }
    const QJsonObject message = object.value("message"_L1).toObject();
    if (const QJsonValue thinking = message.value("thinking"_L1); thinking.isString())
        emitText(Channel::Reasoning, thinking.toString());
    if (const QJsonValue content = message.value("content"_L1); content.isString())
        emitText(Channel::Text, content.toString());
    for (const auto &value : message.value("tool_calls"_L1).toArray()) {
        const QJsonObject call = value.toObject();
        const QJsonObject function = call.value("function"_L1).toObject();
        ToolCallDelta delta;
        delta.index = function.value("index"_L1).toInt(m_toolCount);
        ++m_toolCount;
        delta.id = call.value("id"_L1).toString();
        if (delta.id.isEmpty())
            delta.id = u"call_%1"_s.arg(delta.index);
        delta.name = function.value("name"_L1).toString();
        const QJsonValue args = function.value("arguments"_L1);
        delta.arguments = args.isObject() || args.isString() ? Json::rawString(args) : u"{}"_s;
        if (delta.arguments.isEmpty())
            delta.arguments = u"{}"_s;
        emitToolCall(delta);
    }
    if (!object.value("done"_L1).toBool())
        return;
    Usage usage;
    usage.promptTokens = Json::integer(object, "prompt_eval_count"_L1);
    usage.completionTokens = Json::integer(object, "eval_count"_L1);
    if (usage.promptTokens >= 0 && usage.completionTokens >= 0)
        usage.totalTokens = usage.promptTokens + usage.completionTokens;
    // A cached prompt may come without prompt_eval_count: then prompt and total are unknown.
    if (usage.promptTokens >= 0 || usage.completionTokens >= 0)
        sink()->onUsage(usage);
    const QString reason = object.value("done_reason"_L1).toString();
    FinishReason normalised = FinishReason::Stop;
    if (reason == "length"_L1)
        normalised = FinishReason::Length;
    else if (m_toolCount > 0)
        normalised = FinishReason::ToolCalls;
    emitFinish(normalised, reason);
    markDone(); // lines after done:true are ignored
}

QNetworkRequest OllamaWire::makeRequest(const ProviderEndpoint &endpoint, const ChatRequest &) const
{
    QNetworkRequest request(appendPath(endpoint.baseUrl, u"api/chat"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    addHeaders(request, endpoint);
    return request;
}

AttachmentLimits OllamaWire::attachmentLimits() const
{
    AttachmentLimits limits;
    limits.images = AttachmentLimits::Support::Unknown; // vision models only
    limits.documents = AttachmentLimits::Support::No;
    limits.maxImageEdge = 1568; // vision encoders take far less; a local model spends time on more
    limits.maxImageBytes = 20LL * 1024 * 1024;
    limits.maxRequestBytes = 64LL * 1024 * 1024;
    limits.maxImages = 100;
    return limits;
}

QByteArray OllamaWire::makeBody(const ChatRequest &request) const
{
    AttachmentWire::Blobs blobs;
    QJsonArray messages;
    if (!request.systemPrompt.isEmpty())
        messages.append(
            QJsonObject{{"role"_L1, "system"_L1}, {"content"_L1, request.systemPrompt}});
    QHash<QString, QString> callNames;
    for (const ChatMessage &message : request.messages) {
        QJsonObject m{{"content"_L1, message.content}};
        switch (message.role) {
        case ChatMessage::Role::System:
            m.insert("role"_L1, "system"_L1);
            break;
        case ChatMessage::Role::User: {
            m.insert("role"_L1, "user"_L1);
            // Images as bare base64 (no MIME type); files, and PDFs (no native reading), as
            // fenced text before the question.
            QJsonArray images;
            QStringList texts;
            for (const ContentPart &part : message.parts) {
                if (part.kind == ContentPart::Kind::Image)
                    images.append(blobs.add(part.data));
                else
                    texts.append(AttachmentWire::fencedText(part.name, part.text));
            }
            if (!texts.isEmpty()) {
                if (!message.content.isEmpty())
                    texts.append(message.content);
                m.insert("content"_L1, texts.join(u"\n\n"_s));
            }
            if (!images.isEmpty())
                m.insert("images"_L1, images);
            break;
        }
        case ChatMessage::Role::Tool:
            m.insert("role"_L1, "tool"_L1);
            m.insert("content"_L1, ChatMessages::toolResultText(message, true));
            if (callNames.contains(message.toolCallId))
                m.insert("tool_name"_L1, callNames.value(message.toolCallId));
            break;
        case ChatMessage::Role::Assistant: {
            m.insert("role"_L1, "assistant"_L1);
            if (!message.reasoning.isEmpty())
                m.insert("thinking"_L1, message.reasoning);
            QJsonArray calls;
            for (const ToolCall &call : message.toolCalls) {
                callNames.insert(call.id, call.name);
                const QJsonDocument args = QJsonDocument::fromJson(call.arguments.toUtf8());
                calls.append(
                    QJsonObject{{"function"_L1,
                                 QJsonObject{{"name"_L1, call.name},
                                             {"arguments"_L1,
                                              args.isObject() ? args.object() : QJsonObject{}}}}});
            }
            if (!calls.isEmpty())
                m.insert("tool_calls"_L1, calls);
            break;
        }
        }
        messages.append(m);
    }
    QJsonObject body{{"model"_L1, request.model}, {"messages"_L1, messages}, {"stream"_L1, true}};
    QJsonObject options;
    if (request.temperature)
        options.insert("temperature"_L1, *request.temperature);
    if (request.topP)
        options.insert("top_p"_L1, *request.topP);
    if (request.maxTokens)
        options.insert("num_predict"_L1, *request.maxTokens);
    if (request.seed)
        options.insert("seed"_L1, *request.seed);
    if (!request.stop.isEmpty())
        options.insert("stop"_L1, QJsonArray::fromStringList(request.stop));
    if (!options.isEmpty())
        body.insert("options"_L1, options);
    if (!request.tools.isEmpty())
        body.insert("tools"_L1, request.tools);
    if (request.responseFormat == "json_object"_L1)
        body.insert("format"_L1, "json"_L1);
    else if (request.responseFormat == "json_schema"_L1)
        body.insert("format"_L1, request.responseSchema.value("schema"_L1));
    if (request.reasoningEffort != ReasoningEffort::Default)
        body.insert("think"_L1, request.reasoningEffort != ReasoningEffort::None);
    return blobs.splice(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

std::unique_ptr<StreamDecoder> OllamaWire::makeDecoder(StreamSink *sink) const
{
    return std::make_unique<OllamaDecoder>(sink);
}

bool OllamaWire::acceptsContentType(QByteArrayView contentType) const
{
    const QByteArray type = contentType.toByteArray().toLower();
    return type.isEmpty() || type.startsWith("application/x-ndjson") ||
           type.startsWith("application/json");
}

void OllamaWire::addApiHeaders(QNetworkRequest &request, const QString &apiKey) const
{
    // Ollama itself takes no key; a proxy in front of it may want one.
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer " + apiKey.toUtf8());
}

QString OllamaWire::apiName() const
{
    return u"an Ollama server"_s;
}

QUrl OllamaWire::modelListUrl(const QUrl &baseUrl, const QString &) const
{
    return appendPath(baseUrl, u"api/tags");
}

bool OllamaWire::parseModelList(const QJsonObject &page, QList<ModelInfo> *models, QString *) const
{
    const QJsonValue list = page.value("models"_L1);
    if (!list.isArray())
        return false;
    for (const auto &entry : list.toArray()) {
        const QJsonObject model = entry.toObject();
        QString id = model.value("model"_L1).toString();
        if (id.isEmpty())
            id = model.value("name"_L1).toString();
        if (!id.isEmpty())
            models->append({id, {}, -1});
    }
    return true;
}
