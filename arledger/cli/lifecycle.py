"""`arledger init`, `backup`, `restore`, `check` and `install-desktop`: a ledger's life from the command line."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from arledger import paths
from arledger.cli.common import Handler, Parser, SubParsers, help_text, ledger_option, ledger_path, open_ledger, say
from arledger.domain.errors import UserError
from arledger.domain.messages import Count, Message, items, msg, plural_msg
from arledger.services import backup, desktop, lifecycle


def add_parsers(sub: SubParsers[Parser]) -> dict[str, Handler]:
    p = sub.add_parser("init", help=help_text(msg("cli.help.init", "create an empty ledger (refuses to overwrite)")))
    ledger_option(p)
    p.add_argument("--company", default="",
                   help=help_text(msg("cli.help.init.company", "your business's name, for the letterhead")))
    p.add_argument("--currency", default="EUR",
                   help=help_text(msg("cli.help.init.currency", "currency of new customers (default EUR)")))
    p.add_argument("--jurisdiction", default="generic",
                   help=help_text(msg("cli.help.init.jurisdiction",
                                      "rule pack of new customers: uk, eu, de, cn, us, generic")))

    p = sub.add_parser("backup",
                       help=help_text(msg("cli.help.backup",
                                          "write one archive: the ledger, its letters and attachments, SHA-256 sums")))
    ledger_option(p)
    p.add_argument("-o", "--output", type=Path, default=None,
                   help=help_text(msg("cli.help.backup.output",
                                      "the archive (default: <ledger>-backups/<ledger>-<UTC time>.zip beside the "
                                      "ledger)")))

    p = sub.add_parser("restore",
                       help=help_text(msg("cli.help.restore",
                                          "restore an archive into a new ledger after checking every sum")))
    p.add_argument("archive", type=Path)
    p.add_argument("--ledger", type=Path, required=True,
                   help=help_text(msg("cli.help.restore.ledger", "the new ledger file (must not exist)")))

    p = sub.add_parser("check",
                       help=help_text(msg("cli.help.check", "full integrity check, evidence chain and archived files")))
    ledger_option(p)

    p = sub.add_parser("install-desktop",
                       help=help_text(msg("cli.help.install_desktop",
                                          "add arledger to the desktop's applications (Linux)")))
    p.add_argument("--data-home", type=Path, default=None,
                   help=help_text(msg("cli.help.install_desktop.data_home",
                                      "default: $XDG_DATA_HOME or ~/.local/share")))
    return {"init": _init, "backup": _backup, "restore": _restore, "check": _check,
            "install-desktop": _install_desktop}


def _init(args: argparse.Namespace) -> int:
    r = lifecycle.init_ledger(ledger_path(args), company=args.company, currency=args.currency,
                              jurisdiction=args.jurisdiction)
    if r.company:
        say(msg("cli.init.done_for", "Created an empty ledger for {company} at {path} (new customers: {currency}, "
                "rules {rules}).", company=r.company, path=str(r.path), currency=r.currency, rules=r.jurisdiction))
    else:
        say(msg("cli.init.done", "Created an empty ledger at {path} (new customers: {currency}, rules {rules}).",
                path=str(r.path), currency=r.currency, rules=r.jurisdiction))
    return 0


def _backup(args: argparse.Namespace) -> int:
    with open_ledger(args) as ledger:
        target = args.output
        if target is None:
            stamp = datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")
            target = paths.backups_dir(ledger.path) / f"{ledger.path.stem}-{stamp}.zip"
        r = backup.back_up(ledger, target)
    say(msg("cli.backup.done", "Backed up to {path}: the ledger, {files}, {events} (chain head {head}…), {size} "
            "bytes.", path=str(r.path), files=_files(r.files), events=_events(r.events), head=r.evidence_head[:16],
            size=Count(r.size)))
    for missing in r.missing:
        say(msg("cli.backup.missing", "arledger: warning: {file} is recorded in the ledger but missing or altered on "
                "disk; the backup holds what was there.", file=str(missing)), err=True)
    return 0


def _restore(args: argparse.Namespace) -> int:
    r = backup.restore(args.archive, args.ledger)
    say(msg("cli.restore.done", "Restored {archive} to {ledger}: {files}, every SHA-256 checked, {events} verified "
            "(chain head {head}…).", archive=str(args.archive), ledger=str(r.ledger), files=_files(r.files),
            events=_events(r.events), head=r.evidence_head[:16]))
    return 0


def _files(n: int) -> Message:
    return plural_msg("cli.count.files", "{n} file", "{n} files", n=n)


def _events(n: int) -> Message:
    return plural_msg("cli.count.evidence_events", "{n} evidence event", "{n} evidence events", n=n)


def _check(args: argparse.Namespace) -> int:
    path = ledger_path(args)
    if not path.exists():
        raise UserError(msg("cli.no_ledger", "There is no ledger at {path}.", path=str(path)))
    r = lifecycle.check_ledger(path)
    say(msg("cli.check.schema", "{path}: schema version {version}.", path=str(r.path), version=r.schema_version))
    if not r.integrity:
        say(msg("cli.check.database_sound", "Database: sound (SQLite integrity_check: ok)."))
    else:
        say(msg("cli.check.database_damaged", "Database: DAMAGED: {problems}.", problems="; ".join(r.integrity[:5])))
    if r.chain is not None:
        events = plural_msg("cli.count.events", "{n} event", "{n} events", n=r.chain.events)
        if r.chain.intact:
            say(msg("cli.check.chain_intact", "Evidence: {events}, chain intact, head {head}.", events=events,
                    head=r.chain.head))
        else:
            say(msg("cli.check.chain_broken", "Evidence: {events}, BROKEN at event {seq}: {problem}.", events=events,
                    seq=r.chain.first_bad_seq, problem=r.chain.problem))
    if not r.file_problems:
        say(msg("cli.check.files_sound", "Archived files: {files} checked; all match their SHA-256.",
                files=_files(r.files_checked)))
    else:
        say(msg("cli.check.files_problems", "Archived files: {files} checked; {problems}.",
                files=_files(r.files_checked), problems=items(r.file_problems)))
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
    icons = plural_msg("cli.count.icons", "{n} icon", "{n} icons", n=len(r.written) - 2)
    where = str(args.data_home or desktop.data_home())
    if r.caches_refreshed:
        say(msg("cli.desktop.installed_refreshed", "Installed the arledger launcher ({command}), {icons} and the "
                "ledger file type under {folder}; refreshed with {tools}.", command=" ".join(command), icons=icons,
                folder=where, tools=", ".join(r.caches_refreshed)))
    else:
        say(msg("cli.desktop.installed", "Installed the arledger launcher ({command}), {icons} and the ledger file "
                "type under {folder}.", command=" ".join(command), icons=icons, folder=where))
    return 0
