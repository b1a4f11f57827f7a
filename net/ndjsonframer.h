// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/**
 * @brief Frames newline-delimited JSON: one line per record, LF or CRLF, blank lines skipped.
 *
 * Unlike SSE, the last line may lack its newline; finish() returns it at the end of the stream.
 */
class NdjsonFramer
{
public:
    static constexpr qsizetype kDefaultMaxLineBytes = 16 * 1024 * 1024;

    explicit NdjsonFramer(qsizetype maxLineBytes = kDefaultMaxLineBytes);

    void append(QByteArrayView bytes);
    /** The next complete non-blank line without its terminator. */
    bool nextLine(QByteArray *line);
    /** At the end of the stream: the unterminated last line, if it is not blank. */
    bool finish(QByteArray *line);
    bool overflowed() const { return m_overflow; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_scanPos = 0;
    qsizetype m_maxLineBytes;
    bool m_overflow = false;
};
