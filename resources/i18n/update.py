"""Keep the translations current: extract, compile, report.

    python resources/i18n/update.py           extract texts from arledger/gui into every arledger_<lang>.ts,
                                              compile each .ts to its .qm; extract the messages (msg() and
                                              plural_msg() calls anywhere in arledger/) into every
                                              messages_<lang>.ts; list what is left to translate
    python resources/i18n/update.py --check   only list what is left to translate (changes no file)
    python resources/i18n/update.py --fill F  set message translations from a JSON file
                                              {"zh_CN": {"code": "text", "counted.code": ["form", ...]}, ...}
                                              and mark them finished (for translating many messages at once;
                                              Qt Linguist is the tool for reviewing them)

Two kinds of catalog, both Qt Linguist files: arledger_<lang>.ts holds the UI's tr() texts (compiled to .qm for
Qt); messages_<lang>.ts holds the sentences made below the front ends (errors, queue and timeline texts), one
entry per message code (the <comment>), read as they are by arledger/render/messages.py for the GUI, the CLI and
letters alike. A message whose English changed keeps its old translation marked unfinished until a translator
looks at it again.

The .ts files are the source of truth; translators edit them with Qt Linguist (`pyside6-linguist`). lupdate
keeps every existing translation, adds new texts as unfinished and drops texts that left the code.
arledger_en.ts holds only the English plural forms ("%n letter" / "%n letters") of texts counted with %n.
Needs pyside6-lupdate and pyside6-lrelease (installed with PySide6). Exit status 1 if anything is left.
"""

from __future__ import annotations

import argparse
import ast
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
# The languages of the message catalogs (English is the code's own default).
MESSAGE_LANGUAGES = ("zh_CN", "de_DE")
PLURAL_FORMS = {"zh_CN": 1, "de_DE": 2}  # numerus forms per language, in Qt's (and CLDR's) order


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    translations: tuple[str, ...]  # one per plural form for a numerus message
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    comment: str = ""  # a message catalog's code

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
            found.append(Message(name, message.findtext("source") or "", numerus, texts, state,
                                 message.findtext("comment") or ""))
    return found


def left_to_translate(ts: Path) -> list[Message]:
    return [m for m in read_messages(ts) if m.state not in ("vanished", "obsolete") and m.needs_work]


def source_texts(ts: Path) -> set[str]:
    """The English source texts a .ts file lists (what the UI would show untranslated)."""
    return {m.source for m in read_messages(ts) if m.state not in ("vanished", "obsolete")}


def messages_path(language: str, folder: Path = HERE) -> Path:
    return folder / f"messages_{language}.ts"


@dataclass(frozen=True)
class CodeMessage:
    """A msg()/plural_msg() call found in the sources."""

    code: str
    default: str
    plural: str | None
    file: str
    line: int

    @property
    def key(self) -> str:
        return f"{self.default}|{self.plural}" if self.plural is not None else self.default


def code_messages(root: Path = ROOT) -> list[CodeMessage]:
    """Every message the code can make, one per code; a code used with two different texts is an error."""
    found: dict[str, CodeMessage] = {}
    problems = []
    for path in sorted((root / "arledger").rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ("msg", "plural_msg"):
                continue
            wanted = 3 if name == "plural_msg" else 2
            args = node.args[:wanted]
            if len(args) < wanted or not all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                             for a in args):
                problems.append(f"{rel}:{node.lineno}: {name}() needs literal strings (code and English text)")
                continue
            texts = [a.value for a in args]  # type: ignore[attr-defined]
            item = CodeMessage(texts[0], texts[1], texts[2] if name == "plural_msg" else None, rel, node.lineno)
            earlier = found.setdefault(item.code, item)
            if earlier.key != item.key:
                problems.append(f"{rel}:{node.lineno}: message {item.code} has another text at "
                                f"{earlier.file}:{earlier.line}")
    if problems:
        raise SystemExit("\n".join(problems))
    return sorted(found.values(), key=lambda m: m.code)


