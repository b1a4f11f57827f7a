// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sseframer.h"
#include "streamdecoder.h"

class QJsonObject;

/**
 * @brief Base of the decoders whose stream is SSE with one JSON object per event.
 *
 * Frames the bytes, skips empty data, parses each event's data once and fails with a protocol
 * error on malformed JSON (docs/WIRE-FORMATS.md §5.9) or an oversized event. A subclass may
 * take the stream's common events on a fast path (handleCommonEvent()) that reads them without
 * building a QJsonDocument.
 */
class SseJsonDecoder : public StreamDecoder
{
public:
    void feed(QByteArrayView bytes) final;
    void endOfStream() override;

protected:
    SseJsonDecoder(StreamSink *sink, qsizetype maxEventBytes);
    /** Sees each event before JSON parsing; returns true when it fully handled it. */
    virtual bool handleRawEvent(const SseEvent &event);
    /**
     * The fast path: handles an event from a JsonScan of its data exactly as handleJson()
     * would, and returns true; or returns false, having emitted nothing, and the event goes to
     * handleJson(). The default takes no event.
     */
    virtual bool handleCommonEvent(const SseEvent &event);
    virtual void handleJson(const SseEvent &event, const QJsonObject &object) = 0;

private:
    SseFramer m_framer;
};
