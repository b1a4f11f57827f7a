// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Arbitrary bytes through JsonScan: whatever it reads, QJsonDocument must read the same way
// (the decoders' fast paths rely on it).
#include "jsonscancheck.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArrayView data(reinterpret_cast<const char *>(bytes), qsizetype(size));
    if (!JsonScanCheck::compare(data).isEmpty())
        std::abort();
    return 0;
}
