// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentintake.h"

#include "attachmentcodec.h"
#include "attachmentfiles.h"
#include "attachmentrules.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using Problem = AttachmentEnums::Problem;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AttachmentIntake", text);
}

AttachmentIntake::Result failed(Problem problem, const QString &name)
{
    AttachmentIntake::Result result;
    result.attachment.name = name;
    result.problem = problem;
    return result;
}

bool isUtf8Text(const QByteArray &bytes)
{
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString textMimeType(const QString &name, const QByteArray &bytes)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFileNameAndData(name, bytes.left(4096));
    return type.inherits(u"text/plain"_s) ? type.name() : u"text/plain"_s;
}
} // namespace

namespace AttachmentIntake {

Result fromFile(const QString &path, AttachmentFiles &files, const AttachmentCodec &codec,
                const std::function<void()> &afterRead)
{
    const QFileInfo before(path);
    const QString name = before.fileName();
    if (!before.exists() || !before.isFile())
        return failed(Problem::Unreadable, name);
    if (before.size() > AttachmentRules::kMaxFileBytes)
        return failed(Problem::TooLarge, name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(Problem::Unreadable, name);
    // One byte more than allowed tells a file that grew past the limit.
    const QByteArray bytes = file.read(AttachmentRules::kMaxFileBytes + 1);
    const bool readError = file.error() != QFileDevice::NoError;
    file.close();
    if (readError)
        return failed(Problem::Unreadable, name);
    if (afterRead)
        afterRead();
    const QFileInfo after(path);
    if (after.size() != before.size() || bytes.size() != before.size() ||
        after.lastModified() != before.lastModified())
        return failed(Problem::Changed, name);
    return fromBytes(bytes, name, files, codec);
}

Result fromBytes(const QByteArray &bytes, const QString &name, AttachmentFiles &files,
                 const AttachmentCodec &codec)
{
    if (bytes.isEmpty())
        return failed(Problem::Empty, name);
    if (bytes.size() > AttachmentRules::kMaxFileBytes)
        return failed(Problem::TooLarge, name);
    Result result;
    Attachment &a = result.attachment;
    a.name = name;
    a.size = bytes.size();
    QByteArray thumbnail;
    const QString byContent = QMimeDatabase().mimeTypeForData(bytes.left(4096)).name();
    if (byContent == "image/png"_L1 || byContent == "image/jpeg"_L1 ||
        byContent == "image/gif"_L1 || byContent == "image/webp"_L1) {
        const AttachmentCodec::ImageInfo info = codec.probeImage(bytes);
        if (info.problem == Problem::Unsupported) // an image's signature, and no image after it
            return failed(Problem::Damaged, name);
        if (info.problem != Problem::None)
            return failed(info.problem, name);
        // Decoding the thumbnail reads all the data: a truncated file fails here.
        const AttachmentCodec::Encoded thumb =
            codec.thumbnail(bytes, AttachmentRules::kThumbnailEdge);
        if (thumb.problem != Problem::None)
            return failed(thumb.problem, name);
        a.mimeType = QString::fromLatin1(info.mimeType);
        a.width = info.size.width();
        a.height = info.size.height();
        thumbnail = thumb.data;
    } else if (bytes.startsWith("%PDF-")) {
        a.mimeType = u"application/pdf"_s;
    } else if (isUtf8Text(bytes)) {
        if (bytes.size() > AttachmentRules::kMaxTextBytes)
            return failed(Problem::TooLarge, name);
        a.mimeType = textMimeType(name, bytes);
    } else {
        return failed(Problem::Unsupported, name);
    }
    QString error;
    a.sha256 = files.store(bytes, &error);
    if (a.sha256.isEmpty())
        return failed(Problem::Unreadable, name); // could not be written: said the same way
    if (!thumbnail.isEmpty() && !QFileInfo::exists(files.thumbnailPath(a.sha256)))
        files.storeThumbnail(a.sha256, thumbnail);
    return result;
}

QString describe(Problem problem, const QString &name)
{
    const QLocale locale;
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Unreadable:
        return tr("%1 could not be read.").arg(name);
    case Problem::Empty:
        return tr("%1 is empty.").arg(name);
    case Problem::TooLarge:
        return tr("%1 is too large to attach (images and PDFs up to %2, text files up to %3).")
            .arg(name, locale.formattedDataSize(AttachmentRules::kMaxFileBytes),
                 locale.formattedDataSize(AttachmentRules::kMaxTextBytes));
    case Problem::TooManyPixels:
        return tr("%1 has too many pixels to open safely (at most %2 megapixels).")
            .arg(name)
            .arg(AttachmentRules::kMaxPixels / 1000000);
    case Problem::Damaged:
        return tr("%1 is damaged or incomplete.").arg(name);
    case Problem::Unsupported:
        return tr("%1 is not an image, a PDF or a text file.").arg(name);
    case Problem::Changed:
        return tr("%1 changed while it was read. Attach it again when it is complete.").arg(name);
    case Problem::NoText:
        return tr("%1 has no text that could be extracted.").arg(name);
    case Problem::TooMany:
        return QCoreApplication::translate("AttachmentIntake",
                                           "A message can carry at most %n attachments.", nullptr,
                                           AttachmentRules::kMaxPerMessage);
    case Problem::Missing:
        return tr("The file of %1 is missing.").arg(name);
    }
    return {};
}

} // namespace AttachmentIntake
