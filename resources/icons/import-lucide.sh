#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# Rebuilds the bundled fallback icon theme (resources/icons/confab/) from an unpacked
# lucide-static npm package:
#   npm pack lucide-static@1.87.0 && tar xzf lucide-static-1.87.0.tgz
#   resources/icons/import-lucide.sh package
# Each icon is saved under its freedesktop name (Icon Naming Specification, plus names KDE's
# Breeze and GNOME's Adwaita use) with an SPDX note, and LICENSE-lucide.txt is refreshed.
# The list of icons lives here and in README.md; add a row to both.
set -euo pipefail
src=${1:?usage: import-lucide.sh LUCIDE_STATIC_PACKAGE_DIR}
here=$(cd "$(dirname "$0")" && pwd)
out=$here/confab/scalable
version=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$src/package.json")

# context/freedesktop-name lucide-name
ICONS=(
    actions/application-menu menu
    actions/configure settings
    actions/document-edit pencil
    actions/document-export file-output
    actions/document-import file-input
    actions/document-new square-pen
    actions/document-open folder-open
    actions/document-properties sliders-horizontal
    actions/document-open-recent history
    actions/document-save save
    actions/document-send send
    actions/download download
    actions/edit-clear delete
    actions/edit-copy copy
    actions/edit-cut scissors
    actions/edit-delete trash-2
    actions/edit-find search
    actions/edit-paste clipboard-paste
    actions/edit-redo redo-2
    actions/edit-rename pencil-line
    actions/edit-select-all text-select
    actions/edit-undo undo-2
    actions/external-link external-link
    actions/go-bottom arrow-down-to-line
    actions/go-down arrow-down
    actions/go-next chevron-right
    actions/go-previous chevron-left
    actions/go-up arrow-up
    actions/help-about info
    actions/help-contents circle-question-mark
    actions/insert-image image-plus
    actions/insert-link link
    actions/list-add plus
    actions/list-remove minus
    actions/mail-send send
    actions/media-playback-start play
    actions/media-playback-stop square
    actions/object-select check
    actions/dialog-ok check
    actions/open-menu menu
    actions/overflow-menu ellipsis-vertical
    actions/pan-down chevron-down
    actions/pan-end chevron-right
    actions/pan-start chevron-left
    actions/pan-up chevron-up
    actions/process-stop octagon-x
    actions/sidebar-show panel-left
    actions/tools wrench
    actions/view-conceal eye-off
    actions/view-hidden eye-off
    actions/view-more ellipsis
    actions/view-refresh refresh-cw
    actions/view-reveal eye
    actions/view-visible eye
    actions/window-close x
    actions/window-pin pin
    actions/window-unpin pin-off
    actions/zoom-in zoom-in
    actions/zoom-out zoom-out
    categories/applications-internet globe
    categories/preferences-desktop-locale languages
    categories/preferences-system settings
    devices/computer monitor
    devices/input-keyboard keyboard
    mimetypes/image-x-generic image
    mimetypes/text-x-generic file-text
    places/folder folder
    places/network-server server
    places/network-workgroup network
    status/dialog-error circle-x
    status/dialog-information info
    status/dialog-password key-round
    status/dialog-question circle-question-mark
    status/dialog-warning triangle-alert
    status/mail-attachment paperclip
    status/network-offline wifi-off
    status/security-high shield-check
    status/security-low shield-alert
    status/weather-clear sun
    status/weather-clear-night moon
)

# Lucide icons that derive from Feather (MIT, Cole Bemis), by their current Lucide names; the
# package's LICENSE lists them by their Feather names.
FEATHER=" arrow-down arrow-up check chevron-down chevron-left chevron-right chevron-up
    circle-question-mark circle-x download ellipsis ellipsis-vertical external-link info key link
    minus moon octagon-x panel-left plus search server square trash-2 triangle-alert x zoom-in
    zoom-out "

rm -rf "$here/confab/scalable"
for ((i = 0; i < ${#ICONS[@]}; i += 2)); do
    target=${ICONS[i]}
    lucide=${ICONS[i + 1]}
    [ -f "$src/icons/$lucide.svg" ] || { echo "no $lucide.svg in $src" >&2; exit 1; }
    mkdir -p "$out/$(dirname "$target")"
    if [[ $FEATHER == *" $lucide "* ]]; then
        note="SPDX-FileCopyrightText: Lucide Icons and Contributors; 2013-present Cole Bemis (Feather)
SPDX-License-Identifier: ISC AND MIT"
    else
        note="SPDX-FileCopyrightText: Lucide Icons and Contributors
SPDX-License-Identifier: ISC"
    fi
    {
        printf '<!--\n%s\nLucide "%s" (lucide-static %s); see LICENSE-lucide.txt\n-->\n' \
            "$note" "$lucide" "$version"
        # Drop Lucide's own licence comment and the class attribute; keep the drawing as is
        # (stroke="currentColor": Qt draws it black, and the controls tint it with icon.color).
        grep -v '^<!-- @license' "$src/icons/$lucide.svg" | grep -v '^  class="'
    } >"$out/$target.svg"
done
cp "$src/LICENSE" "$here/LICENSE-lucide.txt"
echo "Imported $((${#ICONS[@]} / 2)) icons from lucide-static $version"
