"""The one place that knows where resources, letter templates and the user's data live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
APP_NAME = "arledger"


def resources_dir() -> Path:
    return PROJECT_DIR / "resources"


def letter_templates_dir() -> Path:
    return PROJECT_DIR / "letter_templates"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_ledger_path() -> Path:
    """ARLEDGER_LEDGER if set, else ledger.sqlite in the platform's user data directory."""
    env = os.environ.get("ARLEDGER_LEDGER")
    return Path(env).expanduser() if env else user_data_dir() / "ledger.sqlite"


def ledger_side_dir(ledger_path: Path, name: str) -> Path:
    """A folder beside the ledger file for its archive (letters, attachments, backups)."""
    return ledger_path.with_name(f"{ledger_path.stem}-{name}")
