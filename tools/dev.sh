#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
#
# One entry point for a fresh Debian 12 / Ubuntu 24.04 machine:
#   tools/dev.sh run    install what is missing, build, launch Confab
#   tools/dev.sh test   install what is missing, then every check CI runs: format, build with
#                       warnings as errors, qmllint, all tests (headless), the ASan/UBSan build
#                       and its tests, short fuzz runs, the Debian package and its check
#   tools/dev.sh deps   only install the packages
# Environment: JOBS (default 2), FUZZ_SECONDS (default 10 per target), BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
JOBS=${JOBS:-2}
BUILD_DIR=${BUILD_DIR:-build}
FUZZ_SECONDS=${FUZZ_SECONDS:-10}

# Debian packages: build, translations (lupdate/lrelease, and their CMake functions),
# runtime QML modules (dlopened, so nothing else pulls them in), md4c, the fuzz/sanitizer
# toolchain, packaging and validators, and headless test tools (Xvfb, xdotool, a session bus,
# a keyring, and the accessibility bus with a Python client for the AT-SPI check).
PACKAGES=(cmake ninja-build g++ pkgconf git
    qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev qtkeychain-qt6-dev
    qt6-l10n-tools qt6-tools-dev
    libqt6sql6-sqlite libqt6svg6 libmd4c-dev qt6-pdf-dev qt6-image-formats-plugins zlib1g-dev
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls
    qml6-module-qtquick-templates qml6-module-qtquick-layouts qml6-module-qtquick-window
    qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qt-labs-qmlmodels
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    qml6-module-qtqml-models
    clang clang-format libclang-rt-14-dev
    dpkg-dev file desktop-file-utils appstream
    xvfb xauth xdotool dbus gnome-keyring libsecret-1-0 at-spi2-core python3-pyatspi)

# The real MCP servers the tests talk to (tests/mcp/tst_mcpservers, tests/app/tst_climcp),
# from npm, pinned. node comes with the machine (nodesource on CI); npm installs these.
MCP_TEST_SERVERS=(@modelcontextprotocol/server-everything@2026.8.31
    @modelcontextprotocol/server-filesystem@2026.8.31)

log() { printf '\n== %s\n' "$*"; }

install_packages() {
    if dpkg -s "${PACKAGES[@]}" >/dev/null 2>&1; then
        return
    fi
    log "Installing Debian packages"
    local sudo=()
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root or install sudo." >&2; exit 1; }
        sudo=(sudo)
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${PACKAGES[@]}" >/dev/null
}

configure_build() { # DIR [cmake args...]; OPT overrides the optimisation level (default -O2)
    local dir=$1
    shift
    # -g1 (line tables) is enough for sanitizer and crash reports and builds much faster than -g.
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=${OPT:--O2} -g1 -DNDEBUG" "$@" >/dev/null
    cmake --build "$dir" -j "$JOBS"
}

headless_env() {
    export QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Basic
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
}

