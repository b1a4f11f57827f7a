// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "chatcontroller.h"

#include "answerrecorder.h"
#include "attachmentencoder.h"
#include "attachmentintake.h"
#include "chatstream.h"
#include "conversationstore.h"
#include "providerservice.h"
#include "titlegenerator.h"
#include "toolmessages.h"
#include "toolrunner.h"
#include "toolselection.h"
#include "toolservers.h"
#include "wireformat.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChat, "confab.models.chat", QtWarningMsg)

ChatController::ChatController(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_attachments(new PendingAttachments(nullptr, nullptr, nullptr, this))
{
    connect(m_attachments, &PendingAttachments::stateChanged, this,
            &ChatController::attachmentNoticeChanged);
}

void ChatController::setAttachmentServices(AttachmentFiles *files, const AttachmentCodec *codec,
                                           AttachmentEncoder *encoder)
{
    delete m_attachments;
    m_encoder = encoder;
    m_attachments = new PendingAttachments(files, codec, encoder, this);
    connect(m_attachments, &PendingAttachments::stateChanged, this,
            &ChatController::attachmentNoticeChanged);
    if (m_target.wire)
        m_attachments->setLimits(m_target.wire->attachmentLimits());
}

QString ChatController::attachmentNotice() const
{
    if (!m_target.wire || !m_attachments->hasImages() ||
        m_target.wire->attachmentLimits().images != AttachmentLimits::Support::No)
        return {};
    return tr("%1 does not read images.").arg(m_target.model);
}

ChatController::~ChatController()
{
    shutdown();
}

bool ChatController::isBusy() const
{
    return !m_stream.isNull() || (m_runner && m_runner->isActive()) || m_waitingId != 0 ||
           m_preparingId != 0;
}

int ChatController::busyRow() const
{
    if (m_waitingId != 0)
        return m_messages.rowOf(m_waitingId);
    if (m_preparingId != 0)
        return m_messages.rowOf(m_preparingId);
    if (m_stream)
        return m_messages.rowOf(m_streamId);
    if (m_runner && m_runner->isActive())
        return m_messages.rowOf(m_roundAnswerId);
    return -1;
}

void ChatController::setStore(ConversationStore *store)
{
    m_store = store;
}

void ChatController::setTitleGenerator(TitleGenerator *titles)
{
    m_titles = titles;
}

void ChatController::setProviderService(ProviderService *providers)
{
    m_providers = providers;
    connect(providers, &ProviderService::targetReady, this,
            [this](const QString &providerId, const QString &model, const ChatTarget &target) {
                if (providerId != m_parameters.providerId() ||
                    (!m_parameters.model().isEmpty() && model != m_parameters.model()))
                    return; // an answer for an earlier choice
                m_targetError.clear();
                setTarget(target);
            });
    connect(providers, &ProviderService::targetFailed, this,
            [this](const QString &providerId, const QString &, const QString &message) {
                if (providerId != m_parameters.providerId())
                    return;
                m_targetError = message;
                setTarget(ChatTarget{}, m_missing);
            });
    connect(&m_parameters, &ChatParameters::targetChanged, this, [this] {
        resolveTarget();
        saveConversationSettings();
    });
    connect(&m_parameters, &ChatParameters::parametersChanged, this,
            &ChatController::saveConversationSettings);
    // Changed provider settings (a new key, another base URL) apply at once.
    connect(providers->providers(), &QAbstractItemModel::dataChanged, this,
            &ChatController::resolveTarget);
    connect(providers->providers(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_parameters.providerId().isEmpty())
            m_parameters.resetToDefaults(m_providers->settings());
        resolveTarget();
    });
    connect(providers->settings(), &AppSettings::chatDefaultsChanged, this, [this] {
        if (m_messages.rowCount() == 0 && m_conversationId == 0)
            m_parameters.resetToDefaults(m_providers->settings());
    });
    m_parameters.resetToDefaults(providers->settings());
    resolveTarget();
}

void ChatController::resolveTarget()
{
    if (!m_providers || m_parameters.providerId().isEmpty())
        return;
    m_providers->requestTarget(m_parameters.providerId(), m_parameters.model());
}

QString ChatController::modelFor(const QString &providerId) const
{
    if (providerId == m_parameters.providerId())
        return m_parameters.model().isEmpty() ? m_target.model : m_parameters.model();
    return m_providers ? m_providers->defaultModelFor(providerId) : QString();
}

QString ChatController::targetName() const
{
    if (m_providers && !m_parameters.providerId().isEmpty())
        return m_providers->describe(m_parameters.providerId(), m_target.model.isEmpty()
                                                                    ? m_parameters.model()
                                                                    : m_target.model);
    return m_target.model;
}

