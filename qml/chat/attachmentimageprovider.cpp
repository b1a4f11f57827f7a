// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentimageprovider.h"

#include "attachment.h"
#include "attachmentfiles.h"
#include "attachmentrules.h"
#include "imagingcodec.h"

#include <QFileInfo>
#include <QQuickTextureFactory>
#include <QRunnable>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {
/** Reads one image on the thread pool and hands it over (the response lives on the GUI side). */
class Reader
    : public QObject
    , public QRunnable
{
    Q_OBJECT

public:
    Reader(AttachmentFiles *files, QString id, QSize requested)
        : m_files(files)
        , m_id(std::move(id))
        , m_requested(requested)
    {}

    void run() override
    {
        QImage image;
        QString error;
        const qsizetype slash = m_id.indexOf(u'/');
        const QString kind = m_id.first(std::max<qsizetype>(slash, 0));
        const QString hash = m_id.sliced(slash + 1);
        if (slash < 0 || !Attachment::isValidHash(hash) || !m_files) {
            error = u"not an attachment"_s;
        } else if (kind == "thumb"_L1) {
            const QString thumbnail = m_files->thumbnailPath(hash);
            if (QFileInfo::exists(thumbnail))
                image = ImagingCodec::decodeFile(thumbnail, AttachmentRules::kThumbnailEdge);
            if (image.isNull()) { // imported, or lost: made again, once
                image =
                    ImagingCodec::decodeFile(m_files->path(hash), AttachmentRules::kThumbnailEdge);
                if (!image.isNull()) {
                    const bool alpha = image.hasAlphaChannel();
                    m_files->storeThumbnail(hash,
                                            ImagingCodec::write(image, alpha ? "png" : "jpeg", 80));
                }
            }
        } else if (kind == "full"_L1) {
            const int edge =
                m_requested.isValid() ? std::max(m_requested.width(), m_requested.height()) : 0;
            image = ImagingCodec::decodeFile(m_files->path(hash), edge);
        } else {
            error = u"unknown kind"_s;
        }
        if (image.isNull() && error.isEmpty())
            error = u"the image could not be read"_s;
        Q_EMIT done(image, error);
    }

Q_SIGNALS:
    void done(const QImage &image, const QString &error);

private:
    AttachmentFiles *m_files;
    QString m_id;
    QSize m_requested;
};

class Response : public QQuickImageResponse
{
public:
    Response(AttachmentFiles *files, const QString &id, QSize requested)
    {
        auto *reader = new Reader(files, id, requested);
        reader->setAutoDelete(true);
        connect(reader, &Reader::done, this, [this](const QImage &image, const QString &error) {
            m_image = image;
            m_error = error;
            Q_EMIT finished();
        });
        QThreadPool::globalInstance()->start(reader);
    }

    QQuickTextureFactory *textureFactory() const override
    {
        return QQuickTextureFactory::textureFactoryForImage(m_image);
    }
    QString errorString() const override { return m_error; }

private:
    QImage m_image;
    QString m_error;
};
} // namespace

AttachmentImageProvider::AttachmentImageProvider(AttachmentFiles *files)
    : m_files(files)
{}

QQuickImageResponse *AttachmentImageProvider::requestImageResponse(const QString &id,
                                                                   const QSize &requestedSize)
{
    return new Response(m_files, id, requestedSize);
}

#include "attachmentimageprovider.moc"
