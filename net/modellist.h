// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "modelinfo.h"
#include "streamtypes.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class WireFormat;

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
 * The wire format decides the endpoint, its headers, its paging and how a page reads
 * (WireFormat::modelListUrl(), parseModelList()); this class does the HTTP, the limits and the
 * errors. Owns its reply. Emits exactly one finished() — unless abort() was
 * called, after which it emits nothing. Redirects are followed only within the same origin.
 * Errors are typed and their message says in plain words what is wrong and where.
 */
class ModelListRequest : public QObject
{
    Q_OBJECT

public:
    ModelListRequest(QNetworkAccessManager *network, std::shared_ptr<const WireFormat> wire,
                     ProviderEndpoint endpoint, ModelListLimits limits = {},
                     QObject *parent = nullptr);
    ~ModelListRequest() override;

    void start();
    /** Closes the connection at once; no signal follows. */
    void abort();

    bool isRunning() const { return m_running; }
    const ModelListResult &result() const { return m_result; }

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
    QString scrubbed(QString text) const;

    QNetworkAccessManager *m_network;
    std::shared_ptr<const WireFormat> m_wire;
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

Q_DECLARE_METATYPE(ModelListResult)
