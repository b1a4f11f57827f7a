#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Real-window smoke test under Xvfb, as a user would: start Confab (the command given, e.g. the
# installed desktop file's Exec line) against a fake provider, type a question, press Return,
# watch the answer stream, press Esc, and check that the server saw the connection close.
# Usage: tools/smoke-gui.sh FAKE_PROVIDER SCREENSHOT.png COMMAND [ARGS...]
# Needs: Xvfb (xvfb-run), xdotool, xwd + convert or import for the screenshot (optional).
set -euo pipefail
provider=$1
shot=$2
shift 2

work=$(mktemp -d)
cleanup() {
    kill "${app_pid:-}" "${provider_pid:-}" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$provider" --generate-openai 3000 --delay 10 >"$work/provider.out" 2>"$work/provider.err" &
provider_pid=$!
for _ in $(seq 100); do
    grep -q listening "$work/provider.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^listening on //p' "$work/provider.out")
[ -n "$url" ] || { echo "fake provider did not start" >&2; exit 1; }

export CONFAB_BASE_URL="$url/v1" CONFAB_MODEL=smoke-model QT_QPA_PLATFORM=xcb
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -m 700 "$XDG_RUNTIME_DIR" "$HOME"

"$@" >"$work/app.log" 2>&1 &
app_pid=$!
wid=$(xdotool search --sync --onlyvisible --name "Confab" | head -n 1)
[ -n "$wid" ] || { echo "no Confab window" >&2; cat "$work/app.log" >&2; exit 1; }
geometry=$(xdotool getwindowgeometry "$wid")
height=$(echo "$geometry" | sed -n 's/.*Geometry: [0-9]*x\([0-9]*\).*/\1/p')
width=$(echo "$geometry" | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
# Click into the composer at the bottom of the window, type, press Return. A loaded machine may
# drop input while the first frame is still being prepared, so try a few times.
sent=0
for attempt in 1 2 3 4 5; do
    # The composer is right of the history panel, left of the Send button.
    xdotool mousemove --window "$wid" $((width - 400)) $((height - 25)) click 1
    xdotool type --delay 20 "Smoke test question"
    xdotool key Return
    for _ in $(seq 50); do
        if grep -q "POST /v1/chat/completions" "$work/provider.err"; then
            sent=1
            break
        fi
        sleep 0.1
    done
    [ "$sent" = 1 ] && break
    echo "attempt $attempt: no request yet, trying again" >&2
done
[ "$sent" = 1 ] || {
    command -v import >/dev/null && import -window root "$shot" 2>/dev/null
    echo "the request never reached the server (screen: $shot)" >&2
    cat "$work/app.log" >&2
    exit 1
}
sleep 1 # let part of the answer stream in, for the screenshot
if command -v import >/dev/null; then
    import -window root "$shot" 2>/dev/null || true
fi
xdotool key Escape
for _ in $(seq 50); do
    grep -q "client disconnected" "$work/provider.err" && break
    sleep 0.1
done
grep -q "client disconnected" "$work/provider.err" || {
    echo "Esc did not close the connection" >&2; cat "$work/app.log" >&2; exit 1; }
if grep -E "ReferenceError|TypeError|is not a type|failed to load" "$work/app.log"; then
    echo "QML errors on stderr" >&2
    exit 1
fi
kill "$app_pid"
wait "$app_pid" 2>/dev/null || true
echo "smoke test passed: window shown, request sent, answer streamed, Esc closed the connection"
