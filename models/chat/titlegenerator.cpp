// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "titlegenerator.h"

#include "chatstream.h"
#include "conversationstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kExcerptChars = 2000;

/** @p text cut to @p maxChars at a word boundary, with "…" when cut. */
QString cut(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    qsizetype end = text.lastIndexOf(u' ', maxChars - 1);
    if (end <= 0)
        end = maxChars - 1;
    return text.left(end).trimmed() + u'…';
}
} // namespace

QString Titles::fallbackTitle(const QString &question, int maxWords, int maxChars)
{
    static const QRegularExpression kMarkup(u"^[#>*\\-\\s`]+"_s);
    QString text = question.simplified();
    text.remove(kMarkup);
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    const QString title = words.mid(0, maxWords).join(u' ');
    if (title.size() > maxChars)
        return cut(title, maxChars);
    return words.size() > maxWords ? title + u'…' : title;
}

QString Titles::cleanGenerated(const QString &answer, int maxChars)
{
    static const QRegularExpression kThink(u"<think>.*?(</think>|$)"_s,
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression kLabel(u"^(title|titre|titel|título)\\s*:\\s*"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString text = answer;
    text.remove(kThink);
    QString line;
    for (const QString &l : text.split(u'\n')) {
        if (!l.trimmed().isEmpty()) {
            line = l.trimmed();
            break;
        }
    }
    static const QString kStrip = u"\"'“”‘’«»*_#`"_s;
    for (int pass = 0; pass < 3; ++pass) {
        line.remove(kLabel);
        while (!line.isEmpty() && kStrip.contains(line.front()))
            line.remove(0, 1);
        while (!line.isEmpty() && (kStrip.contains(line.back()) || line.back() == u'.'))
            line.chop(1);
        line = line.trimmed();
    }
    return cut(line.simplified(), maxChars);
}

TitleGenerator::TitleGenerator(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

TitleGenerator::~TitleGenerator()
{
    for (ChatStream *stream : std::as_const(m_streams))
        stream->abort();
}

void TitleGenerator::setStore(ConversationStore *store)
{
    m_store = store;
}

ChatRequest TitleGenerator::request(const QString &model, const QString &question,
                                    const QString &answer)
{
    ChatRequest request;
    request.model = model;
    request.systemPrompt =
        u"You name chat conversations. Reply with a title of at most six words that says "
        u"what the conversation is about, in the language of the conversation. Reply with the "
        u"title only: no quotes, no label, no final punctuation."_s;
    request.messages.append({ChatMessage::Role::User,
                             u"Question:\n"_s + question.left(kExcerptChars) + u"\n\nAnswer:\n"_s +
                                 answer.left(kExcerptChars),
                             {},
                             {},
                             {},
                             {}});
    request.maxTokens = 60;
    return request;
}

void TitleGenerator::generate(qint64 conversationId, const ChatTarget &target,
                              const QString &question, const QString &answer)
{
    cancel(conversationId);
    if (!target.isValid()) {
        StreamError error;
        error.kind = ErrorKind::Other;
        error.message = tr("No model is configured for titles.");
        Q_EMIT titleFailed(conversationId, error);
        return;
    }
    StreamLimits limits = target.limits;
    limits.maxDurationMs = std::min<qint64>(limits.maxDurationMs, 60'000);
    auto *stream = new ChatStream(m_network, target.wire, target.endpoint,
                                  request(target.model, question, answer), limits, this);
    m_streams.insert(conversationId, stream);
    connect(
        stream, &ChatStream::finished, this,
        [this, conversationId](const StreamResult &result) { onFinished(conversationId, result); });
    stream->start();
}

void TitleGenerator::cancel(qint64 conversationId)
{
    if (ChatStream *stream = m_streams.take(conversationId)) {
        stream->abort();
        stream->deleteLater();
    }
}

void TitleGenerator::onFinished(qint64 conversationId, const StreamResult &result)
{
    if (ChatStream *stream = m_streams.take(conversationId))
        stream->deleteLater();
    const QString title = Titles::cleanGenerated(result.text);
    if (!result.completed() || title.isEmpty()) {
        StreamError error = result.error;
        if (!error.isError()) {
            error.kind = ErrorKind::Other;
            error.message = tr("The model answered without a title.");
        }
        Q_EMIT titleFailed(conversationId, error);
        return;
    }
    if (m_store) {
        const std::optional<ConversationInfo> info = m_store->conversationInfo(conversationId);
        if (info && (info->titleIsGenerated || info->title.isEmpty()))
            m_store->rename(conversationId, title, true);
    }
    Q_EMIT titleReady(conversationId, title);
}
