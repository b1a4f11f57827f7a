// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "streamdecoder.h"

#include "httperrors.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

ResultBuilder::ResultBuilder(StreamSink *forward)
    : m_forward(forward)
{}

void ResultBuilder::onText(const QString &text)
{
    m_result.text += text;
    ++m_result.deltas;
    if (m_forward)
        m_forward->onText(text);
}

void ResultBuilder::onReasoning(const QString &text)
{
    m_result.reasoning += text;
    ++m_result.deltas;
    if (m_forward)
        m_forward->onReasoning(text);
}

void ResultBuilder::onRefusal(const QString &text)
{
    m_result.refusal += text;
    ++m_result.deltas;
    if (m_forward)
        m_forward->onRefusal(text);
}

void ResultBuilder::onReasoningSignature(const QString &signature)
{
    m_result.reasoningSignature += signature;
    if (m_forward)
        m_forward->onReasoningSignature(signature);
}

void ResultBuilder::onToolCall(const ToolCallDelta &delta)
{
    ++m_result.deltas;
    applyToolCallDelta(m_result.toolCalls, delta);
    if (m_forward)
        m_forward->onToolCall(delta);
}

void ResultBuilder::onUsage(const Usage &usage)
{
    m_result.usage = usage;
    if (m_forward)
        m_forward->onUsage(usage);
}

void ResultBuilder::onFinish(FinishReason reason, const QString &providerReason)
{
    m_result.finishReason = reason;
    m_result.providerFinishReason = providerReason;
    if (m_forward)
        m_forward->onFinish(reason, providerReason);
}

StreamDecoder::StreamDecoder(StreamSink *sink)
    : m_sink(sink)
{}

StreamDecoder::~StreamDecoder() = default;

void StreamDecoder::emitText(Channel channel, const QString &text)
{
    if (text.isEmpty() || stopped())
        return;
    QString &pending = m_pendingSurrogate[int(channel)];
    QString out = pending.isEmpty() ? text : pending + text;
    pending.clear();
    if (out.back().isHighSurrogate()) {
        pending = out.back();
        out.chop(1);
    }
    if (out.isEmpty())
        return;
    switch (channel) {
    case Channel::Text:
        m_sink->onText(out);
        break;
    case Channel::Reasoning:
        m_sink->onReasoning(out);
        break;
    case Channel::Refusal:
        m_sink->onRefusal(out);
        break;
    }
}

void StreamDecoder::emitFinish(FinishReason reason, const QString &providerReason)
{
    if (stopped())
        return;
    m_sawFinish = true;
    m_sink->onFinish(reason, providerReason);
}

void StreamDecoder::emitToolCall(const ToolCallDelta &delta)
{
    if (stopped())
        return;
    if (!delta.name.isEmpty())
        m_toolNames.insert(delta.index, delta.name);
    const qint64 bytes = delta.arguments.size() * qint64(sizeof(QChar));
    qint64 &callBytes = m_toolArgumentBytes[delta.index];
    callBytes += bytes;
    m_turnToolArgumentBytes += bytes;
    if (callBytes > kMaxToolArgumentBytes || m_turnToolArgumentBytes > kMaxTurnToolArgumentBytes) {
        fail(ErrorKind::Protocol,
             u"The arguments of tool call %1 exceeded the size limit; the call was rejected."_s.arg(
                 m_toolNames.value(delta.index, QString::number(delta.index))));
        return;
    }
    m_sink->onToolCall(delta);
}

void StreamDecoder::fail(ErrorKind kind, const QString &message, int status, const QString &type)
{
    if (m_error.isError())
        return;
    m_error.kind = kind;
    m_error.message = message;
    m_error.httpStatus = status;
    m_error.providerType = type;
}

void StreamDecoder::failOnFinish(ErrorKind kind, const QString &message,
                                 const QString &providerReason)
{
    if (stopped())
        return;
    m_sink->onFinish(FinishReason::None, providerReason);
    fail(kind, message, 0, providerReason);
}

void StreamDecoder::failInBand(const QJsonObject &error, ErrorKind fallback)
{
    if (m_error.isError())
        return;
    m_error = HttpErrors::fromErrorObject(error, 0);
    if (m_error.kind == ErrorKind::None || m_error.kind == ErrorKind::Other)
        m_error.kind = fallback;
    if (m_error.message.isEmpty())
        m_error.message = u"The provider reported an error during the answer."_s;
}

void StreamDecoder::failTruncatedUnlessFinished()
{
    if (m_error.isError()) // not stopped(): [DONE] alone (isDone) is no finish marker (5.8)
        return;
    if (!m_sawFinish)
        fail(ErrorKind::Truncated, u"The answer ended before the provider said it was complete."_s);
    // A lone trailing high surrogate at the very end is dropped: it cannot be valid text.
}
