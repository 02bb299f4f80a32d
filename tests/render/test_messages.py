"""Rendering messages in the reader's language: catalogs, plural rules, stale translations, nested messages."""

from __future__ import annotations

import pytest

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.messages import msg, plural_msg
from arledger.render import messages
from arledger.render.messages import Entry, catalog_language, environment_language, translate


@pytest.fixture
def catalogs(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = {
        "de_DE": {"t.hello": Entry("Hello {name}.", ("Hallo {name}.",)),
                  "t.sent": Entry("{n} letter was sent.|{n} letters were sent.",
                                  ("{n} Brief wurde versandt.", "{n} Briefe wurden versandt.")),
                  "t.owner": Entry("the owner", ("der Inhaber",))},
        "zh_CN": {"t.hello": Entry("Hello {name}.", ("你好，{name}。",)),
                  "t.sent": Entry("{n} letter was sent.|{n} letters were sent.", ("已发出 {n} 封信函。",)),
                  "t.stale": Entry("The old English.", ("旧的译文。",))},
    }
    monkeypatch.setattr(messages, "catalog", lambda language: fake.get(language, {}))


def test_english_is_the_default_text_with_its_fields_filled() -> None:
    m = msg("t.hello", "Hello {name}.", name="Ann")
    assert str(m) == "Hello Ann." == translate(m, None) == translate(m, "en_US")
    assert str(plural_msg("t.sent", "{n} letter was sent.", "{n} letters were sent.", n=1)) == "1 letter was sent."
    assert str(plural_msg("t.sent", "{n} letter was sent.", "{n} letters were sent.", n=0)) == "0 letters were sent."


def test_a_message_reads_in_the_catalog_language(catalogs: None) -> None:
    hello = msg("t.hello", "Hello {name}.", name="Ann")
    assert translate(hello, "de") == translate(hello, "de_DE.UTF-8") == translate(hello, "de-AT") == "Hallo Ann."
    assert translate(hello, "zh_CN") == "你好，Ann。"


def test_counted_messages_follow_the_language_plural_rules(catalogs: None) -> None:
    def sent(n: int) -> object:
        return plural_msg("t.sent", "{n} letter was sent.", "{n} letters were sent.", n=n)
    assert translate(sent(1), "de_DE") == "1 Brief wurde versandt."
    assert translate(sent(3), "de_DE") == "3 Briefe wurden versandt."
    assert translate(sent(1), "zh_CN") == translate(sent(1), "zh") == "已发出 1 封信函。"


def test_a_translation_made_for_other_english_or_missing_falls_back_to_english(catalogs: None) -> None:
    assert translate(msg("t.stale", "The new English."), "zh_CN") == "The new English."
    assert translate(msg("t.unknown", "Not translated yet."), "de_DE") == "Not translated yet."


def test_a_message_inside_a_message_is_in_the_same_language(catalogs: None) -> None:
    m = msg("t.hello", "Hello {name}.", name=msg("t.owner", "the owner"))
    assert translate(m, "de_DE") == "Hallo der Inhaber."
    assert str(m) == "Hello the owner."
    listed = msg("t.hello", "Hello {name}.", name=["Ann", msg("t.owner", "the owner")])
    assert str(listed) == "Hello Ann, the owner."


def test_a_translation_with_an_unknown_field_or_a_stray_brace_never_crashes() -> None:
    assert str(msg("t.x", "Value {missing} and {given}.", given="1")) == "Value {missing} and 1."
    assert str(msg("t.y", "A brace { alone.")) == "A brace { alone."


def test_errors_carry_their_message_and_read_as_english() -> None:
    error = ValidationError(msg("t.hello", "Hello {name}.", name="Ann"), field="name", line=3)
    assert str(error) == "Hello Ann." and error.message.code == "t.hello" and error.line == 3
    assert UserError("A sentence of the user's own.").message.code == ""


def test_catalog_languages_and_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert catalog_language("zh_Hans_CN") == "zh_CN" and catalog_language("en_GB") is None
    for name in ("ARLEDGER_LANGUAGE", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert environment_language() == "de_DE.UTF-8"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert environment_language() is None
    monkeypatch.setenv("ARLEDGER_LANGUAGE", "zh_CN")
    assert environment_language() == "zh_CN"


def test_the_shipped_catalogs_translate_a_real_message() -> None:
    messages.catalog.cache_clear()
    missing = msg("ledger.missing", "There is no ledger at {path}; create one with 'arledger demo --ledger {path}' "
                                    "or open the app to start a new one.", path="/x.sqlite")
    assert translate(missing, "zh_CN").startswith("/x.sqlite 处没有台账")
    assert translate(missing, "de_DE").startswith("Unter /x.sqlite gibt es kein Debitorenbuch")
