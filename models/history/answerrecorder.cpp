// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "answerrecorder.h"

#include "chatstream.h"

using namespace Qt::StringLiterals;

AnswerRecorder::AnswerRecorder(ConversationStore *store, const Message &message, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_message(message)
{
    m_message.state = Message::State::Streaming;
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kCheckpointIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AnswerRecorder::checkpoint);
}

AnswerRecorder::~AnswerRecorder()
{
    // Destroyed mid-stream (e.g. the controller goes away at quit): nothing received is lost.
    if (!m_finished)
        interrupt();
}

void AnswerRecorder::attach(ChatStream *stream)
{
    connect(stream, &ChatStream::textReceived, this, &AnswerRecorder::appendText);
    connect(stream, &ChatStream::reasoningReceived, this, &AnswerRecorder::appendReasoning);
    connect(stream, &ChatStream::refusalReceived, this, &AnswerRecorder::appendRefusal);
    connect(stream, &ChatStream::toolCallReceived, this, &AnswerRecorder::addToolCall);
    connect(stream, &ChatStream::usageReceived, this, &AnswerRecorder::setUsage);
    connect(stream, &ChatStream::finishReasonReceived, this, &AnswerRecorder::setFinishReason);
    connect(stream, &ChatStream::finished, this, &AnswerRecorder::finish);
}

void AnswerRecorder::touch()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void AnswerRecorder::appendText(const QString &text)
{
    if (m_finished)
        return;
    m_message.text += text;
    touch();
}

void AnswerRecorder::appendReasoning(const QString &text)
{
    if (m_finished)
        return;
    m_message.reasoning += text;
    touch();
}

void AnswerRecorder::appendRefusal(const QString &text)
{
    if (m_finished)
        return;
    m_message.refusal += text;
    touch();
}

void AnswerRecorder::addToolCall(const ToolCallDelta &delta)
{
    if (m_finished)
        return;
    applyToolCallDelta(m_message.toolCalls, delta);
    touch();
}

void AnswerRecorder::setUsage(const Usage &usage)
{
    if (m_finished)
        return;
    m_message.promptTokens = usage.promptTokens;
    m_message.completionTokens = usage.completionTokens;
    touch();
}

void AnswerRecorder::setFinishReason(FinishReason reason, const QString &providerReason)
{
    if (m_finished)
        return;
    m_message.finishReason = reason;
    m_message.providerFinishReason = providerReason;
    touch();
}

void AnswerRecorder::checkpoint()
{
    m_timer.stop();
    if (!m_dirty || !m_store)
        return;
    m_dirty = false;
    m_message.updatedAt = 0;
    m_store->updateMessage(m_message);
    ++m_checkpoints;
}

void AnswerRecorder::flush()
{
    checkpoint();
}

void AnswerRecorder::end(Message::State state)
{
    if (m_finished)
        return;
    m_finished = true;
    m_message.state = state;
    m_dirty = true;
    checkpoint();
    Q_EMIT finished();
}

void AnswerRecorder::finish(const StreamResult &result)
{
    if (m_finished)
        return;
    if (!result.reasoningSignature.isEmpty())
        m_message.reasoningSignature = result.reasoningSignature;
    if (!result.toolCalls.isEmpty())
        m_message.toolCalls = result.toolCalls;
    if (result.finishReason != FinishReason::None)
        m_message.finishReason = result.finishReason;
    // Kept even when Confab maps the provider's value to an error, not to a finish reason.
    if (!result.providerFinishReason.isEmpty())
        m_message.providerFinishReason = result.providerFinishReason;
    if (result.usage.isValid()) {
        m_message.promptTokens = result.usage.promptTokens;
        m_message.completionTokens = result.usage.completionTokens;
    }
    m_message.timeToFirstTokenMs = result.timeToFirstTokenMs;
    m_message.durationMs = result.durationMs;
    if (result.error.kind == ErrorKind::Cancelled) {
        end(Message::State::Stopped);
        return;
    }
    if (result.error.isError()) {
        m_message.errorKind = result.error.kind;
        m_message.errorMessage = result.error.message;
        end(Message::State::Failed);
        return;
    }
    end(Message::State::Complete);
}

void AnswerRecorder::stop()
{
    end(Message::State::Stopped);
}

void AnswerRecorder::interrupt()
{
    end(Message::State::Interrupted);
}
