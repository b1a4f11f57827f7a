// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

/** What an attachment is and what can go wrong with it: typed from C++ through roles to QML
 * (Attachment.Image, Attachment.TooLarge …). */
namespace AttachmentEnums {
Q_NAMESPACE
/** @brief How an attachment is read and sent. */
enum class Kind {
    Image, /**< PNG, JPEG, WEBP or GIF (its first frame): decoded, downscaled, re-encoded */
    Pdf,   /**< sent as a document where the provider reads PDFs, else as its text */
    Text,  /**< a text or code file, sent fenced under its name */
};
Q_ENUM_NS(Kind)

/** @brief Why a file could not be attached or sent. */
enum class Problem {
    None,
    Unreadable,    /**< missing, a folder, no permission, an I/O error */
    Empty,         /**< zero bytes */
    TooLarge,      /**< over the size limit for its kind */
    TooManyPixels, /**< an image larger than the pixel limit (a decompression bomb) */
    Damaged,       /**< truncated or undecodable */
    Unsupported,   /**< neither an image, a PDF nor text */
    Changed,       /**< the file changed while it was read */
    NoText,        /**< a PDF without extractable text, where text must be sent */
    TooMany,       /**< more attachments than one message may carry */
    Missing,       /**< the stored file is gone (an import without its data) */
};
Q_ENUM_NS(Problem)
} // namespace AttachmentEnums

/**
 * @brief One attached file as a message keeps it: a reference by SHA-256 to the file stored once
 * in AttachmentFiles, with what the view needs without opening it. Nothing provider-specific is
 * kept: what is sent is made from the file at send time (AttachmentEncoder).
 */
struct Attachment
{
    using Kind = AttachmentEnums::Kind;

    QString sha256;   /**< 64 lower-case hex digits: the stored file's name */
    QString mimeType; /**< image/png, image/jpeg, image/webp, image/gif, application/pdf, text/… */
    QString name;     /**< the file name as the user attached it */
    qint64 size = 0;  /**< bytes of the stored file */
    int width = 0;    /**< images: pixels after EXIF orientation; 0 otherwise */
    int height = 0;
    bool pdfAsText = false; /**< PDFs: send the extracted text even where PDFs are read */

    Kind kind() const;
    bool operator==(const Attachment &) const = default;

    /** The kind a MIME type is sent as; Text for anything text-like. */
    static Kind kindOf(const QString &mimeType);
    /** Whether @p hash is 64 lower-case hex digits (never a path). */
    static bool isValidHash(QStringView hash);
};
