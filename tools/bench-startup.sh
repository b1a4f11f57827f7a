#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# History benchmark, the GUI part: time from launching Confab (the exec, as a desktop launcher
# does it, with the display already running) to the first frame on screen with the history panel
# filled, over a history database (e.g. the 10,000-conversation / 1,000,000-message one that
# build/tests/bench/bench_history leaves in its folder). Runs on its own Xvfb.
# Usage: tools/bench-startup.sh BUILD_DIR DATABASE [RUNS]
set -euo pipefail
build=$1
database=$2
runs=${3:-5}
home=$(mktemp -d)
display=:$((200 + RANDOM % 500))
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
mkdir -p "$home/.local/share/Confab/Confab" "$home/runtime"
chmod 700 "$home/runtime"
cp "$database" "$home/.local/share/Confab/Confab/confab.sqlite"
for run in $(seq "$runs"); do
    start=$(date +%s%3N)
    line=$(HOME=$home XDG_RUNTIME_DIR=$home/runtime CONFAB_STARTUP_PROBE=1 DISPLAY=$display \
        CONFAB_BASE_URL=http://127.0.0.1:9/v1 CONFAB_MODEL=bench QT_QPA_PLATFORM=xcb \
        "$build/app/confab" 2>/dev/null | grep -m1 first-frame-with-history)
    frame=$(echo "$line" | awk '{print $2}')
    inside=$(echo "$line" | awk '{print $4}')
    echo "run $run: launch to first frame with the history filled: $((frame - start)) ms" \
        "(of which ${inside} ms after main() started)"
done
