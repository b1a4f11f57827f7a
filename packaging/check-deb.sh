#!/bin/bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Checks a built Confab .deb: its files, its Depends field and its desktop file.
#
# Usage: check-deb.sh PACKAGE.deb [RUNTIME_PACKAGE...]
#
# Each RUNTIME_PACKAGE must appear in Depends. The list is
# CONFAB_RUNTIME_DEB_PACKAGES from packaging/CMakeLists.txt, which is written
# one name per line to <build>/packaging/runtime-deb-packages.txt, so:
#
#   packaging/check-deb.sh build/confab_0.1.0_amd64.deb \
#       $(cat build/packaging/runtime-deb-packages.txt)
#
# Needs dpkg-deb and desktop-file-validate. Stops at the first failure with a
# non-zero exit status.
set -euo pipefail

app_id=io.github.confabchat.Confab

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

ok() {
    echo "ok: $*"
}

[[ $# -ge 1 ]] || { echo "usage: $0 PACKAGE.deb [RUNTIME_PACKAGE...]" >&2; exit 2; }
deb=$1
shift
[[ -f $deb ]] || fail "$deb: no such file"
command -v desktop-file-validate >/dev/null || fail "desktop-file-validate not found"

echo "Checking $deb"

package=$(dpkg-deb -f "$deb" Package)
[[ $package == confab ]] || fail "Package is '$package', expected 'confab'"
ok "Package: $package"

# Contents: "mode owner/group size date time ./path [-> target]"
contents=$(dpkg-deb -c "$deb")
for exe in ./usr/bin/confab ./usr/bin/confab-cli; do
    mode=$(awk -v p="$exe" '$6 == p { print $1 }' <<<"$contents")
    [[ -n $mode ]] || fail "missing $exe"
    [[ $mode == -??x* ]] || fail "$exe is not an executable regular file ($mode)"
    ok "contains $exe ($mode)"
done
for file in \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg; do
    awk -v p="$file" '$6 == p { found = 1 } END { exit !found }' <<<"$contents" ||
        fail "missing $file"
    ok "contains $file"
done

# Depends: "a (>= 1), b | c, d:any" -> one bare package name per line.
depends=$(dpkg-deb -f "$deb" Depends)
depends_names=$(sed -E 's/[,|]/\n/g' <<<"$depends" | sed -E 's/^[[:space:]]+//; s/[[:space:](:].*//; /^$/d')
for dep in libqt6core6 libqt6network6 "$@"; do
    grep -Fxq -- "$dep" <<<"$depends_names" || fail "Depends lacks $dep (Depends: $depends)"
    ok "Depends on $dep"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop=$tmp/usr/share/applications/$app_id.desktop
out=$(desktop-file-validate "$desktop" 2>&1) || true
[[ -z $out ]] || fail "desktop-file-validate on the installed desktop file: $out"
ok "installed $app_id.desktop passes desktop-file-validate"

echo "All checks passed for $deb"
