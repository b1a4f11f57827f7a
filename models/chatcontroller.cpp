// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatcontroller.h"

#include "chatstream.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <algorithm>

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
    const auto &last = m_messages.message(m_messages.rowCount() - 1);
    return last.author == MessageModel::Assistant && last.state == MessageModel::Failed;
}

bool ChatController::send(const QString &text)
{
    if (isBusy() || !isConfigured() || text.trimmed().isEmpty())
        return false;
    MessageModel::Message message;
    message.author = MessageModel::User;
    message.text = text;
    message.parentId = m_messages.leafId();
    message.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    startAnswer(m_messages.addMessage(message));
    return true;
}

void ChatController::stop()
{
    if (!m_stream)
        return;
    ChatStream *stream = m_stream;
    stream->abort();
    const qint64 id = m_streamId;
    endStream();
    stream->deleteLater();
    m_messages.setState(id, MessageModel::Stopped);
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(id));
}

void ChatController::endStream()
{
    m_stream = nullptr;
    m_streamId = 0;
}

void ChatController::retry()
{
    if (!canRetry())
        return;
    const MessageModel::Message &last = m_messages.message(m_messages.rowCount() - 1);
    const qint64 parent = last.parentId;
    // An empty failed answer holds nothing: replace it. A partial one stays as a sibling.
    if (last.text.isEmpty() && last.reasoning.isEmpty() && last.toolCalls.isEmpty())
        m_messages.removeSubtree(last.id);
    startAnswer(parent);
}

bool ChatController::regenerate(int row)
{
    if (row < 0)
        row = m_messages.lastRowOf(MessageModel::Assistant);
    if (isBusy() || !isConfigured() || row < 0 || row >= m_messages.rowCount())
        return false;
    const MessageModel::Message &answer = m_messages.message(row);
    if (answer.author != MessageModel::Assistant)
        return false;
    startAnswer(answer.parentId);
    return true;
}

bool ChatController::editAndResend(int row, const QString &text)
{
    if (isBusy() || !isConfigured() || row < 0 || row >= m_messages.rowCount() ||
        text.trimmed().isEmpty())
        return false;
    const MessageModel::Message &question = m_messages.message(row);
    if (question.author != MessageModel::User)
        return false;
    MessageModel::Message edited;
    edited.author = MessageModel::User;
    edited.text = text;
    edited.parentId = question.parentId;
    edited.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    startAnswer(m_messages.addMessage(edited));
    return true;
}

bool ChatController::continueAnswer(int row)
{
    if (isBusy() || !isConfigured() || row != m_messages.rowCount() - 1 ||
        !MessageModel::canContinue(m_messages.message(row)))
        return false;
    const qint64 id = m_messages.message(row).id;
    m_messages.clearOutcome(id);
    m_messages.setState(id, MessageModel::Waiting);
    streamInto(id, true);
    return true;
}

void ChatController::deleteMessage(int row)
{
    if (row < 0 || row >= m_messages.rowCount())
        return;
    if (isBusy() && m_messages.rowOf(m_streamId) >= row)
        stop();
    m_messages.removeSubtree(m_messages.message(row).id);
    Q_EMIT canRetryChanged();
}

void ChatController::switchBranch(int row, int step)
{
    // The streaming answer and its question stay in view until the answer ends.
    if (isBusy() && m_messages.rowOf(m_streamId) >= row)
        return;
    m_messages.switchSibling(row, step);
    Q_EMIT canRetryChanged();
}

QString ChatController::lastAnswerText() const
{
    const int row = m_messages.lastRowOf(MessageModel::Assistant);
    return row < 0 ? QString() : m_messages.message(row).text;
}

void ChatController::newConversation()
{
    stop();
    m_messages.clear();
    Q_EMIT canRetryChanged();
}

