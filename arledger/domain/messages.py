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


Param: TypeAlias = str | int | Message | Sequence[str | Message] | None


def _param_text(value: Param, choose: Callable[[Message], str]) -> str:
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


def message_to_data(message: Message) -> dict[str, object]:
    """A message as JSON-ready data (code, English default, plural and parameters, nested messages too), for a
    sentence the ledger stores and shows again later in whatever language its reader has then."""
    data: dict[str, object] = {"code": message.code, "default": message.default,
                               "params": {k: _param_data(v) for k, v in message.params.items()}}
    if message.plural is not None:
        data["plural"] = message.plural
    return data


def message_from_data(data: object) -> Message:
    """The message :func:`message_to_data` stored; a plain string (a sentence stored before sentences were
    messages) is shown as it was written."""
    if not isinstance(data, Mapping):
        return Message("", "" if data is None else str(data))
    params = data.get("params")
    plural = data.get("plural")
    return Message(str(data.get("code", "")), str(data.get("default", "")),
                   {str(k): _param_from_data(v) for k, v in (params.items() if isinstance(params, Mapping) else ())},
                   plural=plural if isinstance(plural, str) else None)


def _param_data(value: Param) -> object:
    if isinstance(value, Message):
        return message_to_data(value)
    if value is None or isinstance(value, str | int):
        return value
    return [_param_data(v) for v in value]


def _param_from_data(value: object) -> Param:
    if isinstance(value, Mapping):
        return message_from_data(value)
    if isinstance(value, list):
        return [message_from_data(v) if isinstance(v, Mapping) else str(v) for v in value]
    if value is None or isinstance(value, str | int):
        return value
    return str(value)
