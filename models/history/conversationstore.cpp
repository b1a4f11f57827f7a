// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ConversationStore: the write queue, the writes and the reads. Opening and closing are in
// storeopen.cpp, search in storesearch.cpp.
#include "conversationstore.h"

#include "storesql.h"

#include "attachmentfiles.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;
using namespace StoreSql;

namespace {
constexpr int kFirstRetryMs = 1000;
constexpr int kMaxRetryMs = 10'000;
} // namespace

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

qint64 ConversationStore::appendMessage(const Message &message)
{
    Message m = message;
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
                q.prepare(insertMessageSql());
                bindMessage(q, m);
                if (!exec(q))
                    return false;
                // The files are on disk already (AttachmentFiles wrote them before): a crash
                // before this commit leaves them unreferenced, never a row without its file.
                QSqlError error;
                if (!insertAttachments(database(), m, &error)) {
                    recordError(error);
                    return false;
                }
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

void ConversationStore::updateMessage(const Message &message)
{
    Message m = message;
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
                          u"updated_at = :updated, tool_json = :toolrun WHERE id = :id"_s);
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
            [this, conversationId] {
                Q_EMIT conversationChanged(conversationId);
                collectAttachments();
            }});
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
    QList<Message> messages;
    messages.reserve(conversation.messages.size());
    for (Message m : conversation.messages) {
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
                m.prepare(insertMessageSql());
                for (const Message &message : messages) {
                    bindMessage(m, message);
                    if (!exec(m))
                        return false;
                    QSqlError error;
                    if (!insertAttachments(database(), message, &error)) {
                        recordError(error);
                        return false;
                    }
                }
                return true;
            },
            [this, id] { Q_EMIT conversationCreated(id); }});
    return id;
}

// ---- attachments ------------------------------------------------------------------------------

void ConversationStore::setAttachmentFiles(AttachmentFiles *files)
{
    m_files = files;
}

std::optional<QSet<QString>> ConversationStore::referencedAttachments() const
{
    QSet<QString> hashes;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT DISTINCT sha256 FROM message_attachments"_s)) {
        recordError(q.lastError());
        return std::nullopt;
    }
    while (q.next())
        hashes.insert(q.value(0).toString());
    return hashes;
}

int ConversationStore::collectAttachments()
{
    if (!m_files || !m_open || !m_pending.isEmpty())
        return 0;
    // Only when the references could be read: a failed read must not look like "none".
    const std::optional<QSet<QString>> referenced = referencedAttachments();
    return referenced ? m_files->collect(*referenced) : 0;
}

// ---- reads ------------------------------------------------------------------------------------

std::optional<ConversationInfo> ConversationStore::conversationInfo(qint64 id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + conversationColumns() +
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
    q.prepare(u"SELECT "_s + messageColumns() +
              u" FROM messages WHERE conversation_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    while (q.next())
        conversation.messages.append(readMessage(q));
    // One more query for all the attachments, and none of their files opened.
    QHash<qint64, QList<Attachment>> attachments;
    QSqlError error;
    if (!readAttachments(database(),
                         u"message_id IN (SELECT id FROM messages WHERE conversation_id = ?)"_s,
                         {id}, &attachments, &error)) {
        recordError(error);
        return std::nullopt;
    }
    if (!attachments.isEmpty()) {
        for (Message &m : conversation.messages)
            m.attachments = attachments.value(m.id);
    }
    return conversation;
}

std::optional<Message> ConversationStore::message(qint64 id) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + messageColumns() + u" FROM messages WHERE id = ?"_s);
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    Message m = readMessage(q);
    QHash<qint64, QList<Attachment>> attachments;
    QSqlError error;
    if (readAttachments(database(), u"message_id = ?"_s, {id}, &attachments, &error))
        m.attachments = attachments.value(id);
    return m;
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

std::optional<Message> ConversationStore::latestInterruptedMessage() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    QString columns = messageColumns();
    columns.replace(u", "_s, u", m."_s);
    q.prepare(u"SELECT m."_s + columns +
              u" FROM messages m JOIN conversations c ON c.id = m.conversation_id "
              u"WHERE m.state = 'interrupted' AND c.deleted_at IS NULL "
              u"ORDER BY m.updated_at DESC LIMIT 1"_s);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return readMessage(q);
}
