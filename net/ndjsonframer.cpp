// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "ndjsonframer.h"

namespace {
QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}
} // namespace

NdjsonFramer::NdjsonFramer(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{}

void NdjsonFramer::append(QByteArrayView bytes)
{
    if (!m_overflow)
        m_buffer.append(bytes);
}

bool NdjsonFramer::nextLine(QByteArray *line)
{
    while (!m_overflow) {
        const qsizetype nl = m_buffer.indexOf('\n', std::max(m_pos, m_scanPos));
        if (nl < 0) {
            m_scanPos = m_buffer.size();
            if (m_buffer.size() - m_pos > m_maxLineBytes)
                m_overflow = true;
            if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
                m_buffer.remove(0, m_pos);
                m_scanPos -= m_pos;
                m_pos = 0;
            }
            return false;
        }
        if (nl - m_pos > m_maxLineBytes) { // raw length, as for an unfinished line above
            m_overflow = true;
            return false;
        }
        const QByteArrayView view = trimmed(QByteArrayView(m_buffer).sliced(m_pos, nl - m_pos));
        m_pos = nl + 1;
        m_scanPos = m_pos;
        if (!view.isEmpty()) {
            *line = view.toByteArray();
            return true;
        }
    }
    return false;
}

bool NdjsonFramer::finish(QByteArray *line)
{
    if (m_overflow || m_pos >= m_buffer.size())
        return false;
    const QByteArrayView view = trimmed(QByteArrayView(m_buffer).sliced(m_pos));
    m_pos = m_buffer.size();
    if (view.isEmpty())
        return false;
    *line = view.toByteArray();
    return true;
}
