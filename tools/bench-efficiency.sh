#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Efficiency benchmark: what Confab costs while an answer streams at the pace of a real model
# (50 tokens per second for 30 s, a Markdown answer with lists and code) and when it then sits
# idle for 10 s, on this machine's display (its own Xvfb: no GPU, so OpenGL is Mesa's llvmpipe),
# and how much memory it holds with an empty history and with a 2,000-message conversation open.
# Runs the real app once per graphics backend — the one Confab picks by itself, then OpenGL and
# the software renderer forced — and prints, from /proc: CPU as a share of one core while
# streaming (from the question to the end of the answer) and while idle, the frames drawn per
# second (CONFAB_FRAME_PROBE), resident memory at start and at its peak while streaming, and
# resident memory once the long conversation (from build/tests/bench/confab-make-history) is
# opened by a click on its row in the history panel.
# Usage: tools/bench-efficiency.sh BUILD_DIR
# Targets (issue 17): streaming <= 10 % CPU, idle <= 0.5 %, RSS <= 100 MB at start and <= 130 MB
# with a 2,000-message conversation open, <= ~30 frames/s while streaming and none while idle.
set -euo pipefail
build=$(cd "$1" && pwd)
tokens=1500 # 30 s at 50 tokens/s
delay_ms=20
idle_s=10
hz=$(getconf CLK_TCK)