void ChatController::saveConversationSettings()
{
    if (!m_store || m_conversationId == 0)
        return;
    std::optional<ConversationInfo> info = m_store->conversationInfo(m_conversationId);
    if (!info)
        return;
    info->provider = m_parameters.providerId();
    info->model = m_parameters.model();
    info->systemPrompt = m_parameters.systemPrompt();
    info->params = m_parameters.samplingJson();
    if (m_toolSelection)
        ToolSelection::writeTo(info->params, m_toolSelection->selection());
    m_store->updateSettings(*info);
}

qint64 ChatController::addMessage(Message message)
{
    if (m_store) {
        if (m_conversationId == 0) {
            ConversationInfo info;
            info.title = Titles::fallbackTitle(message.text);
            info.titleIsGenerated = true;
            info.provider = m_parameters.providerId();
            info.model = m_target.model;
            m_conversationId = m_store->createConversation(info);
            Q_EMIT conversationChanged();
            saveConversationSettings();
        }
        // Stored before anything is sent: a question is never lost.
        message.conversationId = m_conversationId;
        message.id = m_store->appendMessage(message);
    }
    return m_messages.addMessage(message);
}

void ChatController::saveMessage(qint64 id)
{
    if (m_store && m_conversationId != 0 && m_messages.contains(id)) {
        Message message = m_messages.messageById(id);
        message.conversationId = m_conversationId;
        message.updatedAt = 0; // now
        m_store->updateMessage(message);
    }
}

void ChatController::saveActiveLeaf()
{
    if (m_store && m_conversationId != 0)
        m_store->setActiveLeaf(m_conversationId, m_messages.leafId());
}

void ChatController::removeMessages(qint64 id)
{
    m_messages.removeSubtree(id);
    if (m_store && m_conversationId != 0)
        m_store->removeMessages(m_conversationId, id, m_messages.leafId());
}

void ChatController::setTarget(const ChatTarget &target, const QString &missingSetting)
{
    m_target = target;
    m_missing = target.isValid() ? QString() : missingSetting;
    if (target.wire)
        m_attachments->setLimits(target.wire->attachmentLimits());
    Q_EMIT targetChanged();
    Q_EMIT attachmentNoticeChanged();
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
    return last.author == Message::Author::Assistant && last.state == Message::State::Failed;
}

bool ChatController::send(const QString &text)
{
    const QList<Attachment> attachments = m_attachments->ready();
    if (isBusy() || !isConfigured() || m_attachments->isBusy() || !attachmentNotice().isEmpty() ||
        (text.trimmed().isEmpty() && attachments.isEmpty()))
        return false;
    Message message;
    message.author = Message::Author::User;
    message.text = text;
    message.attachments = attachments;
    message.parentId = m_messages.leafId();
    message.createdAt = QDateTime::currentMSecsSinceEpoch();
    const qint64 id = addMessage(message);
    m_attachments->takeAll(); // the files were stored first; the message refers to them now
    startAnswer(id);
    return true;
}

bool ChatController::sendWithoutImages(const QString &text)
{
    if (isBusy())
        return false;
    m_attachments->removeImages();
    return send(text);
}

bool ChatController::resendWithoutAttachments(int row)
{
    if (isBusy() || !isConfigured() || row < 0 || row >= m_messages.rowCount())
        return false;
    const Message &answer = m_messages.message(row);
    if (answer.author != Message::Author::Assistant || !m_messages.contains(answer.parentId))
        return false;
    const Message &question = m_messages.messageById(answer.parentId);
    Message plain;
    plain.author = Message::Author::User;
    plain.text = question.text;
    plain.parentId = question.parentId;
    plain.createdAt = QDateTime::currentMSecsSinceEpoch();
    startAnswer(addMessage(plain));
    return true;
}

void ChatController::stop()
{
    if (m_preparingId != 0) { // still encoding its attachments: nothing was sent
        const qint64 id = std::exchange(m_preparingId, 0);
        m_messages.setState(id, Message::State::Stopped);
        saveMessage(id);
        endTurn(id);
        return;
    }
    if (m_waitingId != 0) { // the answer waited for a tool server: nothing was sent
        const qint64 id = std::exchange(m_waitingId, 0);
        m_toolWait.stop();
        m_messages.setState(id, Message::State::Stopped);
        saveMessage(id);
        endTurn(id);
        return;
    }
    if (m_runner && m_runner->isActive()) {
        m_runner->cancel(); // the running MCP request is cancelled; the calls are saved
        endTurn(m_lastToolMessageId);
        return;
    }
    if (!m_stream)
        return;
    ChatStream *stream = m_stream;
    stream->abort();
    const qint64 id = m_streamId;
    endStream();
    stream->deleteLater();
    m_messages.setState(id, Message::State::Stopped);
    saveMessage(id);
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(id));
}

