// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Scripted provider answers that call tools, in each wire format as the providers stream them:
// OpenAI tool_calls with their JSON-string arguments streamed by index, Anthropic tool_use
// blocks with input_json_delta, Gemini functionCall parts, Ollama tool_calls with an argument
// object. For the tool loop's tests and the fake provider's --script mode.

#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace ToolScript {

enum class Wire { OpenAi, Anthropic, Gemini, Ollama };

/** One call the model makes. */
struct Call
{
    QString id; /**< ignored by Gemini and Ollama, which send none */
    QString name;
    QByteArray arguments; /**< a JSON object */
};

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

/** An answer that calls @p calls (with @p text before them, when given). */
inline LoopbackServer::Response toolCalls(Wire wire, const QList<Call> &calls,
                                          const QString &text = {})
{
    using namespace Qt::StringLiterals;
    QByteArrayList events;
    switch (wire) {
    case Wire::OpenAi: {
        const auto delta = [](const QJsonObject &d, const QJsonValue &finish = QJsonValue()) {
            return compact({{"choices"_L1, QJsonArray{QJsonObject{{"index"_L1, 0},
                                                                  {"delta"_L1, d},
                                                                  {"finish_reason"_L1, finish}}}}});
        };
        if (!text.isEmpty())
            events.append(delta({{"role"_L1, "assistant"_L1}, {"content"_L1, text}}));
        for (qsizetype i = 0; i < calls.size(); ++i) {
            const Call &c = calls.at(i);
            const QString args = QString::fromUtf8(c.arguments);
            const qsizetype half = args.size() / 2;
            events.append(delta(
                {{"tool_calls"_L1, QJsonArray{QJsonObject{
                                       {"index"_L1, int(i)},
                                       {"id"_L1, c.id},
                                       {"type"_L1, "function"_L1},
                                       {"function"_L1, QJsonObject{{"name"_L1, c.name},
                                                                   {"arguments"_L1, ""_L1}}}}}}}));
            for (const QString &part : {args.left(half), args.mid(half)}) {
                events.append(
                    delta({{"tool_calls"_L1,
                            QJsonArray{QJsonObject{
                                {"index"_L1, int(i)},
                                {"function"_L1, QJsonObject{{"arguments"_L1, part}}}}}}}));
            }
        }
        events.append(delta({}, u"tool_calls"_s));
        events.append("[DONE]"_ba);
        return LoopbackServer::Response::sse(events, 2);
    }
    case Wire::Anthropic: {
        events.append(
            R"({"type":"message_start","message":{"usage":{"input_tokens":10,"output_tokens":1}}})"_ba);
        int index = 0;
        if (!text.isEmpty()) {
            events.append(compact(
                {{"type"_L1, "content_block_start"_L1},
                 {"index"_L1, index},
                 {"content_block"_L1, QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, text}}}}));
            events.append(compact({{"type"_L1, "content_block_stop"_L1}, {"index"_L1, index++}}));
        }
        for (const Call &c : calls) {
            events.append(
                compact({{"type"_L1, "content_block_start"_L1},
                         {"index"_L1, index},
                         {"content_block"_L1, QJsonObject{{"type"_L1, "tool_use"_L1},
                                                          {"id"_L1, c.id},
                                                          {"name"_L1, c.name},
                                                          {"input"_L1, QJsonObject{}}}}}));
            events.append(compact(
                {{"type"_L1, "content_block_delta"_L1},
                 {"index"_L1, index},
                 {"delta"_L1, QJsonObject{{"type"_L1, "input_json_delta"_L1},
                                          {"partial_json"_L1, QString::fromUtf8(c.arguments)}}}}));
            events.append(compact({{"type"_L1, "content_block_stop"_L1}, {"index"_L1, index++}}));
        }
        events.append(
            R"({"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":20}})"_ba);
        events.append(R"({"type":"message_stop"})"_ba);
        return LoopbackServer::Response::sse(events, 2);
    }
    case Wire::Gemini: {
        QJsonArray parts;
        if (!text.isEmpty())
            parts.append(QJsonObject{{"text"_L1, text}});
        for (const Call &c : calls) {
            parts.append(
                QJsonObject{{"functionCall"_L1,
                             QJsonObject{{"name"_L1, c.name}, {"args"_L1, object(c.arguments)}}}});
        }
        events.append(
            compact({{"candidates"_L1,
                      QJsonArray{QJsonObject{
                          {"content"_L1, QJsonObject{{"role"_L1, "model"_L1}, {"parts"_L1, parts}}},
                          {"finishReason"_L1, "STOP"_L1}}}}}));
        return LoopbackServer::Response::sse(events, 2);
    }
    case Wire::Ollama: {
        QJsonArray toolCalls;
        for (const Call &c : calls) {
            toolCalls.append(
                QJsonObject{{"function"_L1, QJsonObject{{"name"_L1, c.name},
                                                        {"arguments"_L1, object(c.arguments)}}}});
        }
        const QJsonObject message{
            {"role"_L1, "assistant"_L1}, {"content"_L1, text}, {"tool_calls"_L1, toolCalls}};
        events.append(compact({{"message"_L1, message}, {"done"_L1, false}}) + '\n');
        events.append(R"({"message":{"role":"assistant","content":""},"done":true,)"
                      R"("done_reason":"stop","prompt_eval_count":10,"eval_count":5})"
                      "\n"_ba);
        return LoopbackServer::Response::stream(events, "application/x-ndjson", 2);
    }
    }
    return LoopbackServer::Response::full(500, "unknown wire");
}