work=$(mktemp -d)
display=:$((300 + RANDOM % 400))
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
cleanup() {
    kill "${app:-}" "${provider:-}" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do
    [ -e "/tmp/.X11-unix/X${display#:}" ] && break
    sleep 0.1
done
export DISPLAY=$display
"$build/tests/bench/confab-make-history" "$work/long.sqlite" 2000 >/dev/null 2>&1

now() { date +%s.%N; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
share() { # TICKS SECONDS -> percent of one core
    awk -v t="$1" -v s="$2" -v hz="$hz" 'BEGIN {printf "%.1f", 100 * t / hz / s}'
}
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }
probe_lines() { grep -c '^frames' "$1" || true; }
frames_between() { # FILE FROM_LINE TO_LINE -> frames per second over those probe lines
    awk -v a="$2" -v b="$3" '/^frames/ {n++; if (n > a && n <= b) {s += $2; c++}}
        END {printf "%.1f", c ? s / c : 0}' "$1"
}
wait_for() { # PATTERN FILE SECONDS: true once a line matches
    for _ in $(seq $(($3 * 20))); do
        grep -q "$1" "$2" 2>/dev/null && return 0
        sleep 0.05
    done
    return 1
}

start_provider() {
    "$build/tests/support/confab-fake-provider" --generate-openai "$tokens" --delay "$delay_ms" \
        >"$work/provider.out" 2>"$work/provider.err" &
    provider=$!
    wait_for listening "$work/provider.out" 10
    url=$(sed -n 's/^listening on //p' "$work/provider.out")
}

start_app() { # LABEL DATABASE ENV... : starts Confab (on DATABASE if not empty)
    local label=$1 database=$2
    shift 2
    rm -rf "$work/home"
    mkdir -p "$work/home/runtime"
    chmod 700 "$work/home/runtime"
    if [ -n "$database" ]; then
        mkdir -p "$work/home/.local/share/Confab/Confab"
        cp "$database" "$work/home/.local/share/Confab/Confab/confab.sqlite"
    fi
    env HOME="$work/home" XDG_RUNTIME_DIR="$work/home/runtime" QT_QPA_PLATFORM=xcb QSG_INFO=1 \
        CONFAB_FRAME_PROBE=1 CONFAB_BASE_URL="$url/v1" CONFAB_MODEL=bench "$@" \
        "$build/app/confab" >"$work/$label.out" 2>"$work/$label.err" &
    app=$!
    wid=$(xdotool search --sync --onlyvisible --name "Confab" | head -n 1)
    geometry=$(xdotool getwindowgeometry "$wid")
    width=$(echo "$geometry" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
    height=$(echo "$geometry" | sed -n 's/.*Geometry: [0-9]*x\([0-9]*\).*/\1/p')
}

stop_app() {
    kill "$app" "$provider" 2>/dev/null || true
    wait "$app" "$provider" 2>/dev/null || true
}

# An empty history: memory at start, then a question, the answer streaming in, and idle.
stream_run() { # LABEL ENV...
    local label=$1
    shift
    start_provider
    start_app "$label" "" "$@"
    sleep 3 # the first frames, the model list: then the window rests
    rss_start=$(rss_mb "$app")
    backend="OpenGL"
    grep -q "Loading backend software" "$work/$label.err" && backend="software"

    # Ask, as a user does: click into the composer, type, Return.
    local sent=0
    for _ in 1 2 3 4 5; do # a busy machine may drop input while a frame is being prepared
        xdotool mousemove --window "$wid" $((width - 400)) $((height - 25)) click 1
        xdotool type --delay 10 "Explain the model/view layer"
        xdotool key Return
        if wait_for POST "$work/provider.err" 5; then
            sent=1
            break
        fi
    done
    [ "$sent" = 1 ] || { echo "$label: the question was not sent" >&2; return 1; }
    local w0 t0 f0 peak=0 rss
    w0=$(now)
    t0=$(cpu_ticks "$app")
    f0=$(probe_lines "$work/$label.out")
    while ! grep -q answer-finished "$work/$label.out"; do
        sleep 0.5
        rss=$(rss_mb "$app")
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    local w1 t1 f1
    w1=$(now)
    t1=$(cpu_ticks "$app")
    f1=$(probe_lines "$work/$label.out")
    streamed_s=$(seconds_between "$w0" "$w1")
    stream_cpu=$(share $((t1 - t0)) "$streamed_s")
    stream_frames=$(frames_between "$work/$label.out" "$f0" "$f1")
    rss_peak=$peak
    sleep 2 # the last frames, and the title request after the first answer
    local t2 f2
    t2=$(cpu_ticks "$app")
    f2=$(probe_lines "$work/$label.out")
    sleep "$idle_s"
    local t3 f3
    t3=$(cpu_ticks "$app")
    f3=$(probe_lines "$work/$label.out")
    idle_cpu=$(share $((t3 - t2)) "$idle_s")
    idle_frames=$(frames_between "$work/$label.out" "$f2" "$f3")
    stop_app
}

# The 2,000-message conversation: memory once it is open (a click on its row, the first in the
# history panel) and the view has settled.
long_run() { # LABEL ENV...
    local label="$1 long"
    shift
    start_provider
    start_app "$label" "$work/long.sqlite" "$@"
    sleep 3
    local opened=0
    for _ in 1 2 3 4 5; do
        xdotool mousemove --window "$wid" 100 110 click 1
        if wait_for "conversation-opened 2000" "$work/$label.out" 5; then
            opened=1
            break
        fi
    done
    [ "$opened" = 1 ] || { echo "$label: the long conversation did not open" >&2; return 1; }
    sleep 3
    rss_long=$(rss_mb "$app")
    stop_app
}

run() { # LABEL ENV...
    stream_run "$@"
    long_run "$@"
    printf '%-18s %-9s streaming %5s %% CPU %5s frames/s (%s s) | idle %4s %% CPU %4s frames/s | RSS start %3s MB, peak %3s MB, 2,000 messages open %3s MB\n' \
        "$1" "$backend" "$stream_cpu" "$stream_frames" "$streamed_s" "$idle_cpu" "$idle_frames" \
        "$rss_start" "$rss_peak" "$rss_long"
}

echo "Confab at $build: ${tokens} tokens at $((1000 / delay_ms))/s, then ${idle_s} s idle" \
    "($(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
run "automatic"
run "OpenGL (forced)" CONFAB_GRAPHICS=hardware
run "software (forced)" CONFAB_GRAPHICS=software
echo "Targets: streaming <= 10 % CPU, <= ~30 frames/s; idle <= 0.5 % CPU, 0 frames/s;" \
    "RSS <= 100 MB at start, <= 130 MB with 2,000 messages open"
