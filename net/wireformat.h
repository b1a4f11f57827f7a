// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachmentwire.h"
#include "chatrequest.h"
#include "modelinfo.h"

#include <QList>
#include <QNetworkRequest>

#include <memory>

class QJsonObject;
class StreamDecoder;
class StreamSink;

/**
 * @brief One provider protocol: how to reach it (URLs, key header, API version), how to build a
 * chat request and decode its stream, and how to list its models.
 *
 * Everything that differs between providers lives here or in the preset table
 * (providerpresets.h); nothing else branches on a provider. Implementations are stateless and
 * shared between streams.
 */
class WireFormat
{
public:
    virtual ~WireFormat() = default;

    // Chat
    /** The URL, headers (including the key) and attributes of a streaming request. */
    virtual QNetworkRequest makeRequest(const ProviderEndpoint &endpoint,
                                        const ChatRequest &request) const = 0;
    virtual QByteArray makeBody(const ChatRequest &request) const = 0;
    virtual std::unique_ptr<StreamDecoder> makeDecoder(StreamSink *sink) const = 0;
    /** Whether a 2xx response with this Content-Type carries the expected stream. */
    virtual bool acceptsContentType(QByteArrayView contentType) const = 0;
    /** What this API takes as attachments and how large (ChatMessage::parts). */
    virtual AttachmentLimits attachmentLimits() const { return {}; }

    // Authentication, shared by every request to the API
    /** Adds the key's header (when @p apiKey is not empty) and the API version, if any. */
    virtual void addApiHeaders(QNetworkRequest &request, const QString &apiKey) const = 0;
    /** addApiHeaders(), then the endpoint's extra headers (which may override them). */
    void addHeaders(QNetworkRequest &request, const ProviderEndpoint &endpoint) const;

    // Model list
    /** The API in plain words, for messages: "an OpenAI-compatible API", "the Gemini API" … */
    virtual QString apiName() const = 0;
    /**
     * The URL of the model list page that follows @p pageToken (empty: the first page), with
     * the paging parameters this API takes.
     */
    virtual QUrl modelListUrl(const QUrl &baseUrl, const QString &pageToken = {}) const = 0;
    /** The GET request for one page of the model list: URL, Accept and the API headers. */
    QNetworkRequest makeModelListRequest(const ProviderEndpoint &endpoint,
                                         const QString &pageToken = {}) const;
    /**
     * Appends the models of one page to @p models and sets @p nextPageToken when another page
     * follows. Returns false when @p page is not a model list of this API.
     */
    virtual bool parseModelList(const QJsonObject &page, QList<ModelInfo> *models,
                                QString *nextPageToken) const = 0;
    /** Puts the complete list in the order to show it; the default keeps the server's order. */
    virtual void sortModelList(QList<ModelInfo> &models) const;

    /** @p base with @p path appended to its path (no double slashes). */
    static QUrl appendPath(const QUrl &base, QStringView path);
};
