#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a translation is missing, unfinished, empty or loses an argument marker.

    check_translations.py I18N_DIR

Every language of the product has its catalogue (English is the source); every message in it has a
finished, non-empty translation (each plural form for %n messages) that keeps the source's %1 … %9
and %n argument markers.
"""
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

LANGUAGES = ["ja", "ja_x_easy", "zh_Hans", "ko", "vi", "fil", "tr", "pt_BR", "ne"]
ARGUMENT_MARKER = re.compile(r"%(?:[1-9]|n)")


def problems_in(path: Path):
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{path.name}: {context_name}: {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                yield f"{where}: no translation"
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                yield f"{where}: {kind}"
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            wanted = sorted(set(ARGUMENT_MARKER.findall(source)))
            for form in forms:
                if not form.strip():
                    yield f"{where}: empty"
                elif message.get("numerus") != "yes" and sorted(set(ARGUMENT_MARKER.findall(form))) != wanted:
                    yield f"{where}: argument markers {wanted} became {sorted(set(ARGUMENT_MARKER.findall(form)))}"
                elif message.get("numerus") == "yes" and not set(wanted) - {"%n"} <= set(ARGUMENT_MARKER.findall(form)):
                    yield f"{where}: a plural form lost {sorted(set(wanted) - {'%n'})}"


def main():
    folder = Path(sys.argv[1])
    problems = []
    for language in LANGUAGES:
        path = folder / f"madoguchi_{language}.ts"
        if not path.exists():
            problems.append(f"{path.name}: missing")
            continue
        problems.extend(problems_in(path))
    for problem in problems:
        print(problem, file=sys.stderr)
    count = len(list(folder.glob("madoguchi_*.ts")))
    print(f"{count} catalogues checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
