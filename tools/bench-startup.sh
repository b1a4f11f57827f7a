#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# History benchmark, the GUI part: time from launching Confab to the first frame on screen with
# the history panel filled, over a history database (e.g. the 10,000-conversation / 1,000,000-
# message one that build/tests/bench/bench_history leaves in its folder). Runs under Xvfb.
# Usage: tools/bench-startup.sh BUILD_DIR DATABASE [RUNS]
set -euo pipefail
build=$1
database=$2
runs=${3:-5}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/.local/share/Confab/Confab" "$home/runtime"
chmod 700 "$home/runtime"
cp "$database" "$home/.local/share/Confab/Confab/confab.sqlite"
for run in $(seq "$runs"); do
    start=$(date +%s%3N)
    line=$(HOME=$home XDG_RUNTIME_DIR=$home/runtime CONFAB_STARTUP_PROBE=1 \
        CONFAB_BASE_URL=http://127.0.0.1:9/v1 CONFAB_MODEL=bench QT_QPA_PLATFORM=xcb \
        xvfb-run -a -s "-screen 0 1200x800x24" "$build/app/confab" 2>/dev/null |
        grep -m1 first-frame-with-history)
    frame=$(echo "$line" | awk '{print $2}')
    inside=$(echo "$line" | awk '{print $4}')
    echo "run $run: launch to first frame with the history filled: $((frame - start)) ms" \
        "(of which ${inside} ms after main() started; the rest is xvfb-run and process start)"
done
