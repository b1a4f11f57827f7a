// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "conversationstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "confab.models.store", QtInfoMsg)

namespace {

// The schema, as ordered migrations: entry N-1 takes the database to user_version N.
// Migration 1 is the first released schema and stays frozen (tests/models/data/schema-v1.sql
// is its copy): change the schema only by appending a migration.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> kMigrations = {
        // 1: conversations and message trees.
        {
            uR"(CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    pinned INTEGER NOT NULL DEFAULT 0,
    provider TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    system_prompt TEXT NOT NULL DEFAULT '',
    params_json TEXT NOT NULL DEFAULT '{}',
    active_leaf_id INTEGER
))"_s,
            uR"(CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    parent_id INTEGER REFERENCES messages(id),
    role TEXT NOT NULL CHECK (role IN ('user', 'assistant', 'system', 'tool')),
    text TEXT NOT NULL DEFAULT '',
    reasoning TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'complete',
    finish_reason TEXT NOT NULL DEFAULT '',
    error_kind TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL DEFAULT '',
    prompt_tokens INTEGER NOT NULL DEFAULT -1,
    completion_tokens INTEGER NOT NULL DEFAULT -1,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
))"_s,
            u"CREATE INDEX messages_by_conversation ON messages(conversation_id, id)"_s,
            u"CREATE INDEX messages_by_parent ON messages(parent_id)"_s,
            u"CREATE INDEX conversations_by_recency ON conversations(pinned DESC, updated_at DESC, "
            u"id DESC)"_s,
        },
        // 2: generated titles, soft delete (Undo), full assistant turn fields.
        {
            u"ALTER TABLE conversations ADD COLUMN title_is_generated INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE conversations ADD COLUMN deleted_at INTEGER"_s,
            u"ALTER TABLE messages ADD COLUMN reasoning_signature TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE messages ADD COLUMN tool_calls_json TEXT NOT NULL DEFAULT '[]'"_s,
            u"ALTER TABLE messages ADD COLUMN refusal TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE messages ADD COLUMN provider_finish_reason TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE messages ADD COLUMN ttft_ms INTEGER NOT NULL DEFAULT -1"_s,
            u"ALTER TABLE messages ADD COLUMN duration_ms INTEGER NOT NULL DEFAULT -1"_s,
            u"DROP INDEX conversations_by_recency"_s,
            u"CREATE INDEX conversations_visible ON conversations(pinned DESC, updated_at DESC, "
            u"id DESC) WHERE deleted_at IS NULL"_s,
            u"CREATE INDEX messages_streaming ON messages(id) WHERE state = 'streaming'"_s,
            u"CREATE INDEX messages_interrupted ON messages(updated_at) "
            u"WHERE state = 'interrupted'"_s,
        },
        // 3: full-text search over message text (FTS5, external content kept by triggers).
        {
            // Prefix indexes keep search-as-you-type fast for words of up to four letters typed
            // so far (about a third more index); whole words are searched exactly first.
            u"CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', "
            u"content_rowid='id', tokenize='unicode61 remove_diacritics 2', "
            u"prefix='2 3 4')"_s,
            u"CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN "
            u"INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN "
            u"INSERT INTO messages_fts(messages_fts, rowid, text) "
            u"VALUES ('delete', old.id, old.text); END"_s,
            u"CREATE TRIGGER messages_fts_update AFTER UPDATE OF text ON messages "
            u"WHEN old.text IS NOT new.text BEGIN "
            u"INSERT INTO messages_fts(messages_fts, rowid, text) "
            u"VALUES ('delete', old.id, old.text); "
            u"INSERT INTO messages_fts(rowid, text) VALUES (new.id, new.text); END"_s,
            u"INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"_s,
        },
    };
    return kMigrations;
}

constexpr int kBusyTimeoutMs = 2000;
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 10'000;

const auto kMessageColumns =
    u"id, conversation_id, parent_id, role, text, reasoning, reasoning_signature, "
    u"tool_calls_json, refusal, state, finish_reason, provider_finish_reason, error_kind, "
    u"error_message, model, prompt_tokens, completion_tokens, ttft_ms, duration_ms, created_at, "
    u"updated_at"_s;

const auto kConversationColumns =
    u"id, title, title_is_generated, created_at, updated_at, pinned, provider, model, "
    u"system_prompt, params_json, active_leaf_id"_s;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

