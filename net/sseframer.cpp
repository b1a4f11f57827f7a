// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "sseframer.h"

#include <cstring>

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
}

SseFramer::SseFramer(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{}

void SseFramer::append(QByteArrayView bytes)
{
    if (m_overflow || bytes.isEmpty())
        return;
    m_buffer.append(bytes);
    if (!m_bomChecked) {
        const qsizetype n = std::min<qsizetype>(m_buffer.size(), 3);
        if (std::memcmp(m_buffer.constData(), kBom, size_t(n)) != 0) {
            m_bomChecked = true;
        } else if (n == 3) {
            m_buffer.remove(0, 3);
            m_bomChecked = true;
        }
    }
}

bool SseFramer::hasPartialEvent() const
{
    return m_pos < m_buffer.size() || m_hasData || !m_type.isEmpty() || !m_errorField.isEmpty();
}

bool SseFramer::takeLine(QByteArrayView *line)
{
    if (!m_bomChecked)
        return false;
    if (m_skipLf && m_pos < m_buffer.size()) {
        if (m_buffer.at(m_pos) == '\n')
            ++m_pos;
        m_skipLf = false;
        m_scanPos = std::max(m_scanPos, m_pos);
    }
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype from = std::max(m_scanPos, m_pos);
    // The first CR or LF: memchr is vectorised, and a line rarely holds a CR at all.
    const auto *lf = static_cast<const char *>(std::memchr(data + from, '\n', size_t(size - from)));
    const qsizetype lfAt = lf ? lf - data : size;
    const auto *cr = static_cast<const char *>(std::memchr(data + from, '\r', size_t(lfAt - from)));
    if (cr || lf) {
        const qsizetype i = cr ? cr - data : lfAt;
        *line = QByteArrayView(data + m_pos, i - m_pos);
        m_overflow = m_overflow || line->size() > m_maxEventBytes; // same limit as unfinished lines
        qsizetype next = i + 1;
        if (cr) {
            if (next < size) {
                if (data[next] == '\n')
                    ++next;
            } else {
                m_skipLf = true;
            }
        }
        m_pos = next;
        m_scanPos = next;
        return true;
    }
    m_scanPos = size;
    if (size - m_pos > m_maxEventBytes)
        m_overflow = true;
    return false;
}

bool SseFramer::processLine(QByteArrayView line, SseEvent *event)
{
    if (line.isEmpty()) {
        const bool dispatch = m_hasData || !m_errorField.isEmpty();
        if (dispatch) {
            event->type = std::move(m_type);
            // Swapped, so that the next event's data reuses the memory of the one before.
            event->data.swap(m_data);
            event->id = m_id;
            event->errorField = std::move(m_errorField);
        }
        m_type.clear();
        m_data.resize(0); // keeps the capacity
        m_errorField.clear();
        m_hasData = false;
        return dispatch;
    }
    if (line.front() == ':') {
        ++m_comments;
        return false;
    }
    QByteArrayView field = line;
    QByteArrayView value;
    if (const qsizetype colon = line.indexOf(':'); colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
        if (m_data.size() > m_maxEventBytes)
            m_overflow = true;
    } else if (field == "event") {
        m_type = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_id = value.toByteArray();
    } else if (field == "error") {
        m_errorField = value.toByteArray();
    } else if (field == "retry") {
        // Only ASCII digits count (WHATWG); it takes effect at once, without an event.
        bool ok = !value.isEmpty() && value.size() <= 12;
        for (const char c : value)
            ok = ok && c >= '0' && c <= '9';
        if (ok)
            m_retryMs = value.toByteArray().toLongLong();
    }
    // Unknown fields are ignored.
    return false;
}

void SseFramer::compact()
{
    if (m_pos == 0)
        return;
    if (m_pos >= m_buffer.size()) {
        m_buffer.resize(0); // keeps the capacity for the next read
        m_pos = 0;
        m_scanPos = 0;
    } else if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_scanPos -= m_pos;
        m_pos = 0;
    }
}

bool SseFramer::nextEvent(SseEvent *event)
{
    QByteArrayView line;
    while (!m_overflow && takeLine(&line)) {
        if (processLine(line, event)) {
            compact();
            return !m_overflow;
        }
    }
    compact();
    return false;
}
