// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Arbitrary bytes through the OpenAI decoder, whole, in two pieces and without its fast path:
// the results must be the same, no event may follow an error, and no lone surrogate may reach
// the answer.
#include "decoderfuzz.h"
#include "openaiwire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    return DecoderFuzz::run<OpenAiDecoder>(bytes, size);
}
