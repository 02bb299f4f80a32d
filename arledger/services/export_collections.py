"""The collections parts of the accountant's workbook: interest, limitation, dispute and promise columns
on Open items, and the Promises, Contact log (with channel, direction, outcome and reason), KPIs and Overdue
reasons sheets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from arledger.domain.messages import Message, msg
from arledger.domain.model import Customer, Dispute, PromiseStatus
from arledger.domain.money import amount_value, decimals
from arledger.domain.reasons import REASON_MESSAGES, REASON_TITLES
from arledger.domain.record_words import channel_word, direction_word, outcome_word, promise_status_word
from arledger.render import workbook_words as words
from arledger.render.excel import Column, Kind
from arledger.render.messages import translate
from arledger.services import interest_claims, kpis, limitations, promises, reasons
from arledger.services.evidence_view import describe, event_title
from arledger.services.exports import OpenItemExtras, OpenItemRow, SheetData, SheetValues
from arledger.services.ledger import Ledger
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows
from arledger.storage import evidence

# A text column never follows an amount (it would run into it): dates and texts first, amounts last.
OPEN_ITEM_COLUMNS: tuple[Column, ...] = (
    Column("limitation_date", Kind.DATE), Column("dispute", width_hint=16), Column("promise", width_hint=24),
    Column("interest_basis", width_hint=30),
    Column("compensation_currency", label=msg("workbook.col.compensation_currency", "Comp. currency")),
    Column("interest", Kind.MONEY), Column("compensation", Kind.NUMBER),
)


@dataclass
class OpenItemCollections:
    """Interest, limitation, dispute and promise per open invoice, answered a batch at a time."""

    ledger: Ledger
    as_of: date
    columns: Sequence[Column] = OPEN_ITEM_COLUMNS
    language: str | None = None  # of the interest basis (English when None)
    _promises_by_invoice: dict[int, str] = field(default_factory=dict)
    _promises_by_customer: dict[int, str] = field(default_factory=dict)
    _customers: dict[int, Customer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        evals, _plans = promises.promise_statuses(self.ledger, self.as_of)
        for ev in evals:  # the latest promise wins: evaluations come in due-date order
            p = ev.promise
            text = translate(msg("workbook.promise", "{amount} by {due}, {status}",
                                 amount=amount_value(p.amount, p.currency), due=p.due_date,
                                 status=promise_status_word(ev.status.value)), self.language)
            if p.invoice_ids:
                for iid in p.invoice_ids:
                    self._promises_by_invoice[iid] = text
            else:
                self._promises_by_customer[p.customer_id] = text
        self._disputes: dict[int, list[Dispute]] = defaultdict(list)
        for d in rows.disputes(self.ledger.conn):
            self._disputes[d.invoice_id].append(d)

    def values(self, items: Sequence[OpenItemRow]) -> Mapping[int, Sequence[object]]:
        need = {i.customer_id for i in items} - set(self._customers)
        if need:
            self._customers.update(customer_rows.customers_by_ids(self.ledger.conn, need))
        # interest and compensation by the ``report interest`` path itself, so every figure is the report's
        lines = {ln.invoice.id: ln for ln in interest_claims.interest_lines(
            self.ledger, self.as_of, settled=False, overdue=[self._overdue(i) for i in items
                                                             if i.due_date < self.as_of])}
        limits = {iid: ln.limitation_status for iid, ln in lines.items() if ln.limitation_status is not None}
        limits.update(limitations.limitation_statuses(
            self.ledger, [(i.invoice_id, i.customer_id, i.due_date.isoformat()) for i in items
                          if i.invoice_id not in limits], self._customers, self.as_of))
        out: dict[int, Sequence[object]] = {}
        for item in items:
            interest = comp = comp_cur = basis = None
            line = lines.get(item.invoice_id)
            if line is not None and not line.time_barred:
                interest = line.claimable_interest
                claimed = line.claimable_compensation
                if claimed:
                    comp, comp_cur = claimed.minor / 10 ** decimals(claimed.currency), claimed.currency
                basis = translate(line.result.basis_message, self.language)
            promise = self._promises_by_invoice.get(item.invoice_id) or self._promises_by_customer.get(item.customer_id)
            out[item.invoice_id] = (limits[item.invoice_id].limitation_date, self._dispute_text(item), promise, basis,
                                    comp_cur, interest, comp)
        return out

    def _open_disputes(self, invoice_id: int) -> list[Dispute]:
        return [d for d in self._disputes.get(invoice_id, [])
                if d.opened_on <= self.as_of and (d.resolved_on is None or d.resolved_on > self.as_of)]

    def _dispute_text(self, item: OpenItemRow) -> str | None:
        return "; ".join(f"{d.reason.value} since {d.opened_on.isoformat()}" + (f": {d.note}" if d.note else "")
                         for d in self._open_disputes(item.invoice_id)) or None

    def _overdue(self, item: OpenItemRow) -> rows.OverdueItem:
        """The sheet's row as the overdue row ``report interest`` reads (a dispute without an amount covers the
        whole invoice)."""
        disputed = sum(item.amount if d.amount is None else d.amount for d in self._open_disputes(item.invoice_id))
        return rows.OverdueItem(item.customer_id, item.invoice_id, item.invoice, item.due_date.isoformat(),
                                item.open_amount, item.currency, disputed)


PROMISE_COLUMNS: tuple[Column, ...] = (
    Column("customer"), Column("name"), Column("status"), Column("made_by"), Column("channel"),
    Column("reason", width_hint=40), Column("promised_on", Kind.DATE), Column("due_date", Kind.DATE),
    Column("plan", Kind.INTEGER), Column("instalment", Kind.INTEGER), Column("currency"),
    Column("amount", Kind.MONEY), Column("paid", Kind.MONEY),
)
EVENT_COLUMNS: tuple[Column, ...] = (
    Column("seq", Kind.INTEGER),
    Column("recorded_at_utc", Kind.TIMESTAMP, label=msg("workbook.col.recorded_at_utc", "Recorded at (UTC)")),
    Column("kind"), Column("actor"), Column("customer"), Column("summary", width_hint=60), Column("channel"),
    Column("direction"), Column("outcome"), Column("reason"), Column("hash", width_hint=64),
    Column("prev_hash", width_hint=64),
)
KPI_COLUMNS: tuple[Column, ...] = (
    Column("measure"), Column("currency"), Column("value", Kind.NUMBER), Column("unit"), Column("period"),
    Column("definition", width_hint=80),
)
_DAYS = msg("workbook.kpi.unit_days", "days")
_PERCENT = msg("workbook.kpi.unit_percent", "%")
# Each measure: its unit and its name (its definition is kpis.DEFINITIONS', as `report kpi` gives it).
_KPIS: dict[str, tuple[Message, Message]] = {
    "dso": (_DAYS, msg("workbook.kpi.dso", "DSO")),
    "best_possible_dso": (_DAYS, msg("workbook.kpi.best_possible_dso", "Best possible DSO")),
    "add": (_DAYS, msg("workbook.kpi.add", "ADD")),
    "cei": (_PERCENT, msg("workbook.kpi.cei", "CEI")),
    "recovery_rate": (_PERCENT, msg("workbook.kpi.recovery_rate", "Recovery rate")),
    "average_collection_days": (_DAYS, msg("workbook.kpi.average_collection_days", "Average collection days")),
    "bad_debt_ratio": (_PERCENT, msg("workbook.kpi.bad_debt_ratio", "Bad-debt ratio")),
    "promise_kept_rate": (_PERCENT, msg("workbook.kpi.promise_kept_rate", "Promise-kept rate")),
}
_REASON_TITLES = REASON_MESSAGES


def _promise_rows(ledger: Ledger, as_of: date, language: str | None) -> Iterator[SheetValues]:
    evals, _ = promises.promise_statuses(ledger, as_of)
    customers = customer_rows.customers_by_ids(ledger.conn, {e.promise.customer_id for e in evals})
    for ev in evals:
        p, c = ev.promise, customers[ev.promise.customer_id]
        yield (c.code, c.name, translate(promise_status_word(ev.status.value), language), p.made_by,
               translate(channel_word(p.channel), language) if p.channel else p.channel, translate(ev.reason, language),
               p.promised_on, p.due_date,
               p.plan_id, p.instalment_no, p.currency, p.amount, ev.paid)


def _event_rows(ledger: Ledger, language: str | None) -> Iterator[SheetValues]:
    for e in evidence.all_events(ledger.conn):
        payload = evidence.payload(e)
        stamp = datetime.fromisoformat(e.at).astimezone(UTC).replace(tzinfo=None)
        contact = e.kind == "contact"
        yield (e.seq, stamp, translate(event_title(e.kind), language), e.actor, payload.get("customer"),
               translate(describe(e.kind, payload), language),
               *(_contact_words(payload, language) if contact else (None,) * 4),
               e.hash, e.prev_hash)


def _contact_words(payload: Mapping[str, object], language: str | None) -> tuple[str | None, ...]:
    """A contact's channel, direction, outcome and reason as the reader's language names them."""
    words_of = ((channel_word, "channel"), (direction_word, "direction"), (outcome_word, "outcome"),
                (_reason_word, "reason"))
    return tuple(translate(word(str(payload[key])), language) if payload.get(key) else None
                 for word, key in words_of)


def _reason_word(code: str) -> Message:
    return REASON_MESSAGES.get(code) or Message("", code)


def _kpi_rows(ledger: Ledger, start: date, end: date, language: str | None = None) -> Iterator[SheetValues]:
    period = translate(words.period_text(start.isoformat(), end.isoformat()), language)
    for k in kpis.period_kpis(ledger, start, end):
        for name, (unit, title) in _KPIS.items():
            value = getattr(k, name)
            yield (translate(title, language), k.currency, value, translate(unit, language), period,
                   translate(kpis.DEFINITIONS[name], language))


def collection_sheets(ledger: Ledger, as_of: date, period_from: date | None = None,
                      period_to: date | None = None, language: str | None = None) -> list[SheetData]:
    """Promises (with outcome on as_of), the evidence log with hashes, and the period's KPIs (default: the
    90 days to as_of); measure names, definitions and reasons in ``language`` (English when None)."""
    end = period_to or as_of
    start = period_from or end - timedelta(days=89)
    return [
        SheetData("Promises", PROMISE_COLUMNS, _promise_rows(ledger, as_of, language), currency_index=10,
                  import_names=True),
        SheetData("Contact log", EVENT_COLUMNS, _event_rows(ledger, language), import_names=True),
        SheetData("KPIs", KPI_COLUMNS, _kpi_rows(ledger, start, end, language)),
        reasons_sheet(ledger, start, end, language),
    ]


def reasons_sheet(ledger: Ledger, start: date, end: date, language: str | None = None) -> SheetData:
    """The overdue-reason table of `report reasons` on the period's end, then its month-end trend."""
    report = reasons.reasons_report(ledger, start, end)
    columns = [Column("section"), Column("currency"), Column("reason"), Column("month"), Column("amount", Kind.MONEY),
               Column("count", Kind.INTEGER), Column("share_percent")]
    titles = words.bucket_titles(report.scheme)[1:]  # report.buckets[k] is the scheme's bucket k + 1
    for label, bucket in zip(report.buckets, titles, strict=True):
        columns += [Column(f"{label} amount", Kind.MONEY, label=msg("workbook.col.bucket_amount", "{bucket} amount",
                                                                     bucket=bucket)),
                    Column(f"{label} count", Kind.INTEGER, label=msg("workbook.col.bucket_count", "{bucket} count",
                                                                      bucket=bucket))]
    on_end = translate(msg("workbook.reasons.on", "on {date}", date=end.isoformat()), language)
    trend = translate(msg("workbook.reasons.trend", "trend"), language)

    def title(reason: str) -> str:
        return translate(_REASON_TITLES[reason], language) if reason in _REASON_TITLES else REASON_TITLES[reason]

    def rows_() -> Iterator[tuple[object, ...]]:
        month = end.strftime("%Y-%m")
        for ln in report.lines:
            per_bucket = [v for pair in zip(ln.amounts, ln.counts, strict=True) for v in pair]
            yield (on_end, ln.currency, title(ln.reason), month, ln.amount, ln.count,
                   str(ln.share), *per_bucket)
        blank = (None,) * (2 * len(report.buckets))
        for t in report.trend:
            for reason, amount in t.amounts:
                if amount:
                    yield (trend, t.currency, title(reason), t.month, amount, None, None, *blank)

    return SheetData("Overdue reasons", tuple(columns), rows_(), currency_index=1)


__all__ = ["OpenItemCollections", "PromiseStatus", "collection_sheets"]


def default_extras(ledger: Ledger, as_of: date, period_from: date | None = None, period_to: date | None = None,
                   language: str | None = None) -> tuple[OpenItemExtras, list[SheetData]]:
    """The collections columns on Open items (interest, limitation, dispute, promise) and the Promises,
    Contact log and KPIs sheets."""
    sheets = collection_sheets(ledger, as_of, period_from, period_to, language)
    return OpenItemCollections(ledger, as_of, language=language), sheets
