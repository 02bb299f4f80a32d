"""Suggested talk tracks for a collection call, read from resources/talk_tracks/<language>.json.

The texts are data the user may edit; placeholders such as {amount} are filled with the customer's facts.
Everything is escaped before it becomes rich text, so a customer's name can never turn into markup.
"""

from __future__ import annotations

import html
import json
from functools import cache
from typing import Any

from arledger import paths

EXCUSE_KEYS = ("financial", "delay", "quality", "process", "contact-changed", "other")


@cache
def load(language: str) -> dict[str, Any]:
    """The talk tracks of a UI language ('en' or 'zh_CN'); English when the language has none."""
    folder = paths.resource_file("talk_tracks", "en.json").parent  # English is always shipped: loud if not
    short = "zh" if language.startswith("zh") else "en"
    for name in (short, "en"):
        path = folder / f"{name}.json"
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
    return {}


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(text: str, facts: dict[str, str]) -> str:
    escaped = _Facts({k: f"<b>{html.escape(v)}</b>" for k, v in facts.items() if v})
    return html.escape(text).format_map(escaped)


def _section(part: dict[str, Any], facts: dict[str, str], colour: str, current: bool = False) -> str:
    if not part:
        return ""
    title = html.escape(part.get("title", ""))
    border = "#2f5d8c" if current else "#d9dee6"
    out = [f"<div style='margin-bottom:10px'><p style='margin:0 0 4px 0; font-weight:600; color:{colour}'>{title}</p>"]
    out.append(f"<table width='100%' cellspacing='0' cellpadding='0' style='border-left:3px solid {border}'>")
    for line in part.get("lines", ()):
        out.append(f"<tr><td style='padding:2px 0 6px 8px'>“{_fill(line, facts)}”</td></tr>")
    out.append("</table>")
    for tip in part.get("tips", ()):
        out.append(f"<p style='margin:2px 0 2px 0; color:#6b7280'>• {_fill(tip, facts)}</p>")
    out.append("</div>")
    return "".join(out)


def render(language: str, excuse: str | None, facts: dict[str, str]) -> str:
    """Rich text for the side panel: opening, the response to the excuse (or a list of them), closing."""
    tracks = load(language)
    if not tracks:
        return ""
    parts = [_section(tracks.get("opening", {}), facts, "#1f2937")]
    excuses = tracks.get("excuses", {})
    if excuse and excuse in excuses:
        parts.append(_section(excuses[excuse], facts, "#9a6700", current=True))
    else:
        for key in EXCUSE_KEYS:
            if key in excuses and key != "other":
                parts.append(_section(excuses[key], facts, "#9a6700"))
    parts.append(_section(tracks.get("closing", {}), facts, "#1a7f37"))
    return "".join(parts)


def excuse_title(language: str, key: str) -> str:
    return load(language).get("excuses", {}).get(key, {}).get("title", key)
