// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "chatrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * @brief What a provider takes as attachments: whether it reads images and PDFs, and the sizes
 * to stay under (docs/ATTACHMENTS-AND-MCP.md §1). Each wire format states its own
 * (WireFormat::attachmentLimits()); the preset table refines what varies between providers of
 * one protocol. Byte sizes are of the encoded file before base64.
 */
struct AttachmentLimits
{
    /** Whether the models behind an endpoint take a kind of attachment. */
    enum class Support {
        Unknown, /**< depends on the model: send, and read a refusal as one */
        Yes,
        No,
    };
    Support images = Support::Unknown;
    /** PDFs read by the provider itself; otherwise they go as extracted text. */
    Support documents = Support::No;
    /** The long edge an image is sent at, at most: larger ones the API would shrink anyway. */
    int maxImageEdge = 2048;
    /** One image as sent. */
    qint64 maxImageBytes = 20LL * 1024 * 1024;
    /** One PDF as sent. */
    qint64 maxDocumentBytes = 32LL * 1024 * 1024;
    /** All images and PDFs of one request together. */
    qint64 maxRequestBytes = 50LL * 1024 * 1024;
    /** Images in one request. */
    int maxImages = 100;
    /** The image types the API decodes; others are re-encoded to JPEG or PNG anyway. */
    QList<QByteArray> imageTypes{"image/png", "image/jpeg"};

    bool operator==(const AttachmentLimits &) const = default;
};

namespace AttachmentWire {
/** A file's text as the model sees it: its name, then the text in a Markdown fence longer than
 * any run of backticks inside it (so the text cannot close it). */
QString fencedText(const QString &name, const QString &text);
/** Whether any message of @p request has attachments. */
bool hasParts(const ChatRequest &request);

/**
 * @brief Keeps large base64 payloads out of QJsonDocument: a body is built with short
 * placeholder strings, serialised, and the payloads are written into the bytes once. A 5 MB
 * image then costs one base64 copy instead of a UTF-16 string, its JSON copy and their
 * conversions.
 */
class Blobs
{
public:
    /** The placeholder for @p prefix (e.g. "data:image/png;base64,") followed by @p data in
     * base64; put it where the JSON string goes. */
    QString add(const QByteArray &data, const QByteArray &prefix = {});
    /** @p json with every placeholder string replaced by its payload. */
    QByteArray splice(const QByteArray &json) const;
    bool isEmpty() const { return m_blobs.isEmpty(); }

private:
    struct Blob
    {
        QByteArray placeholder;
        QByteArray prefix;
        QByteArray data;
    };
    QList<Blob> m_blobs;
};
} // namespace AttachmentWire
