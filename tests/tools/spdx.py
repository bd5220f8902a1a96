#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every source file of the project names its licence and copyright holders in SPDX form.

    spdx.py check ROOT   fails, listing them, when a source file lacks the two SPDX lines
    spdx.py add ROOT     adds them where they are missing

Source files: C++, QML, JavaScript, CMake, Python and shell, as git lists them.
"""
import subprocess
import sys
from pathlib import Path

COPYRIGHT = "SPDX-FileCopyrightText: 2026 Madoguchi contributors"
LICENSE = "SPDX-License-Identifier: GPL-3.0-or-later"
SLASHES = (".cpp", ".h", ".qml", ".js")
HASHES = (".cmake", ".py", ".sh")
HASHED_NAMES = ("CMakeLists.txt", "quickstart", "run")


def comment_for(path: Path):
    if path.suffix in SLASHES:
        return "//"
    if path.suffix in HASHES or path.name in HASHED_NAMES:
        return "#"
    return None


def listed(root: Path):
    """The files git tracks or would track (new files not yet added are checked and formatted too); in a
    tree without git (a source tarball), every file outside build/."""
    tracked = subprocess.run(["git", "-C", str(root), "ls-files", "--cached", "--others", "--exclude-standard"],
                             capture_output=True, text=True)
    if tracked.returncode == 0:
        return tracked.stdout.split("\n")
    return [str(p.relative_to(root)) for p in root.rglob("*") if "build" not in p.relative_to(root).parts[:1]]


def sources(root: Path):
    for name in listed(root):
        path = root / name
        if name and comment_for(path) and path.is_file() and (path.name != "run" or path.parent.name == ".ci"):
            yield path


def has_header(text: str):
    head = "\n".join(text.split("\n")[:4])
    return COPYRIGHT in head and LICENSE in head


def with_header(text: str, marker: str):
    lines = text.split("\n")
    keep = 1 if lines and lines[0].startswith("#!") else 0
    header = [f"{marker} {COPYRIGHT}", f"{marker} {LICENSE}"]
    return "\n".join(lines[:keep] + header + lines[keep:])


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("check", "add"):
        print(__doc__)
        return 2
    root = Path(sys.argv[2])
    missing = []
    for path in sources(root):
        text = path.read_text(encoding="utf-8")
        if has_header(text):
            continue
        if sys.argv[1] == "add":
            path.write_text(with_header(text, comment_for(path)), encoding="utf-8")
        else:
            missing.append(str(path.relative_to(root)))
    for name in missing:
        print(f"{name}: no SPDX licence header (run tests/tools/spdx.py add .)")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
