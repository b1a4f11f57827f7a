// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the ConversationStore's files share about SQLite: result codes, the message and
// conversation columns and how rows map to records. Internal to models/history.

#include "conversationstore.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QString>
#include <QVariant>

class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace StoreSql {

constexpr int kBusyTimeoutMs = 2000;

/** SQLite's primary result codes that the store tells apart. */
enum Code {
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kNotADb = 26,
};

/** The primary SQLite result code of @p error, -1 when it has none. */
int primaryCode(const QSqlError &error);

/** Milliseconds since the epoch. */
qint64 now();

/** The columns readMessage() reads, in its order. */
QString messageColumns();
/** The columns readConversation() reads, in its order. */
QString conversationColumns();
/** The INSERT of one message with named values (bindMessage() binds them all). */
QString insertMessageSql();

Message readMessage(const QSqlQuery &q);
ConversationInfo readConversation(const QSqlQuery &q);
/** Binds every named value of insertMessageSql(). */
void bindMessage(QSqlQuery &q, const Message &m);
/** Binds the values an UPDATE of a message's content names (all but id, conversation, parent,
 * author and creation time). */
void bindMessageContent(QSqlQuery &q, const Message &m);

/** Inserts @p m's attachment rows (none: nothing). */
bool insertAttachments(QSqlDatabase db, const Message &m, QSqlError *error);
/** Reads the attachments of the messages @p where selects (a condition on message_id, with
 * @p binds) into @p messages by id. */
bool readAttachments(QSqlDatabase db, const QString &where, const QVariantList &binds,
                     QHash<qint64, QList<Attachment>> *byMessage, QSqlError *error);

/** A NOT NULL text column: a null QString would bind as NULL. */
QString text(const QString &s);
/** A nullable reference: 0 binds as NULL. */
QVariant nullableId(qint64 id);
QString jsonText(const QJsonObject &object);

} // namespace StoreSql