enum SqliteCode {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoredMessage readMessage(const QSqlQuery &q)
{
    StoredMessage m;
    m.id = q.value(0).toLongLong();
    m.conversationId = q.value(1).toLongLong();
    m.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    m.role = StoredMessage::roleFromName(q.value(3).toString()).value_or(StoredMessage::Role::User);
    m.text = q.value(4).toString();
    m.reasoning = q.value(5).toString();
    m.reasoningSignature = q.value(6).toString();
    m.toolCalls = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array();
    m.refusal = q.value(8).toString();
    m.state = StoredMessage::stateFromName(q.value(9).toString())
                  .value_or(StoredMessage::State::Complete);
    m.finishReason = q.value(10).toString();
    m.providerFinishReason = q.value(11).toString();
    m.errorKind = q.value(12).toString();
    m.errorMessage = q.value(13).toString();
    m.model = q.value(14).toString();
    m.promptTokens = q.value(15).toLongLong();
    m.completionTokens = q.value(16).toLongLong();
    m.ttftMs = q.value(17).toLongLong();
    m.durationMs = q.value(18).toLongLong();
    m.createdAt = q.value(19).toLongLong();
    m.updatedAt = q.value(20).toLongLong();
    return m;
}

ConversationInfo readConversation(const QSqlQuery &q)
{
    ConversationInfo c;
    c.id = q.value(0).toLongLong();
    c.title = q.value(1).toString();
    c.titleIsGenerated = q.value(2).toBool();
    c.createdAt = q.value(3).toLongLong();
    c.updatedAt = q.value(4).toLongLong();
    c.pinned = q.value(5).toBool();
    c.provider = q.value(6).toString();
    c.model = q.value(7).toString();
    c.systemPrompt = q.value(8).toString();
    c.params = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    c.activeLeafId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return c;
}

/** A NOT NULL text column: a null QString would bind as NULL. */
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

void bindMessageContent(QSqlQuery &q, const StoredMessage &m)
{
    q.bindValue(u":text"_s, text(m.text));
    q.bindValue(u":reasoning"_s, text(m.reasoning));
    q.bindValue(u":signature"_s, text(m.reasoningSignature));
    q.bindValue(u":tools"_s, jsonText(m.toolCalls));
    q.bindValue(u":refusal"_s, text(m.refusal));
    q.bindValue(u":state"_s, StoredMessage::stateName(m.state));
    q.bindValue(u":finish"_s, text(m.finishReason));
    q.bindValue(u":pfinish"_s, text(m.providerFinishReason));
    q.bindValue(u":ekind"_s, text(m.errorKind));
    q.bindValue(u":emsg"_s, text(m.errorMessage));
    q.bindValue(u":model"_s, text(m.model));
    q.bindValue(u":ptok"_s, m.promptTokens);
    q.bindValue(u":ctok"_s, m.completionTokens);
    q.bindValue(u":ttft"_s, m.ttftMs);
    q.bindValue(u":duration"_s, m.durationMs);
    q.bindValue(u":updated"_s, m.updatedAt);
}

/** Words of a search query, without FTS syntax characters. */
QStringList queryWords(const QString &text)
{
    static const QRegularExpression kSeparators(u"[\\s\"]+"_s);
    QStringList words = text.split(kSeparators, Qt::SkipEmptyParts);
    if (words.size() > 16)
        words.resize(16);
    return words;
}

/** @p text HTML-escaped, with case-insensitive occurrences of @p words in <b>. */
QString highlighted(const QString &text, const QStringList &words)
{
    QString out;
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
        out += text.mid(pos, best - pos).toHtmlEscaped() % u"<b>"_s %
               text.mid(best, bestLength).toHtmlEscaped() % u"</b>"_s;
        pos = best + bestLength;
    }
    out += text.mid(pos).toHtmlEscaped();
    return out;
}

/** An FTS5 snippet marked with \x01 … \x02 as rich text. */
QString snippetHtml(const QString &marked)
{
    QString flat = marked;
    flat.replace(u'\n', u' ');
    QString out = flat.toHtmlEscaped();
    out.replace(QChar(1), u"<b>"_s);
    out.replace(QChar(2), u"</b>"_s);
    return out;
}

} // namespace

QString StoredMessage::roleName(Role role)
{
    switch (role) {
    case Role::User:
        return u"user"_s;
    case Role::Assistant:
        return u"assistant"_s;
    case Role::System:
        return u"system"_s;
    case Role::Tool:
        return u"tool"_s;
    }
    return u"user"_s;
}

QJsonArray StoredMessage::toolCallsToJson(const QList<ToolCall> &calls)
{
    QJsonArray array;
    for (const ToolCall &call : calls) {
        array.append(QJsonObject{{"index"_L1, call.index},
                                 {"id"_L1, call.id},
                                 {"name"_L1, call.name},
                                 {"arguments"_L1, call.arguments}});
    }
    return array;
}

