"""Values already stored outside today's bounds, for `arledger check`: each one a sentence, never a crash.

Commands keep working on such a ledger (date arithmetic saturates, an invalid setting reads as its default);
this report says what to correct.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from arledger.domain.bounds import MAX_AMOUNT, MAX_DATE, MIN_DATE
from arledger.domain.messages import Count, Message, msg
from arledger.services import settings_schema
from arledger.services.ledger import Ledger
from arledger.storage import bounds as bound_rows


@dataclass(frozen=True, slots=True)
class OutOfBounds:
    """One stored value outside its bounds: where it is and a sentence saying what is wrong."""

    table: str
    row: str  # row id, or the setting's key
    column: str
    value: str
    sentence: Message


def out_of_bounds(ledger: Ledger, per_column: int = 5) -> list[OutOfBounds]:
    """Stored dates outside 1900-01-01..2199-12-31, amounts of 10^13 minor units or more, text longer than its
    limit (up to ``per_column`` rows per column) and settings that break their schema."""
    out = []
    for table, rid, col, value, bound in bound_rows.out_of_range(ledger.conn, per_column):
        what = table.replace("_", " ")
        if bound == "date":
            sentence = msg("bounds.date", "{table} row {row}: {column} {value} is outside the dates arledger accepts "
                           "({first} to {last}).", table=what, row=str(rid), column=col, value=value,
                           first=MIN_DATE.isoformat(), last=MAX_DATE.isoformat())
        elif bound == "amount":
            sentence = msg("bounds.amount", "{table} row {row}: {column} {value} (minor units) is not below {limit}.",
                           table=what, row=str(rid), column=col, value=value, limit=Count(MAX_AMOUNT))
        else:
            sentence = msg("bounds.text", "{table} row {row}: {column} is {value} long; at most {limit} are "
                           "accepted.", table=what, row=str(rid), column=col, value=value, limit=bound.split(":")[1])
        out.append(OutOfBounds(table, str(rid), col, value, sentence))
    for key, text in bound_rows.raw_settings(ledger.conn):
        try:
            value = json.loads(text)
        except ValueError:
            out.append(OutOfBounds("settings", key, "value", text[:40], msg(
                "bounds.setting_not_json", "The setting {key} is not readable JSON; it is ignored until it is set "
                "again.", key=key)))
            continue
        found = settings_schema.problem(key, value)
        if found:
            out.append(OutOfBounds("settings", key, "value", text[:40], msg(
                "bounds.setting_invalid", "The setting {problem}; its default is used until it is set again.",
                problem=found)))
    return out
