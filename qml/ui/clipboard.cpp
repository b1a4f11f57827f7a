// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "clipboard.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>

Clipboard::Clipboard(QObject *parent)
    : QObject(parent)
{}

void Clipboard::copyText(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

bool Clipboard::hasAttachment() const
{
    const QMimeData *data =
        QGuiApplication::clipboard() ? QGuiApplication::clipboard()->mimeData() : nullptr;
    return data && (data->hasImage() || !fileUrls().isEmpty());
}

QList<QUrl> Clipboard::fileUrls() const
{
    QList<QUrl> files;
    const QMimeData *data =
        QGuiApplication::clipboard() ? QGuiApplication::clipboard()->mimeData() : nullptr;
    if (!data || !data->hasUrls())
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            files.append(url);
    }
    return files;
}

QByteArray Clipboard::imagePng() const
{
    const QMimeData *data =
        QGuiApplication::clipboard() ? QGuiApplication::clipboard()->mimeData() : nullptr;
    if (!data || !data->hasImage())
        return {};
    // Applications offer PNG themselves more often than not: taken as it is.
    if (data->hasFormat(QStringLiteral("image/png")))
        return data->data(QStringLiteral("image/png"));
    const QImage image = qvariant_cast<QImage>(data->imageData());
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}
