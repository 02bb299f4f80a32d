"""Suggested talk tracks for a collection call (services.talk_tracks: the shipped file per language with the
ledger's own copy over it), shown as rich text, and the editor for the ledger's copy.

The texts are data the user may edit; placeholders such as {amount} are filled with the customer's facts.
Everything is escaped before it becomes rich text, so a customer's name can never turn into markup.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from arledger.domain.errors import UserError
from arledger.gui import formatting as fmt
from arledger.services import talk_tracks as tracks_service
from arledger.services.ledger import Ledger

EXCUSE_KEYS = tracks_service.EXCUSE_KEYS
OBSTACLE_KEYS = tracks_service.OBSTACLE_KEYS
SITUATION_KEYS = (*EXCUSE_KEYS, *OBSTACLE_KEYS)


def load(language: str, ledger: Ledger | None = None) -> dict[str, Any]:
    """The talk tracks of a UI language ('en' or 'zh_CN'), with the ledger's own copy over the shipped file."""
    try:
        return tracks_service.load(ledger, language)
    except UserError:
        return tracks_service.load(None, language)  # a broken own copy never blanks the call screen


class _Facts(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(text: str, facts: dict[str, str]) -> str:
    escaped = _Facts({k: f"<b>{html.escape(v)}</b>" for k, v in facts.items() if v})
    # A name that ends in a full stop ("Lakeside Marine Inc.") at the end of a sentence keeps one stop only.
    return html.escape(text).format_map(escaped).replace(".</b>.", ".</b>").replace("。</b>。", "。</b>")


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
    for line in part.get("closing", ()):
        out.append(f"<p style='margin:2px 0 2px 0; color:#1a7f37'>✓ “{_fill(line, facts)}”</p>")
    out.append("</div>")
    return "".join(out)


def _situation(tracks: dict[str, Any], key: str) -> dict[str, Any]:
    return tracks.get("excuses", {}).get(key) or tracks.get("obstacles", {}).get(key) or {}


def render(language: str, situation: str | None, facts: dict[str, str], ledger: Ledger | None = None) -> str:
    """Rich text for the side panel: opening, the response to the excuse or obstacle (or all of them) with its
    closing lines, then the general closing."""
    tracks = load(language, ledger)
    if not tracks:
        return ""
    parts = [_section(tracks.get("opening", {}), facts, "#1f2937")]
    chosen = _situation(tracks, situation) if situation else {}
    if chosen:
        parts.append(_section(chosen, facts, "#9a6700", current=True))
    else:
        for key in SITUATION_KEYS:
            if key != "other" and _situation(tracks, key):
                parts.append(_section(_situation(tracks, key), facts, "#9a6700"))
    parts.append(_section(tracks.get("closing", {}), facts, "#1a7f37"))
    return "".join(parts)


def excuse_title(language: str, key: str, ledger: Ledger | None = None) -> str:
    return str(_situation(load(language, ledger), key).get("title", key))


class TalkTrackEditorDialog(QDialog):
    """Edit the ledger's own talk tracks for a language (JSON); Save checks the text before it is stored."""

    def __init__(self, ledger: Ledger, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("talkTrackEditor")
        self.ledger = ledger
        self.language = language
        self.setWindowTitle(self.tr("Talk tracks (%1)").replace("%1", tracks_service.short_language(language)))
        hint = QLabel(self.tr("This ledger's own talk tracks. Sections left out come from the shipped file. "
                              "Placeholders: {customer}, {person}, {amount}, {oldest_due}, {days}, {company}, {me}."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(tracks_service.effective_text(ledger, language))
        self.text.setObjectName("talkTrackText")
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        restore = QPushButton(self.tr("Restore shipped"))
        restore.setObjectName("talkTrackRestore")
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.ResetRole)
        restore.clicked.connect(self.restore)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(hint)
        lay.addWidget(self.text, 1)
        lay.addWidget(self.problem)
        lay.addWidget(buttons)
        self.resize(760, 620)

    def message(self) -> str:
        return self.problem.text()

    def accept(self) -> None:
        try:
            tracks_service.save(self.ledger, self.language, self.text.toPlainText())
        except UserError as exc:
            self.problem.setText(fmt.error_text(exc))
            return
        super().accept()

    def restore(self) -> None:
        tracks_service.restore_shipped(self.ledger, self.language)
        self.text.setPlainText(tracks_service.effective_text(self.ledger, self.language))
        self.problem.setText("")
