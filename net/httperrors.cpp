// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "httperrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace HttpErrors {
namespace {
constexpr std::array kTypeKinds{
    std::pair{"authentication_error", ErrorKind::Auth},
    std::pair{"invalid_api_key", ErrorKind::Auth},
    std::pair{"UNAUTHENTICATED", ErrorKind::Auth},
    std::pair{"API_KEY_INVALID", ErrorKind::Auth},
    std::pair{"permission_error", ErrorKind::Permission},
    std::pair{"PERMISSION_DENIED", ErrorKind::Permission},
    std::pair{"not_found_error", ErrorKind::NotFound},
    std::pair{"model_not_found", ErrorKind::NotFound},
    std::pair{"NOT_FOUND", ErrorKind::NotFound},
    std::pair{"rate_limit_error", ErrorKind::RateLimit},
    std::pair{"rate_limit_exceeded", ErrorKind::RateLimit},
    std::pair{"RESOURCE_EXHAUSTED", ErrorKind::RateLimit},
    std::pair{"overloaded_error", ErrorKind::Overloaded},
    std::pair{"UNAVAILABLE", ErrorKind::Overloaded},
    std::pair{"api_error", ErrorKind::Server},
    std::pair{"server_error", ErrorKind::Server},
    std::pair{"INTERNAL", ErrorKind::Server},
    std::pair{"invalid_request_error", ErrorKind::BadRequest},
    std::pair{"request_too_large", ErrorKind::BadRequest},
    std::pair{"INVALID_ARGUMENT", ErrorKind::BadRequest},
    std::pair{"context_length_exceeded", ErrorKind::ContextLength},
    std::pair{"exceed_context_size_error", ErrorKind::ContextLength},
    std::pair{"content_filter", ErrorKind::ContentFilter},
    std::pair{"content_policy_violation", ErrorKind::ContentFilter},
};

ErrorKind kindForType(QStringView type)
{
    for (const auto &[name, kind] : kTypeKinds) {
        if (type == QLatin1StringView(name))
            return kind;
    }
    return ErrorKind::None;
}

bool mentionsContextLength(const QString &text)
{
    return text.contains("context_length"_L1, Qt::CaseInsensitive) ||
           text.contains("context length"_L1, Qt::CaseInsensitive) ||
           text.contains("context window"_L1, Qt::CaseInsensitive) ||
           text.contains("maximum context"_L1, Qt::CaseInsensitive) ||
           text.contains("exceed_context"_L1, Qt::CaseInsensitive);
}

QString stringOrNumber(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

/** Gemini: `details[].reason` (ErrorInfo) and `details[].retryDelay` (RetryInfo). */
void readGeminiDetails(const QJsonArray &details, QString *reason, double *retryDelay)
{
    for (const auto &entry : details) {
        const QJsonObject detail = entry.toObject();
        if (const QString r = detail.value("reason"_L1).toString(); !r.isEmpty())
            *reason = r;
        if (const QString delay = detail.value("retryDelay"_L1).toString(); delay.endsWith(u's')) {
            bool ok = false;
            const double seconds = delay.chopped(1).toDouble(&ok);
            if (ok)
                *retryDelay = seconds;
        }
    }
}
} // namespace

ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 408:
        return ErrorKind::Timeout;
    case 429:
        return ErrorKind::RateLimit;
    case 503:
    case 529:
        return ErrorKind::Overloaded;
    default:
        break;
    }
    if (status >= 500 && status < 600)
        return ErrorKind::Server;
    return ErrorKind::Other;
}

