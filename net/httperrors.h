// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "streamtypes.h"

#include <QByteArrayView>

class QJsonObject;

/**
 * @brief Maps provider error responses of every wire format onto typed StreamErrors.
 */
namespace HttpErrors {
/** The kind an HTTP status implies on its own. */
ErrorKind kindForStatus(int status);

/**
 * An error object as providers send it: OpenAI `{message, type, code, param}`, Anthropic's inner
 * `{type, message}`, Gemini `{code, message, status, details}`. @p httpStatus is 0 for in-band
 * errors; a numeric `code` then becomes the status.
 */
StreamError fromErrorObject(const QJsonObject &error, int httpStatus);

/**
 * A non-2xx response: the body in any provider shape (or HTML from a proxy, never shown), plus
 * the `retry-after-ms` and `retry-after` header values.
 */
StreamError fromHttpResponse(int status, QByteArrayView body, QByteArrayView retryAfterMs = {},
                             QByteArrayView retryAfter = {});

/**
 * Turns the refusal of a request that carried attachments into ErrorKind::Attachment: a 413 or
 * 415, or a 400/422 whose message speaks of images, files or vision. Other errors are kept.
 */
void refineForAttachments(StreamError &error);

/** Seconds to wait from `retry-after-ms` / `retry-after` (seconds or HTTP date); -1 if none. */
double parseRetryAfter(QByteArrayView retryAfterMs, QByteArrayView retryAfter);
} // namespace HttpErrors