void ChatController::endStream()
{
    m_stream = nullptr;
    m_streamId = 0;
    if (m_recorder) {
        // A stream that ended without finished() (stop, quit) is closed here; saveMessage()
        // then writes the exact final state.
        if (!m_recorder->isFinished())
            m_recorder->stop();
        m_recorder->deleteLater();
        m_recorder = nullptr;
    }
}

void ChatController::retry()
{
    if (!canRetry())
        return;
    const Message &last = m_messages.message(m_messages.rowCount() - 1);
    const qint64 parent = last.parentId;
    // An empty failed answer holds nothing: replace it. A partial one stays as a sibling.
    if (last.text.isEmpty() && last.reasoning.isEmpty() && last.toolCalls.isEmpty())
        removeMessages(last.id);
    startAnswer(parent);
}

bool ChatController::regenerate(int row)
{
    if (row < 0)
        row = m_messages.lastRowOf(Message::Author::Assistant);
    if (isBusy() || !isConfigured() || row < 0 || row >= m_messages.rowCount())
        return false;
    const Message &answer = m_messages.message(row);
    if (answer.author != Message::Author::Assistant)
        return false;
    startAnswer(answer.parentId);
    return true;
}

bool ChatController::editAndResend(int row, const QString &text, const QStringList &dropped)
{
    if (isBusy() || !isConfigured() || row < 0 || row >= m_messages.rowCount())
        return false;
    const Message &question = m_messages.message(row);
    if (question.author != Message::Author::User)
        return false;
    Message edited;
    edited.author = Message::Author::User;
    edited.text = text;
    // The new version keeps the question's attachments unless the user removed them.
    for (const Attachment &a : question.attachments) {
        if (!dropped.contains(a.sha256))
            edited.attachments.append(a);
    }
    if (text.trimmed().isEmpty() && edited.attachments.isEmpty())
        return false;
    edited.parentId = question.parentId;
    edited.createdAt = QDateTime::currentMSecsSinceEpoch();
    startAnswer(addMessage(edited));
    return true;
}

bool ChatController::continueAnswer(int row)
{
    if (isBusy() || !isConfigured() || row != m_messages.rowCount() - 1 ||
        !MessageModel::canContinue(m_messages.message(row)))
        return false;
    const qint64 id = m_messages.message(row).id;
    m_messages.clearOutcome(id);
    m_messages.setState(id, Message::State::Waiting);
    streamInto(id, true);
    return true;
}

void ChatController::deleteMessage(int row)
{
    if (row < 0 || row >= m_messages.rowCount())
        return;
    if (isBusy() && busyRow() >= row)
        stop();
    removeMessages(m_messages.message(row).id);
    Q_EMIT canRetryChanged();
}

void ChatController::switchBranch(int row, int step)
{
    // The streaming answer (or the one whose tools run) and what is above it stay in view
    // until the turn ends.
    if (isBusy() && busyRow() >= row)
        return;
    m_messages.switchSibling(row, step);
    saveActiveLeaf();
    Q_EMIT canRetryChanged();
}

QString ChatController::lastAnswerText() const
{
    const int row = m_messages.lastRowOf(Message::Author::Assistant);
    return row < 0 ? QString() : m_messages.message(row).text;
}

void ChatController::newConversation()
{
    stop();
    m_messages.clear();
    if (m_conversationId != 0) {
        m_conversationId = 0;
        Q_EMIT conversationChanged();
    }
    if (m_providers)
        m_parameters.resetToDefaults(m_providers->settings());
    if (m_toolSelection)
        m_toolSelection->setSelection(std::nullopt);
    Q_EMIT canRetryChanged();
}

