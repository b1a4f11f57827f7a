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
 * the `x-goog-api-key` header (never in the URL); models from `GET {base}/v1beta/models`
 * (paged with pageToken; only those that can generateContent, without the "models/" prefix).
 */
class GeminiWire : public WireFormat
{
public:
    static constexpr int kModelPageSize = 1000; /**< the most one page may hold */

    QNetworkRequest makeRequest(const ProviderEndpoint &endpoint,
                                const ChatRequest &request) const override;
    QByteArray makeBody(const ChatRequest &request) const override;
    std::unique_ptr<StreamDecoder> makeDecoder(StreamSink *sink) const override;
    bool acceptsContentType(QByteArrayView contentType) const override;
    void addApiHeaders(QNetworkRequest &request, const QString &apiKey) const override;
    QString apiName() const override;
    QUrl modelListUrl(const QUrl &baseUrl, const QString &pageToken = {}) const override;
    bool parseModelList(const QJsonObject &page, QList<ModelInfo> *models,
                        QString *nextPageToken) const override;
    AttachmentLimits attachmentLimits() const override;
};
