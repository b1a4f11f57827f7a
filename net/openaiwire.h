// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ssejsondecoder.h"
#include "wireformat.h"

/**
 * @brief Decodes an OpenAI Chat Completions stream (and every compatible server's variants).
 */
class OpenAiDecoder : public SseJsonDecoder
{
public:
    explicit OpenAiDecoder(StreamSink *sink,
                           qsizetype maxEventBytes = SseFramer::kDefaultMaxEventBytes);

private:
    bool handleRawEvent(const SseEvent &event) override;
    /** A chunk with one choice whose delta holds text, reasoning or a refusal. */
    bool handleCommonEvent(const SseEvent &event) override;
    void handleJson(const SseEvent &event, const QJsonObject &chunk) override;
    void handleChunk(const QJsonObject &chunk);
    void handleDelta(const QJsonObject &delta);
};

/**
 * @brief OpenAI Chat Completions: `POST {base}/chat/completions` with SSE streaming, key as a
 * Bearer token; models from `GET {base}/models`.
 */
class OpenAiWire : public WireFormat
{
public:
    struct Options
    {
        /** OpenAI itself wants `max_completion_tokens`; compatible servers `max_tokens`. */
        bool useMaxCompletionTokens = false;
        /** Sent when the request sets no limit (llama.cpp otherwise fills its context); 0: none. */
        qint64 defaultMaxTokens = 0;
        /** Whether the server's models read images (image_url parts). */
        AttachmentLimits::Support images = AttachmentLimits::Support::Unknown;
        /** Whether it reads PDFs as `file` parts (OpenAI itself does; most compatible servers
         * do not, and get the extracted text instead). */
        AttachmentLimits::Support documents = AttachmentLimits::Support::No;
    };

    OpenAiWire();
    explicit OpenAiWire(Options options);

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
    /** Alphabetical: servers list their models in no useful order. */
    void sortModelList(QList<ModelInfo> &models) const override;
    AttachmentLimits attachmentLimits() const override;

private:
    Options m_options;
};
