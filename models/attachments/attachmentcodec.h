// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"

#include <QByteArray>
#include <QSize>
#include <QString>

/**
 * @brief What models/ needs decoded and cannot decode itself (it never links QtGui): images and
 * PDFs. Implemented by imaging/ (ImagingCodec) and handed in by the composition root.
 *
 * Every method is reentrant and may run on any thread. Images are decoded under
 * AttachmentRules' pixel and allocation limits: the size in the header is checked before any
 * pixel is allocated, and a decoder that runs out of data fails instead of guessing.
 */
class AttachmentCodec
{
public:
    virtual ~AttachmentCodec() = default;

    /** An image's format and size as read from its header. */
    struct ImageInfo
    {
        AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
        QByteArray mimeType; /**< image/png … ; empty when not an image Qt reads */
        QSize size;          /**< after EXIF orientation */
    };
    /** An encoded image (or the problem that prevented it). */
    struct Encoded
    {
        AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
        QByteArray mimeType; /**< image/jpeg or image/png */
        QByteArray data;
        QSize size;
    };
    /** A PDF's text, pages in order. */
    struct PdfText
    {
        AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
        QString text;
        int pages = 0;
    };

    /** Reads the header only: no pixels are decoded. */
    virtual ImageInfo probeImage(const QByteArray &bytes) const = 0;
    /**
     * Decodes @p bytes (a GIF's first frame), turns it upright (EXIF), scales it so its long
     * edge is at most @p maxEdge and re-encodes it without metadata: JPEG, or PNG when it has
     * transparency. Lowers quality, then size, until it fits @p maxBytes.
     */
    virtual Encoded encodeImage(const QByteArray &bytes, int maxEdge, qint64 maxBytes) const = 0;
    /** A small upright image (long edge @p edge) for chips and bubbles. */
    virtual Encoded thumbnail(const QByteArray &bytes, int edge) const = 0;
    /** The text of a PDF, at most @p maxChars characters. */
    virtual PdfText pdfText(const QByteArray &bytes, qsizetype maxChars) const = 0;
};
