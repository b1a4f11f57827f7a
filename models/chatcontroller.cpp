// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatcontroller.h"

#include "chatstream.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChat, "confab.models.chat", QtWarningMsg)

ChatController::ChatController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

ChatController::~ChatController()
{
    if (m_stream)
        m_stream->abort();
}

void ChatController::setTarget(const ChatTarget &target, const QString &missingSetting)
{
    m_target = target;
    m_missing = target.isValid() ? QString() : missingSetting;
    Q_EMIT targetChanged();
}

QString ChatController::endpointHost() const
{
    return m_target.endpoint.baseUrl.host();
}

bool ChatController::canRetry() const
{
    if (isBusy() || !isConfigured() || m_messages.rowCount() == 0)
        return false;
    const auto &last = m_messages.messages().constLast();
    return last.author == MessageModel::Assistant && last.state == MessageModel::Failed;
}

bool ChatController::send(const QString &text)
{
    if (isBusy() || !isConfigured() || text.trimmed().isEmpty())
        return false;
    MessageModel::Message message;
    message.author = MessageModel::User;
    message.text = text;
    m_messages.append(message);
    startAnswer();
    return true;
}

void ChatController::stop()
{
    if (!m_stream)
        return;
    ChatStream *stream = m_stream;
    stream->abort();
    const int row = m_streamRow;
    m_stream = nullptr;
    m_streamRow = -1;
    stream->deleteLater();
    m_messages.setState(row, MessageModel::Stopped);
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(row);
}

void ChatController::retry()
{
    if (!canRetry())
        return;
    const int last = m_messages.rowCount() - 1;
    // An empty failed answer is replaced; a partial one is kept (nothing received is lost).
    if (m_messages.message(last).text.isEmpty() && m_messages.message(last).reasoning.isEmpty())
        m_messages.removeFrom(last);
    startAnswer();
}

void ChatController::newConversation()
{
    stop();
    m_messages.clear();
    Q_EMIT canRetryChanged();
}

ChatRequest ChatController::buildRequest() const
{
    ChatRequest request;
    request.model = m_target.model;
    for (const auto &m : m_messages.messages()) {
        if (m.author == MessageModel::User) {
            request.messages.append({ChatMessage::Role::User, m.text, {}, {}, {}, {}});
        } else if (m.state != MessageModel::Failed && m.state != MessageModel::Waiting &&
                   m.state != MessageModel::Streaming && !m.text.isEmpty()) {
            request.messages.append({ChatMessage::Role::Assistant, m.text, {}, {}, {}, {}});
        }
    }
    return request;
}

void ChatController::startAnswer()
{
    const ChatRequest request = buildRequest();
    MessageModel::Message answer;
    answer.author = MessageModel::Assistant;
    answer.state = MessageModel::Waiting;
    answer.modelName = m_target.model;
    const int row = m_messages.append(answer);

    auto *stream =
        new ChatStream(m_network, m_target.wire, m_target.endpoint, request, m_target.limits, this);
    m_stream = stream;
    m_streamRow = row;
    connect(stream, &ChatStream::textReceived, this, [this, row](const QString &text) {
        m_messages.setState(row, MessageModel::Streaming);
        m_messages.appendText(row, text);
    });
    connect(stream, &ChatStream::reasoningReceived, this, [this, row](const QString &text) {
        m_messages.setState(row, MessageModel::Streaming);
        m_messages.appendReasoning(row, text);
    });
    connect(stream, &ChatStream::refusalReceived, this, [this, row](const QString &text) {
        m_messages.setState(row, MessageModel::Streaming);
        m_messages.appendText(row, text);
    });
    connect(stream, &ChatStream::finished, this,
            [this, row](const StreamResult &result) { onFinished(row, result); });
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    stream->start();
}

void ChatController::onFinished(int row, const StreamResult &result)
{
    if (m_stream)
        m_stream->deleteLater();
    m_stream = nullptr;
    m_streamRow = -1;
    m_messages.setFinishReason(row, StreamNames::finishReason(result.finishReason));
    if (result.usage.isValid())
        m_messages.setUsage(row, result.usage.promptTokens, result.usage.completionTokens);
    if (result.completed()) {
        m_messages.setState(row, MessageModel::Complete);
    } else {
        qCDebug(lcChat) << "answer failed:" << StreamNames::errorKind(result.error.kind);
        m_messages.setError(row, StreamNames::errorKind(result.error.kind), result.error.message);
    }
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(row);
}
