"""A message stored as data reads back as the same message: nested messages, counts and values included."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from arledger.domain.messages import Amount, Percent, message_from_data, message_to_data, msg, plural_msg
from arledger.render.messages import translate


def test_a_stored_message_reads_back_the_same_in_every_language() -> None:
    inner = msg("promises.broken", "Nothing of {promised} paid by {deadline}.", promised="100.00 GBP",
                deadline=date(2026, 11, 13))
    outer = msg("queue.promise_broken", "Broken: {reason}", reason=inner)
    counted = plural_msg("risk.reason.broken_promises", "{n} broken promise ({level}: from {threshold}).",
                         "{n} broken promises ({level}: from {threshold}).", n=2,
                         level=msg("risk.level.high", "high"), threshold=Decimal("2"))
    values = msg("x.values", "{rate} {amount} {days}", rate=Percent(Decimal("4.25")),
                 amount=Amount(Decimal("100.00"), "GBP"), days=Decimal("7.5"))
    for message in (outer, counted, values):
        back = message_from_data(json.loads(json.dumps(message_to_data(message))))
        assert back == message
        for language in (None, "de_DE", "zh_CN"):
            assert translate(back, language) == translate(message, language)
    assert translate(message_from_data(message_to_data(outer)), "de_DE") == \
        "Gebrochen: Bis 13.11.2026 wurde nichts von 100.00 GBP bezahlt."


def test_text_stored_before_messages_reads_as_written() -> None:
    assert str(message_from_data("Ring back after the audit.")) == "Ring back after the audit."
    assert message_from_data("Ring back {after} the audit.").code == ""
    unreadable = message_from_data({"code": "x", "default": "{v}", "params": {"v": {"type": "date", "value": "?"}}})
    assert str(unreadable) == "?"
