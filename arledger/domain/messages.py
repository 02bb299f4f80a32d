"""Sentences as data: a message is a code, parameters and an English default.

Every user-facing sentence made below the front ends (an error, a queue title, a timeline summary, a warning) is
a :class:`Message`. The GUI, the CLI and letters render it in the reader's language from the message catalogs
(``resources/i18n/messages_<lang>.ts``, see ``arledger.render.messages``); ``str(message)`` is the English text.
No layer parses another layer's English: a front end that needs to know *what* happened reads ``code`` and
``params``.

    msg("customer.unknown", "There is no customer {code}.", code="ACME")
    plural_msg("letters.sent", "{n} letter was sent.", "{n} letters were sent.", n=3)

The code names the sentence (dotted, lower case), the default is its English text with ``{name}`` placeholders
filled from the parameters. A parameter may itself be a message (rendered in the same language) or a list of
messages/strings (joined with ", "). Both strings must be literals: ``resources/i18n/update.py`` finds them in
the sources and keeps the catalogs in step.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeAlias


@dataclass(frozen=True)
class Message:
    """One sentence (or phrase) for a person: a code, its parameters and its English text."""

    code: str
    default: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None  # the English "other" form when the message is counted by params["n"]

    @property
    def count(self) -> int | None:
        """The number that chooses the plural form, for counted messages."""
        n = self.params.get("n")
        return n if self.plural is not None and isinstance(n, int) else None

    def english_template(self) -> str:
        if self.plural is not None and self.count != 1:
            return self.plural
        return self.default

    def render(self, template_for: Callable[[Message], str] | None = None) -> str:
        """The sentence, with ``template_for`` choosing each message's template (English when None)."""
        choose = template_for or Message.english_template
        values = {name: _param_text(value, choose) for name, value in self.params.items()}
        return fill(choose(self), values)

    def __str__(self) -> str:
        return self.render()


def msg(code: str, default: str, /, **params: Param) -> Message:
    """A message with its code and English text; ``params`` fill the text's ``{name}`` fields."""
    return Message(code, default, params)


def plural_msg(code: str, one: str, other: str, /, *, n: int, **params: Param) -> Message:
    """A counted message: ``one`` when n is 1 in English, ``other`` otherwise (other languages: their rules)."""
    return Message(code, one, {"n": n, **params}, plural=other)


def sentences(parts: Sequence[Message]) -> Message:
    """Sentences one after another, as the reader's language writes them (a space in English and German)."""
    joined = parts[0]
    for part in parts[1:]:
        joined = msg("text.sentences", "{first} {second}", first=joined, second=part)
    return joined


class Later:
    """A message parameter made only when the message is shown: a work queue titles tens of thousands of tasks and a
    screen shows a page of them. It compares by the message it makes."""

    __slots__ = ("_made", "_make")

    def __init__(self, make: Callable[[], Message]) -> None:
        self._make = make
        self._made: Message | None = None

    def made(self) -> Message:
        if self._made is None:
            self._made = self._make()
        return self._made

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Later) and self.made() == other.made()

    __hash__ = None  # type: ignore[assignment]  # compares by value, like the dict-holding Message

    def __repr__(self) -> str:
        return f"Later({self.made()!r})"


Param: TypeAlias = str | int | Message | Later | Sequence[str | Message] | None


def _param_text(value: Param, choose: Callable[[Message], str]) -> str:
    if isinstance(value, Later):
        return value.made().render(choose)
    if isinstance(value, Message):
        return value.render(choose)
    if value is None:
        return ""
    if isinstance(value, str | int):
        return str(value)
    return ", ".join(_param_text(v, choose) for v in value)


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a translation naming a field the code no longer passes shows it, never crashes


_FORMATTER = string.Formatter()


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its ``{name}`` fields filled; unknown fields and stray braces are left as written."""
    try:
        return _FORMATTER.vformat(template, (), _Fields(values))
    except (ValueError, IndexError, KeyError, AttributeError):
        return template
