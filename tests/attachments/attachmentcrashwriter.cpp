// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// confab-attachment-crash-writer: attaches files and stores the messages that refer to them as
// the app does (the file first, then the row), and deletes messages (the row first, then the
// files no message uses), in a loop until killed, for tst_attachmentcrash. Each round is a new
// "session" (a new AttachmentFiles, so earlier rounds' files can be collected): it writes a new
// file of 64-256 KB, adds a message with it and with a file of a live message (deduplicated),
// and deletes a random earlier message. Prints "round N" after each.

#include "attachmentfiles.h"
#include "conversationstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: confab-attachment-crash-writer DATABASE FOLDER\n");
        return 2;
    }
    AttachmentFiles files(args.at(2));
    ConversationStore store;
    store.setAttachmentFiles(&files);
    if (!store.open(args.at(1))) {
        std::fprintf(stderr, "cannot open the store: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    ConversationInfo info;
    info.title = u"Attachment crash test"_s;
    const qint64 conversation = store.createConversation(info);
    Message root;
    root.conversationId = conversation;
    root.text = u"root"_s;
    const qint64 rootId = store.appendMessage(root);
    QRandomGenerator random(quint32(QCoreApplication::applicationPid()));
    QList<Message> live;
    for (int round = 1;; ++round) {
        AttachmentFiles session(args.at(2));
        store.setAttachmentFiles(&session);
        QByteArray bytes(64 * 1024 + int(random.bounded(192 * 1024)), Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        Attachment a;
        a.name = u"file-%1.bin"_s.arg(round);
        a.mimeType = u"text/plain"_s;
        a.size = bytes.size();
        a.sha256 = session.store(bytes);
        if (a.sha256.isEmpty())
            return 1;
        Message m;
        m.conversationId = conversation;
        m.parentId = rootId;
        m.text = u"round %1"_s.arg(round);
        m.attachments = {a};
        if (!live.isEmpty()) {
            // Attached again: as the composer does, held until the message is stored.
            const Attachment shared =
                live.at(int(random.bounded(int(live.size())))).attachments.first();
            session.hold(shared.sha256);
            m.attachments.append(shared);
        }
        m.id = store.appendMessage(m);
        live.append(m);
        if (live.size() > 4) {
            const Message doomed = live.takeAt(int(random.bounded(int(live.size()) - 1)));
            store.removeMessages(conversation, doomed.id, live.last().id);
        }
        std::printf("round %d\n", round);
        std::fflush(stdout);
        store.setAttachmentFiles(nullptr);
    }
}
