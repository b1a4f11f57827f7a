#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Runs COMMAND on a private Xvfb display (xcb, not offscreen) with accessibility on, inside a
# D-Bus session (a new one when there is none): what the accessibility tests need for Qt to
# build a faithful accessibility tree and send its events. Exits 77 (skipped) without Xvfb.
# Usage: tests/support/with-xvfb.sh COMMAND [ARGS...]
set -euo pipefail
if ! command -v Xvfb >/dev/null || ! command -v dbus-run-session >/dev/null; then
    echo "SKIP: Xvfb or dbus-run-session is not installed" >&2
    exit 77
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    exec dbus-run-session -- "$0" "$@"
fi
work=$(mktemp -d)
cleanup() {
    [ -z "${xvfb:-}" ] || kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    mkdir -m 700 "$work/runtime"
    export XDG_RUNTIME_DIR=$work/runtime
fi
# -displayfd: Xvfb picks a free display itself (xvfb-run -a races when tests run in parallel).
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb=$!
read -r -t 20 display <"$work/display" || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display" QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
"$@"
