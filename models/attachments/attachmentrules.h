// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

/**
 * @brief Confab's own limits on attachments, whatever the provider takes (those are in net's
 * AttachmentLimits): what is read, decoded, stored and sent at most.
 */
namespace AttachmentRules {
/** An image or PDF file. */
inline constexpr qint64 kMaxFileBytes = 50LL * 1024 * 1024;
/** A text or code file (about 500,000 tokens at most). */
inline constexpr qint64 kMaxTextBytes = 2LL * 1024 * 1024;
/** All attachments of one message. */
inline constexpr qint64 kMaxMessageBytes = 100LL * 1024 * 1024;
/** Attachments in one message. */
inline constexpr int kMaxPerMessage = 20;
/** Pixels of an image (a 50,000 × 50,000 PNG of a few KB is refused before decoding). */
inline constexpr qint64 kMaxPixels = 64LL * 1000 * 1000;
/** Pixels on either side. */
inline constexpr int kMaxSide = 32768;
/** What one decode may allocate, in MB (QImageReader::setAllocationLimit). */
inline constexpr int kAllocationLimitMb = 256;
/** The long edge of the thumbnails kept on disk. */
inline constexpr int kThumbnailEdge = 320;
/** Characters of a PDF's text sent at most. */
inline constexpr qsizetype kMaxPdfChars = 2 * 1000 * 1000;
} // namespace AttachmentRules
