// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Arbitrary bytes through the NDJSON framer, whole and split: the same lines either way.
#include "ndjsonframer.h"

#include <QByteArrayList>

#include <cstdint>
#include <cstdlib>

namespace {
QByteArrayList frame(QByteArrayView data, qsizetype cut)
{
    NdjsonFramer framer(4096);
    QByteArrayList lines;
    QByteArray line;
    framer.append(data.first(cut));
    while (framer.nextLine(&line))
        lines.append(line);
    framer.append(data.sliced(cut));
    while (framer.nextLine(&line))
        lines.append(line);
    if (framer.finish(&line))
        lines.append(line);
    return framer.overflowed() ? QByteArrayList{} : lines;
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
    if (!whole.isEmpty() && !split.isEmpty() && whole != split)
        std::abort();
    return 0;
}
