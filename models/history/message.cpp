// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "message.h"

#include <QJsonObject>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array kAuthorNames{
    std::pair{Message::Author::User, "user"},
    std::pair{Message::Author::Assistant, "assistant"},
    std::pair{Message::Author::System, "system"},
    std::pair{Message::Author::Tool, "tool"},
};

// Waiting is stored as streaming: both are live, and the next open() marks either interrupted.
constexpr std::array kStateNames{
    std::pair{Message::State::Complete, "complete"},
    std::pair{Message::State::Streaming, "streaming"},
    std::pair{Message::State::Interrupted, "interrupted"},
    std::pair{Message::State::Stopped, "stopped"},
    std::pair{Message::State::Failed, "failed"},
};

template<typename Enum, typename Table>
std::optional<Enum> valueOf(QStringView name, const Table &table)
{
    for (const auto &[value, n] : table) {
        if (name == QLatin1StringView(n))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, typename Table>
QString nameOf(Enum value, const Table &table)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(table.front().second);
}
} // namespace

namespace MessageNames {

QString author(Message::Author author)
{
    return nameOf(author, kAuthorNames);
}

std::optional<Message::Author> authorFromName(QStringView name)
{
    return valueOf<Message::Author>(name, kAuthorNames);
}

QString state(Message::State state)
{
    return nameOf(state == Message::State::Waiting ? Message::State::Streaming : state,
                  kStateNames);
}

std::optional<Message::State> stateFromName(QStringView name)
{
    return valueOf<Message::State>(name, kStateNames);
}

QJsonArray toolCalls(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls) {
        array.append(QJsonObject{{"index"_L1, call.index},
                                 {"id"_L1, call.id},
                                 {"name"_L1, call.name},
                                 {"arguments"_L1, call.arguments}});
    }
    return array;
}

QList<ToolCall> toolCallsFromJson(const QJsonArray &calls)
{
    QList<ToolCall> out;
    out.reserve(calls.size());
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        out.append(ToolCall{call.value("index"_L1).toInt(), call.value("id"_L1).toString(),
                            call.value("name"_L1).toString(),
                            call.value("arguments"_L1).toString()});
    }
    return out;
}

} // namespace MessageNames
