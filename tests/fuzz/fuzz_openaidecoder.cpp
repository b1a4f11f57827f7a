// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Arbitrary bytes through the OpenAI decoder, whole and in two pieces: the accumulated result
// must be the same and must never contain a lone surrogate.
#include "openaiwire.h"

#include <cstdint>
#include <cstdlib>

namespace {
StreamResult decode(QByteArrayView data, qsizetype cut)
{
    ResultBuilder builder;
    OpenAiDecoder decoder(&builder, 1 << 16);
    decoder.feed(data.first(cut));
    decoder.feed(data.sliced(cut));
    decoder.endOfStream();
    StreamResult result = builder.result();
    result.error = decoder.error();
    return result;
}

bool hasLoneSurrogate(const QString &s)
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
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    const qsizetype cut = data.isEmpty() ? 0 : bytes[0] % (data.size() + 1);
    const StreamResult whole = decode(data, 0);
    const StreamResult split = decode(data, cut);
    if (whole.text != split.text || whole.reasoning != split.reasoning ||
        whole.error.kind != split.error.kind || whole.finishReason != split.finishReason)
        std::abort();
    if (whole.error.kind == ErrorKind::None && hasLoneSurrogate(whole.text))
        std::abort();
    return 0;
}
