"""Build the parser from the command modules and run one command.

User errors print one sentence on stderr and exit 1; usage errors exit 2 (argparse).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from arledger import __version__
from arledger.cli import (
    cases,
    collections,
    data,
    dispatch,
    entries,
    export,
    interest,
    letters,
    lifecycle,
    reports,
)
from arledger.cli.argparse_words import argparse_in_reader_language
from arledger.cli.common import Handler, Parser, error_text, help_text, ledger_option, message_text, one_line, say
from arledger.domain.errors import UserError
from arledger.domain.messages import msg

OpenApp = Callable[[Path | None, bool], int]
"""Opens the desktop app on a ledger (or on sample data); given by the composition root, so the command
line never imports the GUI."""


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Handler]]:
    """The whole command line and the handler of each top-level command."""
    parser = Parser(prog="arledger", description=message_text(msg("cli.help.main.description",
                                                                  "Accounts-receivable ledger and collections.")))
    parser.add_argument("--version", action="version", version=f"arledger {__version__}",
                        help=help_text(msg("cli.help.main.version", "show the program's version number and exit")))
    parser.add_argument("--ledger", type=Path, default=None,
                        help=help_text(msg("cli.help.main.ledger",
                                           "ledger file (default: $ARLEDGER_LEDGER or the user data directory)")))
    parser.add_argument("--demo", action="store_true",
                        help=help_text(msg("cli.help.main.demo", "open the desktop app on a fresh sample ledger")))
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    handlers: dict[str, Handler] = {}
    handlers.update(data.add_parsers(sub))
    handlers.update(reports.add_parsers(sub))
    handlers.update(export.add_parsers(sub))
    handlers.update(letters.add_parsers(sub))
    handlers.update(collections.add_parsers(sub))
    handlers.update(entries.add_parsers(sub))
    handlers.update(cases.add_parsers(sub))
    handlers.update(dispatch.add_parsers(sub))
    handlers.update(interest.add_parsers(sub))
    handlers.update(lifecycle.add_parsers(sub))
    p = sub.add_parser("gui", help=help_text(msg("cli.help.gui", "open the desktop app")))
    ledger_option(p)
    return parser, handlers


def _names_a_ledger_file(arg: str, handlers: dict[str, Handler]) -> bool:
    if arg.startswith("-") or arg in handlers or arg == "gui":
        return False
    path = Path(arg)
    return path.suffix.lower() in (".sqlite", ".arledger") or path.is_file()


def main(argv: Sequence[str] | None = None, open_app: OpenApp | None = None) -> int:
    """Run one command (or open the app with none); returns the exit status."""
    with argparse_in_reader_language():  # its usage, section titles and usage errors too
        parser, handlers = build_parser()
        argv = list(sys.argv[1:] if argv is None else argv)
        if len(argv) == 1 and _names_a_ledger_file(argv[0], handlers):  # `arledger books.sqlite`, as a desktop
            argv = ["gui", "--ledger", argv[0]]                          # opens a file
        args = parser.parse_args(argv)
    try:
        if args.command in (None, "gui"):
            if open_app is None:
                raise UserError(msg("cli.no_desktop", "The desktop app cannot be opened from here; run 'arledger' on "
                                    "its own."))
            return open_app(getattr(args, "ledger", None), bool(getattr(args, "demo", False)))
        return handlers[args.command](args)
    except UserError as exc:
        print(f"arledger: {one_line(error_text(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"arledger: {one_line(str(exc.strerror or exc))}{one_line(where)}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        say(msg("cli.interrupted", "arledger: interrupted; nothing half-written was kept."), err=True)
        return 130
