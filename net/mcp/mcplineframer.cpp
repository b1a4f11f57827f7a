// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "mcplineframer.h"

namespace {
constexpr qsizetype kMaxIdBytes = 128;
}

McpLineFramer::McpLineFramer(qsizetype maxLineBytes)
    : m_max(maxLineBytes)
{}

void McpLineFramer::startSkipping()
{
    m_skipping = true;
    m_scanner.reset();
    m_scanner.feed(m_buffer);
    m_skippedBytes = m_buffer.size();
    m_buffer.clear();
    m_buffer.squeeze();
}

void McpLineFramer::append(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const qsizetype newline = bytes.indexOf('\n');
        const QByteArrayView piece = newline < 0 ? bytes : bytes.first(newline);
        if (m_skipping) {
            m_scanner.feed(piece);
            m_skippedBytes += piece.size();
        } else if (m_buffer.size() + piece.size() > m_max) {
            startSkipping();
            m_scanner.feed(piece);
            m_skippedBytes += piece.size();
        } else {
            m_buffer.append(piece);
            m_peak = std::max(m_peak, m_buffer.size());
        }
        if (newline < 0)
            return;
        Item item;
        if (m_skipping) {
            item.kind = Item::Kind::Oversized;
            item.id = m_scanner.id();
            item.bytes = m_skippedBytes;
            m_skipping = false;
            m_skippedBytes = 0;
        } else {
            item.line = std::exchange(m_buffer, {});
            if (item.line.endsWith('\r'))
                item.line.chop(1);
            item.bytes = item.line.size();
        }
        m_ready.append(std::move(item));
        bytes = bytes.sliced(newline + 1);
    }
}

bool McpLineFramer::next(Item *item)
{
    if (m_ready.isEmpty())
        return false;
    *item = m_ready.takeFirst();
    return true;
}

void McpLineFramer::IdScanner::capture(bool isString)
{
    if (!m_haveId && !m_text.isEmpty()) {
        m_id = m_text;
        m_idIsString = isString;
        m_haveId = true;
    }
    m_text.clear();
    m_keyIsId = false;
}

void McpLineFramer::IdScanner::feed(QByteArrayView bytes)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
    const auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    for (const char c : bytes) {
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
                continue;
            } else if (c == '"') {
                m_inString = false;
                if (m_target == Target::Key) {
                    m_keyIsId = m_text == "id";
                    m_expectKey = false;
                    m_text.clear();
                } else if (m_target == Target::IdValue) {
                    capture(true);
                }
                m_target = Target::None;
                continue;
            }
            if (m_target != Target::None && m_text.size() < kMaxIdBytes)
                m_text.append(c);
            continue;
        }
        if (m_readingNumber) {
            if (isNumberChar(c)) {
                if (m_text.size() < kMaxIdBytes)
                    m_text.append(c);
                continue;
            }
            m_readingNumber = false;
            capture(false);
        }
        if (m_waitingValue) {
            if (isSpace(c))
                continue;
            m_waitingValue = false;
            if (c == '"') {
                m_inString = true;
                m_target = Target::IdValue;
                m_text.clear();
                continue;
            }
            if (c == '-' || (c >= '0' && c <= '9')) {
                m_readingNumber = true;
                m_text = QByteArray(1, c);
                continue;
            }
            m_keyIsId = false; // null, an object …: not an id this client sent
        }
        switch (c) {
        case '{':
        case '[':
            ++m_depth;
            if (m_depth == 1)
                m_expectKey = c == '{';
            break;
        case '}':
        case ']':
            --m_depth;
            break;
        case ',':
            if (m_depth == 1)
                m_expectKey = true;
            break;
        case ':':
            if (m_depth == 1 && m_keyIsId)
                m_waitingValue = true;
            break;
        case '"':
            m_inString = true;
            m_target = m_depth == 1 && m_expectKey ? Target::Key : Target::None;
            m_text.clear();
            break;
        default:
            break;
        }
    }
}

QJsonValue McpLineFramer::IdScanner::id() const
{
    if (!m_haveId)
        return QJsonValue(QJsonValue::Undefined);
    if (m_idIsString)
        return QJsonValue(QString::fromUtf8(m_id));
    bool ok = false;
    const qint64 n = m_id.toLongLong(&ok);
    if (ok)
        return QJsonValue(n);
    const double d = m_id.toDouble(&ok);
    return ok ? QJsonValue(d) : QJsonValue(QJsonValue::Undefined);
}
