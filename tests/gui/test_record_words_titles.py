"""The GUI names a recorded channel, promise or plan status, dispute reason and customer kind by the same words as
the command line, the timeline and the workbook (domain.record_words), in the UI language: one table of each."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from arledger.domain import record_words
from arledger.domain.model import Channel, CustomerKind, DisputeReason, PromiseStatus
from arledger.domain.promises import PlanStatus
from arledger.gui import formatting as fmt
from arledger.gui.models.collections import channel_title, dispute_reason_title, plan_status_title, status_title
from arledger.render.messages import translate


@pytest.fixture
def language() -> Iterator[None]:
    before = fmt.language()
    yield
    fmt.set_language(before)


@pytest.mark.parametrize("lang", ["de_DE", "zh_CN", "en"])
def test_gui_titles_are_the_record_words(language, lang: str) -> None:
    fmt.set_language(lang)
    words = [(channel_title(c.value), record_words.channel_word(c.value)) for c in Channel]
    words += [(status_title(s.value), record_words.promise_status_word(s.value)) for s in PromiseStatus]
    words += [(plan_status_title(s.value), record_words.plan_status_word(s.value)) for s in PlanStatus]
    words += [(dispute_reason_title(r.value), record_words.dispute_reason_word(r.value)) for r in DisputeReason]
    words += [(fmt.title_word(record_words.customer_kind_word(k.value)), record_words.customer_kind_word(k.value))
              for k in CustomerKind]
    for title, word in words:
        assert word.code, word  # every recorded code has its word
        said = translate(word, None if lang == "en" else lang)
        assert title == said[:1].upper() + said[1:]


def test_a_plan_on_track_reads_in_german() -> None:
    before = fmt.language()
    try:
        fmt.set_language("de_DE")
        assert (plan_status_title("on track"), channel_title("phone"), dispute_reason_title("paid")) == (
            "Planmäßig", "Telefon", "Bereits bezahlt")
        assert fmt.title_word(record_words.customer_kind_word("sole_trader")) == "Einzelunternehmer"
    finally:
        fmt.set_language(before)
