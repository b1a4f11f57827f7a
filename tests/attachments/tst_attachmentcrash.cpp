// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentfiles.h"
#include "conversationstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

/**
 * kill -9 while files are attached, stored, shared and collected, 12 times at random moments:
 * afterwards every file a message refers to is there and whole (its content hashes to its name),
 * the database is intact, and the next start deletes exactly the files no message uses.
 */
class TestAttachmentCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileAttachingLosesNoReferencedFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"confab.sqlite"_s);
        const QString folder = dir.filePath(u"attachments"_s);
        QRandomGenerator *random = QRandomGenerator::global();
        constexpr int kRuns = 12;
        int referencedSeen = 0;
        for (int run = 0; run < kRuns; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(CONFAB_ATTACHMENT_CRASH_WRITER), {db, folder});
            QVERIFY(writer.waitForStarted());
            const int killAfter = random->bounded(3, 40);
            QByteArray output;
            QTRY_VERIFY_WITH_TIMEOUT(
                (output += writer.readAllStandardOutput()).count('\n') >= killAfter, 15000);
            // A random moment inside the next round, not at its end.
            QTest::qWait(random->bounded(0, 4));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            // What the database refers to is on disk and whole, before anything collects.
            {
                ConversationStore store; // no files set: open() collects nothing
                QVERIFY2(store.open(db), qPrintable(store.errorString()));
                AttachmentFiles files(folder);
                const std::optional<QSet<QString>> referenced = store.referencedAttachments();
                QVERIFY(referenced);
                QVERIFY(!referenced->isEmpty());
                referencedSeen += int(referenced->size());
                for (const QString &hash : *referenced) {
                    QVERIFY2(files.read(hash, 1 << 20, true),
                             qPrintable(u"run %1: %2 missing or damaged"_s.arg(run).arg(hash)));
                }
                QSqlQuery check(store.database());
                QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
                QCOMPARE(check.value(0).toString(), u"ok"_s);
            }
            // The next start deletes what no message uses; what they use stays.
            {
                AttachmentFiles files(folder);
                ConversationStore store;
                store.setAttachmentFiles(&files);
                QVERIFY(store.open(db));
                const QSet<QString> referenced = *store.referencedAttachments();
                const QStringList stored = files.storedHashes();
                QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()), referenced);
            }
        }
        qInfo("%d references checked after %d kills", referencedSeen, kRuns);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentCrash)
#include "tst_attachmentcrash.moc"
