// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationstore.h"
#include "historyschema.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** Runs the statements of the frozen first-schema file on @p db. */
bool applySqlFile(QSqlDatabase &db, const QString &path)
{
    const QString sql = QString::fromUtf8(readAll(path));
    if (sql.isEmpty())
        return false;
    for (QString statement : sql.split(u';')) {
        QStringList lines = statement.split(u'\n');
        lines.removeIf([](const QString &l) { return l.trimmed().startsWith("--"_L1); });
        statement = lines.join(u'\n').trimmed();
        if (statement.isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            qWarning() << q.lastError().text() << statement;
            return false;
        }
    }
    return true;
}

/** @p hit's snippet with each highlighted range in [ ]. */
QString marked(const SearchHit &hit)
{
    QString out = hit.snippet;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it)
        out.insert(it->offset + it->length, u']').insert(it->offset, u'[');
    return out;
}

QStringList schemaOf(const QSqlDatabase &db)
{
    QStringList sql;
    QSqlQuery q(db);
    q.exec(u"SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"_s);
    while (q.next())
        sql.append(q.value(0).toString().simplified());
    return sql;
}

Message userMessage(qint64 conversationId, qint64 parentId, const QString &text)
{
    Message m;
    m.conversationId = conversationId;
    m.parentId = parentId;
    m.author = Message::Author::User;
    m.text = text;
    return m;
}

Message answer(qint64 conversationId, qint64 parentId, const QString &text)
{
    Message m = userMessage(conversationId, parentId, text);
    m.author = Message::Author::Assistant;
    m.modelName = u"test-model"_s;
    return m;
}

const QString kV1Schema = QStringLiteral(CONFAB_MODELS_TEST_DATA "/schema-v1.sql");
} // namespace

class TestConversationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void opensWithPragmasAndLatestSchema()
    {
        ConversationStore store;
        QSignalSpy opened(&store, &ConversationStore::opened);
        QVERIFY2(store.open(path(u"pragmas/confab.sqlite"_s)), qPrintable(store.errorString()));
        QCOMPARE(opened.count(), 1);
        const QSqlDatabase db = store.database();
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(scalar(db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
        QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), HistorySchema::latestVersion());
        QVERIFY(HistorySchema::latestVersion() >= 3);
        QVERIFY(store.movedAsidePath().isEmpty());
        // FTS5 is available in Debian's QSQLITE (system libsqlite3).
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM sqlite_master WHERE name = 'messages_fts'"_s).toInt(),
            1);
    }

    void storesAndLoadsAllFields()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"fields/confab.sqlite"_s)));
        QSignalSpy created(&store, &ConversationStore::conversationCreated);
        ConversationInfo info;
        info.title = u"Fields"_s;
        info.provider = u"openai"_s;
        info.model = u"gpt-x"_s;
        info.systemPrompt = u"Be brief."_s;
        info.params = QJsonObject{{"temperature"_L1, 0.5}};
        const qint64 id = store.createConversation(info);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).toLongLong(), id);

        const qint64 q1 = store.appendMessage(userMessage(id, 0, u"Question"_s));
        Message a = answer(id, q1, u"Answer"_s);
        a.reasoning = u"Thinking"_s;
        a.reasoningSignature = u"sig"_s;
        a.toolCalls = {ToolCall{0, u"call_1"_s, u"f"_s, u"{\"x\": 1}"_s}};
        a.refusal = u"no"_s;
        a.state = Message::State::Failed;
        a.finishReason = Finish::Reason::Length;
        a.providerFinishReason = u"max_tokens"_s;
        a.errorKind = Failure::Kind::Network;
        a.errorMessage = u"reset"_s;
        a.promptTokens = 12;
        a.completionTokens = 34;
        a.timeToFirstTokenMs = 56;
        a.durationMs = 78;
        a.createdAt = 1'000'000;
        a.updatedAt = 2'000'000;
        a.id = store.appendMessage(a);
        a.conversationId = id;

        const std::optional<Conversation> c = store.loadConversation(id);
        QVERIFY(c);
        QCOMPARE(c->info.title, info.title);
        QCOMPARE(c->info.provider, info.provider);
        QCOMPARE(c->info.systemPrompt, info.systemPrompt);
        QCOMPARE(c->info.params, info.params);
        QCOMPARE(c->info.activeLeafId, a.id);
        QCOMPARE(c->messages.size(), 2);
        QCOMPARE(c->messages.at(0).text, u"Question"_s);
        QCOMPARE(c->messages.at(0).parentId, 0);
        QCOMPARE(c->messages.at(1), a);
    }

    void storesToolRuns()
    {
        const QString file = path(u"tools/confab.sqlite"_s);
        qint64 finished = 0;
        qint64 waiting = 0;
        ToolRun run;
        {
            ConversationStore store;
            QVERIFY(store.open(file));
            const qint64 id = store.createConversation({});
            const qint64 q1 = store.appendMessage(userMessage(id, 0, u"List the files"_s));
            Message calls = answer(id, q1, QString());
            calls.toolCalls = {ToolCall{0, u"call_1"_s, u"list_directory"_s, u"{}"_s},
                               ToolCall{1, u"call_2"_s, u"read_file"_s, u"{}"_s}};
            const qint64 a = store.appendMessage(calls);

            Message tool;
            tool.conversationId = id;
            tool.parentId = a;
            tool.author = Message::Author::Tool;
            tool.state = Message::State::Streaming;
            tool.tool.callId = u"call_1"_s;
            tool.tool.callName = u"list_directory"_s;
            tool.tool.serverId = u"srv-1"_s;
            tool.tool.serverName = u"Files"_s;
            tool.tool.toolName = u"list_directory"_s;
            tool.tool.arguments = u"{\"path\":\"/tmp/x\"}"_s;
            tool.tool.argumentsEdited = true;
            tool.tool.status = ToolEnums::Status::Running;
            tool.tool.approval = ToolEnums::Approval::Always;
            tool.tool.warnings = {u"U+200B ZERO WIDTH SPACE in description"_s};
            tool.tool.changes = u"- old\n+ new"_s;
            finished = store.appendMessage(tool);
            // Its result comes in an update, images and all.
            tool.id = finished;
            tool.state = Message::State::Complete;
            tool.text = u"[FILE] README.md"_s;
            tool.tool.status = ToolEnums::Status::Succeeded;
            tool.tool.result = QJsonDocument::fromJson(R"({"content":[{"type":"text",
                "text":"[FILE] README.md"},{"type":"image","data":"iVBORw0KGgo=",
                "mimeType":"image/png"}],"isError":true})")
                                   .object();
            store.updateMessage(tool);
            run = tool.tool;

            Message second = tool;
            second.id = 0;
            second.parentId = finished;
            second.text.clear();
            second.state = Message::State::Waiting;
            second.tool = ToolRun{};
            second.tool.callId = u"call_2"_s;
            second.tool.status = ToolEnums::Status::AwaitingApproval;
            waiting = store.appendMessage(second);
            QCOMPARE(store.message(waiting)->tool.status, ToolEnums::Status::AwaitingApproval);
        }
        ConversationStore store;
        QVERIFY(store.open(file));
        const std::optional<Message> done = store.message(finished);
        QVERIFY(done);
        QCOMPARE(done->author, Message::Author::Tool);
        QCOMPARE(done->tool, run);
        QVERIFY(done->tool.isError());
        QCOMPARE(done->text, u"[FILE] README.md"_s);
        // An approval the app quit on is interrupted, never live again.
        const std::optional<Message> cut = store.message(waiting);
        QCOMPARE(cut->state, Message::State::Interrupted);
        QCOMPARE(cut->tool.status, ToolEnums::Status::Interrupted);
        // Results are searchable like any message.
        const QList<SearchHit> hits = store.search(u"README"_s, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).messageId, finished);
    }

    void keepsBranches()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"branches/confab.sqlite"_s)));
        const qint64 id = store.createConversation({});
        const qint64 q1 = store.appendMessage(userMessage(id, 0, u"Q1"_s));
        const qint64 a1 = store.appendMessage(answer(id, q1, u"A1"_s));
        const qint64 a1b = store.appendMessage(answer(id, q1, u"A1 regenerated"_s));
        const qint64 q2 = store.appendMessage(userMessage(id, a1, u"Q2 on the first branch"_s));

        std::optional<Conversation> c = store.loadConversation(id);
        QVERIFY(c);
        QCOMPARE(c->tree().children(q1), (QList<qint64>{a1, a1b}));
        QCOMPARE(c->info.activeLeafId, q2);
        QCOMPARE(c->tree().activePath(), (QList<qint64>{q1, a1, q2}));

        store.setActiveLeaf(id, a1b);
        c = store.loadConversation(id);
        QCOMPARE(c->tree().activePath(), (QList<qint64>{q1, a1b}));
        QCOMPARE(c->tree().activeMessages().at(1).text, u"A1 regenerated"_s);
    }

    void removesASubtreeOnEveryBranch()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"remove/confab.sqlite"_s)));
        const qint64 id = store.createConversation({});
        const qint64 q1 = store.appendMessage(userMessage(id, 0, u"Q1"_s));
        const qint64 a1 = store.appendMessage(answer(id, q1, u"A1"_s));
        const qint64 q2 = store.appendMessage(userMessage(id, a1, u"Q2 findme"_s));
        store.appendMessage(answer(id, q2, u"A2"_s));
        const qint64 a1b = store.appendMessage(answer(id, q1, u"A1b"_s));
        QCOMPARE(store.search(u"findme"_s, 10).size(), 1);

        store.removeMessages(id, a1, a1b);
        QCOMPARE(store.pendingWrites(), 0);
        std::optional<Conversation> c = store.loadConversation(id);
        QVERIFY(c);
        QCOMPARE(c->messages.size(), 2); // Q1 and A1b stay
        QCOMPARE(c->info.activeLeafId, a1b);
        QCOMPARE(c->tree().children(q1), QList<qint64>{a1b});
        QVERIFY(store.search(u"findme"_s, 10).isEmpty()); // gone from the index too

        // Another conversation's message with that id is never touched.
        const qint64 other = store.createConversation({});
        const qint64 keep = store.appendMessage(userMessage(other, 0, u"keep"_s));
        store.removeMessages(id, keep, a1b);
        QVERIFY(store.message(keep));

        store.removeMessages(id, q1, 0);
        c = store.loadConversation(id);
        QVERIFY(c->messages.isEmpty());
        QCOMPARE(c->info.activeLeafId, 0);
    }

    void migratesFromFirstSchema()
    {
        const QString file = path(u"v1/confab.sqlite"_s);
        QDir().mkpath(QFileInfo(file).absolutePath());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(applySqlFile(db, kV1Schema));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO conversations (id, title, created_at, updated_at, "
                           u"pinned, model, active_leaf_id) VALUES (7, 'Old chat', 100, 200, 1, "
                           u"'m1', 12)"_s));
            QVERIFY(q.exec(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, "
                           u"created_at, updated_at) VALUES (10, 7, NULL, 'user', "
                           u"'Tell me about penguins', 100, 100)"_s));
            QVERIFY(q.exec(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, "
                           u"state, prompt_tokens, created_at, updated_at) VALUES (11, 7, 10, "
                           u"'assistant', 'Penguins are flightless birds', 'complete', 5, 150, "
                           u"150)"_s));
            QVERIFY(q.exec(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, "
                           u"state, created_at, updated_at) VALUES (12, 7, 10, 'assistant', "
                           u"'Penguins live in the south', 'streaming', 160, 160)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        ConversationStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QCOMPARE(scalar(store.database(), u"PRAGMA user_version"_s).toInt(),
                 HistorySchema::latestVersion());
        QCOMPARE(store.interruptedAtOpen(), 1);
        const std::optional<Conversation> c = store.loadConversation(7);
        QVERIFY(c);
        QCOMPARE(c->info.title, u"Old chat"_s);
        QVERIFY(c->info.pinned);
        QVERIFY(!c->info.titleIsGenerated);
        QCOMPARE(c->info.updatedAt, 200);
        QCOMPARE(c->info.activeLeafId, 12);
        QCOMPARE(c->messages.size(), 3);
        QCOMPARE(c->messages.at(1).promptTokens, 5);
        QCOMPARE(c->messages.at(1).timeToFirstTokenMs, -1);
        QVERIFY(c->messages.at(1).toolCalls.isEmpty());
        QCOMPARE(c->messages.at(1).tool, ToolRun{});
        QCOMPARE(c->messages.at(2).state, Message::State::Interrupted);
        QCOMPARE(store.latestInterruptedMessage()->id, 12);

        // The old text is in the full-text index built by the migration.
        const QList<SearchHit> hits = store.search(u"flightless"_s, 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).messageId, 11);
        // New ids continue after the old ones.
        const qint64 next = store.appendMessage(userMessage(7, 11, u"More"_s));
        QCOMPARE(next, 13);
        store.rename(7, u"Generated"_s, true);
        QVERIFY(store.conversationInfo(7)->titleIsGenerated);
    }

    void firstMigrationIsFrozen()
    {
        QStringList fromFile;
        QStringList fromCode;
        for (int i = 0; i < 2; ++i) {
            const QString name = u"frozen%1"_s.arg(i);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(u":memory:"_s);
                QVERIFY(db.open());
                if (i == 0) {
                    QVERIFY(applySqlFile(db, kV1Schema));
                    fromFile = schemaOf(db);
                } else {
                    QString error;
                    QVERIFY2(HistorySchema::migrate(db, 1, &error), qPrintable(error));
                    QCOMPARE(scalar(db, u"PRAGMA user_version"_s).toInt(), 1);
                    fromCode = schemaOf(db);
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QCOMPARE(fromFile.size(), 5);
        QCOMPARE(fromCode, fromFile);
    }

    void movesGarbageAside()
    {
        const QString file = path(u"garbage/confab.sqlite"_s);
        QDir().mkpath(QFileInfo(file).absolutePath());
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(500);
        QVERIFY(writeAll(file, garbage));
        QVERIFY(writeAll(file + u"-wal"_s, "not a wal either"_ba));

        ConversationStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        const QString moved = store.movedAsidePath();
        QVERIFY(!moved.isEmpty());
        QVERIFY(moved.startsWith(file + u".corrupt-"_s));
        QCOMPARE(readAll(moved), garbage);
        QCOMPARE(readAll(moved + u"-wal"_s), "not a wal either"_ba);
        // A fresh, working database took its place.
        const qint64 id = store.createConversation({});
        store.appendMessage(userMessage(id, 0, u"fresh"_s));
        QCOMPARE(store.conversationCount(), 1);
        store.close();
        QCOMPARE(readAll(moved), garbage);

        // A second corrupt file does not overwrite the first one moved aside.
        QVERIFY(writeAll(file, garbage + "again"));
        QFile::remove(file + u"-wal"_s);
        QFile::remove(file + u"-shm"_s);
        ConversationStore second;
        QVERIFY(second.open(file));
        QVERIFY(!second.movedAsidePath().isEmpty());
        QVERIFY(second.movedAsidePath() != moved);
        QCOMPARE(readAll(moved), garbage);
        QCOMPARE(readAll(second.movedAsidePath()), garbage + "again");
    }

    /** A database with data whose middle pages (messages) are overwritten. */
    QByteArray makeDamaged(const QString &file)
    {
        {
            ConversationStore store;
            if (!store.open(file))
                return {};
            for (int c = 0; c < 20; ++c) {
                const qint64 id = store.createConversation({});
                qint64 parent = 0;
                for (int m = 0; m < 20; ++m)
                    parent = store.appendMessage(
                        userMessage(id, parent, u"message %1 %2 "_s.arg(c).arg(m).repeated(20)));
            }
        } // closing checkpoints the WAL into the file
        QByteArray bytes = readAll(file);
        if (bytes.size() < 64 * 1024)
            return {};
        for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 16384; ++i)
            bytes[i] = char(i * 7);
        return writeAll(file, bytes) ? bytes : QByteArray();
    }

    void movesDamagedDatabaseAside()
    {
        const QString file = path(u"damaged/confab.sqlite"_s);
        const QByteArray bytes = makeDamaged(file);
        QVERIFY(!bytes.isEmpty());
        ConversationStore store;
        QVERIFY2(store.open(file), qPrintable(store.errorString()));
        QVERIFY(!store.movedAsidePath().isEmpty());
        QCOMPARE(readAll(store.movedAsidePath()), bytes);
        QCOMPARE(store.conversationCount(), 0);
    }

    void largeDatabaseIsCheckedInTheBackground()
    {
        const QString file = path(u"latedamage/confab.sqlite"_s);
        const QByteArray bytes = makeDamaged(file);
        QVERIFY(!bytes.isEmpty());
        {
            ConversationStore store;
            store.setSynchronousCheckLimit(0); // as if it were a large database
            QSignalSpy damaged(&store, &ConversationStore::damageDetected);
            QVERIFY2(store.open(file), qPrintable(store.errorString()));
            QVERIFY(store.movedAsidePath().isEmpty()); // open() did not wait for the check
            QTRY_COMPARE(damaged.count(), 1);
            QVERIFY(!store.isChecking());
            QVERIFY(store.damage().contains(u"damaged"_s));
            QVERIFY(QFile::exists(file + u".damaged"_s));
        }
        // The next start moves it aside, unchanged, and starts afresh.
        ConversationStore store;
        QVERIFY(store.open(file));
        QVERIFY(!store.movedAsidePath().isEmpty());
        QCOMPARE(readAll(store.movedAsidePath()), bytes);
        QVERIFY(!QFile::exists(file + u".damaged"_s));
        QCOMPARE(store.conversationCount(), 0);
        QVERIFY(store.damage().isEmpty());

        // A sound database passes the background check without a word.
        store.close();
        ConversationStore sound;
        sound.setSynchronousCheckLimit(0);
        QSignalSpy damaged(&sound, &ConversationStore::damageDetected);
        QVERIFY(sound.open(file));
        QVERIFY(sound.isChecking());
        QTRY_VERIFY(!sound.isChecking());
        QCOMPARE(damaged.count(), 0);
        QVERIFY(!QFile::exists(file + u".damaged"_s));
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        const QString file = path(u"newer/confab.sqlite"_s);
        {
            ConversationStore store;
            QVERIFY(store.open(file));
            QSqlQuery q(store.database());
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = readAll(file);
        ConversationStore store;
        QVERIFY(!store.open(file));
        QVERIFY(store.errorString().contains(u"newer"_s));
        QVERIFY(store.movedAsidePath().isEmpty());
        QCOMPARE(readAll(file), before);
    }

    void softDeleteUndoAndPurge()
    {
        const QString file = path(u"delete/confab.sqlite"_s);
        qint64 kept = 0;
        qint64 gone = 0;
        {
            ConversationStore store;
            QVERIFY(store.open(file));
            kept = store.createConversation({});
            store.appendMessage(userMessage(kept, 0, u"keep this walrus"_s));
            gone = store.createConversation({});
            qint64 parent = 0;
            for (int i = 0; i < 50; ++i) // a deep tree: the purge must not recurse per level
                parent = store.appendMessage(userMessage(gone, parent, u"drop this walrus"_s));
            QSignalSpy removed(&store, &ConversationStore::conversationRemoved);
            QSignalSpy restored(&store, &ConversationStore::conversationRestored);

            store.softDelete(gone);
            QCOMPARE(removed.count(), 1);
            QCOMPARE(store.conversationCount(), 1);
            QVERIFY(!store.loadConversation(gone));
            QCOMPARE(store.search(u"walrus"_s, 10).size(), 1);
            store.undoDelete(gone);
            QCOMPARE(restored.count(), 1);
            QCOMPARE(store.conversationCount(), 2);
            QCOMPARE(store.search(u"walrus"_s, 100).size(), 51);
            store.softDelete(gone);
        }
        ConversationStore store;
        QVERIFY(store.open(file));
        QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM conversations"_s).toInt(), 1);
        QCOMPARE(scalar(store.database(), u"SELECT count(*) FROM messages"_s).toInt(), 1);
        QSqlQuery check(store.database());
        QVERIFY2(check.exec(u"INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')"_s),
                 qPrintable(check.lastError().text()));
        QCOMPARE(store.search(u"walrus"_s, 10).size(), 1);
        QVERIFY(store.loadConversation(kept));
    }

    void searchGivesPlainTextAndHitRanges()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"search/confab.sqlite"_s)));
        ConversationInfo info;
        info.title = u"Ocelot <care> notes"_s;
        const qint64 id = store.createConversation(info);
        const qint64 m1 = store.appendMessage(
            userMessage(id, 0, u"How do I feed an ocelot?\n<script>x</script>"_s));
        const qint64 m2 = store.appendMessage(answer(id, m1, u"Ocelots eat small animals."_s));

        const QList<SearchHit> hits = store.search(u"ocelot"_s, 10);
        QCOMPARE(hits.size(), 3);
        // The title hit first, then the messages, newest first; plain text, the hits as ranges.
        QCOMPARE(hits.at(0).messageId, 0);
        QCOMPARE(hits.at(0).snippet, info.title);
        QCOMPARE(hits.at(0).highlights, (QList<TextRange>{{0, 6}}));
        QCOMPARE(hits.at(1).messageId, m2);
        QCOMPARE(marked(hits.at(1)), u"[Ocelots] eat small animals."_s);
        QCOMPARE(hits.at(2).messageId, m1);
        // One line; the markup in the text stays text (the view escapes it).
        QCOMPARE(marked(hits.at(2)), u"How do I feed an [ocelot]? <script>x…"_s);
        QCOMPARE(hits.at(2).title, info.title);
        QCOMPARE(hits.at(2).conversationId, id);
        // Every word of the query is marked.
        QCOMPARE(marked(store.search(u"feed ocelot"_s, 10).constLast()),
                 u"How do I [feed] an [ocelot]? <script>x…"_s);

        // A finished word is not a prefix; FTS syntax in user input is taken literally.
        QCOMPARE(store.search(u"ocelot "_s, 10).size(), 2);
        for (const QString &odd : {u"\"ocelot"_s, u"AND"_s, u"*"_s, u"ocelot OR ("_s, u"-"_s,
                                   u"NEAR(a b)"_s, u"col:ocelot"_s})
            store.search(odd, 10); // no SQL error, no crash
        QCOMPARE(store.search(u"\"ocelot"_s, 10).size(), 3);
        QVERIFY(store.search(u"   "_s, 10).isEmpty());
        QCOMPARE(ConversationStore::ftsQuery(u"foo \"bar"_s), u"\"foo\" \"bar\"*"_s);
    }

    void searchRangesCountUtf16AndIgnoreCase()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"unicode/confab.sqlite"_s)));
        ConversationInfo info;
        info.title = u"Über 🦫 Ocelot-Café"_s; // the capybara is two UTF-16 code units
        const qint64 id = store.createConversation(info);
        const qint64 m1 =
            store.appendMessage(userMessage(id, 0, u"Ein 🦫 und das CAFÉ in Zürich"_s));

        // A title: substring, case-insensitive; offsets in UTF-16 code units, as in QML.
        const QList<SearchHit> titles = store.search(u"oCeLoT"_s, 10);
        QCOMPARE(titles.size(), 1);
        QCOMPARE(titles.at(0).highlights, (QList<TextRange>{{8, 6}}));
        QCOMPARE(marked(titles.at(0)), u"Über 🦫 [Ocelot]-Café"_s);

        // Message text: the tokenizer folds case and diacritics; the range covers the word as
        // written.
        const QList<SearchHit> cafe = store.search(u"cafe"_s, 10);
        QCOMPARE(cafe.size(), 1);
        QCOMPARE(cafe.at(0).messageId, m1);
        QCOMPARE(cafe.at(0).highlights, (QList<TextRange>{{15, 4}}));
        QCOMPARE(marked(cafe.at(0)), u"Ein 🦫 und das [CAFÉ] in Zürich"_s);
        QCOMPARE(marked(store.search(u"ZÜRICH"_s, 10).at(0)),
                 u"Ein 🦫 und das CAFÉ in [Zürich]"_s);
    }

    void searchPrefersWholeWordsThenPrefixes()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"prefix/confab.sqlite"_s)));
        const qint64 id = store.createConversation({});
        const qint64 model1 = store.appendMessage(userMessage(id, 0, u"a model"_s));
        const qint64 modem = store.appendMessage(userMessage(id, model1, u"a modem"_s));
        const qint64 model2 = store.appendMessage(userMessage(id, modem, u"the model"_s));
        const qint64 models = store.appendMessage(userMessage(id, model2, u"two models"_s));
        const auto ids = [](const QList<SearchHit> &hits) {
            QList<qint64> ids;
            for (const SearchHit &h : hits)
                ids.append(h.messageId);
            return ids;
        };
        // Enough whole-word hits: the newer prefix-only hit does not push them out.
        QCOMPARE(ids(store.search(u"model"_s, 2)), (QList<qint64>{model2, model1}));
        // Too few: prefix hits top the list up, newest first, without duplicates.
        QCOMPARE(ids(store.search(u"model"_s, 10)), (QList<qint64>{models, model2, model1}));
        QCOMPARE(ids(store.search(u"mode"_s, 10)), (QList<qint64>{models, model2, modem, model1}));
        QCOMPARE(ids(store.search(u"mo"_s, 10)), (QList<qint64>{models, model2, modem, model1}));
        QCOMPARE(ids(store.search(u"mode "_s, 10)), QList<qint64>());
    }

    void listsPinnedFirstInPages()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"list/confab.sqlite"_s)));
        QList<qint64> expected;
        for (int i = 0; i < 25; ++i) {
            ConversationInfo info;
            info.title = u"c%1"_s.arg(i);
            info.createdAt = 1000 + (i % 5) * 10; // ties on updated_at are ordered by id
            expected.append(store.createConversation(info));
        }
        store.setPinned(expected.at(3), true);
        std::sort(expected.begin(), expected.end(), [&](qint64 a, qint64 b) {
            const auto ia = *store.conversationInfo(a);
            const auto ib = *store.conversationInfo(b);
            return std::tuple(ia.pinned, ia.updatedAt, ia.id) >
                   std::tuple(ib.pinned, ib.updatedAt, ib.id);
        });
        QCOMPARE(expected.first(), 4); // the pinned one (ids start at 1)
        QList<qint64> paged;
        QList<ConversationInfo> page = store.listConversations(10);
        while (!page.isEmpty()) {
            for (const ConversationInfo &c : page)
                paged.append(c.id);
            const ConversationInfo last = page.constLast();
            page = store.listConversations(10, &last);
        }
        QCOMPARE(paged, expected);
        QCOMPARE(store.conversationIds(), expected);
    }

    void fullDiskIsReportedAndRetried()
    {
        ConversationStore store;
        QVERIFY(store.open(path(u"full/confab.sqlite"_s)));
        const qint64 id = store.createConversation({});
        const qint64 q1 =
            store.appendMessage(userMessage(id, 0, u"stored before the disk fills"_s));
        QSqlQuery pragma(store.database());
        QVERIFY(pragma.exec(u"PRAGMA page_count"_s) && pragma.next());
        const int pages = pragma.value(0).toInt();
        pragma.finish();
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        pragma.finish();

        QSignalSpy failed(&store, &ConversationStore::writeFailed);
        QSignalSpy stored(&store, &ConversationStore::messageStored);
        Message big = answer(id, q1, u"x"_s.repeated(200'000));
        big.state = Message::State::Streaming;
        big.id = store.appendMessage(big);
        big.conversationId = id;
        QCOMPARE(failed.count(), 1);
        QVERIFY(store.writeError().contains(u"disk is full"_s));
        QCOMPARE(store.pendingWrites(), 1);
        QCOMPARE(stored.count(), 0);
        // Checkpoints of the queued message coalesce behind it; nothing stored is harmed.
        big.text += u"y"_s;
        store.updateMessage(big);
        big.text += u"z"_s;
        big.state = Message::State::Complete;
        store.updateMessage(big);
        QCOMPARE(store.pendingWrites(), 2);
        QCOMPARE(store.loadConversation(id)->messages.size(), 1);
        QCOMPARE(store.loadConversation(id)->messages.at(0).text,
                 u"stored before the disk fills"_s);
        QVERIFY(!store.flush());
        QCOMPARE(store.pendingWrites(), 2);

        // Space again: the retry timer saves everything, in order.
        QVERIFY(pragma.exec(u"PRAGMA max_page_count = 1073741823"_s));
        pragma.finish();
        QTRY_COMPARE_WITH_TIMEOUT(store.pendingWrites(), 0, 5000);
        QVERIFY(store.writeError().isEmpty());
        QCOMPARE(stored.count(), 2);
        const std::optional<Message> saved = store.message(big.id);
        QVERIFY(saved);
        QCOMPARE(saved->text, big.text);
        QCOMPARE(saved->state, Message::State::Complete);
        QCOMPARE(store.conversationInfo(id)->activeLeafId, big.id);
    }

    void streamingBecomesInterruptedOnOpen()
    {
        const QString file = path(u"interrupted/confab.sqlite"_s);
        qint64 streaming = 0;
        {
            ConversationStore store;
            QVERIFY(store.open(file));
            QVERIFY(!store.latestInterruptedMessage());
            const qint64 id = store.createConversation({});
            const qint64 q1 = store.appendMessage(userMessage(id, 0, u"Q"_s));
            // An answer still waiting for its first token is live too: stored as streaming.
            Message waiting = answer(id, q1, QString());
            waiting.state = Message::State::Waiting;
            const qint64 waitingId = store.appendMessage(waiting);
            QCOMPARE(store.message(waitingId)->state, Message::State::Streaming);
            Message a = answer(id, q1, u"partial"_s);
            a.state = Message::State::Streaming;
            streaming = store.appendMessage(a);
            QVERIFY(!store.latestInterruptedMessage()); // still streaming in this session
        }
        ConversationStore store;
        QVERIFY(store.open(file));
        QCOMPARE(store.interruptedAtOpen(), 2);
        const std::optional<Message> m = store.latestInterruptedMessage();
        QVERIFY(m);
        QCOMPARE(m->id, streaming);
        QCOMPARE(m->text, u"partial"_s);
        QCOMPARE(m->state, Message::State::Interrupted);
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
