// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT

// Attachments in the history: rows by hash with the message, read back with the conversation;
// files shared between messages deleted only when the last message using them is deleted (and
// not while the composer holds them or this session stored them); temporary files a crash left;
// export and import round trip with the files embedded; a tampered import keeps no reference.

#include "attachmentfiles.h"
#include "conversationexport.h"
#include "conversationstore.h"
#include "historycontroller.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Attachment stored(AttachmentFiles &files, const QByteArray &bytes, const QString &name,
                  const QString &mime = u"text/plain"_s)
{
    Attachment a;
    a.sha256 = files.store(bytes);
    a.name = name;
    a.mimeType = mime;
    a.size = bytes.size();
    return a;
}

qint64 question(ConversationStore &store, qint64 conversation, const QList<Attachment> &files,
                qint64 parent = 0)
{
    Message m;
    m.conversationId = conversation;
    m.parentId = parent;
    m.text = u"What is in it?"_s;
    m.attachments = files;
    return store.appendMessage(m);
}
} // namespace

class TestAttachmentStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsRoundTripWithTheConversation()
    {
        QTemporaryDir dir;
        AttachmentFiles files(dir.filePath(u"a"_s));
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
        const qint64 c = store.createConversation({});
        Attachment image = stored(files, "png bytes", u"photo.png"_s, u"image/png"_s);
        image.width = 640;
        image.height = 480;
        Attachment pdf = stored(files, "%PDF-1.4", u"report.pdf"_s, u"application/pdf"_s);
        pdf.pdfAsText = true;
        const qint64 id = question(store, c, {image, pdf});
        const std::optional<Conversation> loaded = store.loadConversation(c);
        QVERIFY(loaded);
        QCOMPARE(loaded->messages.size(), 1);
        QCOMPARE(loaded->messages.first().attachments, (QList<Attachment>{image, pdf}));
        QCOMPARE(store.message(id)->attachments, (QList<Attachment>{image, pdf}));
    }

    void lastMessageUsingAFileDeletesIt()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"a"_s);
        const QString db = dir.filePath(u"h.sqlite"_s);
        QString shared, own, kept;
        qint64 c1 = 0, c2 = 0, q1 = 0, q2 = 0;
        {
            AttachmentFiles files(folder);
            ConversationStore store;
            store.setAttachmentFiles(&files);
            QVERIFY(store.open(db));
            const Attachment s = stored(files, "shared file", u"s.txt"_s);
            const Attachment o = stored(files, "only in the first", u"o.txt"_s);
            const Attachment k = stored(files, "in a deleted conversation", u"k.txt"_s);
            shared = s.sha256;
            own = o.sha256;
            kept = k.sha256;
            c1 = store.createConversation({});
            c2 = store.createConversation({});
            q1 = question(store, c1, {s, o});
            q2 = question(store, c2, {s});
            const qint64 c3 = store.createConversation({});
            question(store, c3, {k});
            // Files stored in this session stay in it, whatever is deleted.
            store.removeMessages(c1, q1, 0);
            QVERIFY(files.contains(own));
            store.softDelete(c3);
        }
        // The next session.
        AttachmentFiles files(folder);
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(db)); // purges c3, collects what nobody uses
        QVERIFY(!files.contains(own));
        QVERIFY(!files.contains(kept));
        QVERIFY(!QFile::exists(files.thumbnailPath(own)));
        QVERIFY(files.contains(shared)); // c2 still uses it

        // Attached again (held by the composer): spared for this session, since the message
        // it goes into may still be on its way to the database.
        files.hold(shared);
        store.removeMessages(c2, q2, 0);
        QVERIFY(files.contains(shared));
        files.release(shared);
        QCOMPARE(store.collectAttachments(), 0);
        AttachmentFiles nextSession(folder);
        store.setAttachmentFiles(&nextSession);
        QCOMPARE(store.collectAttachments(), 1);
        QVERIFY(!files.contains(shared));
        QVERIFY(files.storedHashes().isEmpty());
    }

    void softDeletedConversationsKeepTheirFilesForUndo()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"a"_s);
        QString hash;
        qint64 c = 0;
        {
            AttachmentFiles files(folder);
            ConversationStore store;
            QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
            c = store.createConversation({});
            const Attachment a = stored(files, "undo me", u"u.txt"_s);
            hash = a.sha256;
            question(store, c, {a});
        }
        AttachmentFiles files(folder);
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
        store.softDelete(c);
        QCOMPARE(store.collectAttachments(), 0);
        store.undoDelete(c);
        QVERIFY(files.read(hash, 100, true));
    }

    void staleTemporaryFilesAreRemoved()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"a"_s);
        QDir().mkpath(folder + u"/ab"_s);
        const QString stale = folder + u"/ab/.tmp-dead"_s;
        const QString fresh = folder + u"/ab/.tmp-writing"_s;
        for (const QString &path : {stale, fresh}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a file");
        }
        QFile old(stale);
        QVERIFY(old.open(QIODevice::ReadWrite));
        QVERIFY(old.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                QFileDevice::FileModificationTime));
        old.close();
        AttachmentFiles files(folder);
        files.collect({});
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh)); // may be another process writing it right now
    }

    void exportAndImportCarryTheFiles()
    {
        QTemporaryDir dir;
        AttachmentFiles files(dir.filePath(u"a"_s));
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
        const qint64 c = store.createConversation({});
        QByteArray big(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 31);
        const Attachment image = stored(files, big, u"photo.jpg"_s, u"image/jpeg"_s);
        const Attachment code = stored(files, "int main() {}\n", u"main.cpp"_s);
        question(store, c, {image, code});

        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        QVERIFY(ConversationExport::writeAll(store, &out, &error));
        const QByteArray exported = out.data();
        QVERIFY(exported.contains(big.toBase64())); // embedded

        // Into another machine's empty history.
        AttachmentFiles otherFiles(dir.filePath(u"b"_s));
        ConversationStore other;
        other.setAttachmentFiles(&otherFiles);
        QVERIFY(other.open(dir.filePath(u"other.sqlite"_s)));
        const ConversationExport::ImportResult parsed = ConversationExport::parse(exported);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QList<qint64> ids = ConversationExport::importInto(&other, parsed);
        QCOMPARE(ids.size(), 1);
        const QList<Attachment> imported =
            other.loadConversation(ids.first())->messages.first().attachments;
        QCOMPARE(imported, (QList<Attachment>{image, code}));
        QCOMPARE(otherFiles.read(image.sha256, 1 << 20, true), std::optional(big));

        // Markdown links the stored files.
        const QString md = ConversationExport::toMarkdown(*store.loadConversation(c), &files);
        QVERIFY(md.contains(
            u"![photo.jpg]("_s +
            QUrl::fromLocalFile(files.path(image.sha256)).toString(QUrl::FullyEncoded)));
        QVERIFY(md.contains(u"[main.cpp]("_s));
    }

    void exportingOneConversationEmbedsItsFiles()
    {
        QTemporaryDir dir;
        AttachmentFiles files(dir.filePath(u"a"_s));
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
        const qint64 c = store.createConversation({});
        const Attachment a = stored(files, "a file worth keeping", u"keep.txt"_s);
        question(store, c, {a});
        HistoryController history(&store);
        const QString json = dir.filePath(u"one.json"_s);
        const QString md = dir.filePath(u"one.md"_s);
        QVERIFY(history.exportJson(c, QUrl::fromLocalFile(json)));
        QVERIFY(history.exportMarkdown(c, QUrl::fromLocalFile(md)));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QVERIFY(jsonFile.readAll().contains(QByteArray("a file worth keeping").toBase64()));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(mdFile.readAll().contains(QFile::encodeName(files.path(a.sha256))));
    }

    void tamperedOrMissingFilesAreNotReferenced()
    {
        QTemporaryDir dir;
        AttachmentFiles files(dir.filePath(u"a"_s));
        ConversationStore store;
        store.setAttachmentFiles(&files);
        QVERIFY(store.open(dir.filePath(u"h.sqlite"_s)));
        const QString real = AttachmentFiles::hashOf("the real file");
        const QString missing = AttachmentFiles::hashOf("never sent along");
        const QJsonObject document{
            {"format"_L1, "confab-conversations"_L1},
            {"version"_L1, 1},
            {"conversations"_L1,
             QJsonArray{QJsonObject{
                 {"title"_L1, "Imported"_L1},
                 {"messages"_L1,
                  QJsonArray{QJsonObject{
                      {"id"_L1, 1},
                      {"role"_L1, "user"_L1},
                      {"text"_L1, "Look"_L1},
                      {"attachments"_L1,
                       QJsonArray{
                           QJsonObject{{"sha256"_L1, real},
                                       {"name"_L1, "swapped.txt"_L1},
                                       {"mimeType"_L1, "text/plain"_L1},
                                       {"data"_L1, QString::fromLatin1(
                                                       QByteArray("another file").toBase64())}},
                           QJsonObject{{"sha256"_L1, missing},
                                       {"name"_L1, "gone.txt"_L1},
                                       {"mimeType"_L1, "text/plain"_L1}},
                           QJsonObject{{"sha256"_L1, "../../etc/passwd"_L1},
                                       {"name"_L1, "path.txt"_L1}},
                       }}}}}}}}};
        const auto parsed = ConversationExport::parse(QJsonDocument(document).toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const QList<qint64> ids = ConversationExport::importInto(&store, parsed);
        QCOMPARE(ids.size(), 1);
        const Conversation c = *store.loadConversation(ids.first());
        QCOMPARE(c.messages.size(), 1);
        QVERIFY(c.messages.first().attachments.isEmpty());
        QVERIFY(files.storedHashes().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