# Installs MCP_TEST_SERVERS into DIR unless the pinned versions are there already. Without node
# or npm (and no way to install Debian's) it says so loudly and returns: the tests then skip, or
# fail in CI (CONFAB_REQUIRE_MCP_SERVERS=1, set by cmd_test when CI=true).
install_mcp_test_servers() { # DIR
    local dir=$1 spec name version installed missing=0
    for spec in "${MCP_TEST_SERVERS[@]}"; do
        name=${spec%@*}
        version=${spec##*@}
        installed=$(sed -n 's/^  "version": "\(.*\)",$/\1/p' \
            "$dir/node_modules/$name/package.json" 2>/dev/null || true)
        [ "$installed" = "$version" ] || missing=1
    done
    [ "$missing" = 1 ] || return 0
    if { ! command -v node || ! command -v npm; } >/dev/null && [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null || true
    fi
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "WARNING: node or npm is missing: the MCP tests against real servers cannot run" \
            "(they fail in CI, and are skipped elsewhere)." >&2
        return 0
    fi
    log "Installing the MCP test servers (npm, node $(node --version))"
    npm install --prefix "$dir" --save-exact --no-audit --no-fund --loglevel=error \
        "${MCP_TEST_SERVERS[@]}" >/dev/null
}

# ctest inside a private D-Bus session with an unlocked keyring (keychain tests need one).
run_ctest() { # DIR [ctest args...]
    local dir=$1
    shift
    dbus-run-session -- bash -c '
        export HOME=$(mktemp -d)
        eval "$(printf ci | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
        dir=$1; shift
        ctest --test-dir "$dir" --output-on-failure -j "$JOBS" --timeout 300 "$@"
    ' _ "$dir" "$@"
}

# Starts Confab the way the desktop menu does: the Exec line of the packaged .desktop file. On CI
# (root, a throwaway machine) the .deb is really installed with apt, which also proves its
# dependencies resolve; elsewhere it is unpacked into a temporary folder.
smoke_packaged_app() {
    local deb exec_line root=""
    deb=$(ls "$BUILD_DIR"/confab_*.deb)
    if [ "${CI:-}" = true ] && [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq --no-install-recommends "$ROOT/$deb" >/dev/null
    else
        root=$(mktemp -d)
        dpkg -x "$deb" "$root"
    fi
    exec_line=$(sed -n 's/^Exec=//p' "$root/usr/share/applications/io.github.confabchat.Confab.desktop")
    read -r -a exec_words <<<"$exec_line"
    if [ -n "$root" ]; then
        exec_words[0]="$root/usr/bin/${exec_words[0]}"
    else
        exec_words[0]=$(command -v "${exec_words[0]}")
    fi
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1100x800x24" \
        tools/smoke-gui.sh "$BUILD_DIR/tests/support/confab-fake-provider" \
        "$BUILD_DIR/smoke.png" "${exec_words[@]}"
    [ -z "$root" ] || rm -rf "$root"
}

cmd_run() {
    install_packages
    log "Building"
    configure_build "$BUILD_DIR" -DBUILD_TESTING=OFF
    log "Starting Confab"
    exec "$BUILD_DIR/app/confab" "$@"
}

cmd_test() {
    local start=$SECONDS
    install_packages
    export JOBS
    headless_env

    log "Format check (clang-format, qmlformat)"
    tools/format.sh --check

    log "Build (warnings are errors)"
    configure_build "$BUILD_DIR" -DBUILD_TESTING=ON -DCONFAB_WERROR=ON

    log "qmllint"
    cmake --build "$BUILD_DIR" --target all_qmllint

    # One copy of the npm servers for both test runs (the ASan build's too). In CI a missing
    # server fails the MCP tests instead of skipping them.
    [ "${CI:-}" = true ] && export CONFAB_REQUIRE_MCP_SERVERS=1
    export CONFAB_MCP_SERVERS_DIR=$ROOT/$BUILD_DIR/mcp-servers
    install_mcp_test_servers "$CONFAB_MCP_SERVERS_DIR"

    log "Tests"
    run_ctest "$BUILD_DIR"

    log "Debian package"
    rm -f "$BUILD_DIR"/confab_*.deb
    (cd "$BUILD_DIR" && cpack -G DEB >/dev/null)
    packaging/check-deb.sh "$BUILD_DIR"/confab_*.deb \
        $(cat "$BUILD_DIR/packaging/runtime-deb-packages.txt")

    log "Real-window smoke test of the packaged app (Xvfb)"
    smoke_packaged_app

    if [ -d tests/fuzz ]; then
        log "Fuzzing (${FUZZ_SECONDS}s per target)"
        configure_build "$BUILD_DIR-fuzz" -DCMAKE_CXX_COMPILER=clang++ -DCONFAB_FUZZ=ON \
            -DCONFAB_BUILD_GUI=OFF -DBUILD_TESTING=OFF
        tools/run-fuzzers.sh "$BUILD_DIR-fuzz" "$FUZZ_SECONDS"
    fi

    log "AddressSanitizer + UndefinedBehaviorSanitizer build and tests"
    # -O1: the sanitizers' usual level; it compiles the instrumented tests about 40 % faster
    # than -O2 and keeps stacks readable.
    OPT=-O1 configure_build "$BUILD_DIR-asan" -DBUILD_TESTING=ON -DCONFAB_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions=$ROOT/tests/lsan.supp:print_suppressions=0 \
        run_ctest "$BUILD_DIR-asan" -LE no-sanitizer

    log "All checks passed in $((SECONDS - start)) s"
}

case "${1:-}" in
run) shift; cmd_run "$@" ;;
test) cmd_test ;;
deps) install_packages ;;
*) echo "usage: tools/dev.sh run|test|deps" >&2; exit 2 ;;
esac