int ChatController::openConversation(qint64 id, qint64 messageId)
{
    if (!m_store)
        return -1;
    const std::optional<Conversation> conversation = m_store->loadConversation(id);
    if (!conversation)
        return -1;
    stop();
    QList<Message> messages = conversation->messages;
    for (Message &m : messages) {
        // Nothing streams into a message just opened: one still marked live was cut off.
        if (m.isLive())
            m.state = Message::State::Interrupted;
        if (m.author == Message::Author::Tool && m.tool.isLive())
            m.tool.status = ToolEnums::Status::Interrupted;
    }
    m_messages.reset(messages, conversation->info.activeLeafId);
    if (messageId != 0 && m_messages.contains(messageId))
        m_messages.activate(messageId);
    m_conversationId = 0; // restoring its settings below must not write them back
    if (m_providers && !conversation->info.provider.isEmpty()) {
        m_parameters.setSystemPrompt(conversation->info.systemPrompt);
        m_parameters.setSamplingJson(conversation->info.params);
        m_parameters.setTarget(conversation->info.provider, conversation->info.model);
    }
    if (m_toolSelection)
        m_toolSelection->setSelection(ToolSelection::readFrom(conversation->info.params));
    m_conversationId = id;
    Q_EMIT conversationChanged();
    Q_EMIT canRetryChanged();
    const int row = m_messages.rowOf(messageId);
    return row >= 0 ? row : m_messages.rowCount() - 1;
}

void ChatController::shutdown()
{
    if (m_preparingId != 0)
        stop();
    if (m_waitingId != 0) { // it waited for a tool server: Continue is offered next time
        const qint64 id = std::exchange(m_waitingId, 0);
        m_toolWait.stop();
        m_messages.setState(id, Message::State::Interrupted);
        saveMessage(id);
    }
    if (m_runner && m_runner->isActive())
        m_runner->interrupt(); // saved as interrupted: nothing runs on its own next time
    if (m_stream) {
        ChatStream *stream = m_stream;
        stream->abort();
        const qint64 id = m_streamId;
        m_messages.setState(id, Message::State::Interrupted);
        endStream();
        delete stream;
        saveMessage(id); // kept as interrupted: Continue is offered next time
    }
    if (m_store)
        m_store->flush();
}

ChatRequest ChatController::buildRequest(qint64 lastId, bool continuation,
                                         QList<QList<Attachment>> *attachments) const
{
    ChatRequest request;
    if (m_providers)
        m_parameters.applyTo(request);
    request.model = m_target.model;
    request.tools = m_catalog.requestTools();
    // Tool calls and results go only where tools are offered (providers reject them without).
    const bool tools = !request.tools.isEmpty();
    for (const qint64 id : m_messages.activePath()) {
        const Message &m = m_messages.messageById(id);
        if (m.author == Message::Author::User) {
            request.messages.append({ChatMessage::Role::User, m.text, {}, {}, {}, {}});
            attachments->append(m.attachments);
        } else if (m.author == Message::Author::Tool) {
            if (tools)
                request.messages.append(ToolMessages::forModel(m));
        } else if (id == lastId && continuation) {
            // The partial answer goes last, for the model to carry on from.
            request.messages.append({ChatMessage::Role::Assistant, m.text, {}, {}, {}, {}});
        } else if (m.state != Message::State::Failed && !m.isLive() &&
                   (!m.text.isEmpty() || (tools && !m.toolCalls.isEmpty()))) {
            ChatMessage answer{ChatMessage::Role::Assistant, m.text, {}, {}, {}, {}};
            if (tools && !m.toolCalls.isEmpty()) {
                // Providers want the calls back with what signed them (thinking, signatures).
                answer.toolCalls = m.toolCalls;
                answer.reasoning = m.reasoning;
                answer.reasoningSignature = m.reasoningSignature;
            }
            request.messages.append(answer);
        }
        if (id == lastId)
            break;
    }
    if (tools)
        ToolMessages::pairResults(request.messages);
    return request;
}

void ChatController::startAnswer(qint64 parentId)
{
    Message answer;
    answer.author = Message::Author::Assistant;
    answer.state = Message::State::Waiting;
    answer.modelName = m_target.model;
    answer.parentId = parentId;
    answer.createdAt = QDateTime::currentMSecsSinceEpoch();
    streamInto(addMessage(answer), false);
}

