"""The ledger's tables as a person names them, for the evidence checks' sentences: "payments", never the table's
own name ``payments`` or ``credit_notes`` with its underscore."""

from __future__ import annotations

from arledger.domain.messages import Message, msg
from arledger.domain.record_words import known_word

_TABLE_WORDS: dict[str, Message] = {
    "invoices": msg("evidence.table.invoices", "invoices"),
    "payments": msg("evidence.table.payments", "payments"),
    "credit_notes": msg("evidence.table.credit_notes", "credit notes"),
    "write_offs": msg("evidence.table.write_offs", "write-offs"),
    "contacts": msg("evidence.table.contacts", "contacts"),
    "promises": msg("evidence.table.promises", "promises"),
    "plans": msg("evidence.table.plans", "instalment plans"),
    "disputes": msg("evidence.table.disputes", "disputes"),
    "letters": msg("evidence.table.letters", "letters"),
    "attachments": msg("evidence.table.attachments", "attachments"),
    "limitation_events": msg("evidence.table.limitation_events", "limitation events"),
    "interest_waivers": msg("evidence.table.interest_waivers", "interest waivers"),
    "dispatches": msg("evidence.table.dispatches", "dispatch records"),
    "case_stages": msg("evidence.table.case_stages", "case stages"),
    "settlement_offers": msg("evidence.table.settlement_offers", "settlement offers"),
    "notices": msg("evidence.table.notices", "notices"),
}


def table_word(table: str) -> Message:
    """A table's records in the reader's words (a table this version does not know: its name, spaced)."""
    return known_word(table, _TABLE_WORDS)