QList<ToolCall> StoredMessage::toolCallsFromJson(const QJsonArray &calls)
{
    QList<ToolCall> out;
    out.reserve(calls.size());
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        out.append(ToolCall{call.value("index"_L1).toInt(), call.value("id"_L1).toString(),
                            call.value("name"_L1).toString(),
                            call.value("arguments"_L1).toString()});
    }
    return out;
}

std::optional<StoredMessage::Role> StoredMessage::roleFromName(QStringView name)
{
    for (Role r : {Role::User, Role::Assistant, Role::System, Role::Tool}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

QString StoredMessage::stateName(State state)
{
    switch (state) {
    case State::Complete:
        return u"complete"_s;
    case State::Streaming:
        return u"streaming"_s;
    case State::Interrupted:
        return u"interrupted"_s;
    case State::Stopped:
        return u"stopped"_s;
    case State::Failed:
        return u"failed"_s;
    }
    return u"complete"_s;
}

std::optional<StoredMessage::State> StoredMessage::stateFromName(QStringView name)
{
    for (State s :
         {State::Complete, State::Streaming, State::Interrupted, State::Stopped, State::Failed}) {
        if (name == stateName(s))
            return s;
    }
    return std::nullopt;
}

const StoredMessage *Conversation::find(qint64 id) const
{
    const auto it = std::lower_bound(messages.cbegin(), messages.cend(), id,
                                     [](const StoredMessage &m, qint64 v) { return m.id < v; });
    return (it != messages.cend() && it->id == id) ? &*it : nullptr;
}

QList<StoredMessage> Conversation::pathTo(qint64 leafId) const
{
    QList<StoredMessage> path;
    const StoredMessage *m = find(leafId);
    while (m && path.size() <= messages.size()) {
        path.append(*m);
        m = m->parentId > 0 ? find(m->parentId) : nullptr;
    }
    std::reverse(path.begin(), path.end());
    return path;
}

QList<StoredMessage> Conversation::activePath() const
{
    if (find(info.activeLeafId))
        return pathTo(info.activeLeafId);
    return messages.isEmpty() ? QList<StoredMessage>() : pathTo(messages.constLast().id);
}

QList<qint64> Conversation::childrenOf(qint64 parentId) const
{
    QList<qint64> ids;
    for (const StoredMessage &m : messages) {
        if (m.parentId == parentId)
            ids.append(m.id);
    }
    return ids;
}

qint64 Conversation::newestLeafUnder(qint64 messageId) const
{
    // Messages are in id order and a child is always newer than its parent, so one pass that
    // marks the descendants finds them all.
    QSet<qint64> below{messageId};
    qint64 newest = find(messageId) ? messageId : 0;
    for (const StoredMessage &m : messages) {
        if (m.id > messageId && below.contains(m.parentId)) {
            below.insert(m.id);
            newest = m.id;
        }
    }
    return newest;
}

int ConversationStore::latestSchemaVersion()
{
    return int(migrations().size());
}

bool ConversationStore::migrate(QSqlDatabase &db, int toVersion, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    for (int version = current + 1; version <= toVersion; ++version) {
        bool ok = q.exec(u"BEGIN IMMEDIATE"_s);
        for (const QString &statement : migrations().at(version - 1)) {
            if (!ok)
                break;
            ok = q.exec(statement);
        }
        ok = ok && q.exec(u"PRAGMA user_version = %1"_s.arg(version)) && q.exec(u"COMMIT"_s);
        if (!ok) {
            if (error)
                *error = q.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return false;
        }
        qCInfo(lcStore) << "migrated the history database to version" << version;
    }
    return true;
}

ConversationStore::ConversationStore(QObject *parent)
    : QObject(parent)
{
    static std::atomic<int> serial{0};
    m_connection = u"confab-store-%1"_s.arg(++serial);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ConversationStore::drain);
}

ConversationStore::~ConversationStore()
{
    close();
}

QSqlDatabase ConversationStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool ConversationStore::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_movedAsidePath.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());

    m_damage.clear();
    m_checkLater = false;
    m_interruptedAtOpen = 0;
    if (QFileInfo::exists(damageMarker())) {
        // The last session's background check found this file damaged.
        if (QFileInfo::exists(path) && !moveAside(path))
            return false;
        QFile::remove(damageMarker());
    }

    OpenResult result = tryOpen(path);
    if (result == OpenResult::Corrupt) {
        qCWarning(lcStore) << "the history database is unreadable:" << m_error;
        // Renamed while still open: closing the last connection would otherwise delete or
        // checkpoint the -wal file under its old name.
        const bool moved = moveAside(path);
        closeConnection();
        if (!moved)
            return false;
        result = tryOpen(path);
    }
    if (result != OpenResult::Ok) {
        closeConnection();
        return false;
    }

    QSqlQuery q(database());
    if (q.exec(u"DELETE FROM conversations WHERE deleted_at IS NOT NULL"_s) &&
        q.numRowsAffected() > 0)
        qCInfo(lcStore) << "purged" << q.numRowsAffected() << "deleted conversations";
    if (q.exec(u"UPDATE messages SET state = 'interrupted' WHERE state = 'streaming'"_s))
        m_interruptedAtOpen = q.numRowsAffected();
    loadCounters();
    m_open = true;
    if (m_checkLater)
        startBackgroundCheck();
    Q_EMIT opened();
    return true;
}

