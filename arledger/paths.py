"""The one place that knows where resources, letter templates and the user's data live.

The repository keeps ``resources/`` and ``letter_templates/`` at its top level; the build maps them into the
package as ``arledger._resources`` and ``arledger._letter_templates`` (see pyproject.toml), and they are found
with importlib.resources: the same lookup in an editable install, an installed wheel and the application
bundle. A checkout that was never installed (``PYTHONPATH=.``) falls back to the top-level folders.

A data file the program needs and cannot find is a loud error (:class:`MissingResourceError`, a
FileNotFoundError and a UserError that front ends print as one sentence in the reader's language, or in English
when the message catalogs are what is missing), never a silent default.
"""

from __future__ import annotations

import errno
import importlib.resources
import os
from functools import cache
from pathlib import Path

import platformdirs

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
APP_NAME = "arledger"
RESOURCES_PACKAGE = "arledger._resources"
TEMPLATES_PACKAGE = "arledger._letter_templates"


class MissingResourceError(UserError, FileNotFoundError):
    """A file arledger ships with is missing: the installation is incomplete. It may be raised before any language
    is known, so it is a message (``message``: the problem and where it was looked for) with an English default;
    ``strerror`` is the problem in English and ``filename`` where it was looked for, as for any FileNotFoundError."""

    def __init__(self, problem: Message, filename: Path | str) -> None:
        super().__init__(msg("paths.looked_for", "{problem} (looked for {path}).", problem=problem,
                             path=str(filename)))
        self.errno, self.strerror, self.filename = errno.ENOENT, str(problem), str(filename)

    def __str__(self) -> str:
        return str(self.message)


@cache
def _data_package_dir(package: str, checkout_folder: str) -> Path:
    try:
        found = importlib.resources.files(package)
    except ModuleNotFoundError:
        found = None
    if found is not None:
        path = Path(str(found))
        if path.is_dir():
            return path
    checkout = PROJECT_DIR / checkout_folder
    if (PROJECT_DIR / "pyproject.toml").is_file() and checkout.is_dir():
        return checkout
    raise MissingResourceError(msg("paths.folder_missing", "arledger's {folder} folder (package {package}) is "
                                   "missing from this installation; reinstall arledger", folder=checkout_folder,
                                   package=package), checkout)


def resources_dir() -> Path:
    """The shipped resources: rates/, fonts/, icons/, i18n/, talk_tracks/."""
    return _data_package_dir(RESOURCES_PACKAGE, "resources")


def letter_templates_dir() -> Path:
    """The shipped letter templates, one folder per language."""
    return _data_package_dir(TEMPLATES_PACKAGE, "letter_templates")


def resource_file(*parts: str) -> Path:
    """A file under resources/ that must exist: a MissingResourceError naming it if it does not."""
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise MissingResourceError(msg("paths.file_missing", "The file resources/{file} is missing from this "
                                       "installation of arledger; reinstall arledger", file="/".join(parts)), path)
    return path


def resource_files(folder: str, pattern: str) -> list[Path]:
    """The files matching pattern in a resources folder, sorted; a MissingResourceError if there are none."""
    found = sorted(resources_dir().joinpath(folder).glob(pattern))
    if not found:
        raise MissingResourceError(msg("paths.files_missing", "No {pattern} files are in resources/{folder} of this "
                                       "installation of arledger; reinstall arledger", pattern=pattern,
                                       folder=folder), resources_dir() / folder)
    return found


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_ledger_path() -> Path:
    """ARLEDGER_LEDGER if set, else ledger.sqlite in the platform's user data directory."""
    env = os.environ.get("ARLEDGER_LEDGER")
    return Path(env).expanduser() if env else user_data_dir() / "ledger.sqlite"


def ledger_side_dir(ledger_path: Path, name: str) -> Path:
    """A folder beside the ledger file for its archive (letters, attachments, backups)."""
    return ledger_path.with_name(f"{ledger_path.stem}-{name}")


def backups_dir(ledger_path: Path) -> Path:
    """Where the app's automatic backups of a ledger are kept: ``<name>-backups/`` beside it."""
    return ledger_side_dir(ledger_path, "backups")


def newest_backup(ledger_path: Path) -> Path | None:
    """The most recent backup of a ledger: an archive in its backups folder, or a copy taken before a schema
    upgrade beside it; None when there is none."""
    candidates = [*backups_dir(ledger_path).glob("*.zip"),
                  *ledger_path.parent.glob(f"{ledger_path.stem}.v*-backup-*.sqlite")]
    found = [p for p in candidates if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime_ns) if found else None
