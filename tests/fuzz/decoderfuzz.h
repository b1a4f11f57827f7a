// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
#pragma once

// Shared by the decoder fuzz targets: arbitrary bytes through a decoder, whole and in two
// pieces (the first input byte picks the cut), and whole without the fast path (every event
// through QJsonDocument). All runs must give the same result, no event may follow an error, and
// a completed answer never holds a lone surrogate.

#include "streamdecoder.h"

#include <cstdint>
#include <cstdlib>

namespace DecoderFuzz {

/** Counts sink calls made after the decoder reported an error. */
class LateEvents : public StreamSink
{
public:
    const StreamDecoder *decoder = nullptr;
    bool late = false;
    void onText(const QString &) override { check(); }
    void onReasoning(const QString &) override { check(); }
    void onRefusal(const QString &) override { check(); }
    void onReasoningSignature(const QString &) override { check(); }
    void onToolCall(const ToolCallDelta &) override { check(); }
    void onUsage(const Usage &) override { check(); }
    void onFinish(FinishReason, const QString &) override { check(); }

private:
    void check() { late = late || (decoder && decoder->hasFailed()); }
};

template<typename Decoder>
StreamResult decode(QByteArrayView data, qsizetype cut, bool fastPath = true)
{
    LateEvents watch;
    ResultBuilder builder(&watch);
    Decoder decoder(&builder, 1 << 16);
    decoder.setFastPath(fastPath);
    watch.decoder = &decoder;
    decoder.feed(data.first(cut));
    decoder.feed(data.sliced(cut));
    decoder.endOfStream();
    if (watch.late)
        std::abort();
    StreamResult result = builder.result();
    result.error = decoder.error();
    return result;
}

inline bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i].isHighSurrogate()) {
            if (i + 1 >= s.size() || !s[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (s[i].isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

inline bool sameToolCalls(const QList<ToolCall> &a, const QList<ToolCall> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].index != b[i].index || a[i].id != b[i].id || a[i].name != b[i].name ||
            a[i].arguments != b[i].arguments)
            return false;
    }
    return true;
}

inline bool same(const StreamResult &a, const StreamResult &b)
{
    return a.text == b.text && a.reasoning == b.reasoning && a.refusal == b.refusal &&
           a.reasoningSignature == b.reasoningSignature && a.error.kind == b.error.kind &&
           a.finishReason == b.finishReason && a.providerFinishReason == b.providerFinishReason &&
           a.usage == b.usage && sameToolCalls(a.toolCalls, b.toolCalls);
}

template<typename Decoder>
int run(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    const qsizetype cut = data.isEmpty() ? 0 : bytes[0] % (data.size() + 1);
    const StreamResult whole = decode<Decoder>(data, 0);
    const StreamResult split = decode<Decoder>(data, cut);
    const StreamResult slow = decode<Decoder>(data, 0, false);
    if (!same(whole, split) || !same(whole, slow) || whole.error.message != slow.error.message)
        std::abort();
    if (whole.error.kind == ErrorKind::None &&
        (hasLoneSurrogate(whole.text) || hasLoneSurrogate(whole.reasoning)))
        std::abort();
    return 0;
}

} // namespace DecoderFuzz
