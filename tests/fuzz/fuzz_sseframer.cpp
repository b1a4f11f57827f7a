// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Feeds arbitrary bytes to the SSE framer, split at a point taken from the input, and checks
// that the split does not change the events.
#include "sseframer.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {
QList<SseEvent> frame(QByteArrayView data, qsizetype cut)
{
    SseFramer framer(4096);
    QList<SseEvent> events;
    SseEvent event;
    framer.append(data.first(cut));
    while (framer.nextEvent(&event))
        events.append(event);
    framer.append(data.sliced(cut));
    while (framer.nextEvent(&event))
        events.append(event);
    return framer.overflowed() ? QList<SseEvent>{} : events;
}

bool same(const QList<SseEvent> &a, const QList<SseEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].type != b[i].type || a[i].data != b[i].data || a[i].id != b[i].id)
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView data(reinterpret_cast<const char *>(bytes + 1), qsizetype(size - 1));
    const qsizetype cut = data.isEmpty() ? 0 : bytes[0] % (data.size() + 1);
    const auto whole = frame(data, 0);
    const auto split = frame(data, cut);
    // With an overflow either run may stop at a different point; only compare clean runs.
    if (!whole.isEmpty() && !split.isEmpty() && !same(whole, split))
        std::abort();
    return 0;
}
