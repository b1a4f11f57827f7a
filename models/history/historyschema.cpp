// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "historyschema.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

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
        // 4: attachments: references by SHA-256 to files stored once outside the database; a
        // file is deleted when no row refers to it any more (AttachmentFiles::collect).
        {
            uR"(CREATE TABLE message_attachments (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    mime_type TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL,
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    pdf_as_text INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (message_id, position)
) WITHOUT ROWID)"_s,
            u"CREATE INDEX message_attachments_by_hash ON message_attachments(sha256)"_s,
        },
        // 5: tool calls run through MCP. A tool message (role 'tool') answers one call of the
        // assistant message above it: which tool of which server, the arguments as run, the
        // approval, the status and the result as received, as one JSON object; its text is
        // the result's text, so search finds it.
        {
            u"ALTER TABLE messages ADD COLUMN tool_json TEXT NOT NULL DEFAULT ''"_s,
        },
    };
    return kMigrations;
}

} // namespace

namespace HistorySchema {

int latestVersion()
{
    return int(migrations().size());
}

bool migrate(QSqlDatabase &db, int toVersion, QString *error)
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

} // namespace HistorySchema
