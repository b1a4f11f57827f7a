// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "jsonscan.h"
#include "streamtypes.h"

#include <QByteArrayView>
#include <QHash>

class QJsonObject;

/**
 * @brief Receives the typed events a decoder reconstructs from a provider stream.
 */
class StreamSink
{
public:
    virtual ~StreamSink() = default;
    virtual void onText(const QString &text) = 0;
    virtual void onReasoning(const QString &text) = 0;
    virtual void onRefusal(const QString &text) = 0;
    virtual void onReasoningSignature(const QString &signature) = 0;
    virtual void onToolCall(const ToolCallDelta &delta) = 0;
    /** Usage so far; the last one received is the final count. */
    virtual void onUsage(const Usage &usage) = 0;
    virtual void onFinish(FinishReason reason, const QString &providerReason) = 0;
};

/**
 * @brief Accumulates a stream's events into a StreamResult and forwards them to another sink.
 */
class ResultBuilder : public StreamSink
{
public:
    explicit ResultBuilder(StreamSink *forward = nullptr);

    void onText(const QString &text) override;
    void onReasoning(const QString &text) override;
    void onRefusal(const QString &text) override;
    void onReasoningSignature(const QString &signature) override;
    void onToolCall(const ToolCallDelta &delta) override;
    void onUsage(const Usage &usage) override;
    void onFinish(FinishReason reason, const QString &providerReason) override;

    StreamResult &result() { return m_result; }
    const StreamResult &result() const { return m_result; }

private:
    StreamResult m_result;
    StreamSink *m_forward;
};

/**
 * @brief Turns the raw bytes of one provider response into StreamSink events.
 *
 * Contract for every wire format: feed() takes bytes exactly as they arrive, split anywhere;
 * endOfStream() is called once when the body ended cleanly. After the first error (protocol,
 * in-band provider error, or a missing finish marker at the end) no further event is emitted
 * and error() describes it. isDone() turns true when the stream's own end marker was seen and
 * nothing more needs to be read.
 */
class StreamDecoder
{
public:
    explicit StreamDecoder(StreamSink *sink);
    virtual ~StreamDecoder();
    StreamDecoder(const StreamDecoder &) = delete;
    StreamDecoder &operator=(const StreamDecoder &) = delete;

    virtual void feed(QByteArrayView bytes) = 0;
    virtual void endOfStream() = 0;

    bool isDone() const { return m_done; }
    bool hasFailed() const { return m_error.isError(); }
    const StreamError &error() const { return m_error; }
    /** True once a finish marker was seen; a stream that ends without one is truncated. */
    bool sawFinish() const { return m_sawFinish; }

    /**
     * Whether the common events (a text delta, mostly) are read with a JsonScan instead of a
     * QJsonDocument; on by default. Either way the events are the same: tests and fuzz targets
     * compare the two.
     */
    void setFastPath(bool enabled) { m_fastPath = enabled; }
    bool fastPath() const { return m_fastPath; }

protected:
    enum class Channel { Text, Reasoning, Refusal };
    /** Emits text, holding back a trailing high surrogate until its partner arrives. */
    void emitText(Channel channel, const QString &text);
    void emitFinish(FinishReason reason, const QString &providerReason);
    /**
     * Emits a tool-call fragment unless the call's or the turn's argument bytes go over the
     * caps: an overflowing call fails the stream (Protocol), so it is never run truncated.
     */
    void emitToolCall(const ToolCallDelta &delta);
    void fail(ErrorKind kind, const QString &message, int status = 0, const QString &type = {});
    /**
     * Fails with @p kind because of a finish reason Confab treats as an error. The provider's
     * reason still reaches the result (StreamResult::providerFinishReason, with no normalised
     * reason) and is the error's providerType.
     */
    void failOnFinish(ErrorKind kind, const QString &message, const QString &providerReason);
    /** Fails with an in-band error object ({message, type, code, status}). */
    void failInBand(const QJsonObject &error, ErrorKind fallback = ErrorKind::Server);
    void markDone() { m_done = true; }
    void failTruncatedUnlessFinished();
    StreamSink *sink() const { return m_sink; }
    /** A scanner for the fast paths, kept to reuse its memory. */
    JsonScan &scanner() { return m_scan; }
    bool stopped() const { return m_done || m_error.isError(); }

public:
    static constexpr qint64 kMaxToolArgumentBytes = 4 * 1024 * 1024;      /**< per call */
    static constexpr qint64 kMaxTurnToolArgumentBytes = 16 * 1024 * 1024; /**< per turn */

private:
    StreamSink *m_sink;
    QHash<int, qint64> m_toolArgumentBytes;
    QHash<int, QString> m_toolNames;
    qint64 m_turnToolArgumentBytes = 0;
    StreamError m_error;
    QString m_pendingSurrogate[3];
    JsonScan m_scan;
    bool m_done = false;
    bool m_fastPath = true;
    bool m_sawFinish = false;
};