ConversationStore::OpenResult ConversationStore::tryOpen(const QString &path)
{
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
    if (!db.open()) {
        m_error = db.lastError().text();
        return existed ? OpenResult::Corrupt : OpenResult::Failed;
    }
    const auto fail = [&](const QSqlError &error) {
        m_error = error.text();
        const int code = primaryCode(error);
        if (code == kCorrupt || code == kNotADb)
            return OpenResult::Corrupt;
        if (existed && (code == kIoErr || code == kCantOpen))
            return OpenResult::Corrupt;
        return OpenResult::Failed;
    };

    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
        return fail(q.lastError());
    q.finish();
    if (!q.exec(u"SELECT (SELECT page_count FROM pragma_page_count()) * "
                u"(SELECT page_size FROM pragma_page_size()), "
                u"(SELECT count(*) FROM sqlite_master)"_s) ||
        !q.next())
        return fail(q.lastError());
    m_checkLater = q.value(0).toLongLong() > m_syncCheckBytes;
    q.finish();
    if (!m_checkLater) {
        if (!q.exec(u"PRAGMA quick_check"_s))
            return fail(q.lastError());
        if (!q.next() || q.value(0).toString() != "ok"_L1) {
            m_error = tr("The integrity check failed: %1").arg(q.value(0).toString());
            return OpenResult::Corrupt;
        }
        q.finish();
    }
    if (!q.exec(u"PRAGMA foreign_keys = ON"_s) || !q.exec(u"PRAGMA synchronous = NORMAL"_s))
        return fail(q.lastError());
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > latestSchemaVersion()) {
        m_error = tr("The history database was made by a newer version of Confab (schema %1).")
                      .arg(version);
        return OpenResult::Failed;
    }
    QString error;
    if (!migrate(db, latestSchemaVersion(), &error)) {
        m_error = error;
        QSqlQuery check(db);
        check.exec(u"PRAGMA quick_check"_s);
        return (check.next() && check.value(0).toString() == "ok"_L1) ? OpenResult::Failed
                                                                      : OpenResult::Corrupt;
    }
    return OpenResult::Ok;
}

bool ConversationStore::moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        m_error = tr("The history database %1 is unreadable and could not be moved aside.")
                      .arg(QDir::toNativeSeparators(path));
        qCCritical(lcStore) << "could not move the unreadable database aside";
        return false;
    }
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    m_movedAsidePath = target;
    qCWarning(lcStore) << "moved the unreadable history database aside to" << target;
    return true;
}

void ConversationStore::closeConnection()
{
    {
        QSqlDatabase db = database();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ConversationStore::close()
{
    if (QThread *check = std::exchange(m_checkThread, nullptr)) {
        check->wait(); // read-only; it ends on its own
        delete check;
    }
    if (!m_open)
        return;
    m_retryTimer.stop();
    if (!m_pending.isEmpty() && !flush())
        qCCritical(lcStore) << m_pending.size() << "changes could not be saved before closing";
    m_pending.clear();
    m_open = false;
    closeConnection();
}

void ConversationStore::startBackgroundCheck()
{
    auto result = std::make_shared<QString>();
    const QString path = m_path;
    const QString name = m_connection + u"-check"_s;
    QThread *thread = QThread::create([path, name, result] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(
                u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(u"PRAGMA quick_check"_s) && q.next()) {
                    *result = q.value(0).toString();
                } else {
                    const int code = primaryCode(q.lastError());
                    if (code == kCorrupt || code == kNotADb)
                        *result = q.lastError().text();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    m_checkThread = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (m_checkThread != thread)
            return; // close() already waited for it
        m_checkThread = nullptr;
        thread->deleteLater();
        onBackgroundCheck(*result);
    });
    thread->start(QThread::LowPriority);
}

void ConversationStore::onBackgroundCheck(const QString &result)
{
    if (result.isEmpty() || result == "ok"_L1 || !m_open)
        return;
    qCCritical(lcStore) << "the history database is damaged:" << result;
    QFile marker(damageMarker());
    if (marker.open(QIODevice::WriteOnly))
        marker.write(result.toUtf8());
    m_damage = tr("The conversation history is damaged (%1). At the next start Confab moves the "
                  "file aside, keeping it, and starts a new history.")
                   .arg(result.split(u'\n').filter(QRegularExpression(u"^[^*]"_s)).value(0));
    Q_EMIT damageDetected(m_damage);
}

void ConversationStore::loadCounters()
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT (SELECT ifnull(max(id), 0) FROM conversations), "
               u"(SELECT ifnull(max(id), 0) FROM messages)"_s) &&
        q.next()) {
        m_nextConversationId = q.value(0).toLongLong() + 1;
        m_nextMessageId = q.value(1).toLongLong() + 1;
    }
}