def merge_messages(ts: Path, language: str, found: list[CodeMessage]) -> None:
    """Write ts with exactly the messages found, keeping each translation made for the same English."""
    old: dict[str, ET.Element] = {}
    if ts.exists():
        for message in ET.parse(ts).getroot().iter("message"):
            old[message.findtext("comment") or ""] = message
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Messages"
    for item in found:
        message = ET.SubElement(context, "message")
        if item.plural is not None:
            message.set("numerus", "yes")
        # the file only: line numbers would change with every edit above the call and make merges conflict
        ET.SubElement(message, "location", filename=f"../../{item.file}")
        ET.SubElement(message, "source").text = item.default
        ET.SubElement(message, "comment").text = item.code
        if item.plural is not None:
            ET.SubElement(message, "extracomment").text = item.plural
        translation = ET.SubElement(message, "translation")
        before = old.get(item.code)
        previous = before.find("translation") if before is not None else None
        if item.plural is not None:
            kept = [f.text or "" for f in previous.findall("numerusform")] if previous is not None else []
            for i in range(PLURAL_FORMS.get(language, 2)):
                ET.SubElement(translation, "numerusform").text = kept[i] if i < len(kept) else ""
        else:
            translation.text = (previous.text or "") if previous is not None else ""
        same = (before is not None and previous is not None and previous.get("type") is None
                and (before.findtext("source") or "") == item.default
                and (before.findtext("extracomment") or None) == item.plural)
        if not same:
            translation.set("type", "unfinished")
    write_ts(ts, root)


def write_ts(ts: Path, root: ET.Element) -> None:
    """Write a catalog as Qt Linguist does: indented, with its XML declaration and DOCTYPE."""
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def fill_messages(ts: Path, translations: dict[str, str | list[str]]) -> list[str]:
    """Set the given translations (by code) in a messages_<lang>.ts and mark them finished; returns the codes
    that the file does not hold."""
    tree = ET.parse(ts)
    by_code = {m.findtext("comment") or "": m for m in tree.getroot().iter("message")}
    unknown = [code for code in translations if code not in by_code]
    for code, text in translations.items():
        message = by_code.get(code)
        if message is None:
            continue
        translation = message.find("translation")
        assert translation is not None
        forms = [text] if isinstance(text, str) else list(text)
        if message.get("numerus") == "yes":
            for old in translation.findall("numerusform"):
                translation.remove(old)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = forms[0]
        translation.attrib.pop("type", None)
    write_ts(ts, tree.getroot())
    return unknown


def extract_messages(ts_files: dict[str, Path], root: Path = ROOT) -> None:
    """Merge the messages of the sources into each language's messages_<lang>.ts."""
    found = code_messages(root)
    for language, ts in ts_files.items():
        merge_messages(ts, language, found)


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--check", action="store_true", help="only list what is left to translate")
    args.add_argument("--fill", type=Path, help="JSON file of message translations to set")
    parsed = args.parse_args(argv)
    check = parsed.check
    if parsed.fill:
        import json

        wanted = json.loads(parsed.fill.read_text(encoding="utf-8"))
        for lang, translations in wanted.items():
            unknown = fill_messages(messages_path(lang), translations)
            if unknown:
                print(f"messages_{lang}.ts has no message {', '.join(unknown)} (run update.py first)")

    files = [ts_path(lang) for lang in LANGUAGES]
    message_files = {lang: messages_path(lang) for lang in MESSAGE_LANGUAGES}
    if not check:
        extract(files)
        for lang in LANGUAGES:
            compile_qm(ts_path(lang), qm_path(lang))
        extract_messages(message_files)
    left = 0
    catalogs = [*zip(LANGUAGES, files, strict=True), *message_files.items()]
    for _lang, ts in catalogs:
        todo = left_to_translate(ts)
        left += len(todo)
        print(f"{ts.name}: {len(read_messages(ts))} texts, {len(todo)} left to translate")
        for m in todo:
            print(f"  [{m.comment or m.context}] {m.source!r}")
    return 1 if left else 0


if __name__ == "__main__":
    raise SystemExit(main())
