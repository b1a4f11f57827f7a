// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"

#include <QNetworkRequest>

#include <memory>

class StreamDecoder;
class StreamSink;

/**
 * @brief One provider protocol: how to build the request and how to decode the stream.
 *
 * Implementations are stateless and shared between streams.
 */
class WireFormat
{
public:
    virtual ~WireFormat() = default;
    /** The URL, headers (including the key) and attributes of a streaming request. */
    virtual QNetworkRequest makeRequest(const ProviderEndpoint &endpoint,
                                        const ChatRequest &request) const = 0;
    virtual QByteArray makeBody(const ChatRequest &request) const = 0;
    virtual std::unique_ptr<StreamDecoder> makeDecoder(StreamSink *sink) const = 0;
    /** Whether a 2xx response with this Content-Type carries the expected stream. */
    virtual bool acceptsContentType(QByteArrayView contentType) const = 0;

    /** @p base with @p path appended to its path (no double slashes). */
    static QUrl appendPath(const QUrl &base, QStringView path);
};
