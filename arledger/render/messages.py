"""Messages in the reader's language: the message catalogs and the one function that renders a message.

The catalogs are Qt Linguist files, ``resources/i18n/messages_<lang>.ts`` (context ``Messages``; each entry's
``<comment>`` is the message code, its ``<source>`` the English default). They are the source of truth, edited
with Qt Linguist like the UI's own ``arledger_<lang>.ts``, and kept in step with the code by
``resources/i18n/update.py``. The GUI, the CLI and letters all render through :func:`translate`, so a sentence
reads the same wherever it is shown. A translation that is unfinished, or was made for an English text that has
since changed, is not used: the reader gets the current English instead of a stale sentence.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache, partial

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal

from arledger.domain.messages import Amount, Count, Message, Percent, Value, ValueWriter, english_value
from arledger.paths import MissingResourceError, resources_dir

#: Catalog languages, by the language part of a locale name.
CATALOGS = {"zh": "zh_CN", "de": "de_DE"}
_CLDR_ORDER = ("zero", "one", "two", "few", "many", "other")


@dataclass(frozen=True)
class Entry:
    """One translated message: the English it was made for and its forms (one per plural form)."""

    source: str
    forms: tuple[str, ...]


def catalog_language(language: str | None) -> str | None:
    """The catalog for a language or locale name ('zh', 'zh_CN', 'de-AT', 'de_DE.UTF-8'); None for English."""
    if not language:
        return None
    base = language.replace("-", "_").split(".")[0].split("_")[0].lower()
    return CATALOGS.get(base)


@cache
def catalog(language: str) -> dict[str, Entry]:
    """The finished entries of one catalog (``language`` as in :data:`CATALOGS` values), by code."""
    try:
        path = resources_dir() / "i18n" / f"messages_{language}.ts"
    except MissingResourceError:  # an incomplete installation: say so in English rather than not at all
        return {}
    if not path.is_file():
        return {}
    entries: dict[str, Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        code = message.findtext("comment") or ""
        translation = message.find("translation")
        if not code or translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        if message.get("numerus") == "yes":
            forms = tuple(f.text or "" for f in translation.findall("numerusform"))
        else:
            forms = (translation.text or "",)
        if all(f.strip() for f in forms):
            entries[code] = Entry(_english_key(message), forms)
    return entries


def _english_key(message: ET.Element) -> str:
    """The English a translation was made for: the default, and for counted messages the plural after '|'."""
    source = message.findtext("source") or ""
    other = message.findtext("extracomment") or ""
    return f"{source}|{other}" if message.get("numerus") == "yes" else source


def english_key(message: Message) -> str:
    """The key a catalog entry's source must match for its translation to be used."""
    return f"{message.default}|{message.plural}" if message.plural is not None else message.default


@cache
def _plural_forms(language: str) -> tuple[tuple[str, ...], Locale | None]:
    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return ("other",), None
    tags = set(locale.plural_form.tags) | {"other"}
    return tuple(tag for tag in _CLDR_ORDER if tag in tags), locale


def _form_index(language: str, n: int) -> int:
    order, locale = _plural_forms(language)
    if locale is None:
        return 0
    return order.index(locale.plural_form(abs(n)))


def translate(message: Message, language: str | None, write_value: ValueWriter | None = None) -> str:
    """The message in ``language`` (a language or locale name; English when None or without a catalog), its dates,
    amounts and numbers written by ``write_value`` (a front end's own formats) or else as ``language`` writes them."""
    lang = catalog_language(language)
    if lang is None:
        return message.render(write_value=write_value)
    entries = catalog(lang)

    def template_for(m: Message) -> str:
        entry = entries.get(m.code)
        if entry is None or entry.source != english_key(m):
            return m.english_template()
        if m.count is not None and len(entry.forms) > 1:
            return entry.forms[min(_form_index(lang, m.count), len(entry.forms) - 1)]
        return entry.forms[0]

    return message.render(template_for, write_value or value_writer(lang))


def value_writer(language: str | None) -> ValueWriter:
    """How a language writes the dates, decimals and percents in its messages (English: ISO dates, "4.25%")."""
    lang = catalog_language(language)
    return partial(_write_value, lang) if lang is not None else english_value


def _write_value(locale: str, value: Value) -> str:
    if isinstance(value, date):
        # 01.07.2025; Chinese sentences keep 2025-07-01, as the Chinese tables and statements print dates
        return format_date(value, "yyyy-MM-dd" if locale.startswith("zh") else "medium", locale=locale)
    if isinstance(value, Percent):
        return write_percent(value.value, locale)
    if isinstance(value, Amount):
        return _amount(value, locale)
    if isinstance(value, Count):
        return format_decimal(value.n, format="#,##0", locale=locale)  # 12.345 in German, 12,345 in Chinese
    places = value.normalize().as_tuple().exponent
    return _decimal(value, max(0, -places) if isinstance(places, int) else 0, locale)


def write_percent(rate: Decimal, language: str | None) -> str:
    """A rate as a language writes it: 10.27% in English and Chinese, 10,27 % in German (no-break space)."""
    lang = catalog_language(language)
    percent = Percent(rate)
    if lang is None:
        return str(percent)
    return _decimal(rate, percent.places(), lang) + ("\u00a0%" if lang.startswith("de") else "%")


def amount_form(number: str, currency: str, language: str) -> str:
    """An amount whose number is already written, with its currency where ``language`` (en, de, zh or a locale of
    them) puts it: 1.234,56 EUR in German, EUR 1,234.56 and 人民币1,234.56元 in Chinese. Letters and messages alike."""
    if language.startswith("de"):
        return f"{number} {currency}"  # German practice: 1.234,56 EUR
    if language.startswith("zh") and currency == "CNY":
        return f"人民币{number}元"
    return f"{currency} {number}"


def _amount(amount: Amount, locale: str) -> str:
    exponent = amount.value.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    number = format_decimal(amount.value, format="#,##0" + ("." + "0" * places if places else ""), locale=locale)
    return amount_form(number, amount.currency, locale)


def _decimal(value: Decimal, places: int, locale: str) -> str:
    return format_decimal(value, format="0" + ("." + "0" * places if places else ""), locale=locale)


def environment_language() -> str | None:
    """The language the process's environment asks for (ARLEDGER_LANGUAGE, then LANGUAGE, LC_ALL, LC_MESSAGES,
    LANG, as gettext reads them); None for English or no preference."""
    for name in ("ARLEDGER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0]
        if value:
            return value if value not in ("C", "POSIX") and not value.startswith("C.") else None
    return None
