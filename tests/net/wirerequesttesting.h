// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the request tests of each wire format and of the presets: requests, histories, checks.

#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace WireRequestTesting {
using namespace Qt::StringLiterals;

inline const QString kKey = u"sk-test-KEY-0123456789"_s;

inline QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in test: %s", text.constData());
    return doc.array().first();
}

inline QJsonObject bodyOf(const WireFormat &wire, const ChatRequest &request)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wire.makeBody(request), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning() << "body is not a JSON object:" << error.errorString();
    return doc.object();
}

inline QString compact(const QJsonValue &value)
{
    if (value.isUndefined())
        return u"<absent>"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .chopped(1)
        .sliced(1);
}

inline const QJsonArray kTools = json(R"([{"type":"function","function":{"name":"get_weather",
    "description":"Current weather for a city.","parameters":{"type":"object",
    "properties":{"city":{"type":"string"}},"required":["city"]}}}])")
                                     .toArray();

inline const QJsonObject kSchema = json(R"({"name":"person","strict":true,"schema":{"type":"object",
    "properties":{"name":{"type":"string"},"age":{"type":"integer"}},"required":["name","age"],
    "additionalProperties":false}})")
                                       .toObject();

inline ChatMessage message(ChatMessage::Role role, const QString &content)
{
    ChatMessage m;
    m.role = role;
    m.content = content;
    return m;
}

/** A user question, an assistant turn with two tool calls, both results, an answer, a thanks. */
inline QList<ChatMessage> history()
{
    ChatMessage calls = message(ChatMessage::Role::Assistant, u"Checking."_s);
    calls.toolCalls = {{0, u"call_1"_s, u"get_weather"_s, uR"({"city":"Paris"})"_s},
                       {1, u"call_2"_s, u"get_weather"_s, uR"({"city":"Tokyo"})"_s}};
    ChatMessage result1 = message(ChatMessage::Role::Tool, uR"({"temp":21})"_s);
    result1.toolCallId = u"call_1"_s;
    ChatMessage result2 = message(ChatMessage::Role::Tool, u"18 degrees"_s);
    result2.toolCallId = u"call_2"_s;
    return {message(ChatMessage::Role::User, u"Weather in Paris and Tokyo?"_s),
            calls,
            result1,
            result2,
            message(ChatMessage::Role::Assistant, u"Paris 21 \u00b0C, Tokyo 18 \u00b0C."_s),
            message(ChatMessage::Role::User, u"Thanks!"_s)};
}

/** A tool round: the first call was refused (an error result), the second returned an image. */
inline ChatRequest toolRound(const QString &id1, const QString &id2)
{
    ChatMessage calls = message(ChatMessage::Role::Assistant, {});
    calls.toolCalls = {{0, id1, u"read_file"_s, uR"({"path":"a.txt"})"_s},
                       {1, id2, u"get_image"_s, {}}};
    ChatMessage denied = message(ChatMessage::Role::Tool, u"The user denied this call."_s);
    denied.toolCallId = id1;
    denied.toolError = true;
    ChatMessage image = message(ChatMessage::Role::Tool, u"Here it is."_s);
    image.toolCallId = id2;
    image.toolImages = {{u"image/png"_s, "iVBORw0KGgo="_ba}};
    ChatRequest r;
    r.model = u"m1"_s;
    r.messages = {message(ChatMessage::Role::User, u"Show me"_s), calls, denied, image};
    return r;
}

inline const QString kImageNote =
    u"[The tool returned an image (image/png, 12 bytes of base64); the "
    u"user sees it, but it cannot be sent here.]"_s;

/** Every option set. */
inline ChatRequest fullRequest()
{
    ChatRequest r;
    r.model = u"m1"_s;
    r.systemPrompt = u"Be brief."_s;
    r.messages = history();
    r.temperature = 0.5;
    r.topP = 0.9;
    r.maxTokens = 256;
    r.seed = 42;
    r.stop = {u"END"_s, u"STOP"_s};
    r.tools = kTools;
    r.toolChoice = u"auto"_s;
    return r;
}

/** Only what every request needs. */
inline ChatRequest minimalRequest()
{
    ChatRequest r;
    r.model = u"m1"_s;
    r.messages = {message(ChatMessage::Role::User, u"Hi"_s)};
    return r;
}

inline ProviderEndpoint endpoint(const QString &base, const QString &key = kKey)
{
    ProviderEndpoint e;
    e.baseUrl = QUrl(base);
    e.apiKey = key;
    return e;
}

inline void compareJson(const QJsonValue &actual, const QJsonValue &expected)
{
    QCOMPARE(compact(actual), compact(expected));
}

/** The roles of an Anthropic or Gemini message list, in order. */
inline QStringList roles(const QJsonArray &messages)
{
    QStringList out;
    for (const auto &m : messages)
        out.append(m["role"_L1].toString());
    return out;
}

/** Keys that a request with no options must not carry. */
inline void verifyAbsent(const QJsonObject &object, const QStringList &keys)
{
    for (const QString &key : keys)
        QVERIFY2(!object.contains(key), qPrintable(key));
}
} // namespace WireRequestTesting
