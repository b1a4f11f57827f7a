// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <optional>

/**
 * @brief The attachment files on disk: each stored once, named by its SHA-256, in a folder of
 * the app data location (FOLDER/ab/abcdef…; thumbnails in FOLDER/thumbnails/ab/abcdef…).
 *
 * A file is written to a temporary name, flushed to the disk (fsync) and renamed into place,
 * and the folder is flushed too: a crash leaves either no file or the whole file, never half a
 * file under a hash. The history refers to files by hash (models/history), and a message's row
 * is written only after its files are: a crash in between leaves an unreferenced file, which
 * collect() deletes later, never a reference to a missing file.
 *
 * collect() deletes files no message refers to any more. It spares what is held (attachments
 * waiting in the composer) and whatever this session wrote or attached again: a message being
 * saved may not be in the database yet. Those go at a later start.
 *
 * Thread-safe: attachments are read and stored on worker threads.
 */
class AttachmentFiles
{
public:
    explicit AttachmentFiles(const QString &folder);

    QString folder() const { return m_folder; }
    /** Where the file with @p sha256 is (or would be); empty for a malformed hash. */
    QString path(const QString &sha256) const;
    QString thumbnailPath(const QString &sha256) const;
    bool contains(const QString &sha256) const;

    /**
     * Stores @p bytes under their SHA-256 and returns it (empty on failure, with @p error). A
     * file already stored is not written again, only marked as used now.
     */
    QString store(const QByteArray &bytes, QString *error = nullptr);
    /** Stores @p bytes as the thumbnail of @p sha256 (same atomic write). */
    bool storeThumbnail(const QString &sha256, const QByteArray &bytes);
    /** The bytes of @p sha256, if stored, at most @p maxBytes long, and still matching it when
     * @p verify is set. */
    std::optional<QByteArray> read(const QString &sha256, qint64 maxBytes,
                                   bool verify = false) const;

    /** Keeps @p sha256 from being collected until release() (counted). */
    void hold(const QString &sha256);
    void release(const QString &sha256);

    /**
     * Deletes every stored file whose hash is not in @p referenced, not held and not written
     * or attached in this session, with its thumbnail, and temporary files left by a crash.
     * Returns how many attachment files were deleted.
     */
    int collect(const QSet<QString> &referenced);
    /** Every hash stored. */
    QStringList storedHashes() const;

    /** SHA-256 of @p bytes as 64 lower-case hex digits. */
    static QString hashOf(const QByteArray &bytes);

private:
    bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error);

    QString m_folder;
    QDateTime m_sessionStart;
    mutable QMutex m_mutex;
    QHash<QString, int> m_held;
    QSet<QString> m_touched; /**< stored or attached again in this session */
};
