// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "message.h"
#include "messagetree.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

class AttachmentFiles;
class QSqlQuery;
class QThread;

/** @brief A conversation's own fields (no messages). */
struct ConversationInfo
{
    qint64 id = 0;
    QString title;
    bool titleIsGenerated = false;
    qint64 createdAt = 0; /**< 0 when creating: now */
    qint64 updatedAt = 0; /**< 0 when creating: createdAt */
    bool pinned = false;
    QString provider;
    QString model;
    QString systemPrompt;
    QJsonObject params; /**< temperature, topP, maxTokens … as chosen for this conversation */
    qint64 activeLeafId = 0; /**< the last message of the branch shown; 0 when empty */

    bool operator==(const ConversationInfo &) const = default;
};

/** @brief A conversation with its whole message tree (messages in id order). */
struct Conversation
{
    ConversationInfo info;
    QList<Message> messages;

    /** The messages as a tree whose active path ends at info.activeLeafId. */
    MessageTree tree() const { return MessageTree(messages, info.activeLeafId); }
};

/** @brief A part of a text: an offset and a length in UTF-16 code units (the indices of
 * QString and of JavaScript strings). */
struct TextRange
{
    qsizetype offset = 0;
    qsizetype length = 0;
    bool operator==(const TextRange &) const = default;
};

/** @brief One search result: a message hit (with a snippet) or a title hit (messageId 0). */
struct SearchHit
{
    qint64 conversationId = 0;
    qint64 messageId = 0;
    QString title;
    /** Plain text: the title for a title hit, else the words around the hit on one line. */
    QString snippet;
    /** Where the query's words are in snippet, in order and not overlapping. */
    QList<TextRange> highlights;
    qint64 updatedAt = 0;
};

/**
 * @brief The SQLite history database: conversations, message trees, full-text search.
 *
 * One file, WAL mode, foreign keys, a busy timeout; the schema is versioned with PRAGMA
 * user_version and upgraded by ordered migrations (HistorySchema; migration 1 is frozen). A
 * corrupt or unreadable file is moved aside, never overwritten, and a fresh database is started
 * (storeopen.cpp). Search is in storesearch.cpp.
 *
 * Writes are synchronous on the calling (GUI) thread, one short transaction each. A write that
 * fails (disk full, I/O error, busy) stays queued in memory in order, is reported through
 * writeError, and is retried on a timer; later writes queue behind it so the order is kept, and
 * checkpoints of one message coalesce. Ids are assigned in memory, so a queued message already
 * has its id. Reads see only what is written. Signals about conversations fire once the change
 * is committed.
 */
class ConversationStore : public QObject
{
    Q_OBJECT
    /** Readable description of the failing write, empty when everything is saved. */
    Q_PROPERTY(QString writeError READ writeError NOTIFY writeErrorChanged FINAL)
    Q_PROPERTY(int pendingWrites READ pendingWrites NOTIFY writeErrorChanged FINAL)
    /** Where a corrupt or unreadable database was moved at open; empty if none. */
    Q_PROPERTY(QString movedAsidePath READ movedAsidePath NOTIFY opened FINAL)
    /** Damage found by the background integrity check; the file is moved aside at next open. */
    Q_PROPERTY(QString damage READ damage NOTIFY damageDetected FINAL)

public:
    /** Databases up to this size get PRAGMA quick_check before open() returns (~10 ms/MB);
        larger ones are checked on a background thread after it. */
    static constexpr qint64 kSynchronousCheckBytes = 32LL * 1024 * 1024;

    explicit ConversationStore(QObject *parent = nullptr);
    ~ConversationStore() override;

    /**
     * Opens (or creates) the database at @p path, moving a corrupt one aside first. Marks
     * answers a crash left streaming as interrupted and purges soft-deleted conversations.
     * Returns false only if no usable database could be opened (see errorString()).
     */
    bool open(const QString &path);
    /** Tries the pending writes once more, then closes (waiting for a running check). */
    void close();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QString movedAsidePath() const { return m_movedAsidePath; }
    QString damage() const { return m_damage; }
    /** For tests: the size limit of the synchronous integrity check. */
    void setSynchronousCheckLimit(qint64 bytes) { m_syncCheckBytes = bytes; }
    /** True while the background integrity check runs. */
    bool isChecking() const { return m_checkThread != nullptr; }
    /** Answers found streaming at open (a crash) and now marked interrupted. */
    int interruptedAtOpen() const { return m_interruptedAtOpen; }
    QString writeError() const { return m_writeError; }
    int pendingWrites() const { return int(m_pending.size()); }
    /** The connection, for tests and the benchmark. */
    QSqlDatabase database() const;

