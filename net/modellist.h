// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "providerpresets.h"
#include "streamtypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

/** One model a provider offers. */
struct ModelInfo
{
    QString id;                /**< what goes into the request's `model` */
    QString displayName;       /**< the provider's own name for it; empty when it has none */
    qint64 contextLength = -1; /**< input token limit where the list says; -1 when unknown */

    bool operator==(const ModelInfo &) const = default;
};

/** @brief What a model list request produced: the models, or a typed error in plain words. */
struct ModelListResult
{
    QList<ModelInfo> models;
    StreamError error;
    /** QNetworkReply::NetworkError of a transport failure; 0 when the server answered. */
    int networkError = 0;

    bool succeeded() const { return !error.isError(); }
};

/** Limits that keep a model list request from hanging or growing without bound. */
struct ModelListLimits
{
    int timeoutMs = 15'000;                 /**< for the whole request, all pages together */
    int maxPages = 50;                      /**< Anthropic and Gemini page their lists */
    qint64 maxBodyBytes = 16 * 1024 * 1024; /**< per page */
};

/**
 * @brief Fetches the list of models of one provider endpoint.
 *
 * The wire format decides the endpoint and its paging: OpenAI-compatible `GET {base}/models`,
 * Anthropic `GET {base}/v1/models` (has_more / after_id), Gemini `GET {base}/v1beta/models`
 * (pageToken; only models that can generateContent, without the "models/" prefix) and Ollama
 * `GET {base}/api/tags`. Owns its reply. Emits exactly one finished() — unless abort() was
 * called, after which it emits nothing. Redirects are followed only within the same origin.
 * Errors are typed and their message says in plain words what is wrong and where.
 */
class ModelListRequest : public QObject
{
    Q_OBJECT

public:
    ModelListRequest(QNetworkAccessManager *network, ProviderPreset::Wire wire,
                     ProviderEndpoint endpoint, ModelListLimits limits = {},
                     QObject *parent = nullptr);
    ~ModelListRequest() override;

    void start();
    /** Closes the connection at once; no signal follows. */
    void abort();

    bool isRunning() const { return m_running; }
    const ModelListResult &result() const { return m_result; }

    /** The URL of the first page for @p wire at @p baseUrl (what error messages name). */
    static QUrl listUrl(ProviderPreset::Wire wire, const QUrl &baseUrl);

Q_SIGNALS:
    /** A page arrived; @p modelsSoFar models are known. */
    void pageReceived(int modelsSoFar);
    /** Terminal: emitted exactly once, unless the request was aborted. */
    void finished(const ModelListResult &result);

private:
    void requestPage(const QString &pageToken);
    void onReadyRead();
    void onReplyFinished();
    void onRedirected(const QUrl &url);
    /** Parses one page; returns false when the body is not a model list of this wire format. */
    bool parsePage(const QByteArray &body, QString *nextPageToken);
    void finishWith(const StreamError &error);
    void failWith(ErrorKind kind, int status, const QString &message,
                  const QString &providerType = {});
    void releaseReply();
    StreamError httpError(int status, const QByteArray &body) const;
    StreamError transportError(int networkError, const QString &errorString) const;
    QString hostAndPort() const;
    QString apiLabel() const;
    QString scrubbed(QString text) const;

    QNetworkAccessManager *m_network;
    ProviderPreset::Wire m_wire;
    ProviderEndpoint m_endpoint;
    ModelListLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QByteArray m_body;
    ModelListResult m_result;
    int m_pages = 0;
    bool m_running = false;
    bool m_tooLarge = false;
};

Q_DECLARE_METATYPE(ModelInfo)
Q_DECLARE_METATYPE(ModelListResult)