bool ConversationStore::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    recordError(query.lastError());
    return false;
}

void ConversationStore::recordError(const QSqlError &error) const
{
    const int code = primaryCode(error);
    QString reason;
    switch (code) {
    case kFull:
        reason = tr("the disk is full");
        break;
    case kIoErr:
        reason = tr("the disk could not be written");
        break;
    case kBusy:
    case kLocked:
        reason = tr("the database is busy");
        break;
    case kReadOnly:
    case kCantOpen:
        reason = tr("the database cannot be written");
        break;
    case kCorrupt:
        reason = tr("the database is damaged");
        break;
    default:
        reason = error.databaseText();
        break;
    }
    m_lastSqlError = reason;
}

// ---- writes -----------------------------------------------------------------------------------

void ConversationStore::submit(Write write)
{
    if (!m_open) {
        qCWarning(lcStore) << "write to a closed history database ignored";
        return;
    }
    if (!m_pending.isEmpty()) {
        if (write.coalesceKey != 0) {
            for (Write &queued : m_pending) {
                if (queued.coalesceKey == write.coalesceKey) {
                    queued = std::move(write);
                    return;
                }
            }
        }
        m_pending.append(std::move(write));
        Q_EMIT writeErrorChanged();
        return;
    }
    if (runWrite(write)) {
        if (write.done)
            write.done();
        return;
    }
    m_pending.append(std::move(write));
    m_retryDelayMs = kFirstRetryMs;
    m_retryTimer.start(m_retryDelayMs);
    setWriteError(tr("Could not save the conversation history: %1. Your changes are kept and "
                     "saving is retried.")
                      .arg(m_lastSqlError));
}

bool ConversationStore::runWrite(const Write &write)
{
    QSqlQuery q(database());
    if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
        recordError(q.lastError());
        return false;
    }
    if (write.run()) {
        if (q.exec(u"COMMIT"_s))
            return true;
        recordError(q.lastError());
    }
    QSqlQuery(database()).exec(u"ROLLBACK"_s);
    return false;
}

void ConversationStore::drain()
{
    while (!m_pending.isEmpty()) {
        if (!runWrite(m_pending.constFirst())) {
            m_retryDelayMs = std::min(kMaxRetryMs, std::max(kFirstRetryMs, m_retryDelayMs * 2));
            m_retryTimer.start(m_retryDelayMs);
            setWriteError(tr("Could not save the conversation history: %1. Your changes are kept "
                             "and saving is retried.")
                              .arg(m_lastSqlError));
            return;
        }
        const Write done = m_pending.takeFirst();
        if (done.done)
            done.done();
    }
    m_retryDelayMs = 0;
    if (!m_writeError.isEmpty())
        qCInfo(lcStore) << "the pending history changes are saved";
    setWriteError({});
}

bool ConversationStore::flush()
{
    if (m_open && !m_pending.isEmpty()) {
        m_retryTimer.stop();
        drain();
    }
    return m_pending.isEmpty();
}

void ConversationStore::setWriteError(const QString &error)
{
    const bool changed = error != m_writeError;
    m_writeError = error;
    Q_EMIT writeErrorChanged();
    if (changed && !error.isEmpty()) {
        qCWarning(lcStore) << "write failed:" << error;
        Q_EMIT writeFailed(error);
    }
}

