#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# The AT-SPI check: the real application against a fake provider, read by a pyatspi client as a
# screen reader reads it (atspi_check.py). Run it through tests/support/with-xvfb.sh, which gives
# it a display, a session bus and accessibility on. Exits 77 (skipped) without pyatspi or xdotool.
# Usage: atspi-check.sh CONFAB FAKE_PROVIDER [atspi_check.py options]
set -euo pipefail
app=$1
provider=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || ! command -v xdotool >/dev/null; then
    echo "SKIP: python3-pyatspi or xdotool is not installed" >&2
    exit 77
fi
work=$(mktemp -d)
cleanup() {
    kill "${app_pid:-}" "${provider_pid:-}" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$provider" --generate-openai 40 --delay 10 >"$work/provider.out" 2>"$work/provider.err" &
provider_pid=$!
for _ in $(seq 100); do
    grep -q listening "$work/provider.out" 2>/dev/null && break
    sleep 0.05
done
url=$(sed -n 's/^listening on //p' "$work/provider.out")
[ -n "$url" ] || { echo "fake provider did not start" >&2; exit 1; }

mkdir -m 700 "$work/runtime" "$work/home"
export CONFAB_BASE_URL="$url/v1" CONFAB_MODEL=atspi-model HOME="$work/home"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config"
export XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache"
"$app" >"$work/app.log" 2>&1 &
app_pid=$!
if ! timeout 60 /usr/bin/python3 "$here/atspi_check.py" "$@"; then
    echo "--- application log" >&2
    cat "$work/app.log" >&2
    exit 1
fi
