"""Settlement offers: record the terms, release the offer letter (only with the approval the ledger requires),
and review the outcome: paid by the deadline closes the case as settled; otherwise the full claim stands.

The approval threshold is the ledger setting ``settlement.approval_threshold``, in minor units of the offer's
currency (no setting: no approval needed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from arledger.domain import settlements as terms_domain
from arledger.domain.cases import CaseStage
from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import Message, message_to_data, msg
from arledger.domain.model import Customer
from arledger.domain.money import format_amount
from arledger.domain.settlements import OfferEvaluation, OfferOutcome, SettlementTerms, outcome_word
from arledger.render.casefile import render_document
from arledger.render.pdf_files import write_pdf
from arledger.services import cases, interest_claims, policy
from arledger.services.ledger import Ledger
from arledger.services.settlement_letter import settlement_letter
from arledger.storage import collections as rows
from arledger.storage import evidence
from arledger.storage import invoices as invoice_rows
from arledger.storage import settlement_offers as offer_rows
from arledger.storage.settlement_offers import OfferRow

THRESHOLD_SETTING = "settlement.approval_threshold"


@dataclass(frozen=True, slots=True)
class OfferResult:
    offer: OfferRow
    letter: str  # archived letter path relative to the ledger's files, "" while held back
    held_back: Message | None  # why the letter is not released (None when it is)


def approval_threshold(ledger: Ledger) -> int | None:
    value = ledger.setting(THRESHOLD_SETTING)
    return None if value in (None, "") else int(value)


def claim_of(ledger: Ledger, code: str, on: date, invoices: Sequence[str] = (), currency: str | None = None
             ) -> tuple[str, int, int, int, tuple[str, ...]]:
    """(currency, principal, interest, compensation, invoice numbers) claimed on a day: the overdue, undisputed
    open amounts of the invoices named (or all overdue ones in the currency) with their interest and
    compensation as `report interest` computes them."""
    customer = ledger.customer(code)
    items = rows.overdue_items(ledger.conn, on, customer.id)
    wanted = set(invoices)
    if wanted:
        unknown = wanted - {r.number for r in items}
        if unknown:
            raise UserError(msg("settlement.invoice_not_overdue", "Invoice {unknown} is not an overdue invoice "
                    "of {customer_code} on {on}.", unknown=sorted(unknown)[0], customer_code=customer.code, on=str(on)))
        items = [r for r in items if r.number in wanted]
    cur = currency or (items[0][5] if items else customer.currency)
    items = [r for r in items if r.currency == cur]
    if not items:
        raise UserError(msg("settlement.nothing_overdue", "{customer_code} has nothing overdue in {cur} on "
                "{on} to settle.", customer_code=customer.code, cur=cur, on=on.isoformat()))
    numbers = tuple(r[2] for r in items)
    principal = sum(max(0, r[4] - r[6]) for r in items)
    interest = compensation = 0
    for line in interest_claims.interest_lines(ledger, on, code, numbers, settled=False):
        if line.time_barred:
            continue
        interest += line.claimable_interest
        comp = line.claimable_compensation
        if comp and comp.currency == cur:
            compensation += comp.minor
    return cur, principal, interest, compensation, numbers


def make_offer(ledger: Ledger, code: str, deadline: date, *, discount: int = 0, waive_interest: bool = False,
               waive_compensation: bool = False, approver: str = "", reason: str = "",
               invoices: Sequence[str] = (), on: date | None = None, currency: str | None = None) -> OfferResult:
    """Record a settlement offer (an evidence event) and release its letter unless an approval is missing."""
    on = on or ledger.today()
    if deadline < on:
        raise UserError(msg("settlement.deadline_before_offer", "The settlement deadline {deadline} is before "
                "the offer ({on}).", deadline=deadline.isoformat(), on=on.isoformat()))
    customer = ledger.customer(code)
    cur, principal, interest, comp, numbers = claim_of(ledger, code, on, invoices, currency)
    terms = terms_domain.settlement_terms(cur, principal, interest, comp, discount=discount,
                                          waive_interest=waive_interest, waive_compensation=waive_compensation)
    with ledger.database.atomic() as conn:
        seq, _ = evidence.append(conn, "settlement_offer", ledger.actor(), customer.id, {
            "customer": customer.code, "offered_on": on.isoformat(), "deadline": deadline.isoformat(),
            "currency": cur, "invoices": list(numbers), **_terms_payload(terms),
            "approver": approver.strip(), "approval_reason": reason.strip()}, ledger.now())
        oid = offer_rows.insert(conn, customer.id, on, deadline, terms, numbers, approver.strip(), reason.strip(), seq)
        offer = offer_rows.by_id(conn, oid)
        assert offer is not None
        return _release(ledger, offer)


def approve(ledger: Ledger, offer_id: int, approver: str, reason: str) -> OfferResult:
    """Record who approved the offer and why (an evidence event), then release its letter."""
    if not approver.strip() or not reason.strip():
        raise UserError(msg("settlement.approval_incomplete", "An approval needs the approver's name and a "
                "reason."))
    offer = _offer(ledger, offer_id)
    if offer.outcome is not OfferOutcome.PENDING:
        raise UserError(msg("settlement.already_decided", "Settlement offer {offer_id} is already "
                "{outcome_value}.", offer_id=offer_id, outcome_value=outcome_word(offer.outcome)))
    with ledger.database.atomic() as conn:
        customer = ledger.customer_by_id(offer.customer_id)
        evidence.append(conn, "settlement_approved", ledger.actor(), customer.id, {
            "customer": customer.code, "offer": offer_id, "approver": approver.strip(), "reason": reason.strip()},
            ledger.now())
        offer_rows.set_approval(conn, offer_id, approver.strip(), reason.strip())
        return _release(ledger, _offer(ledger, offer_id))


def _offer(ledger: Ledger, offer_id: int) -> OfferRow:
    offer = offer_rows.by_id(ledger.conn, offer_id)
    if offer is None:
        raise UserError(msg("settlement.no_offer", "There is no settlement offer {offer_id}.",
                offer_id=offer_id))
    return offer


def _terms_payload(t: SettlementTerms) -> dict[str, object]:
    cur = t.currency
    return {"principal": format_amount(t.principal, cur), "interest": format_amount(t.interest, cur),
            "compensation": format_amount(t.compensation, cur), "discount": format_amount(t.discount, cur),
            "waive_interest": t.waive_interest, "waive_compensation": t.waive_compensation,
            "amount_due": format_amount(t.amount_due, cur), "concession": format_amount(t.concession, cur)}


def _release(ledger: Ledger, offer: OfferRow) -> OfferResult:
    """Write and archive the offer letter inside the caller's transaction, or say why it is held back."""
    try:
        terms_domain.check_release(offer.terms, approval_threshold(ledger), offer.approver, offer.approval_reason)
    except UserError as exc:
        return OfferResult(offer, "", exc.message)
    customer = ledger.customer_by_id(offer.customer_id)
    data = render_document(settlement_letter(ledger, offer))
    folder = policy.side_dir(ledger, "settlements")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{offer.offered_on.isoformat()}-{customer.id}-offer-{offer.id}.pdf"
    write_pdf(path, data)
    digest = sha256_file(path)
    stored = str(path.relative_to(policy.side_dir(ledger, "")))
    evidence.append(ledger.conn, "settlement_letter", ledger.actor(), customer.id, {
        "customer": customer.code, "offer": offer.id, "file": path.name, "sha256": digest}, ledger.now())
    offer_rows.set_letter(ledger.conn, offer.id, stored, digest)
    return OfferResult(offer._replace(letter_path=stored, letter_sha256=digest), stored, None)


