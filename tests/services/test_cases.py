"""Cases, owners, team figures, warnings from real inputs, settlements and the handover pack, on real ledger files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from arledger.domain.cases import CaseStage
from arledger.domain.errors import UserError
from arledger.domain.model import Channel, Customer, Direction, DisputeReason, ExcuseReason, Outcome
from arledger.domain.money import format_amount
from arledger.domain.settlements import OfferOutcome
from arledger.render.messages import translate
from arledger.services import (
    cases,
    contacts,
    dispatch,
    disputes,
    escalation,
    evidence_log,
    evidence_view,
    handover,
    interest_claims,
    kpis,
    letters,
    promises,
    reasons,
    settlements,
)
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from arledger.storage import evidence

ON = date(2025, 6, 1)
COMPANY = {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road\nBristol BS1 4QA",
           "contact_person": "Jane Miller",
           "bank": {"account_name": "Northwind Supplies Ltd", "iban": "GB33BUKB20201555555555", "bic": "BUKBGB22"}}


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


@pytest.fixture
def books(ledger: Ledger, acme: Customer) -> Ledger:
    """ACME: A-1 EUR 5,000 due 2 April 2025 (60 days overdue on 1 June: 5,000 x 11.27% x 60 / 365 = 92.63 + 40),
    A-2 EUR 1,200 due 19 April."""
    ledger.set_setting("company", COMPANY)
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    ledger.add_invoice("ACME", "A-2", date(2025, 3, 20), 120_000, due_date=date(2025, 4, 19))
    return ledger


def kinds(ledger: Ledger) -> list[str]:
    return [r[0] for r in ledger.conn.execute("SELECT kind FROM evidence ORDER BY seq")]


# -- cases ----------------------------------------------------------------------------------------------
def test_owner_and_stages_are_evidence_and_history(books: Ledger) -> None:
    assert cases.case_state(books, books.customer("ACME"), ON).stage is CaseStage.ACTIVE  # implied: overdue
    cases.set_owner(books, "ACME", "ann", on=ON)
    cases.set_stage(books, "ACME", CaseStage.PROMISE, on=date(2025, 6, 2), note="promised 15 June")
    with pytest.raises(UserError, match="already at stage"):
        cases.set_stage(books, "ACME", CaseStage.PROMISE)
    summary = cases.case_summary(books, "ACME", date(2025, 6, 3))
    assert (summary.state.owner, summary.state.stage) == ("ann", CaseStage.PROMISE)
    assert [(h.stage, h.owner, str(h.note)) for h in summary.history] == [
        (CaseStage.ACTIVE, "ann", ""), (CaseStage.PROMISE, "ann", "promised 15 June")]
    assert [k for k in kinds(books) if k.startswith("case")] == ["case_owner", "case_stage"]
    assert evidence_log.verify_evidence(books).intact


def test_handed_over_case_gets_no_letters_and_reopening_resumes_them(books: Ledger) -> None:
    assert [e.customer.code for e in escalation.letters_due(books, ON) if e.decision] == ["ACME"]
    cases.set_stage(books, "ACME", CaseStage.AGENCY, owner="ann", on=ON)
    entry = escalation.letters_due(books, ON)[0]
    assert entry.decision is None and "handed over: agency" in str(entry.reason)
    cases.set_stage(books, "ACME", CaseStage.ACTIVE, on=ON)
    assert escalation.letters_due(books, ON)[0].decision is not None


def test_broken_plan_stops_pausing_escalation_at_once(books: Ledger) -> None:
    promises.add_plan(books, "ACME", [(date(2025, 5, 10), 100_000), (date(2025, 6, 10), 100_000),
                                         (date(2025, 7, 10), 100_000)], invoices=["A-1"], agreed_on=date(2025, 5, 1))
    # Nothing paid by 13 May (10 May + 3 days' grace): the plan is broken; on 1 June the instalments due in June
    # and July no longer pause A-1, so the letter is due again.
    entry = escalation.letters_due(books, ON)[0]
    assert entry.decision is not None and "A-1" in entry.invoice_numbers


def test_team_report(books: Ledger, ledger: Ledger) -> None:
    books.add_customer(Customer(code="BETA", name="Beta Ltd", currency="EUR"))
    books.add_invoice("BETA", "B-1", date(2025, 3, 1), 40_000, due_date=date(2025, 3, 31))
    cases.set_owner(books, "ACME", "ann", on=date(2025, 4, 1))
    cases.set_owner(books, "BETA", "bob", on=date(2025, 4, 1))
    for day in (date(2025, 4, 10), date(2025, 4, 20)):
        contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "call", outcome=Outcome.REACHED,
                                at=at(day))
    contacts.log_contact(books, "BETA", Channel.EMAIL, Direction.OUT, "reminder", at=at(date(2025, 4, 5)))
    promises.add_promise(books, "ACME", 120_000, date(2025, 4, 30), invoices=["A-2"], promised_on=date(2025, 4, 20))
    books.record_payment("ACME", date(2025, 4, 28), 120_000, invoice_number="A-2")  # kept
    promises.add_promise(books, "BETA", 40_000, date(2025, 4, 15), promised_on=date(2025, 4, 5))  # broken
    team = {f.owner: f for f in cases.team_report(books, date(2025, 4, 1), date(2025, 4, 30))}
    ann, bob = team["ann"], team["bob"]
    assert (ann.accounts, ann.contacts, ann.promises_obtained, ann.promises_kept) == (1, 2, 1, 1)
    assert ann.collected == (("EUR", 120_000),)
    # A-2 due 19 April, first action 20 April (the call), paid 28 April: 8 days.
    assert str(ann.average_days_to_collect) == "8.00" and str(ann.promise_kept_rate) == "100.00"
    assert (bob.contacts, bob.promises_obtained, bob.promises_kept, str(bob.promise_kept_rate)) == (1, 1, 0, "0.00")


# -- warnings from their real inputs --------------------------------------------------------------------
def _codes(ledger: Ledger, day: date) -> list[str]:
    return [w.code for r in kpis.customer_risks(ledger, day) for w in r.warnings]


def test_credit_jump_fires_from_open_balance_against_the_limit(ledger: Ledger) -> None:
    ledger.add_customer(Customer(code="LIM", name="Limit Co", currency="EUR", credit_limit=1_000_000))
    ledger.add_invoice("LIM", "L-1", date(2025, 1, 1), 300_000, due_date=date(2025, 7, 1))  # 30% on 3 March
    assert "credit-jump" not in _codes(ledger, date(2025, 6, 1))
    ledger.add_invoice("LIM", "L-2", date(2025, 5, 1), 250_000, due_date=date(2025, 7, 1))
    # 1 June: 55% now against 30% on 3 March (90 days before) = 25 points.
    risk = kpis.customer_risks(ledger, date(2025, 6, 1))[0]
    assert [str(w.message) for w in risk.warnings] == ["Credit use jumped from 30% to 55% of the limit."]


def test_contact_lost_after_failed_attempts(books: Ledger) -> None:
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "spoke to AP", outcome=Outcome.REACHED,
                            at=at(date(2025, 4, 20)))
    for day in (date(2025, 5, 1), date(2025, 5, 8)):
        contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "no answer", outcome=Outcome.NO_ANSWER,
                                at=at(day))
    assert "contact-lost" not in _codes(books, ON)  # two attempts only
    contacts.log_contact(books, "ACME", Channel.EMAIL, Direction.OUT, "reminder", at=at(date(2025, 5, 20)))
    risk = kpis.customer_risks(books, ON)[0]
    # reached 20 April, 42 days before 1 June; three attempts since.
    assert [str(w.message) for w in risk.warnings] == ["Nobody reached for 42 days despite 3 attempts."]


def test_payments_later_broken_promise_and_new_dispute(ledger: Ledger, acme: Customer) -> None:
    # Earlier (before the last 90 days): 10,000.00 paid 5 days late. Recent: 1,000.00 paid 30 days late.
    ledger.add_invoice("ACME", "E-1", date(2024, 11, 1), 1_000_000, due_date=date(2024, 12, 1))
    ledger.record_payment("ACME", date(2024, 12, 6), 1_000_000)
    ledger.add_invoice("ACME", "R-1", date(2025, 3, 1), 100_000, due_date=date(2025, 4, 1))
    ledger.record_payment("ACME", date(2025, 5, 1), 100_000)
    ledger.add_invoice("ACME", "O-1", date(2025, 4, 1), 50_000, due_date=date(2025, 5, 1))
    promises.add_promise(ledger, "ACME", 50_000, date(2025, 5, 15), promised_on=date(2025, 5, 2))
    disputes.open_dispute(ledger, "O-1", DisputeReason.PRICE, on=date(2025, 5, 20))
    risk = kpis.customer_risks(ledger, ON)[0]
    assert [str(w.message) for w in risk.warnings] == [
        "Payments are getting later: 30 days late on average, up from 5.",
        "1 promise to pay broken recently.",
        "1 new dispute opened."]
    # Stored with the tier and its reasons by the refresh; the dashboard lists them as new.
    kpis.refresh_risk_tiers(ledger, ON)
    summary = cases.case_summary(ledger, "ACME", ON)
    assert summary.tier == "B" and summary.tier_reasons
    assert [w.code for w in kpis.new_warnings(ledger, ON)] == ["broken-promise", "new-dispute", "payments-later"]
    # One broken of one evaluated: 0% kept; average days late 7.27 = (5 x 10,000 + 30 x 1,000) / 11,000.
    assert (str(summary.record.promise_kept_rate), str(summary.record.average_days_late)) == ("0.00", "7.27")


# -- overdue reasons -------------------------------------------------------------------------------------
def test_reasons_report(books: Ledger) -> None:
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "cash is tight", outcome=Outcome.REACHED,
                            reason=ExcuseReason.FINANCIAL, invoices=["A-1"], at=at(date(2025, 5, 5)))
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "A-2 waits for approval",
                            outcome=Outcome.REACHED, reason=ExcuseReason.PROCESS, invoices=["A-2"],
                            at=at(date(2025, 5, 6)))
    report = reasons.reasons_report(books, date(2025, 4, 1), ON)
    # 6,200.00 overdue: A-1 5,000.00 financial = 80.65%, A-2 1,200.00 process = 19.35%; both in the 31-90 bucket.
    got = [(ln.reason, ln.amount, ln.count, ln.amounts, str(ln.share)) for ln in report.lines]
    assert report.buckets == ("1-30", "31-90", "91-180", "over 180")
    assert got == [("financial", 500_000, 1, (0, 500_000, 0, 0), "80.65"),
                   ("process", 120_000, 1, (0, 120_000, 0, 0), "19.35")]
    trend = [(t.month, {k: v for k, v in t.amounts if v}) for t in report.trend]
    # 30 April: both overdue, no reason recorded yet; 31 May and 1 June: the reasons of 5 and 6 May.
    assert trend == [("2025-04", {"none": 620_000}), ("2025-05", {"financial": 500_000, "process": 120_000}),
                     ("2025-06", {"financial": 500_000, "process": 120_000})]


# -- settlements ----------------------------------------------------------------------------------------
def test_settlement_needs_approval_then_settles_when_paid(books: Ledger) -> None:
    books.set_setting("settlement.approval_threshold", 50_000)
    # A-1 only: 5,000.00 + 92.63 interest + 40.00 compensation; 500.00 off and both waived = 632.63 given up.
    result = settlements.make_offer(books, "ACME", date(2025, 6, 30), discount=50_000, waive_interest=True,
                                    waive_compensation=True, invoices=["A-1"], on=ON)
    assert result.letter == "" and "approver's name and reason" in str(result.held_back)
    assert result.offer.terms.amount_due == 450_000 and result.offer.terms.concession == 63_263
    released = settlements.approve(books, result.offer.id, "Ann Boss", "quick cash beats court")
    letter = books.path.parent / f"{books.path.stem}-files" / released.letter
    text = "".join(p.extract_text() for p in PdfReader(letter).pages)
    assert "EUR 4,500.00" in text and "30 June 2025" in text and "EUR 5,132.63" in text and "Ann Boss" not in text
    assert hashlib.sha256(letter.read_bytes()).hexdigest() == released.offer.letter_sha256
    books.record_payment("ACME", date(2025, 6, 20), 450_000, invoice_number="A-1")
    assert settlements.review(books, date(2025, 6, 25)) != []
    offer = settlements.offers(books, "ACME")[0]
    assert offer.outcome is OfferOutcome.SETTLED
    assert cases.case_state(books, books.customer("ACME")).stage is CaseStage.SETTLED
    # The discount was written off, so A-1 is closed.
    assert books.conn.execute("SELECT amount - settled FROM invoices WHERE number = 'A-1'").fetchone()[0] == 0
    assert {"settlement_offer", "settlement_approved", "settlement_letter", "settlement_settled", "case_stage",
            "write_off", "interest_waived"} <= set(kinds(books))
    # the waived interest and compensation are no longer claimable
    assert interest_claims.claimable_on(books, "A-1", date(2025, 6, 25)).claimable_interest == 0


def test_settlement_lapses_and_the_full_claim_stands(books: Ledger) -> None:
    result = settlements.make_offer(books, "ACME", date(2025, 6, 30), waive_interest=True, invoices=["A-1"], on=ON)
    assert result.letter  # no threshold set: released at once
    books.record_payment("ACME", date(2025, 6, 20), 100_000, invoice_number="A-1")
    decided = settlements.review(books, date(2025, 7, 1))
    assert [(o.id, r.outcome) for o, r in decided] == [(result.offer.id, OfferOutcome.LAPSED)]
    assert books.conn.execute("SELECT amount - settled FROM invoices WHERE number = 'A-1'").fetchone()[0] == 400_000
    assert cases.case_state(books, books.customer("ACME")).stage is CaseStage.ACTIVE
    # the outcome is kept as its message: the timeline reads it in whoever's language opens it
    event = next(e for e in evidence_view.evidence_rows(books, "ACME") if e["kind"] == "settlement_lapsed")
    assert translate(evidence_view.describe(event["kind"], event["payload"]), "de") == (
        "Vergleich verfallen: Nur 1.000,00 EUR von 5.040,00 EUR bis zum 30.06.2025 gezahlt: Das Angebot ist "
        "verfallen, die volle Forderung von 5.132,63 EUR bleibt bestehen.")


# -- handover pack --------------------------------------------------------------------------------------
def test_handover_pack(books: Ledger, tmp_path: Path) -> None:
    contract = tmp_path / "contract.pdf"
    contract.write_bytes(_tiny_pdf("Framework contract 2025"))
    note = tmp_path / "delivery.txt"
    note.write_text("Delivered 3 March, signed by K. Weber")
    digest_pdf = evidence_log.add_attachment(books, "ACME", contract, "contract", invoice_number="A-1")
    digest_txt = evidence_log.add_attachment(books, "ACME", note, "delivery-note", invoice_number="A-1")
    sent = letters.send_letter(books, "ACME", ON)
    dispatch.record_post(books, dispatch.latest_letter_id(books, "ACME"), "registered", tracking="RR123456789GB", on=ON)
    disputes.open_dispute(books, "A-2", DisputeReason.QUALITY, amount=30_000, note="two cartons damaged",
                             on=date(2025, 5, 2))
    pack = handover.build_handover(books, "ACME", tmp_path / "out", to="court", on=date(2025, 6, 2))

    reader = PdfReader(pack.pdf)
    text = "\n".join(p.extract_text() for p in reader.pages)
    flat = "".join(text.split())
    for part in ("Claim summary", "Statement of account", "Invoices and their documents", "Evidence log",
                 "Disputes and limitation", "Letters sent, dispatch and delivery"):
        assert part.replace(" ", "") in flat
    assert [o.title for o in reader.outline][:3] == ["Index", "Claim summary", "Statement of account"]
    assert "Framework contract 2025".replace(" ", "") in flat  # the attached PDF is merged
    assert digest_txt in flat and digest_pdf in flat and "RR123456789GB" in flat and sent.sha256 in flat
    head = evidence_log.verify_evidence(books).head
    assert pack.pdf_sha256 in json.dumps(evidence.payload(evidence.by_seq(books.conn, pack.evidence_seq)))
    # totals equal `report interest` on the same day
    report = interest_claims.interest_to_json(interest_claims.interest_lines(books, date(2025, 6, 2), "ACME"),
                                          date(2025, 6, 2))
    (cur, principal, interest, comp), = pack.totals
    assert (cur, principal) == ("EUR", 620_000) and interest > 0
    (total,) = report["totals"]
    assert (total["currency"], total["interest"], total["compensation"]) == (
        "EUR", format_amount(interest, "EUR"), format_amount(comp, "EUR"))
    with zipfile.ZipFile(pack.bundle) as z:
        claim = json.loads(z.read("claim.json"))
        docs = list(csv.DictReader(io.StringIO(z.read("documents.csv").decode())))
        kept = {n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if n.startswith("documents/")}
    assert claim["totals"][0]["interest"] == format_amount(interest, "EUR") and claim["chain_head"] in flat
    assert len(reader.pages) == pack.pages
    # every page carries its pack page number, so the index can be followed in print
    last = reader.pages[-1].extract_text()
    assert f"Pack page {pack.pages} of {pack.pages}" in last
    assert "Pack page 1 of" in reader.pages[0].extract_text()
    assert {d["sha256"] for d in docs} == {digest_pdf, digest_txt} == set(kept.values())
    assert head != claim["chain_head"]  # the handover itself was logged after the pack was made
    # the handover moved the case and stops letters
    assert cases.case_state(books, books.customer("ACME")).stage is CaseStage.COURT
    assert escalation.letters_due(books, date(2025, 7, 1))[0].decision is None
    assert not any(t.kind == "letter" and t.customer_code == "ACME" for t in work_queue(books, date(2025, 7, 1)))


def _tiny_pdf(text: str) -> bytes:
    from arledger.render.casefile import Document, Section, render_document

    return render_document(Document(text, "", (Section("", (text,)),)))
