#!/usr/bin/env python3
"""Adds or replaces messages in a pair of .NET resource files (issue 14): NAME.resx (English, neutral) and
NAME.fr.resx (French), creating both when missing, keeping the keys sorted so that diffs stay small.

    tools/resx.py src/ReportGen/Resources/Ingest.resx KEY "English text {0}" "Texte français « {0} »" [KEY EN FR]...

Texts are format strings for string.Format (invariant culture): {0}, {1}… for the arguments, {{ and }} for braces.
French follows French typography: « » around quoted values with no-break spaces inside, a no-break space
(U+00A0) before ':' and a narrow one (U+202F) before ';', '!', '?', and the apostrophe ’. The test
LocalizationTests checks both files of every pair."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""


def load(path: Path) -> dict:
    if not path.exists():
        return {}
    root = ET.parse(path).getroot()
    return {d.get("name"): (d.findtext("value") or "") for d in root.findall("data")}


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def save(path: Path, entries: dict) -> None:
    lines = [HEADER]
    for key in sorted(entries, key=lambda k: k.encode()):
        lines.append(f'  <data name="{escape(key)}" xml:space="preserve"><value>{escape(entries[key])}</value></data>\n')
    lines.append("</root>\n")
    path.write_text("".join(lines), encoding="utf-8")


def main(argv: list) -> int:
    if len(argv) < 4 or (len(argv) - 1) % 3 != 0:
        print(__doc__, file=sys.stderr)
        return 2
    neutral = Path(argv[0])
    if not neutral.name.endswith(".resx") or neutral.name.endswith(".fr.resx"):
        print("give the neutral file, NAME.resx", file=sys.stderr)
        return 2
    french = neutral.with_name(neutral.name[: -len(".resx")] + ".fr.resx")
    en, fr = load(neutral), load(french)
    for i in range(1, len(argv), 3):
        key, english, francais = argv[i], argv[i + 1], argv[i + 2]
        if not key.replace("_", "").isalnum() or key[0].isdigit():
            print(f"key '{key}' must be a C# identifier (letters, digits, _)", file=sys.stderr)
            return 2
        en[key], fr[key] = english, francais
    neutral.parent.mkdir(parents=True, exist_ok=True)
    save(neutral, en)
    save(french, fr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
