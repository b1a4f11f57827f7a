// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// ConversationStore: opening the database (integrity check, moving a corrupt file aside,
// migrations) and closing it.
#include "conversationstore.h"

#include "historyschema.h"
#include "storesql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using namespace StoreSql;

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
    collectAttachments(); // the purged conversations' files, and those a crash left unused
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
    if (version > HistorySchema::latestVersion()) {
        m_error = tr("The history database was made by a newer version of Confab (schema %1).")
                      .arg(version);
        return OpenResult::Failed;
    }
    QString error;
    if (!HistorySchema::migrate(db, HistorySchema::latestVersion(), &error)) {
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
