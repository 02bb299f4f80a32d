"""Talk tracks for collection calls: one JSON file per language shipped in resources/talk_tracks/, which a ledger
may override with its own copy (<ledger>-files/talk_tracks/<language>.json), as it may its letter templates.

A file has an opening, responses to the excuses recorded with contacts, responses to the obstacles of a call
(refused, unanswered, anger, the person in charge left, the invoice never received) and a closing; every response
has lines, tips and closing lines. The ledger's copy replaces the sections it defines; the rest come from the
shipped file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from arledger import paths
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.services import policy
from arledger.services.ledger import Ledger

EXCUSE_KEYS = ("financial", "delay", "quality", "process", "contact-changed", "other")
OBSTACLE_KEYS = ("refused", "unanswered", "anger", "person-left", "never-received")
LANGUAGES = ("en", "zh", "de")


def short_language(language: str) -> str:
    """The talk-track file of a UI language: zh_CN -> zh, de_DE -> de, anything else en."""
    short = language.split("_")[0]
    return short if short in LANGUAGES else "en"


def shipped_file(language: str) -> Path:
    """The shipped talk tracks of a language; English is always shipped, so its absence is a loud error."""
    return paths.resource_file("talk_tracks", "en.json").parent / f"{short_language(language)}.json"


def ledger_file(ledger: Ledger, language: str) -> Path:
    return policy.side_dir(ledger, "talk_tracks") / f"{short_language(language)}.json"


def _read(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data
    except FileNotFoundError:
        return {}
    except ValueError as exc:
        raise UserError(msg("talk.file_not_json", "The talk tracks in {path} are not valid JSON ({reason}).",
                path=str(path), reason=str(exc))) from None


def check(data: Any) -> None:
    """Refuse a talk-track file whose shape the call screen cannot show, naming the part at fault."""
    if not isinstance(data, dict):
        raise UserError(msg("talk.not_object", "Talk tracks must be a JSON object with opening, excuses, "
                "obstacles and closing."))

    def section(part: Any, where: str) -> None:
        if not isinstance(part, dict):
            raise UserError(msg("talk.section_not_object", "Talk tracks: {where} must be an object with a title "
                    "and lines.", where=where))
        if not isinstance(part.get("title", ""), str):
            raise UserError(msg("talk.title_not_text", "Talk tracks: {where}.title must be text.", where=where))
        for key in ("lines", "tips", "closing"):
            value = part.get(key, [])
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                raise UserError(msg("talk.lines_not_list", "Talk tracks: {where}.{key} must be a list of texts.",
                        where=where, key=key))

    for key in ("opening", "closing"):
        if key in data:
            section(data[key], key)
    for group in ("excuses", "obstacles"):
        if group in data:
            if not isinstance(data[group], dict):
                raise UserError(msg("talk.group_not_object", "Talk tracks: {group} must be an object keyed by "
                        "situation.", group=group))
            for key, part in data[group].items():
                section(part, f"{group}.{key}")


def load(ledger: Ledger | None, language: str) -> dict[str, Any]:
    """The shipped talk tracks of a language (English when it has none) with the ledger's own copy over them."""
    shipped = _read(shipped_file(language)) or _read(shipped_file("en"))
    if ledger is None:
        return shipped
    own = _read(ledger_file(ledger, language))
    if not own:
        return shipped
    check(own)
    merged = dict(shipped)
    for key, value in own.items():
        if key in ("excuses", "obstacles") and isinstance(value, dict):
            merged[key] = {**shipped.get(key, {}), **value}
        else:
            merged[key] = value
    return merged


def effective_text(ledger: Ledger, language: str) -> str:
    """What the editor shows: the ledger's copy if it has one, else the shipped file."""
    own = ledger_file(ledger, language)
    path = own if own.is_file() else shipped_file(language)
    return path.read_text(encoding="utf-8")


def save(ledger: Ledger, language: str, text: str) -> Path:
    """Check and store the ledger's own talk tracks for a language; returns the file written."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise UserError(msg("talk.not_json", "The talk tracks are not valid JSON: {reason}.",
                            reason=str(exc))) from None
    check(data)
    target = ledger_file(ledger, language)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(target)
    return target


def restore_shipped(ledger: Ledger, language: str) -> None:
    """Drop the ledger's own copy so the shipped talk tracks apply again."""
    ledger_file(ledger, language).unlink(missing_ok=True)