/** An answer of plain @p text. */
inline LoopbackServer::Response text(Wire wire, const QString &text)
{
    using namespace Qt::StringLiterals;
    QByteArrayList events;
    switch (wire) {
    case Wire::OpenAi:
        events.append(compact(
            {{"choices"_L1, QJsonArray{QJsonObject{{"index"_L1, 0},
                                                   {"delta"_L1, QJsonObject{{"content"_L1, text}}},
                                                   {"finish_reason"_L1, QJsonValue()}}}}}));
        events.append(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"_ba);
        events.append("[DONE]"_ba);
        return LoopbackServer::Response::sse(events, 2);
    case Wire::Anthropic:
        events.append(R"({"type":"message_start","message":{"usage":{"input_tokens":10}}})"_ba);
        events.append(compact(
            {{"type"_L1, "content_block_start"_L1},
             {"index"_L1, 0},
             {"content_block"_L1, QJsonObject{{"type"_L1, "text"_L1}, {"text"_L1, text}}}}));
        events.append(R"({"type":"content_block_stop","index":0})"_ba);
        events.append(R"({"type":"message_delta","delta":{"stop_reason":"end_turn"}})"_ba);
        events.append(R"({"type":"message_stop"})"_ba);
        return LoopbackServer::Response::sse(events, 2);
    case Wire::Gemini:
        events.append(
            compact({{"candidates"_L1,
                      QJsonArray{QJsonObject{
                          {"content"_L1,
                           QJsonObject{{"role"_L1, "model"_L1},
                                       {"parts"_L1, QJsonArray{QJsonObject{{"text"_L1, text}}}}}},
                          {"finishReason"_L1, "STOP"_L1}}}}}));
        return LoopbackServer::Response::sse(events, 2);
    case Wire::Ollama:
        events.append(
            compact({{"message"_L1, QJsonObject{{"role"_L1, "assistant"_L1}, {"content"_L1, text}}},
                     {"done"_L1, false}}) +
            '\n');
        events.append(R"({"message":{"role":"assistant","content":""},"done":true,)"
                      R"("done_reason":"stop"})"
                      "\n"_ba);
        return LoopbackServer::Response::stream(events, "application/x-ndjson", 2);
    }
    return LoopbackServer::Response::full(500, "unknown wire");
}

} // namespace ToolScript
