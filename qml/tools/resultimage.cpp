// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "resultimage.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {
/** The reader format for @p mimeType, empty when Confab does not show it. */
QByteArray formatFor(const QString &mimeType)
{
    const QString type = mimeType.toLower();
    if (type == "image/png"_L1)
        return "png";
    if (type == "image/jpeg"_L1 || type == "image/jpg"_L1)
        return "jpeg";
    if (type == "image/gif"_L1)
        return "gif";
    if (type == "image/webp"_L1)
        return "webp";
    if (type == "image/bmp"_L1)
        return "bmp";
    return {};
}
} // namespace

ResultImage::ResultImage(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{}

void ResultImage::setData(const QString &data)
{
    if (data == m_data)
        return;
    m_data = data;
    Q_EMIT dataChanged();
    decode();
}

void ResultImage::setMimeType(const QString &mimeType)
{
    if (mimeType == m_mimeType)
        return;
    m_mimeType = mimeType;
    Q_EMIT dataChanged();
    decode();
}

void ResultImage::decode()
{
    m_image = QImage();
    m_error.clear();
    m_status = Status::Null;
    const QByteArray format = formatFor(m_mimeType);
    if (m_data.isEmpty() || m_mimeType.isEmpty()) {
        // not set yet
    } else if (format.isEmpty()) {
        m_error = tr("Images of type %1 are not shown.").arg(m_mimeType);
    } else if (m_data.size() > kMaxBase64) {
        m_error = tr("The image is too large to show.");
    } else if (const auto decoded = QByteArray::fromBase64Encoding(
                   m_data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
               !decoded) {
        m_error = tr("The image data is not valid base64.");
    } else {
        QByteArray bytes = decoded.decoded;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, format);
        reader.setAllocationLimit(kAllocationLimitMb);
        reader.setDecideFormatFromContent(false);
        const QSize size = reader.size();
        if (!size.isValid() || size.width() > kMaxSide || size.height() > kMaxSide) {
            m_error = size.isValid() ? tr("The image is too large to show.")
                                     : tr("The image could not be read.");
        } else if (!reader.read(&m_image)) {
            m_error = tr("The image could not be read: %1").arg(reader.errorString());
            m_image = QImage();
        }
    }
    if (!m_image.isNull())
        m_status = Status::Ready;
    else if (!m_error.isEmpty())
        m_status = Status::Error;
    setImplicitSize(m_image.width(), m_image.height());
    Q_EMIT statusChanged();
    update();
}

void ResultImage::paint(QPainter *painter)
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return;
    const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
    const QRectF target(QPointF(0, 0), fitted);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    painter->drawImage(target, m_image);
}
