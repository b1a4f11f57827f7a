// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Test images made in code (no binaries in the repository): photos, PNGs with metadata, an
// EXIF-rotated JPEG, hostile files.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QtEndian>

#include <zlib.h>

namespace TestImages {

/** A photo-like image: gradients and some noise, so JPEG has work to do. */
inline QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            seed = seed * 1664525u + 1013904223u;
            const int noise = int(seed >> 28);
            line[x] = qRgb((x * 255 / width + noise) & 255, (y * 255 / height + noise) & 255,
                           ((x + y) * 128 / (width + height) + noise * 2) & 255);
        }
    }
    return image;
}

inline QByteArray encode(const QImage &image, const char *format, int quality = 90)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.write(image);
    return out;
}

/** A JPEG with an EXIF APP1 segment: orientation @p orientation and an ImageDescription. */
inline QByteArray jpegWithExif(const QImage &image, quint16 orientation, const QByteArray &text)
{
    const QByteArray jpeg = encode(image, "jpeg");
    // TIFF, little endian: header, one IFD with two entries, the description's bytes.
    QByteArray tiff("II*\0\x08\0\0\0", 8);
    const auto u16 = [&tiff](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        tiff.append(b, 2);
    };
    const auto u32 = [&tiff](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        tiff.append(b, 4);
    };
    u16(2);
    u16(0x010e); // ImageDescription, ASCII
    u16(2);
    u32(quint32(text.size() + 1));
    u32(8 + 2 + 2 * 12 + 4);
    u16(0x0112); // Orientation, SHORT
    u16(3);
    u32(1);
    u16(orientation);
    u16(0);
    u32(0); // no next IFD
    tiff.append(text);
    tiff.append('\0');
    QByteArray app1 = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment("\xff\xe1", 2);
    segment.append(char((app1.size() + 2) >> 8));
    segment.append(char((app1.size() + 2) & 0xff));
    segment.append(app1);
    return jpeg.first(2) + segment + jpeg.sliced(2);
}

inline QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    char length[4];
    qToBigEndian(quint32(data.size()), length);
    chunk.append(length, 4);
    const QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    char crc[4];
    qToBigEndian(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
        crc);
    chunk.append(crc, 4);
    return chunk;
}

/**
 * A decompression bomb: a PNG that says it is @p side × @p side pixels (1-bit grey) with a few
 * KB of compressed rows. Decoding it whole would take side² × 4 bytes.
 */
inline QByteArray pngBomb(quint32 side)
{
    QByteArray ihdr;
    char v[4];
    qToBigEndian(side, v);
    ihdr.append(v, 4);
    ihdr.append(v, 4);
    ihdr.append(QByteArray("\x01\x00\x00\x00\x00", 5)); // 1 bit, grey, deflate, no interlace
    // 64 rows of zeros compress to a few hundred bytes; the decoder would need many more.
    const QByteArray rows(64 * (1 + (side + 7) / 8), '\0');
    uLongf size = compressBound(uLong(rows.size()));
    QByteArray idat(int(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(idat.data()), &size,
              reinterpret_cast<const Bytef *>(rows.constData()), uLong(rows.size()), 9);
    idat.resize(int(size));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", idat) +
           pngChunk("IEND", {});
}

/** A GIF whose logical screen is 65,535 × 65,535 with one 1 × 1 frame. */
inline QByteArray hugeGif()
{
    QByteArray gif("GIF89a", 6);
    gif.append("\xff\xff\xff\xff", 4);         // width, height
    gif.append("\x80\x00\x00", 3);             // global colour table of 2, background, aspect
    gif.append("\x00\x00\x00\xff\xff\xff", 6); // black, white
    gif.append("\x2c\x00\x00\x00\x00\xff\xff\xff\xff\x00", 10); // an image as large as that
    gif.append("\x02\x02\x44\x01\x00", 5);                      // LZW data for a pixel
    gif.append('\x3b');
    return gif;
}

/** A one-page PDF with real text (Helvetica), written by hand. */
inline QByteArray pdf(const QByteArray &line1, const QByteArray &line2)
{
    const QByteArray content =
        "BT /F1 24 Tf 72 720 Td (" + line1 + ") Tj 0 -30 Td (" + line2 + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
            "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace TestImages
