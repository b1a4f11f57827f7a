// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "streamtypes.h"

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr std::array kFinishNames{
    std::pair{FinishReason::Stop, "stop"},
    std::pair{FinishReason::Length, "length"},
    std::pair{FinishReason::ToolCalls, "tool_calls"},
    std::pair{FinishReason::ContentFilter, "content_filter"},
};

constexpr std::array kErrorNames{
    std::pair{ErrorKind::Auth, "auth"},
    std::pair{ErrorKind::Permission, "permission"},
    std::pair{ErrorKind::NotFound, "not_found"},
    std::pair{ErrorKind::RateLimit, "rate_limit"},
    std::pair{ErrorKind::BadRequest, "bad_request"},
    std::pair{ErrorKind::ContextLength, "context_length"},
    std::pair{ErrorKind::ContentFilter, "content_filter"},
    std::pair{ErrorKind::Attachment, "attachment"},
    std::pair{ErrorKind::Overloaded, "overloaded"},
    std::pair{ErrorKind::Server, "server"},
    std::pair{ErrorKind::Network, "network"},
    std::pair{ErrorKind::Timeout, "timeout"},
    std::pair{ErrorKind::Protocol, "protocol"},
    std::pair{ErrorKind::Truncated, "truncated"},
    std::pair{ErrorKind::Cancelled, "cancelled"},
    std::pair{ErrorKind::Other, "other"},
};

template<typename Enum, typename Table>
QString nameOf(Enum value, const Table &table)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, typename Table>
Enum valueOf(QStringView name, const Table &table)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1StringView(n))
            return v;
    }
    return Enum{};
}
} // namespace

namespace StreamNames {
QString finishReason(FinishReason reason)
{
    return nameOf(reason, kFinishNames);
}

QString errorKind(ErrorKind kind)
{
    return nameOf(kind, kErrorNames);
}

FinishReason finishReasonFromName(QStringView name)
{
    return valueOf<FinishReason>(name, kFinishNames);
}

ErrorKind errorKindFromName(QStringView name)
{
    return valueOf<ErrorKind>(name, kErrorNames);
}
} // namespace StreamNames

void applyToolCallDelta(QList<ToolCall> &calls, const ToolCallDelta &delta)
{
    auto call = std::find_if(calls.begin(), calls.end(),
                             [&delta](const ToolCall &c) { return c.index == delta.index; });
    if (call == calls.end()) {
        calls.append(ToolCall{delta.index, {}, {}, {}});
        call = calls.end() - 1;
    }
    if (!delta.id.isEmpty())
        call->id = delta.id;
    if (!delta.name.isEmpty())
        call->name = delta.name;
    call->arguments += delta.arguments;
}
