"""What every command module shares: the parser class, option helpers, opening the ledger, printing."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from arledger import paths
from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.money import format_amount
from arledger.render.messages import environment_language, translate
from arledger.services.ledger import Ledger

Handler = Callable[[argparse.Namespace], int]
SubParsers = argparse._SubParsersAction  # argparse exposes no public name for it


# Sentences of option values a type converter refused: bad input (exit 1, one sentence), not bad usage (exit 2).
_refused_values: list[str] = []


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one sentence and exit 2; a refused value (a date outside the
    bounds, a malformed date) is bad input: one sentence and exit 1, like every other user error."""

    def error(self, message: str) -> Any:
        if any(message.endswith(sentence) for sentence in _refused_values):
            self.exit(1, f"arledger: {one_line(message)}\n")
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {one_line(message)}\n")


def one_line(text: str) -> str:
    """A message as one printable line: control characters and line breaks the user typed (and that the
    message quotes back) are shown escaped, so an error stays one line in a terminal or a log."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


def message_text(message: Message) -> str:
    """A message in the language the environment asks for (ARLEDGER_LANGUAGE, LANGUAGE, LC_ALL, LANG ...)."""
    return translate(message, environment_language())


def message_texts(messages: Sequence[Message]) -> list[str]:
    """Column labels and the like, each in the environment's language."""
    return [message_text(m) for m in messages]


def error_text(error: UserError) -> str:
    """A refused action's sentence, in the environment's language."""
    return message_text(error.message)


def say(message: Message, *, err: bool = False, end: str = "\n") -> None:
    """Print a sentence for the user in the environment's language (on stderr with ``err``)."""
    print(message_text(message), end=end, file=sys.stderr if err else sys.stdout, flush=err)


def warn(warning: Message | str) -> None:
    """A warning on stderr ("Warning: ..."), in the environment's language."""
    say(msg("cli.warning", "Warning: {warning}", warning=warning), err=True)


def date_arg(text: str) -> date:
    """argparse type for an ISO date, refused with the domain's sentence."""
    try:
        return fields.parse_date(text, "date")
    except UserError as exc:
        _refused_values.append(error_text(exc))
        raise argparse.ArgumentTypeError(error_text(exc)) from None


def ledger_option(p: argparse.ArgumentParser) -> None:
    """Every command takes --ledger, at any depth of the command line."""
    p.add_argument("--ledger", type=Path, default=argparse.SUPPRESS,
                   help=help_text(msg("cli.help.ledger_option.ledger",
                                      "ledger file (default: $ARLEDGER_LEDGER or the user data directory)")))


def help_text(message: Message) -> str:
    """An option's or command's help in the environment's language, made once when the parser is built; its "%"
    doubled, since argparse formats help texts with %-style fields (a German rate reads "12,5 %")."""
    return message_text(message).replace("%", "%%")


def group(sub: SubParsers[Any], name: str, help_: Message, dest: str = "action") -> SubParsers[Any]:
    """A command with actions of its own (``arledger NAME ACTION``)."""
    p = sub.add_parser(name, help=help_text(help_))
    ledger_option(p)
    actions: SubParsers[Any] = p.add_subparsers(dest=dest, metavar="ACTION", required=True, parser_class=Parser)
    return actions


def ledger_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "ledger", None) or paths.default_ledger_path())


def open_ledger(args: argparse.Namespace) -> Ledger:
    """Open the ledger named by --ledger (or the default); a missing file is a user error."""
    path = ledger_path(args)
    if not path.exists():
        raise UserError(msg("ledger.missing", "There is no ledger at {path}; create one with 'arledger demo "
                            "--ledger {path}' or open the app to start a new one.", path=str(path)))
    return Ledger.open(path)


def numbers(text: str | None) -> list[str]:
    """Comma-separated invoice numbers."""
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def dump_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def amount_text(minor: int, currency: str) -> str:
    return format_amount(minor, currency)


def text_width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int, *, right: bool) -> str:
    while text_width(text) > width:
        text = text[:-1]
    fill = " " * (width - text_width(text))
    return fill + text if right else text + fill
