"""Statements of account: every movement of a customer's ledger in a period, with running balances and aging."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import Customer
from arledger.domain.money import Money
from arledger.render.letter_data import (
    AgingBucket,
    StatementDocument,
    StatementRow,
)
from arledger.render.letters import render_statement
from arledger.render.messages import translate
from arledger.render.workbook_words import bucket_titles
from arledger.services.ledger import Ledger
from arledger.services.letterhead import _Context, _recipient, _write_out
from arledger.services.output_paths import check_output_file
from arledger.services.reports import AgingGrouping, aging
from arledger.storage import evidence
from arledger.storage import letters as letter_rows


def build_statement(ledger: Ledger, code: str, start: date | None, end: date) -> StatementDocument:
    """The customer's statement for [start, end] (start None: from the first entry).

    Opening balance per currency = everything invoiced less everything paid, credited or written off before
    ``start``; each row moves a running balance per currency; the aging summary is as of ``end``.
    """
    if start is not None and start > end:
        raise UserError(msg("statement.period_reversed", "The statement period starts on {start}, after its end "
                             "({end}).", start=start.isoformat(), end=end.isoformat()))
    return statement_of(ledger, _Context.load(ledger), ledger.customer(code), start, end)


def statement_of(ledger: Ledger, ctx: _Context, customer: Customer, start: date | None, end: date, *,
                 chain_head: tuple[int, str] | None = None) -> StatementDocument:
    """:func:`build_statement` for a customer and letter settings already read (a letter's enclosure, which also
    passes the evidence chain head it read)."""
    head_length, head_hash = chain_head or evidence.head(ledger.conn)
    opening = letter_rows.balances_before(ledger.conn, customer.id, start) if start else {}
    balance = dict(opening)
    rows = []
    language = str(customer.language)
    for day, kind, reference, currency, debit, credit, due, note in letter_rows.movements(
            ledger.conn, customer.id, start, end):
        balance[currency] = balance.get(currency, 0) + debit - credit
        rows.append(StatementRow(date.fromisoformat(day), kind, translate(reference, language), currency, debit, credit,
                                 balance[currency], date.fromisoformat(due) if due else None,
                                 translate(note, language)))
    report = aging(ledger, end, grouping=AgingGrouping.CUSTOMER, customer=customer)
    # headings from each bucket's day range in the reader's language, as the workbook words them
    titles = [translate(title, language) for title in bucket_titles(report.scheme)]
    buckets = tuple(AgingBucket(label, r.currency, amount) for r in report.rows
                    for label, amount in zip(titles, r.buckets, strict=True))
    return StatementDocument(
        letterhead=ctx.letterhead, recipient=_recipient(customer, ctx.home_country), date=end, period_to=end,
        opening_balances=tuple(Money(c, v) for c, v in sorted(opening.items())), rows=tuple(rows), aging=buckets,
        period_from=start, reference=f"{customer.code}-ST-{end:%Y%m%d}",
        language=language, page_size=ctx.page_size,
        chain_length=head_length, chain_head=head_hash)


def write_statement(ledger: Ledger, code: str, start: date | None, end: date, out: Path) -> StatementDocument:
    """Render the statement and write it to ``out`` atomically; returns the document it printed."""
    check_output_file(ledger.path, out, msg("output.what_statement", "the statement"))
    doc = build_statement(ledger, code, start, end)
    data = render_statement(doc, templates_dir=_Context.load(ledger).templates_dir)
    _write_out(Path(out), data, None)
    return doc
