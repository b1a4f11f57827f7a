// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#include "ssejsondecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

SseJsonDecoder::SseJsonDecoder(StreamSink *sink, qsizetype maxEventBytes)
    : StreamDecoder(sink)
    , m_framer(maxEventBytes)
{}

void SseJsonDecoder::feed(QByteArrayView bytes)
{
    if (stopped())
        return;
    m_framer.append(bytes);
    SseEvent event;
    while (!stopped() && m_framer.nextEvent(&event)) {
        if (handleRawEvent(event) || QByteArrayView(event.data).trimmed().isEmpty())
            continue;
        if (fastPath() && handleCommonEvent(event))
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            fail(ErrorKind::Protocol, u"The provider sent a malformed stream event."_s);
            return;
        }
        handleJson(event, doc.object());
    }
    if (m_framer.overflowed())
        fail(ErrorKind::Protocol, u"A stream event exceeded the size limit."_s);
}

void SseJsonDecoder::endOfStream()
{
    failTruncatedUnlessFinished();
}

bool SseJsonDecoder::handleRawEvent(const SseEvent &)
{
    return false;
}

bool SseJsonDecoder::handleCommonEvent(const SseEvent &)
{
    return false;
}