ChatRequest ChatController::buildRequest(qint64 lastId, bool continuation) const
{
    ChatRequest request;
    request.model = m_target.model;
    for (const qint64 id : m_messages.activePath()) {
        const MessageModel::Message &m = m_messages.messageById(id);
        if (m.author == MessageModel::User) {
            request.messages.append({ChatMessage::Role::User, m.text, {}, {}, {}, {}});
        } else if (id == lastId && continuation) {
            // The partial answer goes last, for the model to carry on from.
            request.messages.append({ChatMessage::Role::Assistant, m.text, {}, {}, {}, {}});
        } else if (m.state != MessageModel::Failed && m.state != MessageModel::Waiting &&
                   m.state != MessageModel::Streaming && !m.text.isEmpty()) {
            request.messages.append({ChatMessage::Role::Assistant, m.text, {}, {}, {}, {}});
        }
        if (id == lastId)
            break;
    }
    return request;
}

void ChatController::startAnswer(qint64 parentId)
{
    MessageModel::Message answer;
    answer.author = MessageModel::Assistant;
    answer.state = MessageModel::Waiting;
    answer.modelName = m_target.model;
    answer.parentId = parentId;
    answer.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    streamInto(m_messages.addMessage(answer), false);
}

void ChatController::streamInto(qint64 id, bool continuation)
{
    const ChatRequest request =
        buildRequest(continuation ? id : m_messages.messageById(id).parentId, continuation);
    auto *stream =
        new ChatStream(m_network, m_target.wire, m_target.endpoint, request, m_target.limits, this);
    m_stream = stream;
    m_streamId = id;
    const auto streaming = [this, id] { m_messages.setState(id, MessageModel::Streaming); };
    connect(stream, &ChatStream::textReceived, this, [this, id, streaming](const QString &text) {
        streaming();
        m_messages.appendText(id, text);
    });
    connect(stream, &ChatStream::reasoningReceived, this,
            [this, id, streaming](const QString &text) {
                streaming();
                m_messages.appendReasoning(id, text);
            });
    connect(stream, &ChatStream::refusalReceived, this, [this, id, streaming](const QString &text) {
        streaming();
        m_messages.appendRefusal(id, text);
    });
    connect(stream, &ChatStream::toolCallReceived, this,
            [this, id, streaming](const ToolCallDelta &delta) {
                streaming();
                m_messages.applyToolCallDelta(id, delta);
            });
    connect(stream, &ChatStream::finished, this,
            [this, id, continuation](const StreamResult &result) {
                onFinished(id, continuation, result);
            });
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    stream->start();
}

void ChatController::onFinished(qint64 id, bool continuation, const StreamResult &result)
{
    if (m_stream)
        m_stream->deleteLater();
    endStream();
    const qint64 earlierTokens = std::max<qint64>(m_messages.messageById(id).completionTokens, 0);
    const qint64 earlierTtft = m_messages.messageById(id).timeToFirstTokenMs;
    const qint64 earlierDuration = m_messages.messageById(id).durationMs;
    m_messages.setFinishReason(id, StreamNames::finishReason(result.finishReason),
                               result.providerFinishReason);
    if (!result.reasoningSignature.isEmpty())
        m_messages.setReasoningSignature(id, result.reasoningSignature);
    if (result.usage.isValid()) {
        // A continuation's tokens add to what the answer already cost.
        m_messages.setUsage(id, result.usage.promptTokens,
                            (continuation ? earlierTokens : 0) + result.usage.completionTokens);
    }
    if (continuation && earlierDuration >= 0) {
        m_messages.setTimings(id, earlierTtft,
                              earlierDuration + std::max<qint64>(result.durationMs, 0));
    } else {
        m_messages.setTimings(id, result.timeToFirstTokenMs, result.durationMs);
    }
    if (result.completed()) {
        m_messages.setState(id, MessageModel::Complete);
    } else {
        qCDebug(lcChat) << "answer failed:" << StreamNames::errorKind(result.error.kind);
        m_messages.setError(id, StreamNames::errorKind(result.error.kind), result.error.message);
    }
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(id));
}
