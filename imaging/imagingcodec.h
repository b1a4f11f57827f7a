// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachmentcodec.h"

#include <QImage>

class QImageReader;

/**
 * @brief The AttachmentCodec with Qt's image readers and QtPdf: what models/ cannot link.
 *
 * Every decode checks the header's size against AttachmentRules (side and pixel limits) before
 * any pixel is allocated, runs under QImageReader's allocation limit, asks JPEG for a scaled
 * decode where it can (a 12-megapixel photo decodes at a quarter of the pixels), turns the
 * image upright from its EXIF orientation, and drops everything but the pixels: re-encoding
 * writes no EXIF, no text chunks and no colour profile (colours are converted to sRGB first).
 * A JPEG that ends before its last scan, or data a decoder rejects, is Damaged.
 */
class ImagingCodec final : public AttachmentCodec
{
public:
    ImageInfo probeImage(const QByteArray &bytes) const override;
    Encoded encodeImage(const QByteArray &bytes, int maxEdge, qint64 maxBytes) const override;
    Encoded thumbnail(const QByteArray &bytes, int edge) const override;
    PdfText pdfText(const QByteArray &bytes, qsizetype maxChars) const override;

    /**
     * Decodes @p bytes upright with its long edge at most @p maxEdge (0: full size), or returns
     * a null image with @p problem set. The viewer and the thumbnail provider use it too.
     */
    static QImage decode(const QByteArray &bytes, int maxEdge,
                         AttachmentEnums::Problem *problem = nullptr);
    /** Like decode(), from a file (read directly, never all into memory first). */
    static QImage decodeFile(const QString &path, int maxEdge,
                             AttachmentEnums::Problem *problem = nullptr);
    /** @p image encoded as @p format ("jpeg" or "png") without metadata. */
    static QByteArray write(const QImage &image, const char *format, int quality);

private:
    static QImage read(QImageReader &reader, bool jpeg, const QByteArray &bytes, int maxEdge,
                       AttachmentEnums::Problem *problem);
};