StreamError fromErrorObject(const QJsonObject &error, int httpStatus)
{
    StreamError result;
    result.message = error.value("message"_L1).toString();
    const QJsonValue code = error.value("code"_L1);
    QString type = error.value("type"_L1).toString();
    if (type.isEmpty())
        type = error.value("status"_L1).toString(); // Gemini
    const QString codeText = stringOrNumber(code);
    if (type.isEmpty())
        type = codeText;
    else if (code.isString() && !codeText.isEmpty() && codeText != type)
        type = codeText; // OpenAI: code ("invalid_api_key") is more precise than type
    QString reason;
    readGeminiDetails(error.value("details"_L1).toArray(), &reason, &result.retryAfterSeconds);
    if (!reason.isEmpty())
        type = reason;
    result.providerType = type;

    int status = httpStatus;
    if (status == 0 && code.isDouble())
        status = code.toInt();
    if (status == 0 && error.value("status"_L1).isDouble())
        status = error.value("status"_L1).toInt();
    result.httpStatus = status;

    ErrorKind kind = kindForType(type);
    if (kind == ErrorKind::None && status != 0)
        kind = kindForStatus(status);
    if ((kind == ErrorKind::BadRequest || kind == ErrorKind::None) &&
        (mentionsContextLength(type) || mentionsContextLength(result.message))) {
        kind = ErrorKind::ContextLength;
    }
    // A status says more than a vague type, except where the type refines it.
    if (httpStatus != 0) {
        const ErrorKind byStatus = kindForStatus(httpStatus);
        if (kind == ErrorKind::None || (kind == ErrorKind::BadRequest && byStatus != kind))
            kind = byStatus;
    }
    result.kind = kind == ErrorKind::None ? ErrorKind::Other : kind;
    return result;
}

StreamError fromHttpResponse(int status, QByteArrayView body, QByteArrayView retryAfterMs,
                             QByteArrayView retryAfter)
{
    StreamError result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    const QJsonObject root = doc.object();
    const QJsonValue errorValue = root.value("error"_L1);
    if (errorValue.isObject()) {
        result = fromErrorObject(errorValue.toObject(), status);
    } else {
        result.httpStatus = status;
        result.kind = kindForStatus(status);
        if (errorValue.isString()) // Ollama
            result.message = errorValue.toString();
        else if (root.value("message"_L1).isString())
            result.message = root.value("message"_L1).toString();
        if (result.kind == ErrorKind::BadRequest && mentionsContextLength(result.message))
            result.kind = ErrorKind::ContextLength;
    }
    if (result.message.isEmpty()) {
        result.message = u"The server answered with HTTP status %1."_s.arg(status);
    }
    const double header = parseRetryAfter(retryAfterMs, retryAfter);
    if (header >= 0)
        result.retryAfterSeconds = header;
    return result;
}

void refineForAttachments(StreamError &error)
{
    const int status = error.httpStatus;
    if (status == 413 || status == 415) {
        error.kind = ErrorKind::Attachment;
        return;
    }
    if (error.kind != ErrorKind::BadRequest && status != 400 && status != 422)
        return;
    // What providers say: "image input is not supported" (llama.cpp), "image_url is only
    // supported by certain models" (OpenAI), "unknown variant `image_url`" (DeepSeek),
    // "does not support images" (Ollama), "image exceeds 5 MB maximum" (Anthropic), "Unable to
    // process input image" (Gemini), "The document could not be processed" …
    static const QRegularExpression words(
        u"image|vision|multimodal|multi-modal|pdf|document|\\bfile|media_type|mime|inline_?data|attachment"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (words.match(error.message).hasMatch() || words.match(error.providerType).hasMatch())
        error.kind = ErrorKind::Attachment;
}

double parseRetryAfter(QByteArrayView retryAfterMs, QByteArrayView retryAfter)
{
    bool ok = false;
    if (!retryAfterMs.isEmpty()) {
        const double ms = retryAfterMs.trimmed().toByteArray().toDouble(&ok);
        if (ok && ms >= 0)
            return ms / 1000.0;
    }
    if (retryAfter.isEmpty())
        return -1;
    const QByteArray value = retryAfter.trimmed().toByteArray();
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime date =
        QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return -1;
    const QDateTime utc(date.date(), date.time(), QTimeZone::utc());
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(utc);
    return ms > 0 ? double(ms) / 1000.0 : 0.0;
}
} // namespace HttpErrors
