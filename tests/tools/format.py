#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every C++ file of the project follows .clang-format.

    format.py check ROOT   fails, listing the files and the first lines that differ
    format.py fix ROOT     formats them in place

clang-format 14 (Debian 12's) is the reference: other versions format some constructs differently,
so the check refuses to judge with another one rather than report false differences.
"""
import difflib
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from spdx import listed  # noqa: E402 — the same list of tracked files

VERSION = "14."


def clang_format():
    for name in ("clang-format-14", "clang-format"):
        found = shutil.which(name)
        if found:
            version = subprocess.run([found, "--version"], capture_output=True, text=True).stdout
            if f"version {VERSION}" in version:
                return found
    sys.exit(f"format.py: clang-format {VERSION}x is needed (Debian 12: apt-get install clang-format)")


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "fix"):
        sys.exit(__doc__)
    root = Path(sys.argv[2])
    tool = clang_format()
    files = [root / name for name in listed(root) if name.endswith((".cpp", ".h"))]
    if sys.argv[1] == "fix":
        subprocess.run([tool, "-i", "--style=file"] + [str(f) for f in files], check=True, cwd=root)
        return 0
    wrong = 0
    for path in files:
        original = path.read_text(encoding="utf-8")
        formatted = subprocess.run([tool, "--style=file", f"--assume-filename={path}"], input=original,
                                   capture_output=True, text=True, check=True, cwd=root).stdout
        if formatted != original:
            wrong += 1
            diff = difflib.unified_diff(original.splitlines(), formatted.splitlines(), str(path.relative_to(root)),
                                        "formatted", n=0, lineterm="")
            print("\n".join(list(diff)[:12]))
    if wrong:
        print(f"{wrong} file(s) differ from .clang-format: run tests/tools/format.py fix {root}")
        return 1
    print(f"{len(files)} files follow .clang-format")
    return 0


if __name__ == "__main__":
    sys.exit(main())
