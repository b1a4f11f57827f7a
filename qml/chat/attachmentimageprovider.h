// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QQuickAsyncImageProvider>

class AttachmentFiles;

/**
 * @brief image://attachments/thumb/SHA256 and image://attachments/full/SHA256: an attachment's
 * thumbnail (made once and kept on disk; made again from the file if it is missing, e.g. after
 * an import) and the image itself, decoded at the size asked for.
 *
 * Decoded on the thread pool, never on the GUI thread, with imaging/'s limits (the header's size
 * checked first, an allocation limit, JPEG decoded scaled); the QML image cache keeps the
 * results. Only hashes are accepted: never a path.
 */
class AttachmentImageProvider : public QQuickAsyncImageProvider
{
public:
    explicit AttachmentImageProvider(AttachmentFiles *files);
    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

private:
    AttachmentFiles *m_files;
};