qint64 ConversationStore::createConversation(const ConversationInfo &info)
{
    ConversationInfo c = info;
    c.id = m_nextConversationId++;
    if (c.createdAt <= 0)
        c.createdAt = now();
    if (c.updatedAt <= 0)
        c.updatedAt = c.createdAt;
    const qint64 id = c.id;
    submit({0,
            [this, c] {
                QSqlQuery q(database());
                q.prepare(u"INSERT INTO conversations (id, title, title_is_generated, created_at, "
                          u"updated_at, pinned, provider, model, system_prompt, params_json, "
                          u"active_leaf_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"_s);
                for (const QVariant &v :
                     {QVariant(c.id), QVariant(text(c.title)), QVariant(c.titleIsGenerated),
                      QVariant(c.createdAt), QVariant(c.updatedAt), QVariant(c.pinned),
                      QVariant(text(c.provider)), QVariant(text(c.model)),
                      QVariant(text(c.systemPrompt)), QVariant(jsonText(c.params))})
                    q.addBindValue(v);
                return exec(q);
            },
            [this, id] { Q_EMIT conversationCreated(id); }});
    return id;
}

qint64 ConversationStore::appendMessage(const StoredMessage &message)
{
    StoredMessage m = message;
    m.id = m_nextMessageId++;
    if (m.createdAt <= 0)
        m.createdAt = now();
    if (m.updatedAt <= 0)
        m.updatedAt = m.createdAt;
    const qint64 id = m.id;
    const qint64 conversationId = m.conversationId;
    submit({0,
            [this, m] {
                QSqlQuery q(database());
                q.prepare(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, "
                          u"reasoning, reasoning_signature, tool_calls_json, refusal, state, "
                          u"finish_reason, provider_finish_reason, error_kind, error_message, "
                          u"model, prompt_tokens, completion_tokens, ttft_ms, duration_ms, "
                          u"created_at, updated_at) VALUES (:id, :conv, :parent, :role, :text, "
                          u":reasoning, :signature, :tools, :refusal, :state, :finish, :pfinish, "
                          u":ekind, :emsg, :model, :ptok, :ctok, :ttft, :duration, :created, "
                          u":updated)"_s);
                q.bindValue(u":id"_s, m.id);
                q.bindValue(u":conv"_s, m.conversationId);
                q.bindValue(u":parent"_s, nullableId(m.parentId));
                q.bindValue(u":role"_s, StoredMessage::roleName(m.role));
                q.bindValue(u":created"_s, m.createdAt);
                bindMessageContent(q, m);
                if (!exec(q))
                    return false;
                QSqlQuery c(database());
                c.prepare(u"UPDATE conversations SET updated_at = max(updated_at, ?), "
                          u"active_leaf_id = ? WHERE id = ?"_s);
                c.addBindValue(m.createdAt);
                c.addBindValue(m.id);
                c.addBindValue(m.conversationId);
                return exec(c);
            },
            [this, conversationId, id] {
                Q_EMIT messageStored(conversationId, id);
                Q_EMIT conversationChanged(conversationId);
            }});
    return id;
}

void ConversationStore::updateMessage(const StoredMessage &message)
{
    StoredMessage m = message;
    if (m.updatedAt <= 0)
        m.updatedAt = now();
    const qint64 conversationId = m.conversationId;
    const qint64 id = m.id;
    submit({m.id,
            [this, m] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE messages SET text = :text, reasoning = :reasoning, "
                          u"reasoning_signature = :signature, tool_calls_json = :tools, "
                          u"refusal = :refusal, state = :state, finish_reason = :finish, "
                          u"provider_finish_reason = :pfinish, error_kind = :ekind, "
                          u"error_message = :emsg, model = :model, prompt_tokens = :ptok, "
                          u"completion_tokens = :ctok, ttft_ms = :ttft, duration_ms = :duration, "
                          u"updated_at = :updated WHERE id = :id"_s);
                bindMessageContent(q, m);
                q.bindValue(u":id"_s, m.id);
                return exec(q);
            },
            [this, conversationId, id] { Q_EMIT messageStored(conversationId, id); }});
}

void ConversationStore::setActiveLeaf(qint64 conversationId, qint64 messageId)
{
    submit({0,
            [this, conversationId, messageId] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET active_leaf_id = ? WHERE id = ?"_s);
                q.addBindValue(nullableId(messageId));
                q.addBindValue(conversationId);
                return exec(q);
            },
            {}});
}

