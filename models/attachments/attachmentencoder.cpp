// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "attachmentencoder.h"

#include "attachmentcodec.h"
#include "attachmentfiles.h"
#include "attachmentrules.h"

#include <QMutexLocker>
#include <QStringDecoder>

using namespace Qt::StringLiterals;
using Problem = AttachmentEnums::Problem;
using Support = AttachmentLimits::Support;

namespace {
constexpr int kCacheKb = 128 * 1024;
} // namespace

AttachmentEncoder::AttachmentEncoder(AttachmentFiles *files, const AttachmentCodec *codec)
    : m_files(files)
    , m_codec(codec)
    , m_cache(kCacheKb)
{}

qint64 AttachmentEncoder::Part::bytes() const
{
    return part.kind == ContentPart::Kind::Text ? part.text.toUtf8().size() : part.data.size();
}

QByteArray AttachmentEncoder::cached(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray *value = m_cache.object(key);
    return value ? *value : QByteArray();
}

void AttachmentEncoder::remember(const QString &key, const QByteArray &value)
{
    QMutexLocker lock(&m_mutex);
    m_cache.insert(key, new QByteArray(value), int(std::max<qint64>(1, value.size() / 1024)));
}

void AttachmentEncoder::clearCache()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

ContentPart AttachmentEncoder::note(const Attachment &attachment, Problem problem)
{
    ContentPart part;
    part.kind = ContentPart::Kind::Text;
    part.name = attachment.name;
    // For the model, in English like the rest of the protocol: which file was left out and why.
    switch (problem) {
    case Problem::Unsupported:
        part.text = u"[not sent: this model does not read this kind of file]"_s;
        break;
    case Problem::TooLarge:
    case Problem::TooMany:
        part.text = u"[not sent again: over the provider's request limits]"_s;
        break;
    case Problem::NoText:
        part.text = u"[not sent: no text could be extracted]"_s;
        break;
    default:
        part.text = u"[not sent: the file could not be read]"_s;
        break;
    }
    return part;
}

AttachmentEncoder::Part AttachmentEncoder::encode(const Attachment &a,
                                                  const AttachmentLimits &limits)
{
    Part result;
    ContentPart &part = result.part;
    part.name = a.name;
    switch (a.kind()) {
    case Attachment::Kind::Image: {
        if (limits.images == Support::No) {
            result.problem = Problem::Unsupported;
            return result;
        }
        const QString key =
            u"%1:img:%2:%3"_s.arg(a.sha256).arg(limits.maxImageEdge).arg(limits.maxImageBytes);
        part.kind = ContentPart::Kind::Image;
        QByteArray data = cached(key);
        if (data.isEmpty()) {
            const std::optional<QByteArray> bytes =
                m_files->read(a.sha256, AttachmentRules::kMaxFileBytes);
            if (!bytes) {
                result.problem = Problem::Missing;
                return result;
            }
            const AttachmentCodec::Encoded encoded =
                m_codec->encodeImage(*bytes, limits.maxImageEdge, limits.maxImageBytes);
            if (encoded.problem != Problem::None) {
                result.problem = encoded.problem;
                return result;
            }
            // The type rides in the cache entry's first line.
            data = encoded.mimeType + '\n' + encoded.data;
            remember(key, data);
        }
        const qsizetype newline = data.indexOf('\n');
        part.mimeType = data.first(newline);
        part.data = data.sliced(newline + 1);
        return result;
    }
    case Attachment::Kind::Pdf: {
        const bool native =
            !a.pdfAsText && limits.documents == Support::Yes && a.size <= limits.maxDocumentBytes;
        if (native) {
            const std::optional<QByteArray> bytes =
                m_files->read(a.sha256, AttachmentRules::kMaxFileBytes);
            if (!bytes) {
                result.problem = Problem::Missing;
                return result;
            }
            part.kind = ContentPart::Kind::Document;
            part.mimeType = "application/pdf";
            part.data = *bytes;
            return result;
        }
        part.kind = ContentPart::Kind::Text;
        part.mimeType = "application/pdf";
        const QString key = a.sha256 + u":pdftext"_s;
        QByteArray text = cached(key);
        if (text.isEmpty()) {
            const std::optional<QByteArray> bytes =
                m_files->read(a.sha256, AttachmentRules::kMaxFileBytes);
            if (!bytes) {
                result.problem = Problem::Missing;
                return result;
            }
            const AttachmentCodec::PdfText extracted =
                m_codec->pdfText(*bytes, AttachmentRules::kMaxPdfChars);
            if (extracted.problem != Problem::None || extracted.text.trimmed().isEmpty()) {
                result.problem =
                    extracted.problem == Problem::None ? Problem::NoText : extracted.problem;
                return result;
            }
            text = extracted.text.toUtf8();
            remember(key, text);
        }
        part.text = QString::fromUtf8(text);
        return result;
    }
    case Attachment::Kind::Text: {
        const std::optional<QByteArray> bytes =
            m_files->read(a.sha256, AttachmentRules::kMaxTextBytes);
        if (!bytes) {
            result.problem = Problem::Missing;
            return result;
        }
        part.kind = ContentPart::Kind::Text;
        part.mimeType = a.mimeType.toLatin1();
        part.text = QString::fromUtf8(*bytes);
        return result;
    }
    }
    return result;
}

Problem AttachmentEncoder::encodeRequest(const QList<QList<Attachment>> &messages,
                                         const AttachmentLimits &limits,
                                         QList<QList<ContentPart>> *parts)
{
    parts->clear();
    parts->resize(messages.size());
    Problem newest = Problem::None;
    qint64 bytes = 0;
    int images = 0;
    for (qsizetype m = messages.size() - 1; m >= 0; --m) {
        const QList<Attachment> &attachments = messages.at(m);
        QList<ContentPart> &out = (*parts)[m];
        for (const Attachment &a : attachments) {
            Part part = encode(a, limits);
            if (part.problem == Problem::None) {
                const bool image = part.part.kind == ContentPart::Kind::Image;
                const qint64 size = part.part.kind == ContentPart::Kind::Text ? 0 : part.bytes();
                if (bytes + size > limits.maxRequestBytes || (image && images >= limits.maxImages))
                    part.problem =
                        image && images >= limits.maxImages ? Problem::TooMany : Problem::TooLarge;
                else {
                    bytes += size;
                    images += image ? 1 : 0;
                }
            }
            if (part.problem != Problem::None) {
                if (m == messages.size() - 1 && newest == Problem::None)
                    newest = part.problem;
                out.append(note(a, part.problem));
            } else {
                out.append(part.part);
            }
        }
    }
    return newest;
}
