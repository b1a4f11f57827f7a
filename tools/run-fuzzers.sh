#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
# Runs every libFuzzer target of a CONFAB_FUZZ build for SECONDS each, seeded with the
# fixture transcripts. Usage: tools/run-fuzzers.sh BUILD_DIR [SECONDS]
# Crashing inputs go to $FUZZ_ARTIFACTS (default: a new temporary folder), never the work tree.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$1
seconds=${2:-30}
for target in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$target" ] && [ -x "$target" ] || continue
    name=$(basename "$target")
    corpus=$(mktemp -d)
    case $name in
    fuzz_ndjsonframer | fuzz_ollamadecoder) find tests/data -name '*.ndjson' -exec cp --backup=numbered {} "$corpus" \; ;;
    fuzz_jsonscan) # one JSON object per file: the events of the stream fixtures
        find tests/data -name '*.sse' -exec grep -h '^data: {' {} + | sed 's/^data: //' |
            split -l 1 - "$corpus/sse-"
        find tests/data -name '*.ndjson' -exec cat {} + | split -l 1 - "$corpus/ndjson-" ;;
    *) find tests/data -name '*.sse' -exec cp --backup=numbered {} "$corpus" \; ;;
    esac
    echo "fuzzing $name for ${seconds}s"
    log="$corpus.log"
    status=0
    artifacts=${FUZZ_ARTIFACTS:-$(mktemp -d)}
    "$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
        -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
    grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$log" || true
    if [ "$status" != 0 ]; then
        tail -n 60 "$log" >&2
        echo "$name failed (exit $status); the crashing input is in $artifacts" >&2
        exit 1
    fi
    rm -f "$log"
    rm -rf "$corpus"
done
