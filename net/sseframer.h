// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/** One dispatched server-sent event. */
struct SseEvent
{
    QByteArray type; /**< the `event:` field; empty means "message" */
    QByteArray data; /**< `data:` lines joined with LF */
    QByteArray id;
    /** Non-standard `error:` field (some llama.cpp versions); empty when absent. */
    QByteArray errorField;
};

/**
 * @brief Frames a byte stream into server-sent events following the WHATWG rules.
 *
 * Works on raw bytes, so events, CRLF pairs and UTF-8 characters split across reads are
 * reassembled before anything is decoded. Feed bytes with append(), then take events with
 * nextEvent() until it returns false. An event that is not terminated by a blank line before
 * the end of the stream is never returned.
 */
class SseFramer
{
public:
    static constexpr qsizetype kDefaultMaxEventBytes = 16 * 1024 * 1024;

    explicit SseFramer(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    void append(QByteArrayView bytes);
    /** Returns the next complete event, or false when more bytes are needed or on overflow. */
    bool nextEvent(SseEvent *event);

    /** True once a line or an event exceeded the size limit; the framer then stops. */
    bool overflowed() const { return m_overflow; }
    /** The last valid `retry:` field in milliseconds (reconnection time), or -1. */
    qint64 retryMs() const { return m_retryMs; }
    /** Number of comment lines seen (keep-alives). */
    qint64 commentCount() const { return m_comments; }
    /** True when bytes of an unfinished line or event are buffered. */
    bool hasPartialEvent() const;

private:
    bool takeLine(QByteArrayView *line);
    /** Processes one line; returns true when it completed an event. */
    bool processLine(QByteArrayView line, SseEvent *event);
    void compact();

    QByteArray m_buffer;
    qsizetype m_pos = 0;     // start of the unparsed part of m_buffer
    qsizetype m_scanPos = 0; // where the search for the next terminator resumes
    qsizetype m_maxEventBytes;
    qint64 m_comments = 0;
    qint64 m_retryMs = -1;
    bool m_bomChecked = false;
    bool m_skipLf = false; // the previous line ended with CR at the end of a read
    bool m_overflow = false;

    QByteArray m_type;
    QByteArray m_data;
    QByteArray m_id;
    QByteArray m_errorField;
    bool m_hasData = false;
};
