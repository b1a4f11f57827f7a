// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ConversationStore: search over titles (substring) and message text (FTS5). A hit carries
// plain text and the ranges of the query's words in it; the view draws them.
#include "conversationstore.h"

#include "storesql.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Marks around the hits in FTS5's snippet(): control characters, replaced by ranges.
constexpr QChar kHitStart(1);
constexpr QChar kHitEnd(2);

/** Words of a search query, without FTS syntax characters. */
QStringList queryWords(const QString &text)
{
    static const QRegularExpression kSeparators(u"[\\s\"]+"_s);
    QStringList words = text.split(kSeparators, Qt::SkipEmptyParts);
    if (words.size() > 16)
        words.resize(16);
    return words;
}

/** The case-insensitive occurrences of @p words in @p text, left to right; at one place the
 * longest word wins. */
QList<TextRange> wordRanges(const QString &text, const QStringList &words)
{
    QList<TextRange> ranges;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype best = -1;
        qsizetype bestLength = 0;
        for (const QString &w : words) {
            const qsizetype at = text.indexOf(w, pos, Qt::CaseInsensitive);
            if (at >= 0 && (best < 0 || at < best || (at == best && w.size() > bestLength))) {
                best = at;
                bestLength = w.size();
            }
        }
        if (best < 0)
            break;
        ranges.append({best, bestLength});
        pos = best + bestLength;
    }
    return ranges;
}

/** An FTS5 snippet marked with kHitStart … kHitEnd as one line of plain text and its hits. */
void unmark(const QString &marked, SearchHit &hit)
{
    QString &out = hit.snippet;
    out.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar c : marked) {
        if (c == kHitStart) {
            start = out.size();
        } else if (c == kHitEnd) {
            if (start >= 0 && out.size() > start)
                hit.highlights.append({start, out.size() - start});
            start = -1;
        } else {
            out.append(c == u'\n' ? u' ' : c);
        }
    }
}

} // namespace

QString ConversationStore::ftsQuery(const QString &text, bool prefix)
{
    const QStringList words = queryWords(text);
    QStringList terms;
    for (const QString &w : words)
        terms.append(u'"' + w + u'"');
    if (prefix && !terms.isEmpty() && !text.back().isSpace())
        terms.last() += u'*';
    return terms.join(u' ');
}

QList<SearchHit> ConversationStore::searchMessages(const QString &ftsQuery, int limit) const
{
    QList<SearchHit> hits;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.conversation_id, m.id, c.title, m.updated_at, "
              u"snippet(messages_fts, 0, char(1), char(2), '…', 8) "
              u"FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
              u"JOIN conversations c ON c.id = m.conversation_id "
              u"WHERE messages_fts MATCH ? AND c.deleted_at IS NULL "
              u"ORDER BY messages_fts.rowid DESC LIMIT ?"_s);
    q.addBindValue(ftsQuery);
    q.addBindValue(limit);
    if (!exec(q)) {
        qCWarning(lcStore) << "search failed:" << m_lastSqlError;
        return hits;
    }
    while (q.next()) {
        SearchHit hit;
        hit.conversationId = q.value(0).toLongLong();
        hit.messageId = q.value(1).toLongLong();
        hit.title = q.value(2).toString();
        hit.updatedAt = q.value(3).toLongLong();
        unmark(q.value(4).toString(), hit);
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> ConversationStore::searchTitles(const QStringList &words, int limit) const
{
    QList<SearchHit> hits;
    QString where;
    for (qsizetype i = 0; i < words.size(); ++i)
        where += u" AND title LIKE ? ESCAPE '\\'"_s;
    QSqlQuery t(database());
    t.setForwardOnly(true);
    t.prepare(u"SELECT id, title, updated_at FROM conversations WHERE deleted_at IS NULL"_s +
              where + u" ORDER BY updated_at DESC LIMIT ?"_s);
    for (QString w : words) {
        w.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        t.addBindValue(QString(u'%' + w + u'%'));
    }
    t.addBindValue(limit);
    if (!exec(t))
        return hits;
    while (t.next()) {
        SearchHit hit;
        hit.conversationId = t.value(0).toLongLong();
        hit.title = t.value(1).toString();
        hit.snippet = hit.title;
        hit.highlights = wordRanges(hit.title, words);
        hit.updatedAt = t.value(2).toLongLong();
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> ConversationStore::search(const QString &query, int limit) const
{
    const QStringList words = queryWords(query);
    if (words.isEmpty() || limit <= 0)
        return {};

    // Titles (few rows, substring match).
    QList<SearchHit> hits = searchTitles(words, std::max(5, limit / 4));

    // Message text (FTS5), newest first. Whole words first: an exact term is read lazily and
    // stops at the limit, while a prefix query merges the full lists of every matching term
    // (slow for a common word). The prefix query only tops the list up.
    const int messageLimit = limit - int(hits.size());
    QList<SearchHit> messageHits = searchMessages(ftsQuery(query, false), messageLimit);
    const QString prefixQuery = ftsQuery(query, true);
    if (messageHits.size() < messageLimit && prefixQuery != ftsQuery(query, false)) {
        QList<SearchHit> more = searchMessages(prefixQuery, messageLimit);
        QSet<qint64> seen;
        for (const SearchHit &h : std::as_const(messageHits))
            seen.insert(h.messageId);
        for (const SearchHit &h : std::as_const(more)) {
            if (!seen.contains(h.messageId))
                messageHits.append(h);
        }
        std::sort(messageHits.begin(), messageHits.end(),
                  [](const SearchHit &a, const SearchHit &b) { return a.messageId > b.messageId; });
        messageHits.resize(std::min<qsizetype>(messageHits.size(), messageLimit));
    }
    hits.append(messageHits);
    return hits;
}
