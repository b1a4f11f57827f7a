#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Confab contributors
# SPDX-License-Identifier: MIT
"""What a screen reader gets from the running Confab, read over AT-SPI (pyatspi).

Finds the application on the accessibility bus, checks that the message box has the focus and
that every control on screen has a name without glyphs, then types a question with real key
events (xdotool) and waits until the answer's announcements arrive: a notification shown
(object:state-changed:showing) with each expected message. --dump prints the conversation's
subtree once the answer is in.

Usage: atspi_check.py --expect MESSAGE [--expect MESSAGE ...] [--dump] [--timeout S]
"""
import argparse
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box", "text",
               "entry", "password text", "spin button", "slider", "page tab", "list item",
               "menu item", "link"}
GLYPHS = "▾▴▸◂⋯…↓↑‹›×✓✕"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def find_app(timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and (app.name or "").lower() == "confab":
                return app
        time.sleep(0.1)
    fail("Confab is not on the accessibility bus")


def showing(acc):
    return acc.getState().contains(pyatspi.STATE_SHOWING)


def walk(acc):
    """The nodes on screen (a hidden node's subtree is skipped)."""
    if not showing(acc) and acc.getRoleName() not in ("application",):
        return
    yield acc
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None:
            yield from walk(child)


def states(acc):
    names = (pyatspi.stateToString(s) for s in acc.getState().getStates())
    keep = {"focused", "selected", "busy", "checked", "editable", "focusable"}
    return ",".join(sorted(n for n in names if n in keep))


def dump(acc, depth=0):
    print("%s%s %r [%s]" % ("  " * depth, acc.getRoleName(), acc.name, states(acc)))
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is not None and showing(child):
            dump(child, depth + 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--dump", action="store_true")
    parser.add_argument("--timeout", type=float, default=20)
    args = parser.parse_args()

    app = find_app(args.timeout)
    heard = []

    def on_showing(event):
        if event.detail1 == 1 and event.source.getRoleName() == "notification":
            heard.append(event.source.name)
            if all(any(e in h for h in heard) for e in args.expect):
                GLib.timeout_add(300, lambda: pyatspi.Registry.stop() or False)

    pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
    # As a screen reader does: name changes keep the client's cache of names up to date (else
    # every later notification would read with the first one's name).
    pyatspi.Registry.registerEventListener(lambda event: None,
                                           "object:property-change:accessible-name")

    # The focus starts in the message box.
    end = time.monotonic() + args.timeout
    while True:
        focused = [n for n in walk(app) if n.getState().contains(pyatspi.STATE_FOCUSED)]
        if any(n.getRoleName() == "text" and n.name == "Message" for n in focused):
            break
        if time.monotonic() > end:
            fail("the message box does not have the focus at launch: %r"
                 % [(n.getRoleName(), n.name) for n in focused])
        time.sleep(0.1)

    problems = []
    for node in walk(app):
        role = node.getRoleName()
        if role in INTERACTIVE and not (node.name or "").strip():
            problems.append("%s without a name" % role)
        if any(g in (node.name or "") for g in GLYPHS.replace("…", "")):
            problems.append("%s %r has a glyph in its name" % (role, node.name))
    if problems:
        fail("; ".join(problems))

    def ask():
        wid = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "Confab"],
                             capture_output=True, text=True, check=True).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
        subprocess.run(["xdotool", "type", "--delay", "10", "How do screen readers work?"],
                       check=True)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        return False

    GLib.timeout_add(300, ask)  # once Qt knows a listener is registered
    GLib.timeout_add(int(args.timeout * 1000), lambda: pyatspi.Registry.stop() or False)
    pyatspi.Registry.start()

    print("announcements heard: %r" % heard)
    if args.dump:
        conversation = next((n for n in walk(app)
                             if n.getRoleName() == "list" and n.name == "Conversation"), None)
        if conversation is not None:
            dump(conversation)
    missing = [e for e in args.expect if not any(e in h for h in heard)]
    if missing:
        fail("no announcement %r" % missing)
    print("PASS: tree named, focus in the message box, announcements %r" % args.expect)


if __name__ == "__main__":
    main()
