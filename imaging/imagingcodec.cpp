// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "imagingcodec.h"

#include "attachmentrules.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPdfDocument>
#include <QPdfSelection>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Problem = AttachmentEnums::Problem;

namespace {
QByteArray mimeFor(const QByteArray &format)
{
    if (format == "png")
        return "image/png";
    if (format == "jpeg" || format == "jpg")
        return "image/jpeg";
    if (format == "gif")
        return "image/gif";
    if (format == "webp")
        return "image/webp";
    return {};
}

bool swapsSides(QImageIOHandler::Transformations t)
{
    return t.testFlag(QImageIOHandler::TransformationRotate90);
}

/** The size once upright, or a problem when the header is unusable or too large. */
QSize checkedSize(QImageReader &reader, Problem *problem)
{
    const QSize raw = reader.size();
    if (!raw.isValid() || raw.isEmpty()) {
        *problem = reader.format().isEmpty() ? Problem::Unsupported : Problem::Damaged;
        return {};
    }
    if (raw.width() > AttachmentRules::kMaxSide || raw.height() > AttachmentRules::kMaxSide ||
        qint64(raw.width()) * raw.height() > AttachmentRules::kMaxPixels) {
        *problem = Problem::TooManyPixels;
        return {};
    }
    return swapsSides(reader.transformation()) ? raw.transposed() : raw;
}

/** A JPEG whose data stops before the end of its last scan (libjpeg would fill it grey). */
bool jpegIsTruncated(const QByteArray &bytes)
{
    const qsizetype lastScan = bytes.lastIndexOf("\xff\xda");
    const qsizetype end = bytes.lastIndexOf("\xff\xd9");
    return lastScan < 0 || end < lastScan;
}

QSize fitted(QSize size, int maxEdge)
{
    if (maxEdge <= 0 || std::max(size.width(), size.height()) <= maxEdge)
        return size;
    return size.scaled(maxEdge, maxEdge, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

bool isOpaque(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return true;
    // A PNG with an alpha channel is often opaque all the same.
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return false;
        }
    }
    return true;
}
} // namespace

QImage ImagingCodec::read(QImageReader &reader, bool jpeg, const QByteArray &bytes, int maxEdge,
                          Problem *problem)
{
    Problem local = Problem::None;
    Problem &p = problem ? *problem : local;
    p = Problem::None;
    reader.setAllocationLimit(AttachmentRules::kAllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize upright = checkedSize(reader, &p);
    if (p != Problem::None)
        return {};
    if (jpeg && !bytes.isNull() && jpegIsTruncated(bytes)) {
        p = Problem::Damaged;
        return {};
    }
    const QSize target = fitted(upright, maxEdge);
    // JPEG decodes scaled (by 1/2, 1/4, 1/8 in the DCT): far less memory and time. The reader
    // scales before it rotates, so it wants the size in the file's own orientation.
    if (target != upright && reader.supportsOption(QImageIOHandler::ScaledSize)) {
        reader.setScaledSize(swapsSides(reader.transformation()) ? target.transposed() : target);
    }
    QImage image = reader.read();
    if (image.isNull()) {
        p = reader.error() == QImageReader::UnsupportedFormatError ? Problem::Unsupported
                                                                   : Problem::Damaged;
        return {};
    }
    if (image.size() != target)
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace::SRgb)
        image.convertToColorSpace(QColorSpace::SRgb);
    return image;
}

QImage ImagingCodec::decode(const QByteArray &bytes, int maxEdge, Problem *problem)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    return read(reader, reader.format() == "jpeg", bytes, maxEdge, problem);
}

QImage ImagingCodec::decodeFile(const QString &path, int maxEdge, Problem *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = Problem::Missing;
        return {};
    }
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true);
    const bool jpeg = reader.format() == "jpeg";
    QByteArray bytes;
    if (jpeg) { // the truncation check reads the file; thumbnails and views are small or cached
        bytes = file.readAll();
        return decode(bytes, maxEdge, problem);
    }
    return read(reader, false, {}, maxEdge, problem);
}

