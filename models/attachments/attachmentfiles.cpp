// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentfiles.h"

#include "attachment.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAttachments, "confab.models.attachments", QtInfoMsg)

namespace {
constexpr auto kTempPrefix = ".tmp-"_L1;

/** Flushes a folder's entries (a rename into it) to the disk. */
void syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

AttachmentFiles::AttachmentFiles(const QString &folder)
    : m_folder(QDir::cleanPath(folder))
    , m_sessionStart(QDateTime::currentDateTimeUtc())
{
    QDir().mkpath(m_folder);
}

QString AttachmentFiles::path(const QString &sha256) const
{
    if (!Attachment::isValidHash(sha256))
        return {};
    return m_folder + u'/' + sha256.first(2) + u'/' + sha256;
}

QString AttachmentFiles::thumbnailPath(const QString &sha256) const
{
    if (!Attachment::isValidHash(sha256))
        return {};
    return m_folder + u"/thumbnails/"_s + sha256.first(2) + u'/' + sha256;
}

bool AttachmentFiles::contains(const QString &sha256) const
{
    const QString p = path(sha256);
    return !p.isEmpty() && QFileInfo(p).isFile();
}

QString AttachmentFiles::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool AttachmentFiles::writeAtomically(const QString &target, const QByteArray &bytes,
                                      QString *error)
{
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const QString temp =
        folder + u'/' + kTempPrefix + QString::number(QRandomGenerator::global()->generate64(), 16);
    QFile file(temp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    bool ok = file.write(bytes) == bytes.size() && file.flush();
    ok = ok && ::fsync(file.handle()) == 0;
    const QString writeError = file.errorString();
    file.close();
    // rename(2) replaces atomically (QFile::rename would refuse an existing target).
    ok = ok &&
         ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) == 0;
    if (!ok) {
        if (error)
            *error =
                writeError.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : writeError;
        QFile::remove(temp);
        return false;
    }
    syncFolder(folder);
    return true;
}

QString AttachmentFiles::store(const QByteArray &bytes, QString *error)
{
    const QString sha = hashOf(bytes);
    const QString target = path(sha);
    {
        QMutexLocker lock(&m_mutex);
        m_touched.insert(sha); // never collected in this session from now on
    }
    const QFileInfo existing(target);
    if (existing.isFile() && existing.size() == bytes.size())
        return sha; // stored before: deduplicated
    if (!writeAtomically(target, bytes, error))
        return {};
    return sha;
}

bool AttachmentFiles::storeThumbnail(const QString &sha256, const QByteArray &bytes)
{
    const QString target = thumbnailPath(sha256);
    return !target.isEmpty() && writeAtomically(target, bytes, nullptr);
}

std::optional<QByteArray> AttachmentFiles::read(const QString &sha256, qint64 maxBytes,
                                                bool verify) const
{
    QFile file(path(sha256));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly) || file.size() > maxBytes)
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (verify && hashOf(bytes) != sha256)
        return std::nullopt;
    return bytes;
}

void AttachmentFiles::hold(const QString &sha256)
{
    QMutexLocker lock(&m_mutex);
    ++m_held[sha256];
    m_touched.insert(sha256);
}

void AttachmentFiles::release(const QString &sha256)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_held.find(sha256);
    if (it != m_held.end() && --*it <= 0)
        m_held.erase(it);
}

QStringList AttachmentFiles::storedHashes() const
{
    QStringList hashes;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (info.absolutePath().contains(u"/thumbnails"_s))
            continue;
        if (Attachment::isValidHash(info.fileName()))
            hashes.append(info.fileName());
    }
    return hashes;
}

int AttachmentFiles::collect(const QSet<QString> &referenced)
{
    int deleted = 0;
    QDirIterator it(m_folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString name = info.fileName();
        const bool thumbnail = info.absolutePath().startsWith(m_folder + u"/thumbnails"_s);
        if (name.startsWith(kTempPrefix)) {
            // Half-written by a crash (or being written now: those are recent).
            if (info.lastModified().toUTC() < m_sessionStart.addSecs(-60))
                QFile::remove(info.absoluteFilePath());
            continue;
        }
        if (!Attachment::isValidHash(name) || referenced.contains(name))
            continue;
        {
            QMutexLocker lock(&m_mutex);
            if (m_held.contains(name) || m_touched.contains(name))
                continue;
        }
        if (QFile::remove(info.absoluteFilePath()) && !thumbnail)
            ++deleted;
    }
    if (deleted > 0)
        qCInfo(lcAttachments) << "deleted" << deleted << "attachment files no message uses";
    return deleted;
}
