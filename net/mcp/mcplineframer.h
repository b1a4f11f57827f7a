// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

/**
 * @brief Splits the stdio byte stream into lines (JSON-RPC messages) with a size cap.
 *
 * A line longer than the cap is never buffered: its bytes are skipped as they arrive, and a
 * small scanner follows the JSON structure on the way to find the message's top-level "id"
 * (wherever it is: SDKs write it first or last). The line then comes out as an Oversized item
 * that carries that id, so the request it answers can fail with a clear error while the
 * connection stays usable. Memory stays at the cap plus one read, whatever the server sends.
 */
class McpLineFramer
{
public:
    struct Item
    {
        enum class Kind { Line, Oversized };
        Kind kind = Kind::Line;
        QByteArray line;  /**< Line: the bytes without the LF (and without a trailing CR) */
        QJsonValue id;    /**< Oversized: the top-level "id" if one was seen, else undefined */
        qint64 bytes = 0; /**< the line's length */
    };

    explicit McpLineFramer(qsizetype maxLineBytes);

    void append(QByteArrayView bytes);
    /** Takes the next complete item; false when more bytes are needed. */
    bool next(Item *item);

    /** Bytes of an unfinished line held in memory. */
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    /** The most bytes ever held at once (for tests of the memory bound). */
    qsizetype peakBufferedBytes() const { return m_peak; }
    /** True while the bytes of an oversized line are being skipped. */
    bool isSkipping() const { return m_skipping; }

private:
    /** Follows the top level of a JSON object to catch its "id" member. */
    class IdScanner
    {
    public:
        void feed(QByteArrayView bytes);
        QJsonValue id() const;
        void reset() { *this = IdScanner(); }

    private:
        enum class Target { None, Key, IdValue };
        void capture(bool isString);

        int m_depth = 0;
        bool m_inString = false;
        bool m_escape = false;
        bool m_expectKey = false;    // at depth 1, the next string is a key
        bool m_keyIsId = false;      // the last depth-1 key was "id"
        bool m_waitingValue = false; // after "id": at depth 1
        bool m_readingNumber = false;
        Target m_target = Target::None;
        QByteArray m_text; // the key or value being read (capped)
        QByteArray m_id;
        bool m_idIsString = false;
        bool m_haveId = false;
    };

    void startSkipping();

    qsizetype m_max;
    QByteArray m_buffer; // the unfinished line
    qsizetype m_peak = 0;
    bool m_skipping = false;
    qint64 m_skippedBytes = 0;
    IdScanner m_scanner;
    QList<Item> m_ready;
};
