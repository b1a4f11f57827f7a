// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "loopbackserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

/** OpenAI-style SSE answers for the store tests. */
namespace SseAnswer {

inline QByteArray chunk(const QString &content)
{
    using namespace Qt::StringLiterals;
    const QJsonObject delta{{"content"_L1, content}};
    const QJsonObject choice{{"index"_L1, 0}, {"delta"_L1, delta}};
    return QJsonDocument(QJsonObject{{"choices"_L1, QJsonArray{choice}}})
        .toJson(QJsonDocument::Compact);
}

/** @p words as content deltas, one every @p delayMs, then finish "stop" with usage 7/3. */
inline LoopbackServer::Response words(const QStringList &words, int delayMs)
{
    using namespace Qt::StringLiterals;
    QByteArrayList events;
    for (const QString &w : words)
        events.append(chunk(w));
    events.append(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}],)"
                  R"("usage":{"prompt_tokens":7,"completion_tokens":3,"total_tokens":10}})"_ba);
    events.append("[DONE]"_ba);
    return LoopbackServer::Response::sse(events, delayMs);
}

/** The deltas "w0000 ", "w0001 ", … */
inline QStringList numbered(int count)
{
    using namespace Qt::StringLiterals;
    QStringList words;
    for (int i = 0; i < count; ++i)
        words.append(u"w%1 "_s.arg(i, 4, 10, QChar(u'0')));
    return words;
}

} // namespace SseAnswer
