// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ssejsondecoder.h"
#include "wireformat.h"

/**
 * @brief Decodes a Gemini `streamGenerateContent?alt=sse` stream.
 *
 * Thought parts are reasoning; function calls arrive whole (no ids: local ones are made up);
 * the stream is complete with the chunk that carries a finishReason, and a blocked prompt
 * finishes as content_filter.
 */
class GeminiDecoder : public SseJsonDecoder
{
public:
    explicit GeminiDecoder(StreamSink *sink,
                           qsizetype maxEventBytes = SseFramer::kDefaultMaxEventBytes);

private:
    void handleJson(const SseEvent &event, const QJsonObject &chunk) override;

    int m_toolCount = 0;
};

/**
 * @brief Google Gemini: `POST {base}/v1beta/models/MODEL:streamGenerateContent?alt=sse`, key in
 * the `x-goog-api-key` header (never in the URL).
 */
class GeminiWire : public WireFormat
{
public:
    QNetworkRequest makeRequest(const ProviderEndpoint &endpoint,
                                const ChatRequest &request) const override;
    QByteArray makeBody(const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> makeDecoder(StreamSink *sink) const override;
    bool acceptsContentType(QByteArrayView contentType) const override;
};