def offers(ledger: Ledger, customer: Customer | str | None = None) -> list[OfferRow]:
    """Settlement offers, of one customer (as read already, or its code) if given."""
    return offer_rows.offers(ledger.conn, ledger.customer_of(customer).id if customer else None)


def evaluate(ledger: Ledger, offer: OfferRow, on: date) -> OfferEvaluation:
    pays = offer_rows.payments_in(ledger.conn, offer.customer_id, offer.terms.currency, offer.offered_on,
                                  offer.deadline)
    return terms_domain.evaluate_offer(offer.terms, offer.offered_on, offer.deadline, pays, on)


def review(ledger: Ledger, on: date | None = None) -> list[tuple[OfferRow, OfferEvaluation]]:
    """Decide every pending offer whose outcome is known on `on`: settled offers write off the discount still
    open on their invoices, record the waivers and close the case as settled; lapsed offers are recorded and the
    full claim stands. Returns the offers decided now."""
    on = on or ledger.today()
    decided = []
    for offer in offer_rows.offers(ledger.conn, pending_only=True):
        result = evaluate(ledger, offer, on)
        if result.outcome is OfferOutcome.PENDING:
            continue
        customer = ledger.customer_by_id(offer.customer_id)
        with ledger.database.atomic() as conn:
            if result.outcome is OfferOutcome.SETTLED:
                left = offer.terms.discount
                for number in offer.invoice_numbers:
                    inv = ledger.invoice(number)
                    open_now = rows_open(ledger, inv.id)
                    take = min(left, open_now)
                    if take > 0:
                        ledger.write_off(number, min(on, offer.deadline), msg(
                            "write_off.reason.settlement_paid", "Settlement offer {offer}: discount agreed and paid "
                            "by {deadline}", offer=f"{customer.code}-S{offer.id}", deadline=offer.deadline), take)
                        left -= take
            if result.outcome is OfferOutcome.SETTLED:
                _waive(ledger, offer, customer.code, min(on, offer.deadline))
            seq, _ = evidence.append(conn, f"settlement_{result.outcome.value}", ledger.actor(), customer.id, {
                "customer": customer.code, "offer": offer.id, "paid": format_amount(result.paid, offer.terms.currency),
                "currency": offer.terms.currency, "reason": str(result.reason),
                "reason_message": message_to_data(result.reason),
                **({"interest_waived": format_amount(offer.terms.interest, offer.terms.currency)}
                   if result.outcome is OfferOutcome.SETTLED and offer.terms.waive_interest else {}),
                **({"compensation_waived": format_amount(offer.terms.compensation, offer.terms.currency)}
                   if result.outcome is OfferOutcome.SETTLED and offer.terms.waive_compensation else {})},
                ledger.now())
            offer_rows.set_outcome(conn, offer.id, result.outcome, on, seq)
            if result.outcome is OfferOutcome.SETTLED:
                state = cases.case_state(ledger, customer, on)
                if state.stage is not CaseStage.SETTLED:
                    cases.set_stage(ledger, customer.code, CaseStage.SETTLED, on=on,
                                    note=msg("case.note.settlement_paid", "Settlement offer {offer} paid by its "
                                             "deadline.", offer=f"{customer.code}-S{offer.id}"))
        decided.append((offer, result))
    return decided


