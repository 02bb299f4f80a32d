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
messages, strings or amounts (joined with ", "), or a value: a date, a Decimal, a :class:`Percent`, an
:class:`Amount` or a :class:`Count`, written as the reader's language writes them (``write_value`` of
:meth:`Message.render`; in English a date is ISO, 2025-07-01, a decimal as written, a percent "4.25%", an amount
"GBP 100.00", a count "12,345"). Both
strings must be literals: ``resources/i18n/update.py`` finds them in the sources and keeps the catalogs in step.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Percent:
    """A rate in percent as a message value: "4.25%" in English, "4,25 %" in German."""

    value: Decimal

    def places(self) -> int:
        """Decimals shown: at least two, more only if the rate has them."""
        exponent = self.value.normalize().as_tuple().exponent
        return max(2, -exponent) if self.value and isinstance(exponent, int) else 2

    def __str__(self) -> str:
        return f"{self.value:.{self.places()}f}%"


@dataclass(frozen=True, slots=True)
class Amount:
    """An amount of money as a message value, ``value`` with the currency's decimals: "GBP 100.00" in English,
    "100,00 GBP" in German."""

    value: Decimal
    currency: str

    def __str__(self) -> str:
        return f"{self.currency} {self.value:f}"


@dataclass(frozen=True, slots=True)
class Count:
    """A number of things as a message value, grouped as the reader's language groups it: "12,345" in English,
    "12.345" in German. A plain int (a year, an event number) is written as it is, ungrouped."""

    n: int

    def __str__(self) -> str:
        return f"{self.n:,}"


Value: TypeAlias = date | Decimal | Percent | Amount | Count
ValueWriter: TypeAlias = Callable[[Value], str]


def english_value(value: Value) -> str:
    """A message value as the English text writes it (ISO dates, decimals as written)."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:f}"
    return str(value)


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

    def render(self, template_for: Callable[[Message], str] | None = None,
               write_value: ValueWriter | None = None) -> str:
        """The sentence, with ``template_for`` choosing each message's template and ``write_value`` writing dates,
        decimals and percents (English for either when None)."""
        choose = template_for or Message.english_template
        write = write_value or english_value
        values = {name: _param_text(value, choose, write) for name, value in self.params.items()}
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


def items(parts: Sequence[Message | str]) -> Message:
    """Words of a list one after another, as the reader's language separates them ("amount, reference" in English,
    "金额、参考号" in Chinese); a plain string is shown as it is."""
    first = parts[0]
    joined = first if isinstance(first, Message) else Message("", first)
    for part in parts[1:]:
        joined = msg("text.items", "{first}, {second}", first=joined, second=part)
    return joined


def distinct(messages: Iterable[Message]) -> tuple[Message, ...]:
    """Each message once, in first-seen order, compared by value (code and parameters): rendering each to compare
    would cost more than the rest of an interest computation when every invoice of a run is past a rate table's
    end."""
    out: list[Message] = []
    for m in messages:
        if m not in out:
            out.append(m)
    return tuple(out)


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


Param: TypeAlias = str | int | Value | Message | Later | Sequence[str | Message | Amount] | None


def _param_text(value: Param, choose: Callable[[Message], str], write: ValueWriter) -> str:
    if isinstance(value, Later):
        return value.made().render(choose, write)
    if isinstance(value, Message):
        return value.render(choose, write)
    if value is None:
        return ""
    if isinstance(value, date | Decimal | Percent | Amount | Count):
        return write(value)
    if isinstance(value, str | int):
        return str(value)
    return ", ".join(_param_text(v, choose, write) for v in value)


class _Fields(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"  # a translation naming a field the code no longer passes shows it, never crashes


_FORMATTER = string.Formatter()


def fill(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its ``{name}`` fields filled; unknown fields and stray braces are left as written."""
    if "{" not in template and "}" not in template:  # most texts (every help text of the command line): no fields
        return template
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
    if isinstance(value, Later):
        return _param_data(value.made())  # stored as the message it makes: a stored message is made already
    if isinstance(value, Message):
        return message_to_data(value)
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, date):
        return {"type": "date", "value": value.isoformat()}
    if isinstance(value, Decimal):
        return {"type": "decimal", "value": f"{value:f}"}
    if isinstance(value, Percent):
        return {"type": "percent", "value": f"{value.value:f}"}
    if isinstance(value, Amount):
        return {"type": "amount", "value": f"{value.value:f}", "currency": value.currency}
    if isinstance(value, Count):
        return {"type": "count", "value": value.n}
    return [_param_data(v) for v in value]


def _param_from_data(value: object) -> Param:
    if isinstance(value, Mapping):
        return _value_from_data(value) if "type" in value else message_from_data(value)
    if isinstance(value, list):
        return [_item_from_data(v) for v in value]
    if value is None or isinstance(value, str | int):
        return value
    return str(value)


def _item_from_data(value: object) -> str | Message | Amount:
    """One item of a stored list: a message, an amount, or text."""
    if not isinstance(value, Mapping):
        return str(value)
    if "type" not in value:
        return message_from_data(value)
    item = _value_from_data(value)
    return item if isinstance(item, Amount | str) else str(value.get("value", ""))


def _value_from_data(data: Mapping[str, object]) -> Param:
    """A stored date, decimal, percent, amount or count; one this version cannot read is shown as it was stored."""
    kind, text = data.get("type"), str(data.get("value", ""))
    try:
        if kind == "date":
            return date.fromisoformat(text)
        if kind == "decimal":
            return Decimal(text)
        if kind == "percent":
            return Percent(Decimal(text))
        if kind == "amount":
            return Amount(Decimal(text), str(data.get("currency", "")))
        if kind == "count":
            return Count(int(text))
    except (ArithmeticError, ValueError):
        return text
    return text
