// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// bench_history: generates a history of 10,000 conversations and 1,000,000 messages (one of
// them 2,000 messages long) and prints how long the history takes to open and fill the first
// page of the list, to open the long conversation, and to search for a common and a rare word.
//
//   bench_history [DIR]   DIR keeps the generated database between runs (default: a temporary
//                         folder, removed at the end)

#include "conversationlistmodel.h"
#include "conversationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int kConversations = 10'000;
constexpr int kMessages = 1'000'000;
constexpr int kLongConversation = 2'000;
constexpr int kRareHits = 25;
const auto kCommonWord = u"model"_s;
const auto kRareWord = u"quokka"_s;

/** A vocabulary of made-up words; word 0 is the common word. */
QStringList vocabulary(QRandomGenerator &rng)
{
    static const char *const kSyllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
                                             "ze", "pa", "qu", "do", "fe", "gi", "ho", "ju"};
    QStringList words{kCommonWord, u"the"_s, u"and"_s, u"to"_s, u"of"_s, u"a"_s};
    while (words.size() < 5000) {
        QString w;
        const int n = rng.bounded(2, 5);
        for (int i = 0; i < n; ++i)
            w += QLatin1StringView(kSyllables[rng.bounded(16)]);
        words.append(w);
    }
    return words;
}

QString sentence(QRandomGenerator &rng, const QStringList &words, int length)
{
    QString text;
    text.reserve(length * 7);
    for (int i = 0; i < length; ++i) {
        // Skewed towards the first words, as in natural text.
        const double u = rng.generateDouble();
        const int index = std::min(int(words.size()) - 1, int(words.size() * u * u * u));
        if (i > 0)
            text += u' ';
        text += words.at(index);
    }
    return text + u'.';
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "SQL error: %s\n", qPrintable(q.lastError().text()));
    return false;
}

/** Fills an empty store; returns the id of the long conversation, or 0. */
qint64 generate(ConversationStore &store)
{
    QRandomGenerator rng(2026);
    const QStringList words = vocabulary(rng);
    QSqlDatabase db = store.database();
    QSqlQuery begin(db);
    begin.exec(u"BEGIN"_s);
    QSqlQuery conv(db);
    conv.prepare(u"INSERT INTO conversations (id, title, created_at, updated_at, model, "
                 u"active_leaf_id) VALUES (?, ?, ?, ?, 'bench-model', ?)"_s);
    QSqlQuery msg(db);
    msg.prepare(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, state, "
                u"model, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'complete', ?, ?, ?)"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000; // two years of history
    qint64 messageId = 0;
    const int perConversation = (kMessages - kLongConversation) / (kConversations - 1);
    int remainder = (kMessages - kLongConversation) % (kConversations - 1);
    for (int c = 1; c <= kConversations; ++c) {
        const int count = c == 1 ? kLongConversation : perConversation + (remainder-- > 0);
        const qint64 created = now - span + span * c / kConversations;
        conv.addBindValue(c);
        conv.addBindValue(sentence(rng, words, rng.bounded(2, 6)));
        conv.addBindValue(created);
        conv.addBindValue(c == 1 ? now : created + count * 1000);
        conv.addBindValue(messageId + count); // the last message: a straight chain
        if (!exec(conv))
            return 0;
        qint64 parent = 0;
        for (int m = 0; m < count; ++m) {
            const bool user = m % 2 == 0;
            ++messageId;
            QString text = sentence(rng, words, user ? rng.bounded(5, 25) : rng.bounded(20, 90));
            if (messageId % (kMessages / kRareHits) == 7)
                text += u' ' + kRareWord;
            msg.addBindValue(messageId);
            msg.addBindValue(c);
            msg.addBindValue(parent > 0 ? QVariant(parent)
                                        : QVariant(QMetaType::fromType<qint64>()));
            msg.addBindValue(user ? u"user"_s : u"assistant"_s);
            msg.addBindValue(text);
            msg.addBindValue(user ? u""_s : u"bench-model"_s);
            msg.addBindValue(created + m * 1000);
            msg.addBindValue(created + m * 1000);
            if (!exec(msg))
                return 0;
            parent = messageId;
        }
        if (c % 1000 == 0) {
            std::printf("  %d conversations, %lld messages\r", c, messageId);
            std::fflush(stdout);
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s))
        return 0;
    std::printf("\n");
    return 1;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString dir = app.arguments().size() > 1 ? app.arguments().at(1) : temporary.path();
    const QString path = dir + u"/confab.sqlite"_s;

    if (!QFileInfo::exists(path)) {
        std::printf("Generating %d conversations and %d messages in %s\n", kConversations,
                    kMessages, qPrintable(path));
        ConversationStore store;
        if (!store.open(path)) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        if (!generate(store))
            return 1;
        std::printf("generation:                           %8.0f ms\n", ms(t));
    }
    std::printf("database size:                        %8.0f MB\n",
                double(QFileInfo(path).size()) / (1024.0 * 1024.0));

    // Where the time of open() goes without its integrity check (the background one).
    {
        ConversationStore store;
        store.open(path);
        QElapsedTimer t;
        t.start();
        QSqlQuery q(store.database());
        q.exec(u"PRAGMA quick_check"_s);
        q.next();
        std::printf("PRAGMA quick_check (background):      %8.0f ms (%s)\n", ms(t),
                    qPrintable(q.value(0).toString()));
    }

    constexpr int kRuns = 5;
    for (int run = 1; run <= kRuns; ++run) {
        QElapsedTimer t;
        t.start();
        ConversationStore store;
        if (!store.open(path)) {
            std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        const double opened = ms(t);
        ConversationListModel list(&store);
        const double firstPage = ms(t);
        if (list.rowCount() != ConversationListModel::kPageSize)
            return 1;

        t.restart();
        const std::optional<Conversation> c = store.loadConversation(1);
        const QList<Message> path = c ? c->tree().activeMessages() : QList<Message>();
        const double load = ms(t);
        if (path.size() != kLongConversation)
            return 1;

        t.restart();
        const QList<SearchHit> common = store.search(kCommonWord, 50);
        const double commonMs = ms(t);
        t.restart();
        const QList<SearchHit> rare = store.search(kRareWord, 50);
        const double rareMs = ms(t);

        t.restart();
        const QList<SearchHit> typing = store.search(u"mod"_s, 50);
        const double typingMs = ms(t);
        t.restart();
        const QList<SearchHit> typing2 = store.search(u"mode"_s, 50);
        const double typing2Ms = ms(t);

        t.restart();
        list.fetchMore({});
        const double nextPage = ms(t);

        std::printf("run %d: open %6.1f ms, open + first page %6.1f ms (target < 1000), "
                    "2,000-message conversation %6.1f ms (< 200), search \"%s\" %5.1f ms "
                    "(%lld hits), \"%s\" %5.1f ms (%lld hits) (< 100); while typing \"mod\" "
                    "%5.1f ms, \"mode\" %5.1f ms (%lld, %lld hits); next page %4.1f ms\n",
                    run, opened, firstPage, load, qPrintable(kCommonWord), commonMs,
                    static_cast<long long>(common.size()), qPrintable(kRareWord), rareMs,
                    static_cast<long long>(rare.size()), typingMs, typing2Ms,
                    static_cast<long long>(typing.size()), static_cast<long long>(typing2.size()),
                    nextPage);
    }
    return 0;
}
