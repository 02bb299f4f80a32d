"""`arledger init`, `backup`, `restore`, `check` and `install-desktop`: a ledger's life from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from arledger import paths
from arledger.cli.common import Handler, Parser, SubParsers, ledger_option, ledger_path, open_ledger, plural
from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.services import backup, desktop, lifecycle


def add_parsers(sub: SubParsers[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("init", help="create an empty ledger (refuses to overwrite)")
    ledger_option(p)
    p.add_argument("--company", default="", help="your business's name, for the letterhead")
    p.add_argument("--currency", default="EUR", help="currency of new customers (default EUR)")
    p.add_argument("--jurisdiction", default="generic", help="rule pack of new customers: uk, eu, de, cn, us, generic")

    p = sub.add_parser("backup", help="write one archive: the ledger, its letters and attachments, SHA-256 sums")
    ledger_option(p)
    p.add_argument("-o", "--output", type=Path, default=None,
                   help="the archive (default: <ledger>-backups/<ledger>-<UTC time>.zip beside the ledger)")

    p = sub.add_parser("restore", help="restore an archive into a new ledger after checking every sum")
    p.add_argument("archive", type=Path)
    p.add_argument("--ledger", type=Path, required=True, help="the new ledger file (must not exist)")

    p = sub.add_parser("check", help="full integrity check, evidence chain and archived files")
    ledger_option(p)

    p = sub.add_parser("install-desktop", help="add arledger to the desktop's applications (Linux)")
    p.add_argument("--data-home", type=Path, default=None, help="default: $XDG_DATA_HOME or ~/.local/share")
    return {"init": _init, "backup": _backup, "restore": _restore, "check": _check,
            "install-desktop": _install_desktop}


def _init(args: argparse.Namespace) -> int:
    r = lifecycle.init_ledger(ledger_path(args), company=args.company, currency=args.currency,
                              jurisdiction=args.jurisdiction)
    who = f" for {r.company}" if r.company else ""
    print(f"Created an empty ledger{who} at {r.path} (new customers: {r.currency}, rules {r.jurisdiction}).")
    return 0


def _backup(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        target = args.output
        if target is None:
            stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
            target = paths.backups_dir(ledger.path) / f"{ledger.path.stem}-{stamp}.zip"
        r = backup.back_up(ledger, target)
    print(f"Backed up to {r.path}: the ledger, {plural(r.files, 'file')}, {plural(r.events, 'evidence event')} "
          f"(chain head {r.evidence_head[:16]}…), {r.size:,} bytes.")
    for missing in r.missing:
        print(f"arledger: warning: {missing} is recorded in the ledger but missing or altered on disk; the backup "
              "holds what was there.", file=sys.stderr)
    return 0


def _restore(args: argparse.Namespace) -> int:
    r = backup.restore(args.archive, args.ledger)
    print(f"Restored {args.archive} to {r.ledger}: {plural(r.files, 'file')}, every SHA-256 checked, "
          f"{plural(r.events, 'evidence event')} verified (chain head {r.evidence_head[:16]}…).")
    return 0


def _check(args: argparse.Namespace) -> int:
    path = ledger_path(args)
    if not path.exists():
        raise UserError(msg("cli.no_ledger", "There is no ledger at {path}.", path=str(path)))
    r = lifecycle.check_ledger(path)
    print(f"{r.path}: schema version {r.schema_version}.")
    print("Database: " + ("sound (SQLite integrity_check: ok)." if not r.integrity else
                          f"DAMAGED: {'; '.join(r.integrity[:5])}."))
    if r.chain is not None:
        print(f"Evidence: {plural(r.chain.events, 'event')}, "
              + (f"chain intact, head {r.chain.head}." if r.chain.intact else
                 f"BROKEN at event {r.chain.first_bad_seq}: {r.chain.problem}."))
    print(f"Archived files: {plural(r.files_checked, 'file')} checked"
          + ("; all match their SHA-256." if not r.file_problems else f"; {'; '.join(r.file_problems)}."))
    if not r.sound:
        newest = paths.newest_backup(path)
        if newest:
            raise UserError(msg("cli.check_failed_backup", "{name} failed the check; the newest backup is {backup}.",
                                name=path.name, backup=str(newest)))
        raise UserError(msg("cli.check_failed", "{name} failed the check.", name=path.name))
    return 0


def _install_desktop(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        raise UserError(msg("cli.desktop_linux_only", "install-desktop is for Linux desktops; on Windows and macOS "
                            "the installer does this."))
    command = desktop.launcher_command(sys.executable, bool(getattr(sys, "frozen", False)),
                                       Path(sys.executable).parent)
    r = desktop.install_desktop(command, args.data_home)
    print(f"Installed the arledger launcher ({' '.join(command)}), {plural(len(r.written) - 2, 'icon')} and the "
          f"ledger file type under {args.data_home or desktop.data_home()}"
          + (f"; refreshed with {', '.join(r.caches_refreshed)}." if r.caches_refreshed else "."))
    return 0