void ConversationStore::removeMessages(qint64 conversationId, qint64 messageId, qint64 newLeafId)
{
    submit({0,
            [this, conversationId, messageId, newLeafId] {
                QSqlQuery leaf(database());
                leaf.prepare(u"UPDATE conversations SET active_leaf_id = ? WHERE id = ?"_s);
                leaf.addBindValue(nullableId(newLeafId));
                leaf.addBindValue(conversationId);
                if (!exec(leaf))
                    return false;
                // The subtree in one statement: foreign keys are checked when it ends.
                QSqlQuery q(database());
                q.prepare(uR"(WITH RECURSIVE doomed(id) AS (
    SELECT id FROM messages WHERE id = ? AND conversation_id = ?
    UNION ALL SELECT m.id FROM messages m JOIN doomed d ON m.parent_id = d.id)
DELETE FROM messages WHERE id IN (SELECT id FROM doomed))"_s);
                q.addBindValue(messageId);
                q.addBindValue(conversationId);
                return exec(q);
            },
            [this, conversationId] { Q_EMIT conversationChanged(conversationId); }});
}

void ConversationStore::rename(qint64 conversationId, const QString &title, bool generated)
{
    submit({0,
            [this, conversationId, title, generated] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET title = ?, title_is_generated = ? "
                          u"WHERE id = ?"_s);
                q.addBindValue(text(title));
                q.addBindValue(generated);
                q.addBindValue(conversationId);
                return exec(q);
            },
            [this, conversationId] { Q_EMIT conversationChanged(conversationId); }});
}

void ConversationStore::setPinned(qint64 conversationId, bool pinned)
{
    submit({0,
            [this, conversationId, pinned] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET pinned = ? WHERE id = ?"_s);
                q.addBindValue(pinned);
                q.addBindValue(conversationId);
                return exec(q);
            },
            [this, conversationId] { Q_EMIT conversationChanged(conversationId); }});
}

void ConversationStore::updateSettings(const ConversationInfo &info)
{
    const qint64 id = info.id;
    submit({0,
            [this, info] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET provider = ?, model = ?, system_prompt = ?, "
                          u"params_json = ? WHERE id = ?"_s);
                q.addBindValue(text(info.provider));
                q.addBindValue(text(info.model));
                q.addBindValue(text(info.systemPrompt));
                q.addBindValue(jsonText(info.params));
                q.addBindValue(info.id);
                return exec(q);
            },
            [this, id] { Q_EMIT conversationChanged(id); }});
}

void ConversationStore::softDelete(qint64 conversationId)
{
    submit({0,
            [this, conversationId] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET deleted_at = ? WHERE id = ?"_s);
                q.addBindValue(now());
                q.addBindValue(conversationId);
                return exec(q);
            },
            [this, conversationId] { Q_EMIT conversationRemoved(conversationId); }});
}

void ConversationStore::undoDelete(qint64 conversationId)
{
    submit({0,
            [this, conversationId] {
                QSqlQuery q(database());
                q.prepare(u"UPDATE conversations SET deleted_at = NULL WHERE id = ?"_s);
                q.addBindValue(conversationId);
                return exec(q);
            },
            [this, conversationId] { Q_EMIT conversationRestored(conversationId); }});
}

