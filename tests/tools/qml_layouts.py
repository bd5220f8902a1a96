#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""No Repeater sits straight inside a Qt Quick Layout (RowLayout, ColumnLayout, GridLayout).

    qml_layouts.py check FILE...   fails, naming file:line, for each such Repeater

In Qt 6.4 a Layout whose Repeater rebuilds its delegates during a layout pass reads a freed delegate
and crashes the program; it happens in real windows only, never offscreen, so no screenshot tour
finds it. Models go into ListColumn or CellGrid (ui_qml/controls), which place them by positioners.
"""
import re
import sys

OPENING = re.compile(r"^\s*(?:(?:delegate|contentItem|background|component\s+\w+)\s*:\s*)?([A-Z][\w.]*)\s*\{")
LAYOUTS = ("RowLayout", "ColumnLayout", "GridLayout")


def repeaters_in_layouts(path):
    """(line, parent) of every Repeater whose enclosing element is a Layout."""
    found = []
    stack = []  # the element type of every open brace, or None for a brace that opens no element
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            code = line.split("//")[0]
            opening = OPENING.match(code)
            opens, closes = code.count("{"), code.count("}")
            if opening:
                elements = [kind for kind in stack if kind]
                if opening.group(1) == "Repeater" and elements and elements[-1] in LAYOUTS:
                    found.append((number, elements[-1]))
                stack.append(opening.group(1))
                opens -= 1
            stack.extend([None] * opens)
            del stack[len(stack) - min(closes, len(stack)):]
    return found


def main(argv):
    if len(argv) < 3 or argv[1] != "check":
        print(__doc__, file=sys.stderr)
        return 2
    failures = 0
    for path in argv[2:]:
        for number, parent in repeaters_in_layouts(path):
            print(f"{path}:{number}: a Repeater straight inside a {parent}: use ListColumn or CellGrid")
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
