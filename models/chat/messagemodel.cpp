// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "messagemodel.h"

#include "markdownstream.h"
#include "toolcalllist.h"
#include "toolmessages.h"

#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{}

MessageModel::~MessageModel() = default; // the Markdown streams are children

MarkdownStream *MessageModel::markdownFor(const Message &m, bool reasoning) const
{
    auto &streams = reasoning ? m_reasoningMarkdown : m_markdown;
    MarkdownStream *&stream = streams[m.id];
    if (!stream) {
        // A parent keeps them in C++ ownership: QML never deletes them.
        stream = new MarkdownStream(const_cast<MessageModel *>(this));
        const QString &text = reasoning ? m.reasoning : m.text;
        if (m.isLive())
            stream->appendMarkdown(text); // more arrives; rendered throttled
        else
            stream->setMarkdown(text);
    }
    return stream;
}

ToolCallList *MessageModel::toolCallsFor(const Message &m) const
{
    if (m.toolCalls.isEmpty())
        return nullptr;
    ToolCallList *&list = m_toolCalls[m.id];
    if (!list) {
        list = new ToolCallList(const_cast<MessageModel *>(this)); // C++ ownership, as above
        list->setCalls(m.toolCalls, !m.isLive());
    }
    return list;
}

void MessageModel::dropLiveViews(qint64 id)
{
    // Later: a delegate may still hold it until the view has processed the change.
    if (MarkdownStream *stream = m_markdown.take(id))
        stream->deleteLater();
    if (MarkdownStream *stream = m_reasoningMarkdown.take(id))
        stream->deleteLater();
    if (ToolCallList *list = m_toolCalls.take(id))
        list->deleteLater();
}

void MessageModel::finishLiveViews(qint64 id)
{
    if (MarkdownStream *stream = m_markdown.value(id))
        stream->finish();
    if (MarkdownStream *stream = m_reasoningMarkdown.value(id))
        stream->finish();
    if (ToolCallList *list = m_toolCalls.value(id))
        list->finish();
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_path.size());
}

