// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"
#include "attachmentwire.h"
#include "chatrequest.h"

#include <QCache>
#include <QList>
#include <QMutex>
#include <QString>

class AttachmentCodec;
class AttachmentFiles;

/**
 * @brief Turns stored attachments into what one provider is sent, at send time: images
 * decoded, turned upright, scaled to the provider's long edge and re-encoded under its byte
 * limit; PDFs as documents where the provider reads them (and the user did not ask for text),
 * else as their text; text files as text. Nothing provider-specific is stored: results are kept
 * in a memory cache (by hash and limits), so a conversation's images are not encoded again for
 * every turn.
 *
 * Thread-safe: ChatController encodes on a worker thread; confab-cli on its main thread.
 */
class AttachmentEncoder
{
public:
    AttachmentEncoder(AttachmentFiles *files, const AttachmentCodec *codec);

    /** One attachment's part, or the problem that kept it from being made. */
    struct Part
    {
        ContentPart part;
        AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
        /** Bytes the part adds to a request (before base64; text in UTF-8). */
        qint64 bytes() const;
    };

    /** How @p attachment goes to a provider with @p limits. */
    Part encode(const Attachment &attachment, const AttachmentLimits &limits);

    /**
     * The parts of whole requests: @p messages' attachments (oldest message first), newest kept
     * first within the provider's request limits (bytes and image count). An attachment that
     * cannot go (an image to a model that reads none, one that no longer fits, a file that is
     * missing) becomes a short text note naming it, so the model knows something was there and
     * one large file never breaks every later turn. Returns the problem of the newest message's
     * first attachment that could not go, else None.
     */
    AttachmentEnums::Problem encodeRequest(const QList<QList<Attachment>> &messages,
                                           const AttachmentLimits &limits,
                                           QList<QList<ContentPart>> *parts);

    /** The note sent instead of an attachment that cannot go. */
    static ContentPart note(const Attachment &attachment, AttachmentEnums::Problem problem);

    /** Drops the cache (tests, the benchmark). */
    void clearCache();

private:
    QByteArray cached(const QString &key);
    void remember(const QString &key, const QByteArray &value);

    AttachmentFiles *m_files;
    const AttachmentCodec *m_codec;
    QMutex m_mutex;
    QCache<QString, QByteArray> m_cache; /**< cost in KB */
};
