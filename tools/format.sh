#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Formats the sources (clang-format 14, Qt 6.4's qmlformat), or with --check fails when a file
# is not formatted. qmlformat 6.4 drops the value of "pragma ComponentBehavior: Bound", so the
# line is restored after it runs (docs/QT-ON-DEBIAN.md §12.1).
set -euo pipefail
cd "$(dirname "$0")/.."
check=0
[ "${1:-}" = "--check" ] && check=1
QMLFORMAT=${QMLFORMAT:-/usr/lib/qt6/bin/qmlformat}

mapfile -t cxx < <(git ls-files -co --exclude-standard -- '*.cpp' '*.h')
mapfile -t qml < <(git ls-files -co --exclude-standard -- '*.qml')
status=0

if [ "$check" = 1 ]; then
    if ! clang-format --dry-run -Werror "${cxx[@]}"; then
        status=1
    fi
else
    clang-format -i "${cxx[@]}"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${qml[@]}"; do
    out="$tmp/$(basename "$f")"
    "$QMLFORMAT" "$f" > "$out"
    sed -i 's/^pragma ComponentBehavior$/pragma ComponentBehavior: Bound/' "$out"
    if ! cmp -s "$f" "$out"; then
        if [ "$check" = 1 ]; then
            echo "qmlformat would change $f:"
            diff -u "$f" "$out" || true
            status=1
        else
            cp "$out" "$f"
        fi
    fi
done
if [ "$check" = 1 ] && [ "$status" != 0 ]; then
    echo "Formatting check failed: run tools/format.sh" >&2
fi
exit "$status"