    // Writes. Each returns at once; on failure the write is queued and retried.
    qint64 createConversation(const ConversationInfo &info);
    /** Stores @p message (its conversationId and parentId) and makes it the active leaf. */
    qint64 appendMessage(const Message &message);
    /** Overwrites the content, state and usage of message @p message.id (a checkpoint). */
    void updateMessage(const Message &message);
    void setActiveLeaf(qint64 conversationId, qint64 messageId);
    void rename(qint64 conversationId, const QString &title, bool generated = false);
    void setPinned(qint64 conversationId, bool pinned);
    /** Stores provider, model, system prompt and parameters of @p info.id. */
    void updateSettings(const ConversationInfo &info);
    /** Deletes message @p messageId and every message below it on all branches; the branch
     * ending at @p newLeafId (0: none) becomes the one shown. */
    void removeMessages(qint64 conversationId, qint64 messageId, qint64 newLeafId);
    /** Hides the conversation; undoDelete() brings it back; the next open() purges it. */
    void softDelete(qint64 conversationId);
    void undoDelete(qint64 conversationId);
    /** Writes a whole imported conversation in one transaction; returns its new id. */
    qint64 insertConversation(const Conversation &conversation);
    /** Retries the queued writes now. Returns true when nothing is pending. */
    bool flush();

    // Attachments: rows in message_attachments refer to files in AttachmentFiles by hash.
    /** The files; once set, deleting messages deletes the files no message uses any more. */
    void setAttachmentFiles(AttachmentFiles *files);
    AttachmentFiles *attachmentFiles() const { return m_files; }
    /** Every hash a message refers to, on every branch, deleted conversations included (until
     * they are purged: Undo brings their files back). */
    std::optional<QSet<QString>> referencedAttachments() const;
    /** Deletes the files no message refers to (AttachmentFiles::collect); not while writes are
     * pending. Returns how many were deleted. */
    int collectAttachments();

    // Reads.
    std::optional<ConversationInfo> conversationInfo(qint64 id) const;
    std::optional<Conversation> loadConversation(qint64 id) const;
    std::optional<Message> message(qint64 id) const;
    /** Visible conversations, pinned first, newest first; after @p after's position if given. */
    QList<ConversationInfo> listConversations(int limit,
                                              const ConversationInfo *after = nullptr) const;
    /** Ids of all visible conversations in list order. */
    QList<qint64> conversationIds() const;
    int conversationCount() const;
    /** Title hits, then message hits (newest first) for the words of @p query. */
    QList<SearchHit> search(const QString &query, int limit) const;
    /** The newest interrupted answer (to offer Continue), if any. */
    std::optional<Message> latestInterruptedMessage() const;

    /** The FTS5 query for user input: each word quoted; with @p prefix the last one is a
        prefix unless the input ends with a space. */
    static QString ftsQuery(const QString &text, bool prefix = true);

Q_SIGNALS:
    void opened();
    /** The background check found the open database damaged (see damage()). */
    void damageDetected(const QString &message);
    void conversationCreated(qint64 id);
    /** Title, pin, settings or updated time changed. */
    void conversationChanged(qint64 id);
    void conversationRemoved(qint64 id);
    void conversationRestored(qint64 id);
    /** A message was appended or its content checkpointed. */
    void messageStored(qint64 conversationId, qint64 messageId);
    void writeErrorChanged();
    /** A write failed; @p message explains it for the user. */
    void writeFailed(const QString &message);

private:
    struct Write
    {
        qint64 coalesceKey = 0; /**< non-zero: a newer write with this key replaces it */
        std::function<bool()> run;
        std::function<void()> done;
    };
    enum class OpenResult { Ok, Corrupt, Failed };

    OpenResult tryOpen(const QString &path);
    void startBackgroundCheck();
    QList<SearchHit> searchMessages(const QString &ftsQuery, int limit) const;
    QList<SearchHit> searchTitles(const QStringList &words, int limit) const;
    void onBackgroundCheck(const QString &result);
    QString damageMarker() const { return m_path + QStringLiteral(".damaged"); }
    bool moveAside(const QString &path);
    void closeConnection();
    void submit(Write write);
    bool runWrite(const Write &write);
    void drain();
    void setWriteError(const QString &error);
    bool exec(QSqlQuery &query) const;
    void recordError(const QSqlError &error) const;
    void loadCounters();

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_movedAsidePath;
    QString m_writeError;
    mutable QString m_lastSqlError;
    QList<Write> m_pending;
    QTimer m_retryTimer;
    int m_retryDelayMs = 0;
    int m_interruptedAtOpen = 0;
    qint64 m_nextConversationId = 1;
    qint64 m_nextMessageId = 1;
    QString m_damage;
    QThread *m_checkThread = nullptr;
    AttachmentFiles *m_files = nullptr;
    qint64 m_syncCheckBytes = kSynchronousCheckBytes;
    bool m_checkLater = false;
    bool m_open = false;
};