void ChatController::streamInto(qint64 id, bool continuation, bool mayWait)
{
    // A server still starting (Confab just started, or its launch was just confirmed) would be
    // missing from the request: the answer waits for it, up to kToolStartWaitMs.
    if (mayWait && toolServersStarting()) {
        m_waitingId = id;
        m_waitingContinuation = continuation;
        m_toolWait.start(kToolStartWaitMs);
        Q_EMIT busyChanged();
        Q_EMIT canRetryChanged();
        return;
    }
    m_catalog = m_toolServers && m_toolSelection
                    ? m_toolServers->catalog(m_toolSelection->selection())
                    : ToolCatalog();
    QList<QList<Attachment>> attachments;
    ChatRequest request = buildRequest(continuation ? id : m_messages.messageById(id).parentId,
                                       continuation, &attachments);
    const bool any = std::any_of(attachments.cbegin(), attachments.cend(),
                                 [](const QList<Attachment> &list) { return !list.isEmpty(); });
    if (!any || !m_encoder) {
        startStream(id, continuation, request);
        return;
    }
    // Decoding and downscaling images takes a while: on a worker thread, the answer waiting.
    m_preparingId = id;
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    AttachmentEncoder *encoder = m_encoder;
    const AttachmentLimits limits = m_target.wire->attachmentLimits();
    QPointer<ChatController> self(this);
    QThreadPool::globalInstance()->start([=]() mutable {
        QList<QList<ContentPart>> parts;
        const AttachmentEnums::Problem problem =
            encoder->encodeRequest(attachments, limits, &parts);
        QMetaObject::invokeMethod(
            self,
            [=]() mutable {
                if (!self || self->m_preparingId != id)
                    return; // stopped or replaced meanwhile
                self->m_preparingId = 0;
                // The newest question's own attachments must go; older ones may be noted.
                if (problem != AttachmentEnums::Problem::None) {
                    const QList<Attachment> &newest = attachments.constLast();
                    QStringList names;
                    for (const Attachment &a : newest)
                        names.append(a.name);
                    self->failBeforeSending(
                        id, AttachmentIntake::describe(problem, names.join(u", "_s)));
                    return;
                }
                qsizetype user = 0;
                for (ChatMessage &message : request.messages) {
                    if (message.role == ChatMessage::Role::User)
                        message.parts = parts.value(user++);
                }
                self->startStream(id, continuation, request);
            },
            Qt::QueuedConnection);
    });
}

void ChatController::failBeforeSending(qint64 id, const QString &message)
{
    m_messages.setError(id, Failure::Kind::Attachment, message);
    saveMessage(id);
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(id));
}

void ChatController::startStream(qint64 id, bool continuation, const ChatRequest &request)
{
    auto *stream =
        new ChatStream(m_network, m_target.wire, m_target.endpoint, request, m_target.limits, this);
    m_stream = stream;
    m_streamId = id;
    if (m_store && m_conversationId != 0) {
        // Checkpoints at least every 500 ms while it streams: a crash keeps what arrived.
        Message stored = m_messages.messageById(id);
        stored.conversationId = m_conversationId;
        m_recorder = new AnswerRecorder(m_store, stored, this); // records it as streaming
        m_recorder->attach(stream);
    }
    const auto streaming = [this, id] { m_messages.setState(id, Message::State::Streaming); };
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
    m_messages.setFinishReason(id, result.finishReason, result.providerFinishReason);
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
        m_messages.setState(id, Message::State::Complete);
    } else {
        qCDebug(lcChat) << "answer failed:" << result.error.kind;
        m_messages.setError(id, result.error.kind, result.error.message);
    }
    saveMessage(id);
    // Calls run only where tools were offered; otherwise they stay cards (the model made
    // them up, or the caller set ChatRequest::tools itself).
    if (m_runner && !m_catalog.isEmpty() && result.completed() &&
        !m_messages.messageById(id).toolCalls.isEmpty()) {
        startToolRound(id); // the turn goes on
        return;
    }
    if (result.completed())
        maybeGenerateTitle(id, continuation);
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(id));
}

void ChatController::maybeGenerateTitle(qint64 id, bool continuation)
{
    // The first answer of a conversation names it: with the conversation's model, or the
    // cheaper one chosen in settings; not at all when titles are turned off there. Tool rounds
    // before the final answer belong to the first turn.
    const bool titlesOn = !m_providers || m_providers->settings()->titleGeneration();
    const int row = m_messages.rowOf(id);
    if (!m_titles || !titlesOn || m_conversationId == 0 || continuation || row < 1 ||
        row != m_messages.rowCount() - 1)
        return;
    for (int r = 1; r < row; ++r) {
        const Message &m = m_messages.message(r);
        if (m.author != Message::Author::Tool &&
            !(m.author == Message::Author::Assistant && !m.toolCalls.isEmpty()))
            return; // a later turn
    }
    if (m_messages.message(0).author != Message::Author::User)
        return;
    ChatTarget target = m_target;
    if (m_providers && !m_providers->settings()->titleModel().isEmpty())
        target.model = m_providers->settings()->titleModel();
    m_titles->generate(m_conversationId, target, m_messages.message(0).text,
                       m_messages.messageById(id).text);
}

void ChatController::endTurn(qint64 lastId)
{
    m_roundAnswerId = 0;
    Q_EMIT busyChanged();
    Q_EMIT canRetryChanged();
    Q_EMIT answerFinished(m_messages.rowOf(lastId));
}
