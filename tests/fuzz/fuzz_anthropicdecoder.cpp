// SPDX-FileCopyrightText: 2026 Confab contributors
// SPDX-License-Identifier: MIT
// Arbitrary bytes through the Anthropic decoder, whole and in two pieces: the accumulated result
// must be the same, no event may follow an error, and no lone surrogate may reach the answer.
#include "anthropicwire.h"
#include "decoderfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    return DecoderFuzz::run<AnthropicDecoder>(bytes, size);
}
