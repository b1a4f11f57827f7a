// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationstore.h"
#include "loopbackserver.h"
#include "sseanswer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
/** Milliseconds on the monotonic clock, comparable between processes. */
qint64 monotonicMs()
{
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}
} // namespace

/**
 * kill -9 while an answer streams into the store, 20 times at random moments: the database
 * stays intact and each partial answer holds everything received up to 500 ms before the kill.
 */
class TestStoreCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidStreamKeepsThePartialAnswer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"confab.sqlite"_s);
        constexpr int kDeltas = 400;
        constexpr int kDelayMs = 10;
        const QStringList words = SseAnswer::numbered(kDeltas);
        const QString fullText = words.join(QString());
        LoopbackServer server;
        QVERIFY(server.isListening());
        server.setFallback(
            [&](const LoopbackServer::Request &) { return SseAnswer::words(words, kDelayMs); });

        QRandomGenerator *random = QRandomGenerator::global();
        constexpr int kRuns = 20;
        int runsWithData = 0;
        for (int run = 0; run < kRuns; ++run) {
            QProcess writer;
            writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer.start(QStringLiteral(CONFAB_CRASH_WRITER), {db, server.url(u"/v1").toString()});
            QVERIFY(writer.waitForStarted());
            // Kill after a random number of deltas (up to ~1.2 s of streaming); the kill falls
            // at a random phase of the 400 ms checkpoint timer.
            const int killAfter = random->bounded(1, 120);
            QByteArray output;
            const auto deltasSeen = [&] {
                output += writer.readAllStandardOutput();
                return output.count('\n') - 1;
            };
            QTRY_VERIFY_WITH_TIMEOUT(deltasSeen() >= killAfter, 15000);
            const qint64 killedAt = monotonicMs();
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished());
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();

            const QList<QByteArray> lines = output.split('\n');
            QVERIFY(lines.first().startsWith("message "));
            const qint64 messageId = lines.first().mid(8).toLongLong();
            qint64 mustHave = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const QList<QByteArray> fields = line.split(' ');
                if (fields.size() == 2 && fields.at(0).toLongLong() <= killedAt - 500)
                    mustHave = std::max(mustHave, fields.at(1).toLongLong());
            }

            ConversationStore store;
            QVERIFY2(store.open(db), qPrintable(store.errorString()));
            QVERIFY(store.movedAsidePath().isEmpty());
            QCOMPARE(store.interruptedAtOpen(), 1);
            const std::optional<Message> partial = store.message(messageId);
            QVERIFY(partial);
            QCOMPARE(partial->state, Message::State::Interrupted);
            QVERIFY2(
                partial->text.size() >= mustHave,
                qPrintable(
                    u"run %1: %2 characters stored, %3 received 500 ms before the kill"_s.arg(run)
                        .arg(partial->text.size())
                        .arg(mustHave)));
            QVERIFY(fullText.startsWith(partial->text));
            QCOMPARE(store.latestInterruptedMessage()->id, messageId);
            if (mustHave > 0)
                ++runsWithData;
            QSqlQuery check(store.database());
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
        }
        // Enough runs streamed for longer than 500 ms to test the rule.
        qInfo("%d of %d runs were killed more than 500 ms into the answer", runsWithData, kRuns);
        QVERIFY(runsWithData >= 3);
        ConversationStore store;
        QVERIFY(store.open(db));
        QCOMPARE(store.conversationCount(), kRuns);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