bool MessageModel::canContinue(const Message &m)
{
    using State = Message::State;
    if (m.author != Message::Author::Assistant || m.text.isEmpty())
        return false;
    return m.state == State::Stopped || m.state == State::Interrupted || m.state == State::Failed ||
           (m.state == State::Complete && m.finishReason == Finish::Reason::Length);
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = message(index.row());
    switch (role) {
    case AuthorRole:
        return int(m.author);
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case ReasoningRole:
        return m.reasoning;
    case StateRole:
        return int(m.state);
    case FinishReasonRole:
        return int(m.finishReason);
    case ErrorKindRole:
        return int(m.errorKind);
    case ErrorMessageRole:
        return m.errorMessage;
    case ModelNameRole:
        return m.modelName;
    case PromptTokensRole:
        return int(m.promptTokens);
    case CompletionTokensRole:
        return int(m.completionTokens);
    case MessageIdRole:
        return m.id;
    case SiblingIndexRole: {
        const QList<qint64> ids = m_tree.siblings(m.id);
        return int(ids.indexOf(m.id)) + 1;
    }
    case SiblingCountRole:
        return int(m_tree.siblings(m.id).size());
    case RefusalRole:
        return m.refusal;
    case AttachmentsRole: {
        QVariantList list;
        for (const Attachment &a : m.attachments) {
            list.append(QVariantMap{{u"sha256"_s, a.sha256},
                                    {u"name"_s, a.name},
                                    {u"mimeType"_s, a.mimeType},
                                    {u"kind"_s, int(a.kind())},
                                    {u"size"_s, a.size},
                                    {u"width"_s, a.width},
                                    {u"height"_s, a.height}});
        }
        return list;
    }
    case ToolCallsRole: {
        QVariantList calls;
        for (const ToolCall &call : m.toolCalls) {
            calls.append(QVariantMap{{u"index"_s, call.index},
                                     {u"id"_s, call.id},
                                     {u"name"_s, call.name},
                                     {u"arguments"_s, call.arguments}});
        }
        return calls;
    }
    case ProviderFinishRole:
        return m.providerFinishReason;
    case TimeToFirstTokenRole:
        return int(m.timeToFirstTokenMs);
    case TokensPerSecondRole: {
        // Generation speed: completion tokens over the time after the first token.
        const qint64 generating = m.durationMs - std::max<qint64>(m.timeToFirstTokenMs, 0);
        if (m.completionTokens <= 0 || m.durationMs < 0 || generating <= 0)
            return 0.0;
        return double(m.completionTokens) * 1000.0 / double(generating);
    }
    case CanContinueRole:
        return canContinue(m);
    case ToolCallListRole:
        return QVariant::fromValue(toolCallsFor(m));
    case MarkdownRole:
        return QVariant::fromValue(markdownFor(m, false));
    case ReasoningMarkdownRole:
        return QVariant::fromValue(markdownFor(m, true));
    case HasTextRole:
        return !m.text.isEmpty();
    case HasReasoningRole:
        return !m.reasoning.isEmpty();
    case QuestionTextRole:
        return m.author == Message::Author::User ? m.text : QString();
    case ToolCallsRunRole:
        return hasToolChildren(m.id);
    case ToolStatusRole:
        return int(m.tool.status);
    case ToolApprovalRole:
        return int(m.tool.approval);
    case ToolServerRole:
        return m.tool.serverName;
    case ToolNameRole:
        return m.tool.toolName.isEmpty() ? m.tool.callName : m.tool.toolName;
    case ToolArgumentsRole:
        return ToolCallList::prettyJson(m.tool.arguments);
    case ToolArgumentsEditedRole:
        return m.tool.argumentsEdited;
    case ToolIsErrorRole:
        return m.tool.isError();
    case ToolImagesRole: {
        QVariantList images;
        for (const ToolMessages::Image &image : ToolMessages::images(m.tool.result)) {
            images.append(QVariantMap{{u"mimeType"_s, image.mimeType},
                                      {u"data"_s, QString::fromLatin1(image.base64)}});
        }
        return images;
    }
    case ToolWarningsRole:
        return m.tool.warnings.join(u'\n');
    case ToolChangesRole:
        return m.tool.changes;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    return {
        {AuthorRole, "author"_ba},
        {TextRole, "text"_ba},
        {ReasoningRole, "reasoning"_ba},
        {StateRole, "messageState"_ba},
        {FinishReasonRole, "finishReason"_ba},
        {ErrorKindRole, "errorKind"_ba},
        {ErrorMessageRole, "errorMessage"_ba},
        {ModelNameRole, "modelName"_ba},
        {PromptTokensRole, "promptTokens"_ba},
        {CompletionTokensRole, "completionTokens"_ba},
        {MessageIdRole, "messageId"_ba},
        {SiblingIndexRole, "siblingIndex"_ba},
        {SiblingCountRole, "siblingCount"_ba},
        {RefusalRole, "refusal"_ba},
        {ToolCallsRole, "toolCalls"_ba},
        {ProviderFinishRole, "providerFinishReason"_ba},
        {TimeToFirstTokenRole, "timeToFirstTokenMs"_ba},
        {TokensPerSecondRole, "tokensPerSecond"_ba},
        {CanContinueRole, "canContinue"_ba},
        {MarkdownRole, "markdown"_ba},
        {ReasoningMarkdownRole, "reasoningMarkdown"_ba},
        {HasTextRole, "hasText"_ba},
        {HasReasoningRole, "hasReasoning"_ba},
        {QuestionTextRole, "questionText"_ba},
        {ToolCallListRole, "toolCallList"_ba},
        {AttachmentsRole, "attachments"_ba},
        {ToolCallsRunRole, "toolCallsRun"_ba},
        {ToolStatusRole, "toolStatus"_ba},
        {ToolApprovalRole, "toolApproval"_ba},
        {ToolServerRole, "toolServer"_ba},
        {ToolNameRole, "toolName"_ba},
        {ToolArgumentsRole, "toolArguments"_ba},
        {ToolArgumentsEditedRole, "toolArgumentsEdited"_ba},
        {ToolIsErrorRole, "toolIsError"_ba},
        {ToolImagesRole, "toolImages"_ba},
        {ToolWarningsRole, "toolWarnings"_ba},
        {ToolChangesRole, "toolChanges"_ba},
    };
}

int MessageModel::rowOf(qint64 id) const
{
    return m_rowOf.value(id, -1);
}

QString MessageModel::textAt(int row) const
{
    return row >= 0 && row < rowCount() ? message(row).text : QString();
}

qint64 MessageModel::addMessage(Message message)
{
    const bool answersCalls = message.author == Message::Author::Tool;
    const qint64 parent = message.parentId;
    const bool first = answersCalls && !hasToolChildren(parent);
    const qint64 id = m_tree.add(std::move(message));
    // The siblings' "n of m" changes for the rows that stay (none, when the parent is the leaf).
    rebuildPath();
    if (first)
        changed(parent, {ToolCallsRunRole}); // its calls are shown by the tool messages now
    return id;
}

bool MessageModel::hasToolChildren(qint64 id) const
{
    if (!m_tree.contains(id) || m_tree.message(id).toolCalls.isEmpty())
        return false;
    const QList<qint64> children = m_tree.children(id);
    return std::any_of(children.cbegin(), children.cend(), [this](qint64 child) {
        return m_tree.message(child).author == Message::Author::Tool;
    });
}

void MessageModel::reset(const QList<Message> &messages, qint64 leafId)
{
    beginResetModel();
    for (MarkdownStream *stream : std::as_const(m_markdown))
        stream->deleteLater();
    for (MarkdownStream *stream : std::as_const(m_reasoningMarkdown))
        stream->deleteLater();
    for (ToolCallList *list : std::as_const(m_toolCalls))
        list->deleteLater();
    m_markdown.clear();
    m_reasoningMarkdown.clear();
    m_toolCalls.clear();
    m_tree = MessageTree(messages, leafId);
    m_path = m_tree.activePath();
    m_rowOf.clear();
    for (qsizetype row = 0; row < m_path.size(); ++row)
        m_rowOf.insert(m_path.at(row), int(row));
    endResetModel();
    Q_EMIT countChanged();
}

void MessageModel::activate(qint64 id)
{
    if (!m_tree.contains(id))
        return;
    m_tree.activate(id);
    rebuildPath();
}

void MessageModel::switchSibling(int row, int step)
{
    if (row < 0 || row >= m_path.size())
        return;
    const QList<qint64> ids = m_tree.siblings(m_path.at(row));
    const qsizetype target = ids.indexOf(m_path.at(row)) + step;
    if (target < 0 || target >= ids.size())
        return;
    activate(ids.at(target));
}

void MessageModel::removeSubtree(qint64 id)
{
    if (!m_tree.contains(id))
        return;
    const qint64 parent = m_tree.message(id).parentId;
    // Their rows are removed below, before the view could use their live views.
    for (const qint64 removed : m_tree.remove(id))
        dropLiveViews(removed);
    rebuildPath();
    // When the removed branch was hidden, the visible sibling stays but its "n of m" changes.
    const QList<qint64> children = m_tree.children(parent);
    for (const qint64 child : children) {
        if (m_rowOf.contains(child))
            changed(child, {SiblingIndexRole, SiblingCountRole});
    }
    // An answer's calls may have lost the messages that ran them.
    if (m_tree.contains(parent) && !m_tree.message(parent).toolCalls.isEmpty())
        changed(parent, {ToolCallsRunRole});
}

void MessageModel::rebuildPath()
{
    const QList<qint64> path = m_tree.activePath();
    qsizetype same = 0;
    while (same < path.size() && same < m_path.size() && path.at(same) == m_path.at(same))
        ++same;
    const bool countChanges = path.size() != m_path.size();
    if (same < m_path.size()) {
        beginRemoveRows({}, int(same), int(m_path.size() - 1));
        for (qsizetype i = same; i < m_path.size(); ++i)
            m_rowOf.remove(m_path.at(i));
        m_path.resize(same);
        endRemoveRows();
    }
    if (same < path.size()) {
        beginInsertRows({}, int(same), int(path.size() - 1));
        for (qsizetype i = same; i < path.size(); ++i) {
            m_rowOf.insert(path.at(i), int(i));
            m_path.append(path.at(i));
        }
        endInsertRows();
    }
    // Rows above the change keep their siblings: a new sibling replaces the row it joins.
    if (countChanges)
        Q_EMIT countChanged();
}

int MessageModel::find(const QString &needle, int fromRow, bool forward) const
{
    const int n = int(m_path.size());
    if (needle.isEmpty() || n == 0)
        return -1;
    for (int step = 1; step <= n; ++step) {
        const int row = ((fromRow + (forward ? step : -step)) % n + n) % n;
        const Message &m = message(row);
        if (m.text.contains(needle, Qt::CaseInsensitive) ||
            m.reasoning.contains(needle, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

int MessageModel::lastRowOf(MessageEnums::Author author) const
{
    for (int row = int(m_path.size()) - 1; row >= 0; --row) {
        if (message(row).author == author)
            return row;
    }
    return -1;
}

void MessageModel::changed(qint64 id, const QList<int> &roles)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

void MessageModel::appendText(qint64 id, const QString &delta)
{
    Message *m = m_tree.find(id);
    if (!m || delta.isEmpty())
        return;
    const bool first = m->text.isEmpty();
    m->text.append(delta);
    if (MarkdownStream *stream = m_markdown.value(id))
        stream->appendMarkdown(delta);
    if (first && m->author == Message::Author::User)
        changed(id, {TextRole, HasTextRole, QuestionTextRole});
    else if (first)
        changed(id, {TextRole, HasTextRole});
    else
        changed(id, {TextRole});
}

void MessageModel::appendReasoning(qint64 id, const QString &delta)
{
    Message *m = m_tree.find(id);
    if (!m || delta.isEmpty())
        return;
    const bool first = m->reasoning.isEmpty();
    m->reasoning.append(delta);
    if (MarkdownStream *stream = m_reasoningMarkdown.value(id))
        stream->appendMarkdown(delta);
    if (first)
        changed(id, {ReasoningRole, HasReasoningRole});
    else
        changed(id, {ReasoningRole});
}

void MessageModel::appendRefusal(qint64 id, const QString &delta)
{
    Message *m = m_tree.find(id);
    if (!m || delta.isEmpty())
        return;
    m->refusal.append(delta);
    changed(id, {RefusalRole});
}

void MessageModel::setReasoningSignature(qint64 id, const QString &signature)
{
    if (Message *m = m_tree.find(id))
        m->reasoningSignature = signature; // not shown: kept for replay
}

void MessageModel::applyToolCallDelta(qint64 id, const ToolCallDelta &delta)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    const bool first = m->toolCalls.isEmpty();
    ::applyToolCallDelta(m->toolCalls, delta);
    if (ToolCallList *list = m_toolCalls.value(id))
        list->applyDelta(delta);
    if (first)
        changed(id, {ToolCallsRole, ToolCallListRole}); // the list appears
    else
        changed(id, {ToolCallsRole});
}

void MessageModel::setState(qint64 id, Message::State state)
{
    Message *m = m_tree.find(id);
    if (!m || m->state == state)
        return;
    const bool wasLive = m->isLive();
    m->state = state;
    if (wasLive && !m->isLive()) {
        finishLiveViews(id);
    } else if (!wasLive && m->isLive()) {
        // A continuation: finished blocks cannot grow, so they are rebuilt from the text.
        dropLiveViews(id);
        changed(id, {StateRole, CanContinueRole, MarkdownRole, ReasoningMarkdownRole,
                     ToolCallListRole});
        return;
    }
    changed(id, {StateRole, CanContinueRole});
}

void MessageModel::setFinishReason(qint64 id, Finish::Reason reason, const QString &providerReason)
{
    Message *m = m_tree.find(id);
    if (!m || (m->finishReason == reason && m->providerFinishReason == providerReason))
        return;
    m->finishReason = reason;
    m->providerFinishReason = providerReason;
    changed(id, {FinishReasonRole, ProviderFinishRole, CanContinueRole});
}

void MessageModel::setUsage(qint64 id, qint64 promptTokens, qint64 completionTokens)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    m->promptTokens = promptTokens;
    m->completionTokens = completionTokens;
    changed(id, {PromptTokensRole, CompletionTokensRole, TokensPerSecondRole});
}

void MessageModel::setTimings(qint64 id, qint64 timeToFirstTokenMs, qint64 durationMs)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    m->timeToFirstTokenMs = timeToFirstTokenMs;
    m->durationMs = durationMs;
    changed(id, {TimeToFirstTokenRole, TokensPerSecondRole});
}

void MessageModel::setError(qint64 id, Failure::Kind kind, const QString &message)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    m->state = Message::State::Failed;
    finishLiveViews(id);
    m->errorKind = kind;
    m->errorMessage = message;
    changed(id, {StateRole, ErrorKindRole, ErrorMessageRole, CanContinueRole});
}

void MessageModel::setToolRun(qint64 id, const ToolRun &run, const QString &text,
                              const QString &errorMessage)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    QList<int> roles{ToolStatusRole,    ToolApprovalRole,        ToolServerRole,  ToolNameRole,
                     ToolArgumentsRole, ToolArgumentsEditedRole, ToolIsErrorRole, ToolImagesRole,
                     ToolWarningsRole,  ToolChangesRole,         StateRole,       ErrorMessageRole};
    m->tool = run;
    m->state = MessageNames::stateOf(run.status);
    m->errorMessage = errorMessage;
    if (!text.isEmpty() && text != m->text) {
        m->text = text;
        dropLiveViews(id); // the result's blocks are built from the new text
        roles << TextRole << HasTextRole << MarkdownRole;
    }
    changed(id, roles);
}

void MessageModel::clearOutcome(qint64 id)
{
    Message *m = m_tree.find(id);
    if (!m)
        return;
    m->errorKind = Failure::Kind::None;
    m->errorMessage.clear();
    m->finishReason = Finish::Reason::None;
    m->providerFinishReason.clear();
    changed(id, {ErrorKindRole, ErrorMessageRole, FinishReasonRole, ProviderFinishRole,
                 CanContinueRole});
}

void MessageModel::clear()
{
    if (m_tree.isEmpty())
        return;
    reset({});
}
