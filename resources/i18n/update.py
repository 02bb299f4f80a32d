"""Rebuild the Chinese translation: extract texts from arledger/gui, merge zh_CN.py, compile the .qm.

    python resources/i18n/update.py

Needs pyside6-lupdate and pyside6-lrelease (installed with PySide6). Untranslated texts are listed.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "arledger_zh_CN.ts"
QM = HERE / "arledger_zh_CN.qm"

sys.path.insert(0, str(HERE))
from zh_CN import ZH_CN  # noqa: E402


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "arledger" / "gui").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *sources, "-no-obsolete", "-ts", str(TS.relative_to(ROOT))], cwd=ROOT,
                   check=True, capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = ZH_CN.get(source)
        if text is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.getroot().set("language", "zh_CN")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for m in missing:
        print(f"untranslated: {m!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
