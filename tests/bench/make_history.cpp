// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
//
// confab-make-history: writes a history database for the efficiency benchmark
// (tools/bench-efficiency.sh): one conversation of MESSAGES messages (default 2,000: questions
// and Markdown answers with headings, lists, code and tables, about 1,500 characters each), the
// most recent, so that it is the first row of the history panel, and a few short ones below it.
// Written through models/history's ConversationStore, as the app writes it.
//
//   confab-make-history OUT.sqlite [MESSAGES]
#include "conversationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QString question(int i)
{
    return u"Question %1: how would you structure part %1 of the model/view layer, and why?"_s.arg(
        i);
}

// An answer as a model writes one: a heading, a paragraph with inline formatting and a link, a
// list, and a code block or a table.
QString answer(int i)
{
    const QString n = QString::number(i);
    QString s = u"## Part "_s + n + u": the **model/view** layer\n\n"_s;
    s += u"Part "_s + n +
         u" keeps `QAbstractListModel` on the GUI thread: *only that thread* mutates it, and "
         u"each delta emits `dataChanged` with the roles it touched. See [the Qt docs]"
         u"(https://doc.qt.io/qt-6/model-view-programming.html) for the details.\n\n"_s;
    for (int k = 1; k <= 4; ++k)
        s += u"- step "_s + QString::number(k) + u" with `code` and **bold** words in it\n"_s;
    s += u"\n"_s;
    if (i % 2 == 0) {
        s += u"```cpp\n"_s;
        for (int k = 0; k < 8; ++k)
            s += u"int value"_s + QString::number(k) + u" = compute(\"text\", "_s +
                 QString::number(k * i) + u");\n"_s;
        s += u"```\n"_s;
    } else {
        s += u"| Option | Default | Meaning |\n|---|---|---|\n"_s;
        for (int k = 0; k < 4; ++k)
            s += u"| `opt"_s + QString::number(k) + u"` | "_s + QString::number(k * 10) +
                 u" | what it does |\n"_s;
    }
    return s;
}

Conversation conversation(const QString &title, int messages, qint64 startMs)
{
    Conversation c;
    c.info.title = title;
    c.info.model = u"bench"_s;
    c.info.createdAt = startMs;
    c.info.updatedAt = startMs + qint64(messages) * 1000;
    for (int m = 0; m < messages; ++m) {
        Message message;
        message.id = m + 1;
        message.parentId = m; // a straight chain; 0 for the first
        const bool user = m % 2 == 0;
        message.author = user ? Message::Author::User : Message::Author::Assistant;
        message.text = user ? question(m / 2 + 1) : answer(m / 2 + 1);
        message.modelName = user ? QString() : u"bench"_s;
        message.createdAt = startMs + qint64(m) * 1000;
        message.updatedAt = message.createdAt;
        c.messages.append(message);
    }
    c.info.activeLeafId = messages;
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT.sqlite [MESSAGES]\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int messages = argc > 2 ? QByteArray(argv[2]).toInt() : 2'000;
    if (messages < 2) {
        std::fprintf(stderr, "MESSAGES must be at least 2\n");
        return 2;
    }
    QFile::remove(path);
    ConversationStore store;
    if (!store.open(path)) {
        std::fprintf(stderr, "cannot open %s: %s\n", argv[1], qPrintable(store.errorString()));
        return 1;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000;
    for (int i = 1; i <= 10; ++i)
        store.insertConversation(
            conversation(u"Short conversation %1"_s.arg(i), 4, now - (20 - i) * day));
    const qint64 longId = store.insertConversation(
        conversation(u"Long conversation"_s, messages, now - qint64(messages) * 1000));
    if (!store.flush() || !store.writeError().isEmpty()) {
        std::fprintf(stderr, "cannot write: %s\n", qPrintable(store.writeError()));
        return 1;
    }
    store.close();
    std::printf("%s: conversation %lld with %d messages, and 10 short ones\n", argv[1],
                qlonglong(longId), messages);
    return 0;
}
