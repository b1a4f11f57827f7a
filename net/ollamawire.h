// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ndjsonframer.h"
#include "streamdecoder.h"
#include "wireformat.h"

/**
 * @brief Decodes Ollama's `/api/chat` NDJSON stream. Complete only with a `done: true` line.
 */
class OllamaDecoder : public StreamDecoder
{
public:
    explicit OllamaDecoder(StreamSink *sink,
                           qsizetype maxLineBytes = NdjsonFramer::kDefaultMaxLineBytes);
    void feed(QByteArrayView bytes) override;
    void endOfStream() override;

private:
    void handleLine(const QByteArray &line);
    /** handleLine()'s fast path, for a line that only adds text or thinking. */
    bool handleCommonLine(QByteArrayView line);

    NdjsonFramer m_framer;
    int m_toolCount = 0;
};

/**
 * @brief Ollama's native chat API: `POST {base}/api/chat`, NDJSON streaming; models from
 * `GET {base}/api/tags`.
 */
class OllamaWire : public WireFormat
{
public:
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
