"""The settlements of one invoice with what each came from (payment, credit note or write-off)."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import NamedTuple

from arledger.domain.messages import Message
from arledger.domain.record_words import payment_method_word
from arledger.storage.rows import stored_text, to_day


class SettlementLine(NamedTuple):
    kind: str  # payment | credit_note | write_off
    on: date
    amount: int
    method: Message  # a payment's method in the reader's language (typed words as typed), else empty
    reference: str  # a payment's reference, or the credit note's number
    note: Message  # a credit note's or write-off's reason: as written, or the ledger's own sentence as its message


def settlements_of_invoice(conn: sqlite3.Connection, invoice_id: int) -> list[SettlementLine]:
    """Every allocation to the invoice, oldest first, with its source's reference."""
    rows = conn.execute(
        """
        SELECT a.kind, a.date, a.amount,
               coalesce(p.method, ''),
               CASE a.kind WHEN 'payment' THEN coalesce(p.reference, '')
                           WHEN 'credit_note' THEN coalesce(n.number, '')
                           ELSE '' END,
               CASE a.kind WHEN 'credit_note' THEN coalesce(n.reason, '')
                           WHEN 'write_off' THEN coalesce(w.reason, '') ELSE '' END,
               w.reason_message
        FROM allocations a
        LEFT JOIN payments p ON p.id = a.payment_id
        LEFT JOIN credit_notes n ON n.id = a.credit_note_id
        LEFT JOIN write_offs w ON w.id = a.write_off_id
        WHERE a.invoice_id = ? ORDER BY a.date, a.id
        """, (invoice_id,))
    return [SettlementLine(k, to_day(d), amt, payment_method_word(method), ref, stored_text(note, said))
            for k, d, amt, method, ref, note, said in rows]