def _waive(ledger: Ledger, offer: OfferRow, code: str, on: date) -> None:
    """Record the offer's waivers of interest and compensation on its invoices (what is still claimable)."""
    t = offer.terms
    if not (t.waive_interest or t.waive_compensation):
        return
    for number in offer.invoice_numbers:
        res = interest_claims.claimable_on(ledger, number, on)
        interest = res.claimable_interest if t.waive_interest else 0
        comp = res.claimable_compensation
        compensation = comp.minor if comp and t.waive_compensation else 0
        if interest or compensation:
            reason = msg("interest.waiver.settlement_paid", "Settlement offer {offer} paid by its deadline",
                         offer=f"{code}-S{offer.id}")
            interest_claims.waive_interest(ledger, number, reason, interest=interest, compensation=compensation, on=on)


def rows_open(ledger: Ledger, invoice_id: int) -> int:
    return invoice_rows.receivable(ledger.conn, invoice_id).open_amount


def offers_to_json(ledger: Ledger, items: list[OfferRow], on: date) -> list[dict[str, object]]:
    out = []
    for o in items:
        ev = evaluate(ledger, o, on) if o.outcome is OfferOutcome.PENDING else None
        out.append({"id": o.id, "customer": ledger.customer_by_id(o.customer_id).code,
                    "offered_on": o.offered_on.isoformat(), "deadline": o.deadline.isoformat(),
                    "currency": o.terms.currency, "invoices": list(o.invoice_numbers), **_terms_payload(o.terms),
                    "approver": o.approver, "letter": o.letter_path, "letter_sha256": o.letter_sha256,
                    "outcome": o.outcome.value, "outcome_on": o.outcome_on.isoformat() if o.outcome_on else None,
                    "status": str(ev.reason) if ev else None})
    return out
