#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Efficiency benchmark: what Confab costs while an answer streams at the pace of a real model
# (50 tokens per second for 30 s, a Markdown answer with lists and code) and when it then sits
# idle for 10 s, on this machine's display (its own Xvfb: no GPU, so OpenGL is Mesa's llvmpipe).
# Runs the real app once per graphics backend — the one Confab picks by itself, then OpenGL and
# the software renderer forced — and prints, from /proc: CPU as a share of one core while
# streaming and while idle, resident memory at start and at its peak while streaming, and the
# frames drawn per second (from CONFAB_FRAME_PROBE).
# With a history database that has a long conversation (DB, e.g. from
# build/tests/bench/confab-make-history), it also opens that conversation and prints the RSS.
# Usage: tools/bench-efficiency.sh BUILD_DIR [DATABASE_WITH_A_LONG_CONVERSATION]
# Targets (issue 17): streaming ≤ 10 % CPU, idle ≤ 0.5 %, RSS ≤ 100 MB at start and ≤ 130 MB with
# a 2,000-message conversation open, ≤ ~30 frames/s while streaming and none while idle.
set -euo pipefail
build=$(cd "$1" && pwd)
database=${2:-}
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

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
share() { # TICKS SECONDS -> percent of one core
    awk -v t="$1" -v s="$2" -v hz="$hz" 'BEGIN {printf "%.1f", 100 * t / hz / s}'
}
frames_between() { # FILE FROM_LINE TO_LINE -> frames per second over those probe lines
    awk -v a="$2" -v b="$3" '/^frames/ {n++; if (n > a && n <= b) {s += $2; c++}}
        END {printf "%.1f", c ? s / c : 0}' "$1"
}

start_app() { # LABEL ENV... : starts Confab with the environment given
    local label=$1
    shift
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
}

run() { # LABEL ENV...
    local label=$1
    "$build/tests/support/confab-fake-provider" --generate-openai "$tokens" --delay "$delay_ms" \
        >"$work/provider.out" 2>"$work/provider.err" &
    provider=$!
    for _ in $(seq 100); do
        grep -q listening "$work/provider.out" 2>/dev/null && break
        sleep 0.1
    done
    url=$(sed -n 's/^listening on //p' "$work/provider.out")
    start_app "$@"
    sleep 3 # the first frames, the history, the model list: then the window rests
    local rss_start
    rss_start=$(rss_mb "$app")
    local backend="OpenGL"
    grep -q "Loading backend software" "$work/$label.err" && backend="software"

    # Ask, as a user does: click into the composer, type, Return.
    local geometry width height
    geometry=$(xdotool getwindowgeometry "$wid")
    width=$(echo "$geometry" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
    height=$(echo "$geometry" | sed -n 's/.*Geometry: [0-9]*x\([0-9]*\).*/\1/p')
    local sent=0
    for _ in 1 2 3 4 5; do # a busy machine may drop input while a frame is being prepared
        xdotool mousemove --window "$wid" $((width - 400)) $((height - 25)) click 1
        xdotool type --delay 10 "Explain the model/view layer"
        xdotool key Return
        for _ in $(seq 100); do
            grep -q "POST" "$work/provider.err" && sent=1 && break
            sleep 0.05
        done
        [ "$sent" = 1 ] && break
    done
    [ "$sent" = 1 ] || { echo "$label: the question was not sent" >&2; return 1; }
    local t0 f0 peak=0 rss
    t0=$(cpu_ticks "$app")
    f0=$(grep -c '^frames' "$work/$label.out" || true)
    local seconds=$((tokens * delay_ms / 1000))
    for _ in $(seq "$seconds"); do
        sleep 1
        rss=$(rss_mb "$app")
        [ "$rss" -gt "$peak" ] && peak=$rss
    done
    local t1 f1
    t1=$(cpu_ticks "$app")
    f1=$(grep -c '^frames' "$work/$label.out" || true)
    sleep 1 # the last deltas and the final render
    local t2 f2
    t2=$(cpu_ticks "$app")
    f2=$(grep -c '^frames' "$work/$label.out" || true)
    sleep "$idle_s"
    local t3 f3
    t3=$(cpu_ticks "$app")
    f3=$(grep -c '^frames' "$work/$label.out" || true)
    printf '%-22s %-9s streaming %6s %% CPU %5s frames/s | idle %5s %% CPU %4s frames/s | RSS start %4s MB, peak %4s MB\n' \
        "$label" "$backend" "$(share $((t1 - t0)) "$seconds")" \
        "$(frames_between "$work/$label.out" "$f0" "$f1")" \
        "$(share $((t3 - t2)) "$idle_s")" "$(frames_between "$work/$label.out" "$f2" "$f3")" \
        "$rss_start" "$peak"
    kill "$app" "$provider" 2>/dev/null || true
    wait "$app" "$provider" 2>/dev/null || true
}

echo "Confab at $build: ${tokens} tokens at $((1000 / delay_ms))/s, then ${idle_s} s idle"
run "automatic"
run "OpenGL (forced)" CONFAB_GRAPHICS=hardware
run "software (forced)" QT_QUICK_BACKEND=software
