// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"
#include "streamdecoder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class WireFormat;

/** Limits that keep a stream from hanging or growing without bound. */
struct StreamLimits
{
    int connectTimeoutMs = 15'000;      /**< until the request is sent */
    int firstByteTimeoutMs = 600'000;   /**< from sending until the first response byte */
    int idleTimeoutMs = 120'000;        /**< no bytes at all (keep-alives count as bytes) */
    qint64 maxDurationMs = 30 * 60'000; /**< wall-clock cap that keep-alives cannot extend */
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
    qsizetype maxErrorBodyBytes = 64 * 1024;
    int maxRetries = 2;      /**< retries before the first byte for 408, 409, 429, 5xx, network */
    int baseBackoffMs = 500; /**< doubled per retry, capped by maxBackoffMs, with jitter */
    int maxBackoffMs = 8'000;
    double maxRetryAfterSeconds = 60; /**< a longer Retry-After fails instead of waiting */
};

/**
 * @brief One streamed model turn over HTTP.
 *
 * Owns its QNetworkReply. Emits per-delta signals, then exactly one finished() — unless abort()
 * was called, after which it emits nothing at all. Retries happen only before any response byte
 * reached the decoder, so nothing is ever shown twice or billed twice.
 */
class ChatStream
    : public QObject
    , private StreamSink
{
    Q_OBJECT

public:
    ChatStream(QNetworkAccessManager *network, std::shared_ptr<const WireFormat> wire,
               ProviderEndpoint endpoint, ChatRequest request, StreamLimits limits = {},
               QObject *parent = nullptr);
    ~ChatStream() override;

    void start();
    /** Closes the connection at once; no signal follows. result() then reports Cancelled. */
    void abort();

    bool isRunning() const { return m_running; }
    const StreamResult &result() const { return m_builder.result(); }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void textReceived(const QString &text);
    void reasoningReceived(const QString &text);
    void refusalReceived(const QString &text);
    void toolCallReceived(const ToolCallDelta &delta);
    void usageReceived(const Usage &usage);
    void finishReasonReceived(FinishReason reason, const QString &providerReason);
    /** A retry is scheduled after @p delayMs because of @p error. */
    void retrying(int attempt, int delayMs, const StreamError &error);
    /** Terminal: emitted exactly once, unless the stream was aborted. */
    void finished(const StreamResult &result);

private:
    void onText(const QString &text) override;
    void onReasoning(const QString &text) override;
    void onRefusal(const QString &text) override;
    void onReasoningSignature(const QString &signature) override;
    void onToolCall(const ToolCallDelta &delta) override;
    void onUsage(const Usage &usage) override;
    void onFinish(FinishReason reason, const QString &providerReason) override;

    void sendRequest();
    void onMetaData();
    void onReadyRead();
    /** Reads what has arrived; false once the stream has ended (or was aborted). */
    bool readAvailable();
    /** Takes one piece of the body; false once the stream has ended (or was aborted). */
    bool consume(QByteArrayView data);
    /** The phase timer fired: a timeout, or in the idle phase a check of the last byte's age. */
    void onPhaseTimeout();
    void onReplyFinished();
    void onRedirected(const QUrl &url);
    void onTimeout(ErrorKind kind, const QString &message);
    /** Retries if allowed, otherwise finishes with @p error. */
    void failOrRetry(const StreamError &error);
    void finishWith(const StreamError &error);
    void releaseReply();
    void markFirstToken();

    QNetworkAccessManager *m_network;
    std::shared_ptr<const WireFormat> m_wire;
    ProviderEndpoint m_endpoint;
    ChatRequest m_request;
    StreamLimits m_limits;
    QByteArray m_body;

    QPointer<QNetworkReply> m_reply;
    ResultBuilder m_builder;
    std::unique_ptr<StreamDecoder> m_decoder;
    QTimer m_phaseTimer; // connect, then first byte, then idle
    QByteArray m_readBuffer;
    QTimer m_totalTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_errorBody;
    qint64 m_bytes = 0;
    qint64 m_lastByteMs = 0; // m_clock's time of the last byte, for the idle timeout
    int m_attempt = 0;
    int m_status = 0;
    bool m_running = false;
    bool m_bodyStarted = false; // a byte of the stream reached the decoder: no more retries
    bool m_errorResponse = false;
    bool m_unexpectedType = false;
    // The idle phase: the timer is not restarted for every piece (that costs more than the
    // piece's decoding); when it fires, it checks m_lastByteMs and waits for the rest.
    bool m_idlePhase = false;
};
