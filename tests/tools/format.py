#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every C++ file of the project follows .clang-format.

    format.py check ROOT   fails, listing the files and the first lines that differ
    format.py fix ROOT     formats them in place

clang-format 14 (Debian 12's) is the reference: other versions format some constructs differently,
so the check refuses to judge with another one rather than report false differences.
"""
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
    # One clang-format for all files: it names each place that differs (file:line:col: error: …).
    checked = subprocess.run([tool, "--dry-run", "--Werror", "--style=file"] + [str(f) for f in files],
                             capture_output=True, text=True, cwd=root)
    wrong = sorted({line.split(":", 1)[0] for line in checked.stderr.splitlines() if ": error: " in line})
    if checked.returncode != 0 or wrong:
        print(checked.stderr[:4000])
        print(f"{len(wrong)} file(s) differ from .clang-format: run tests/tools/format.py fix {root}")
        return 1
    print(f"{len(files)} files follow .clang-format")
    return 0


if __name__ == "__main__":
    sys.exit(main())