QByteArray ImagingCodec::write(const QImage &image, const char *format, int quality)
{
    // A copy of the pixels alone: no text chunks, no colour profile, no EXIF.
    const QImage::Format pixelFormat =
        qstrcmp(format, "png") == 0
            ? (image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32)
            : QImage::Format_RGB32;
    const QImage converted = image.convertToFormat(pixelFormat);
    const QImage bare(converted.constBits(), converted.width(), converted.height(),
                      converted.bytesPerLine(), converted.format());
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (qstrcmp(format, "jpeg") == 0)
        writer.setOptimizedWrite(true);
    if (!writer.write(bare))
        return {};
    return out;
}

AttachmentCodec::ImageInfo ImagingCodec::probeImage(const QByteArray &bytes) const
{
    ImageInfo info;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    info.mimeType = mimeFor(reader.format());
    if (info.mimeType.isEmpty()) {
        info.problem = Problem::Unsupported;
        return info;
    }
    info.size = checkedSize(reader, &info.problem);
    return info;
}

AttachmentCodec::Encoded ImagingCodec::encodeImage(const QByteArray &bytes, int maxEdge,
                                                   qint64 maxBytes) const
{
    Encoded result;
    QImage image = decode(bytes, maxEdge, &result.problem);
    if (image.isNull())
        return result;
    const bool opaque = isOpaque(image);
    const QByteArray source = probeImage(bytes).mimeType;
    // Screenshots and drawings stay PNG while that is small; photos and large PNGs go JPEG.
    constexpr qint64 kPngBudget = 2LL * 1024 * 1024;
    bool png = !opaque || source == "image/png" || source == "image/gif";
    const int qualities[] = {85, 75, 60};
    for (int round = 0; round < 12; ++round) {
        if (png) {
            result.data = write(image, "png", -1);
            if (!result.data.isEmpty() && result.data.size() <= std::min(maxBytes, kPngBudget)) {
                result.mimeType = "image/png";
                break;
            }
            if (opaque) {
                png = false; // try JPEG at this size
                continue;
            }
        } else {
            bool fits = false;
            for (const int quality : qualities) {
                result.data = write(image, "jpeg", quality);
                if (!result.data.isEmpty() && result.data.size() <= maxBytes) {
                    fits = true;
                    break;
                }
            }
            if (fits) {
                result.mimeType = "image/jpeg";
                break;
            }
        }
        // Still too large: three quarters of the size, and try again.
        const QSize smaller = (QSizeF(image.size()) * 0.75).toSize().expandedTo(QSize(1, 1));
        if (smaller == image.size()) {
            result.data.clear();
            break;
        }
        image = image.scaled(smaller, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        png = !opaque;
    }
    if (result.mimeType.isEmpty()) {
        result.problem = Problem::TooLarge;
        result.data.clear();
        return result;
    }
    result.size = image.size();
    return result;
}

AttachmentCodec::Encoded ImagingCodec::thumbnail(const QByteArray &bytes, int edge) const
{
    Encoded result;
    const QImage image = decode(bytes, edge, &result.problem);
    if (image.isNull())
        return result;
    const bool opaque = isOpaque(image);
    result.mimeType = opaque ? "image/jpeg" : "image/png";
    result.data = write(image, opaque ? "jpeg" : "png", 80);
    result.size = image.size();
    if (result.data.isEmpty())
        result.problem = Problem::Damaged;
    return result;
}

AttachmentCodec::PdfText ImagingCodec::pdfText(const QByteArray &bytes, qsizetype maxChars) const
{
    PdfText result;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready) {
        result.problem = Problem::Damaged;
        return result;
    }
    result.pages = document.pageCount();
    QStringList pages;
    qsizetype total = 0;
    for (int page = 0; page < document.pageCount() && total < maxChars; ++page) {
        QString text = document.getAllText(page).text();
        text.replace(u"\r\n"_s, u"\n"_s); // pdfium ends lines with CR LF
        if (total + text.size() > maxChars)
            text.truncate(maxChars - total);
        total += text.size();
        pages.append(text);
    }
    result.text = pages.join(u"\n\n"_s);
    return result;
}
