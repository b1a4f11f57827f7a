// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ssejsondecoder.h"
#include "wireformat.h"

#include <QHash>
#include <QJsonObject>

/**
 * @brief Decodes an Anthropic Messages stream.
 *
 * Keyed on each event's JSON `type`, not on the `event:` line (proxies strip it). Usage counters
 * are running totals: message_delta fields are laid over message_start's, never added.
 */
class AnthropicDecoder : public SseJsonDecoder
{
public:
    explicit AnthropicDecoder(StreamSink *sink,
                              qsizetype maxEventBytes = SseFramer::kDefaultMaxEventBytes);

private:
    struct Block
    {
        QString type;
        int toolIndex = -1;
        bool hasInput = false;
    };

    /** A content_block_delta with text or thinking. */
    bool handleCommonEvent(const SseEvent &event) override;
    void handleJson(const SseEvent &event, const QJsonObject &object) override;
    void emitUsage();

    QHash<int, Block> m_blocks;
    QJsonObject m_usage;
    QString m_stopReason;
    int m_toolCount = 0;
};

/**
 * @brief Anthropic Messages: `POST {base}/v1/messages`, key in `x-api-key`, the API version in
 * `anthropic-version`; models from `GET {base}/v1/models` (paged with has_more / after_id).
 */
class AnthropicWire : public WireFormat
{
public:
    static constexpr qint64 kDefaultMaxTokens = 8192;
    static constexpr QByteArrayView kApiVersion = "2023-06-01";
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
