"""Limitation periods: the events that restart or suspend them, and each invoice's status as of a date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from arledger.domain import fields, limitation
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, message_to_data, msg
from arledger.domain.model import (
    Customer,
)
from arledger.services import policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.evidence_log import _invoices_of, _log
from arledger.services.ledger import Ledger
from arledger.services.reports import AgingReport
from arledger.storage import collections as rows
from arledger.storage import customers as customer_rows

LIMITATION_KINDS = ("acknowledgment", "demand_delivered", "suit", "negotiation_start", "negotiation_end")


def record_limitation_event(ledger: Ledger, code: str, kind: str, on: date, *, invoices: Sequence[str] = (),
                            note: str | Message = "") -> int:
    """Log an acknowledgment, a delivered demand or a suit; it restarts limitation where the rule pack says so.
    ``note``: someone's own words, or a message when the ledger writes the note itself (kept as its message too,
    read in the reader's language; its English is the note the event and the record keep)."""
    said = note if isinstance(note, Message) else None
    note = str(note)
    if kind not in LIMITATION_KINDS:
        raise UserError(msg("limitation.unknown_kind", "'{kind}' is not a limitation event; use {kinds}.", kind=kind,
                            kinds=list(LIMITATION_KINDS)))
    fields.check_date(on, "date")
    fields.check_text(note, "note", "summary")
    customer = ledger.customer(code)
    invs = _invoices_of(ledger, customer, invoices)
    with ledger.database.atomic() as conn:
        seq = _log(ledger, kind, customer, {"on": on.isoformat(), "invoices": [i.number for i in invs], "note": note,
                                            **({"note_message": message_to_data(said)} if said else {})})
        for inv in invs or (None,):
            rows.insert_limitation_event(conn, customer.id, inv.id if inv else None, on, kind, note, seq, said)
    return seq


def _time_barred(ledger: Ledger, items: Sequence[rows.OverdueItem], customers: dict[int, Customer], on: date,
                 generic_years: int) -> dict[int, limitation.LimitationStatus]:
    """Limitation of the items old enough to be near their limit (younger ones cannot be barred or warned)."""
    cutoff = on - timedelta(days=365 * min(3, generic_years) - 200)
    old = [r for r in items if r.due_date <= cutoff.isoformat()]
    if not old:
        return {}
    return limitation_statuses(ledger, [(r.invoice_id, r.customer_id, r.due_date) for r in old], customers, on,
                               generic_years=generic_years)


@without_gc_pauses
def limitation_statuses(ledger: Ledger, invoices: list[tuple[int, int, str]], customers: dict[int, Customer],
                        on: date, *, generic_years: int | None = None) -> dict[int, limitation.LimitationStatus]:
    """Limitation for (invoice id, customer id, ISO due date) triples as of on. ``generic_years``: the setting
    'limitation_generic_years' when the caller has read it already (a letter reads it once)."""
    events = rows.limitation_inputs(ledger.conn, [i for i, _, _ in invoices])
    years = policy.generic_limitation_years(ledger) if generic_years is None else generic_years
    out = {}
    for iid, cid, due in invoices:
        evs = [limitation.LimitationEvent(date.fromisoformat(d), kind, eid) for d, kind, eid in events[iid]]
        out[iid] = limitation.assess_limitation(date.fromisoformat(due), customers[cid].jurisdiction.value, evs, on,
                                                generic_years=years)
    return out


def aging_invoice_extras(ledger: Ledger, report: AgingReport) -> dict[int, dict[str, Any]]:
    """limitation_date (and a warning flag) for each invoice of a by-invoice aging report."""
    triples = [(r.invoice_id, r.customer_id, r.due_date.isoformat()) for r in report.rows if r.due_date]
    customers = customer_rows.customers_by_ids(ledger.conn, {r.customer_id for r in report.rows})
    statuses = limitation_statuses(ledger, triples, customers, report.as_of)
    return {iid: {"limitation_date": s.limitation_date.isoformat(),
                  **({"limitation_warning": True} if s.warning else {}),
                  **({"time_barred": True} if s.time_barred else {}),
                  **({"limitation_revived_by": f"{s.revived_by_kind} {s.revived_on.isoformat()}"}
                     if s.revived_by_kind and s.revived_on else {}),
                  **({"limitation_suspended_days": s.suspended_days} if s.suspended_days else {})}
            for iid, s in statuses.items()}
