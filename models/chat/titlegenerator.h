// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chattarget.h"
#include "streamtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class ChatStream;
class ConversationStore;
class QNetworkAccessManager;

namespace Titles {
/** The first words of @p question (at most @p maxWords, @p maxChars), "…" when cut. */
QString fallbackTitle(const QString &question, int maxWords = 6, int maxChars = 60);
/** A model's title answer made presentable: first line, no quotes, label, Markdown or dot. */
QString cleanGenerated(const QString &answer, int maxChars = 80);
} // namespace Titles

/**
 * @brief Asks a model for a short conversation title after the first answer.
 *
 * Until a title arrives (and if none does) the conversation keeps Titles::fallbackTitle(),
 * stored as generated. With a store set, a title that arrives is stored only if the title is
 * still a generated one, so a title the user typed in the meantime wins. The target may be the
 * conversation's own model or a cheaper one chosen in settings.
 */
class TitleGenerator : public QObject
{
    Q_OBJECT

public:
    explicit TitleGenerator(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TitleGenerator() override;

    /** Stores titles that arrive into @p store (optional). */
    void setStore(ConversationStore *store);

    /** Starts a request; a pending one for the same conversation is replaced. */
    void generate(qint64 conversationId, const ChatTarget &target, const QString &question,
                  const QString &answer);
    void cancel(qint64 conversationId);
    bool isPending(qint64 conversationId) const { return m_streams.contains(conversationId); }

    /** The request generate() sends (exposed for tests). */
    static ChatRequest request(const QString &model, const QString &question,
                               const QString &answer);

Q_SIGNALS:
    void titleReady(qint64 conversationId, const QString &title);
    void titleFailed(qint64 conversationId, const StreamError &error);

private:
    void onFinished(qint64 conversationId, const StreamResult &result);

    QNetworkAccessManager *m_network;
    QPointer<ConversationStore> m_store;
    QHash<qint64, ChatStream *> m_streams;
};
