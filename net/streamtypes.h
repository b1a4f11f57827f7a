// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

/** Why a model stopped: a typed value from the decoder through the model to QML. */
namespace Finish {
Q_NAMESPACE
/**
 * @brief Normalised reason why a model stopped generating (docs/WIRE-FORMATS.md §6).
 */
enum class Reason {
    None,          /**< no finish reason received (yet) */
    Stop,          /**< natural end or stop sequence */
    Length,        /**< output token limit or context window reached */
    ToolCalls,     /**< the model wants tools to be called */
    ContentFilter, /**< stopped by a safety filter or refusal */
};
Q_ENUM_NS(Reason)
} // namespace Finish
using FinishReason = Finish::Reason;

/** What went wrong with a turn: a typed value from the transport through the model to QML. */
namespace Failure {
Q_NAMESPACE
/**
 * @brief Typed failure kinds of a streamed turn.
 */
enum class Kind {
    None,
    Auth,          /**< 401, bad or missing API key */
    Permission,    /**< 403 */
    NotFound,      /**< 404, unknown model or wrong URL */
    RateLimit,     /**< 429 */
    BadRequest,    /**< 400, 413, 422 */
    ContextLength, /**< the prompt does not fit the context window */
    ContentFilter, /**< the request was rejected by a content filter */
    Overloaded,    /**< 503, 529, overloaded_error */
    Server,        /**< other 5xx */
    Network,       /**< connection refused, reset, DNS, TLS … */
    Timeout,       /**< connect, first-byte, idle or total-duration limit hit */
    Protocol,      /**< malformed stream, unexpected content type, oversized event */
    Truncated,     /**< the stream ended cleanly but without its finish marker */
    Cancelled,     /**< stopped by the user */
    Other,         /**< an HTTP status without a better kind (e.g. 402) */
    Attachment,    /**< the provider refused an attached image or file (no vision, too large) */
};
Q_ENUM_NS(Kind)
} // namespace Failure
using ErrorKind = Failure::Kind;

/** Token counts; -1 means "not reported". */
struct Usage
{
    qint64 promptTokens = -1;
    qint64 completionTokens = -1;
    qint64 totalTokens = -1;
    qint64 reasoningTokens = -1;
    qint64 cachedTokens = -1;

    bool isValid() const { return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0; }
    bool operator==(const Usage &) const = default;
};

/** One fragment of a tool call as it arrives; id and name are usually only in the first. */
struct ToolCallDelta
{
    int index = 0;
    QString id;
    QString name;
    QString arguments;
};

/** A tool call accumulated over the whole stream. */
struct ToolCall
{
    int index = 0;
    QString id;
    QString name;
    QString arguments;

    bool operator==(const ToolCall &) const = default;
};

/** Adds @p delta to the call with its index in @p calls (a new call for a new index): id and
 * name replace, argument fragments append. */
void applyToolCallDelta(QList<ToolCall> &calls, const ToolCallDelta &delta);

/** @brief A typed error with everything the UI needs to explain it and offer a way forward. */
struct StreamError
{
    ErrorKind kind = ErrorKind::None;
    int httpStatus = 0;   /**< HTTP status, or the numeric code of an in-band error; 0 if none */
    QString providerType; /**< the provider's own error type or code, e.g. "invalid_api_key" */
    QString message;      /**< the provider's message, or ours for transport errors */
    double retryAfterSeconds = -1; /**< from Retry-After and friends; -1 when absent */

    bool isError() const { return kind != ErrorKind::None; }
};

/**
 * @brief Everything a stream produced, kept so that an error still carries the partial output.
 */
struct StreamResult
{
    QString text;
    QString reasoning;
    QString refusal;
    QString reasoningSignature;
    QList<ToolCall> toolCalls;
    FinishReason finishReason = FinishReason::None;
    QString providerFinishReason;
    Usage usage;
    StreamError error;
    qint64 deltas = 0;
    qint64 timeToFirstTokenMs = -1;
    qint64 durationMs = -1;

    bool completed() const { return !error.isError(); }
};

namespace StreamNames {
QString finishReason(FinishReason reason); /**< "stop", "length", … or empty for None */
QString errorKind(ErrorKind kind);         /**< "auth", "rate_limit", … or empty for None */
FinishReason finishReasonFromName(QStringView name);
ErrorKind errorKindFromName(QStringView name);
} // namespace StreamNames

Q_DECLARE_METATYPE(Usage)
Q_DECLARE_METATYPE(ToolCallDelta)
Q_DECLARE_METATYPE(StreamError)
Q_DECLARE_METATYPE(StreamResult)
