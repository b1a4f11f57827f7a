// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "attachment.h"

#include <QByteArray>
#include <QString>

#include <functional>

class AttachmentCodec;
class AttachmentFiles;

/**
 * @brief Reads a file (or pasted bytes) to attach: checks it, stores it once by hash with its
 * thumbnail, and describes it. Runs on a worker thread; nothing here touches a model.
 *
 * The type comes from the content, not the name: PNG, JPEG, WEBP and GIF are images (the
 * header's size is checked before decoding, and the thumbnail decode proves the data is whole),
 * "%PDF-" is a PDF, valid UTF-8 without NUL bytes is text. Anything else is refused.
 */
namespace AttachmentIntake {
struct Result
{
    Attachment attachment;
    AttachmentEnums::Problem problem = AttachmentEnums::Problem::None;
    bool ok() const { return problem == AttachmentEnums::Problem::None; }
};

/** Reads @p path. @p afterRead runs between reading and the check that the file did not
 * change meanwhile (tests change it there). */
Result fromFile(const QString &path, AttachmentFiles &files, const AttachmentCodec &codec,
                const std::function<void()> &afterRead = {});
/** Attaches @p bytes (a pasted image, say) under the name @p name. */
Result fromBytes(const QByteArray &bytes, const QString &name, AttachmentFiles &files,
                 const AttachmentCodec &codec);

/** The problem in a sentence for the user, naming the file @p name. */
QString describe(AttachmentEnums::Problem problem, const QString &name);
} // namespace AttachmentIntake