qint64 ConversationStore::insertConversation(const Conversation &conversation)
{
    ConversationInfo info = conversation.info;
    info.id = m_nextConversationId++;
    if (info.createdAt <= 0)
        info.createdAt = now();
    if (info.updatedAt <= 0)
        info.updatedAt = info.createdAt;
    // New ids keep the tree: a parent always precedes its children in id order.
    QHash<qint64, qint64> ids;
    QList<StoredMessage> messages;
    messages.reserve(conversation.messages.size());
    for (StoredMessage m : conversation.messages) {
        const qint64 newId = m_nextMessageId++;
        ids.insert(m.id, newId);
        m.id = newId;
        m.conversationId = info.id;
        m.parentId = ids.value(m.parentId, 0);
        if (m.createdAt <= 0)
            m.createdAt = info.createdAt;
        if (m.updatedAt <= 0)
            m.updatedAt = m.createdAt;
        messages.append(m);
    }
    info.activeLeafId = ids.value(conversation.info.activeLeafId, 0);
    const qint64 id = info.id;
    submit({0,
            [this, info, messages] {
                QSqlQuery q(database());
                q.prepare(u"INSERT INTO conversations (id, title, title_is_generated, created_at, "
                          u"updated_at, pinned, provider, model, system_prompt, params_json, "
                          u"active_leaf_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
                for (const QVariant &v :
                     {QVariant(info.id), QVariant(text(info.title)),
                      QVariant(info.titleIsGenerated), QVariant(info.createdAt),
                      QVariant(info.updatedAt), QVariant(info.pinned),
                      QVariant(text(info.provider)), QVariant(text(info.model)),
                      QVariant(text(info.systemPrompt)), QVariant(jsonText(info.params)),
                      nullableId(info.activeLeafId)})
                    q.addBindValue(v);
                if (!exec(q))
                    return false;
                QSqlQuery m(database());
                m.prepare(u"INSERT INTO messages (id, conversation_id, parent_id, role, text, "
                          u"reasoning, reasoning_signature, tool_calls_json, refusal, state, "
                          u"finish_reason, provider_finish_reason, error_kind, error_message, "
                          u"model, prompt_tokens, completion_tokens, ttft_ms, duration_ms, "
                          u"created_at, updated_at) VALUES (:id, :conv, :parent, :role, :text, "
                          u":reasoning, :signature, :tools, :refusal, :state, :finish, :pfinish, "
                          u":ekind, :emsg, :model, :ptok, :ctok, :ttft, :duration, :created, "
                          u":updated)"_s);
                for (const StoredMessage &message : messages) {
                    m.bindValue(u":id"_s, message.id);
                    m.bindValue(u":conv"_s, message.conversationId);
                    m.bindValue(u":parent"_s, nullableId(message.parentId));
                    m.bindValue(u":role"_s, StoredMessage::roleName(message.role));
                    m.bindValue(u":created"_s, message.createdAt);
                    bindMessageContent(m, message);
                    if (!exec(m))
                        return false;
                }
                return true;
            },
            [this, id] { Q_EMIT conversationCreated(id); }});
    return id;
}

// ---- reads ------------------------------------------------------------------------------------

std::optional<ConversationInfo> ConversationStore::conversationInfo(qint64 id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kConversationColumns +
              u" FROM conversations WHERE id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readConversation(q);
}

std::optional<Conversation> ConversationStore::loadConversation(qint64 id) const
{
    const std::optional<ConversationInfo> info = conversationInfo(id);
    if (!info)
        return std::nullopt;
    Conversation conversation;
    conversation.info = *info;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kMessageColumns +
              u" FROM messages WHERE conversation_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    while (q.next())
        conversation.messages.append(readMessage(q));
    return conversation;
}

std::optional<StoredMessage> ConversationStore::message(qint64 id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kMessageColumns + u" FROM messages WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readMessage(q);
}

QList<ConversationInfo> ConversationStore::listConversations(int limit,
                                                             const ConversationInfo *after) const
{
    QList<ConversationInfo> page;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString where = after ? u" AND (pinned, updated_at, id) < (?, ?, ?)"_s : QString();
    q.prepare(u"SELECT id, title, title_is_generated, created_at, updated_at, pinned, provider, "
              u"model, '', '{}', active_leaf_id FROM conversations WHERE deleted_at IS NULL"_s +
              where + u" ORDER BY pinned DESC, updated_at DESC, id DESC LIMIT ?"_s);
    if (after) {
        q.addBindValue(after->pinned ? 1 : 0);
        q.addBindValue(after->updatedAt);
        q.addBindValue(after->id);
    }
    q.addBindValue(limit);
    if (!exec(q))
        return page;
    while (q.next())
        page.append(readConversation(q));
    return page;
}

QList<qint64> ConversationStore::conversationIds() const
{
    QList<qint64> ids;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (q.exec(u"SELECT id FROM conversations WHERE deleted_at IS NULL "
               u"ORDER BY pinned DESC, updated_at DESC, id DESC"_s)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    return ids;
}

int ConversationStore::conversationCount() const
{
    QSqlQuery q(database());
    if (q.exec(u"SELECT count(*) FROM conversations WHERE deleted_at IS NULL"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

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
        hit.snippet = snippetHtml(q.value(4).toString());
        hits.append(hit);
    }
    return hits;
}

QList<SearchHit> ConversationStore::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QStringList words = queryWords(query);
    if (words.isEmpty() || limit <= 0)
        return hits;

    // Titles (few rows, substring match).
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
    t.addBindValue(std::max(5, limit / 4));
    if (exec(t)) {
        while (t.next()) {
            SearchHit hit;
            hit.conversationId = t.value(0).toLongLong();
            hit.title = t.value(1).toString();
            hit.snippet = highlighted(hit.title, words);
            hit.updatedAt = t.value(2).toLongLong();
            hits.append(hit);
        }
    }

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

std::optional<StoredMessage> ConversationStore::latestInterruptedMessage() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString columns = kMessageColumns;
    columns.replace(u", "_s, u", m."_s);
    q.prepare(u"SELECT m."_s + columns +
              u" FROM messages m JOIN conversations c ON c.id = m.conversation_id "
              u"WHERE m.state = 'interrupted' AND c.deleted_at IS NULL "
              u"ORDER BY m.updated_at DESC LIMIT 1"_s);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readMessage(q);
}
