"""Keep the UI translations current: extract, compile, report.

    python resources/i18n/update.py           extract texts from arledger/gui into every arledger_<lang>.ts,
                                              compile each .ts to its .qm, list what is left to translate
    python resources/i18n/update.py --check   only list what is left to translate (changes no file)

The .ts files are the source of truth; translators edit them with Qt Linguist (`pyside6-linguist`). lupdate
keeps every existing translation, adds new texts as unfinished and drops texts that left the code.
arledger_en.ts holds only the English plural forms ("%n letter" / "%n letters") of texts counted with %n.
Needs pyside6-lupdate and pyside6-lrelease (installed with PySide6). Exit status 1 if anything is left.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GUI = ROOT / "arledger" / "gui"
# Every language the UI ships; en only carries the plural forms of the English source texts.
LANGUAGES = ("zh_CN", "de_DE", "en")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]  # one per plural form for a numerus message
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"

    @property
    def needs_work(self) -> bool:
        return self.state == "unfinished" or not any(t.strip() for t in self.translations)


def ts_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"arledger_{language}.ts"


def qm_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"arledger_{language}.qm"


def _tool(name: str) -> str:
    """pyside6-lupdate next to the running Python first (a venv), else on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; it is installed with PySide6.")
    return found


def gui_sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p) for p in (root / "arledger" / "gui").rglob("*.py"))


def extract(ts_files: list[Path], root: Path = ROOT) -> None:
    """Merge the tr() texts of arledger/gui into ts_files, keeping existing translations."""
    for ts in ts_files:
        options = ["-pluralonly"] if ts.name == "arledger_en.ts" else []
        subprocess.run([_tool("pyside6-lupdate"), *gui_sources(root), "-no-obsolete", "-locations", "relative",
                        *options, "-ts", str(ts)], cwd=root, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def read_messages(ts: Path) -> list[Message]:
    """Every message of a .ts file with its state (Qt Linguist's XML)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts: tuple[str, ...] = ()
                state = "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = tuple(f.text or "" for f in forms) if numerus else (translation.text or "",)
                state = translation.get("type", "")
            found.append(Message(name, message.findtext("source") or "", numerus, texts, state))
    return found


def left_to_translate(ts: Path) -> list[Message]:
    return [m for m in read_messages(ts) if m.state not in ("vanished", "obsolete") and m.needs_work]


def source_texts(ts: Path) -> set[str]:
    """The English source texts a .ts file lists (what the UI would show untranslated)."""
    return {m.source for m in read_messages(ts) if m.state not in ("vanished", "obsolete")}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--check", action="store_true", help="only list what is left to translate")
    check = args.parse_args(argv).check
    files = [ts_path(lang) for lang in LANGUAGES]
    if not check:
        extract(files)
        for lang in LANGUAGES:
            compile_qm(ts_path(lang), qm_path(lang))
    left = 0
    for lang, ts in zip(LANGUAGES, files, strict=True):
        todo = left_to_translate(ts)
        left += len(todo)
        print(f"{lang}: {len(read_messages(ts))} texts, {len(todo)} left to translate")
        for m in todo:
            print(f"  [{m.context}] {m.source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
