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

constexpr std::array kToolStatusNames{
    std::pair{ToolEnums::Status::Queued, "queued"},
    std::pair{ToolEnums::Status::AwaitingApproval, "awaiting_approval"},
    std::pair{ToolEnums::Status::Running, "running"},
    std::pair{ToolEnums::Status::Succeeded, "succeeded"},
    std::pair{ToolEnums::Status::Failed, "failed"},
    std::pair{ToolEnums::Status::Denied, "denied"},
    std::pair{ToolEnums::Status::Cancelled, "cancelled"},
    std::pair{ToolEnums::Status::Unavailable, "unavailable"},
    std::pair{ToolEnums::Status::LoopLimit, "loop_limit"},
    std::pair{ToolEnums::Status::Interrupted, "interrupted"},
};

constexpr std::array kApprovalNames{
    std::pair{ToolEnums::Approval::None, "none"},
    std::pair{ToolEnums::Approval::Once, "once"},
    std::pair{ToolEnums::Approval::Always, "always"},
    std::pair{ToolEnums::Approval::Trusted, "trusted"},
    std::pair{ToolEnums::Approval::Auto, "auto"},
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

QJsonObject toolRun(const ToolRun &run)
{
    if (run == ToolRun{})
        return {};
    QJsonObject json{{"callId"_L1, run.callId},
                     {"callName"_L1, run.callName},
                     {"server"_L1, run.serverId},
                     {"serverName"_L1, run.serverName},
                     {"tool"_L1, run.toolName},
                     {"arguments"_L1, run.arguments},
                     {"status"_L1, nameOf(run.status, kToolStatusNames)},
                     {"approval"_L1, nameOf(run.approval, kApprovalNames)}};
    if (run.argumentsEdited)
        json.insert("edited"_L1, true);
    if (!run.result.isEmpty())
        json.insert("result"_L1, run.result);
    if (!run.warnings.isEmpty())
        json.insert("warnings"_L1, QJsonArray::fromStringList(run.warnings));
    if (!run.changes.isEmpty())
        json.insert("changes"_L1, run.changes);
    return json;
}

ToolRun toolRunFromJson(const QJsonObject &json)
{
    ToolRun run;
    if (json.isEmpty())
        return run;
    run.callId = json.value("callId"_L1).toString();
    run.callName = json.value("callName"_L1).toString();
    run.serverId = json.value("server"_L1).toString();
    run.serverName = json.value("serverName"_L1).toString();
    run.toolName = json.value("tool"_L1).toString();
    run.arguments = json.value("arguments"_L1).toString();
    run.argumentsEdited = json.value("edited"_L1).toBool();
    // An unknown status (a newer Confab's) reads as interrupted: never as live.
    run.status = valueOf<ToolEnums::Status>(json.value("status"_L1).toString(), kToolStatusNames)
                     .value_or(ToolEnums::Status::Interrupted);
    run.approval =
        valueOf<ToolEnums::Approval>(json.value("approval"_L1).toString(), kApprovalNames)
            .value_or(ToolEnums::Approval::None);
    run.result = json.value("result"_L1).toObject();
    for (const QJsonValue &warning : json.value("warnings"_L1).toArray())
        run.warnings.append(warning.toString());
    run.changes = json.value("changes"_L1).toString();
    return run;
}

Message::State stateOf(ToolEnums::Status status)
{
    using S = ToolEnums::Status;
    switch (status) {
    case S::Queued:
    case S::AwaitingApproval:
        return Message::State::Waiting;
    case S::Running:
        return Message::State::Streaming;
    case S::Failed:
        return Message::State::Failed;
    case S::Cancelled:
        return Message::State::Stopped;
    case S::Interrupted:
        return Message::State::Interrupted;
    case S::Succeeded:
    case S::Denied:
    case S::Unavailable:
    case S::LoopLimit:
        break;
    }
    return Message::State::Complete;
}

} // namespace MessageNames

bool ToolRun::isError() const
{
    return result.value("isError"_L1).toBool();
}
