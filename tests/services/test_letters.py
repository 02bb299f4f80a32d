"""Letters and statements through the services, on real ledger files; the PDFs are read back with pypdf."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.domain.model import (
    Channel,
    ContactPerson,
    Customer,
    CustomerKind,
    Direction,
    DisputeReason,
    ExcuseReason,
    Jurisdiction,
    Language,
    Outcome,
)
from arledger.domain.money import Money
from arledger.render.letters import render_letter, render_statement
from arledger.render.messages import translate
from arledger.services import (
    contacts,
    disputes,
    escalation,
    evidence_log,
    interest_claims,
    letter_archive,
    letter_batch,
    letter_document,
    letterhead,
    letters,
    policy,
    promises,
    statements,
)
from arledger.services.ledger import Ledger
from arledger.services.reports import aging
from arledger.storage import evidence
from tests.conftest import snapshot

ON = date(2025, 6, 1)
COMPANY = {
    "name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol BS1 4QA",
    "registration": "Company No. 08123456", "email": "accounts@northwind.example", "phone": "+44 117 496 0000",
    "contact_person": "Jane Miller",
    "bank": {"account_name": "Northwind Supplies Ltd", "iban": "GB33BUKB20201555555555", "bic": "BUKBGB22"},
}


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Without white space, so wrapped lines and hashes split over lines still match."""
    return "".join(text.split())


@pytest.fixture
def books(ledger: Ledger, acme: Customer, tom: Customer) -> Ledger:
    """ACME (German company, EUR) and TOM (individual in England, GBP), both with overdue invoices on ON.

    A-1: EUR 5,000 due 2 April 2025, 60 days overdue on 1 June: 5,000 x 11.27% x 60 / 365 = EUR 92.63, + EUR 40.
    A-2: EUR 1,200 due 19 April, EUR 200 paid, EUR 300 of it disputed.
    """
    ledger.set_setting("company", COMPANY)
    ledger.update_customer(Customer(**{**_fields(acme), "address": "Musterstraße 5, 50667 Köln", "country": "DE"}))
    ledger.update_customer(Customer(**{**_fields(tom), "address": "3 Mill Lane\nLeeds LS1 1AA", "country": "GB"}))
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    ledger.add_invoice("ACME", "A-2", date(2025, 3, 20), 120_000, due_date=date(2025, 4, 19))
    ledger.record_payment("ACME", date(2025, 4, 25), 20_000, invoice_number="A-2")
    disputes.open_dispute(ledger, "A-2", DisputeReason.QUALITY, amount=30_000, note="two cartons damaged",
                             on=date(2025, 5, 2))
    ledger.add_invoice("TOM", "T-1", date(2025, 2, 1), 80_000, due_date=date(2025, 2, 15))
    # The ladder so far (levels are never skipped): ACME had levels 1-3, TOM levels 1-3; level 4 is due on ON.
    for code, numbers, days in (("ACME", ["A-1"], ("2025-04-10", "2025-04-24", "2025-05-08")),
                                ("TOM", ["T-1"], ("2025-02-22", "2025-03-08", "2025-03-22"))):
        for level, day in enumerate(days, start=1):
            escalation.record_letter(ledger, code, level, date.fromisoformat(day), numbers)
    return ledger


def _fields(c: Customer) -> dict:
    return {f: getattr(c, f) for f in c.__slots__}


def _event(ledger: Ledger, seq: int) -> dict:
    ev = evidence.by_seq(ledger.conn, seq)
    assert ev is not None
    return evidence.payload(ev)


# ------------------------------------------------------------------------------------------------ figures


def test_figures_and_interest_equal_report_interest(books, capsys):
    doc = letters.build_letter(books, "ACME", ON)
    assert doc.level == 4 and doc.claim_interest
    assert capsys.readouterr() is not None
    assert main(["report", "interest", "--ledger", str(books.path), "--as-of", ON.isoformat(), "--customer", "ACME",
                 "--format", "json"]) == 0
    report = {r["invoice"]: r for r in json.loads(capsys.readouterr().out)["rows"]}
    text = pdf_text(render_letter(doc))
    for line in doc.lines:
        row = report[line.invoice_number]
        assert f"{line.interest / 100:.2f}" == row["interest"]
        assert f"{line.compensation.minor / 100:.2f}" == row["compensation"]
        assert f"EUR {line.interest / 100:,.2f}" in text
    a1 = doc.lines[0]
    assert (a1.invoice_number, a1.interest, a1.compensation.minor, a1.interest_rate, a1.days_overdue) == (
        "A-1", 9263, 4000, "11.27%", 60)
    assert "EUR 92.63" in text and "11.27%" in text
    # what the letter states per invoice: number, dates, amount, paid, open, days overdue
    flat_text = flat(text)
    for needle in ("A-1", "3Mar2025", "2Apr2025", "5,000.00", "A-2", "1,200.00", "200.00", "1,000.00", "43"):
        assert needle in flat_text


def test_disputed_part_is_shown_and_not_claimed(books):
    doc = letters.build_letter(books, "ACME", ON)
    a2 = doc.lines[1]
    assert (a2.amount, a2.paid, a2.open_amount, a2.disputed, a2.claimed) == (120_000, 20_000, 100_000, 30_000, 70_000)
    total = doc.totals[0]
    assert total.principal == 500_000 + 70_000 and total.disputed == 30_000
    text = flat(pdf_text(render_letter(doc)))
    assert flat("of which disputed, not claimed: EUR 300.00") in text
    assert flat("Outstanding amount (undisputed) EUR 5,700.00") in text
    claimed = total.principal + total.interest + total.compensation
    assert flat(f"Total claimed EUR {claimed / 100:,.2f}") in text


def test_company_gets_14_days_and_individual_in_england_the_pre_action_protocol(books):
    company = letters.build_letter(books, "ACME", ON)
    assert (company.reply_days, company.reply_by) == (14, ON + timedelta(days=14))
    assert company.enclosures == ("statement of account",) and not company.individual_in_england_wales
    person = letters.build_letter(books, "TOM", ON)
    assert person.level == 4 and person.individual_in_england_wales
    assert (person.reply_days, person.reply_by) == (30, ON + timedelta(days=30))
    text = pdf_text(render_letter(person))
    assert "Pre-Action Protocol for Debt Claims" in text
    for enclosure in ("Statement of account", "Information sheet", "Reply form", "Financial statement"):
        assert enclosure in text
    assert "1 July 2025" in text and "30 days" in text
    assert list(person.recipient.address_lines) == ["3 Mill Lane", "Leeds LS1 1AA"]  # same country: no country line
    assert company.recipient.address_lines == ("Musterstraße 5", "50667 Köln", "GERMANY")


def test_time_barred_invoice_means_no_court_wording(books):
    books.add_customer(Customer(code="OLD", name="Old Debts Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    books.add_invoice("OLD", "O-1", date(2018, 1, 1), 50_000, due_date=date(2018, 1, 31))
    books.add_invoice("OLD", "O-2", date(2025, 1, 10), 70_000, due_date=date(2025, 2, 10))
    for level, day in enumerate((date(2025, 2, 20), date(2025, 3, 5), date(2025, 3, 20)), start=1):
        escalation.record_letter(books, "OLD", level, day, ["O-1", "O-2"])
    doc = letters.build_letter(books, "OLD", ON)
    barred = {line.invoice_number: line.time_barred for line in doc.lines}
    assert barred == {"O-1": True, "O-2": False}
    assert doc.level == 4 and not doc.court_action_allowed
    assert doc.lines[0].interest == 0 and doc.lines[0].compensation is None  # nothing added to a barred debt
    text = pdf_text(render_letter(doc))
    assert "limitation period expired" in text and "we will not take\ncourt action" in text.replace(" court", "\ncourt")
    for forbidden in ("Letter before action", "court proceedings", "Pre-Action Conduct", "issue court"):
        assert forbidden not in text


def test_explicit_level_nothing_overdue_and_unknown_level(books):
    friendly = letters.build_letter(books, "ACME", ON, level=1)
    assert friendly.level == 1 and not friendly.claim_interest and not friendly.include_appendix
    assert friendly.totals[0].claimed == 570_000
    with pytest.raises(UserError, match="no level 9"):
        letters.build_letter(books, "ACME", ON, level=9)
    with pytest.raises(UserError, match=r"^Nothing is overdue for ACME on 2025-03-01"):
        letters.build_letter(books, "ACME", date(2025, 3, 1))
    with pytest.raises(UserError, match="choose a level"):
        letters.build_letter(books, "ACME", date(2025, 4, 5))  # 3 days overdue: level 1 comes at 7
    assert letters.build_letter(books, "ACME", date(2025, 4, 5), level=1).lines[0].days_overdue == 3


def test_no_letterhead_is_a_clear_error(ledger, acme):
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    with pytest.raises(UserError, match="no company name for the letterhead"):
        letters.build_letter(ledger, "ACME", ON)


def test_us_letter_page_size_from_the_setting(books):
    books.set_setting("letters.page_size", "Letter")
    page = PdfReader(io.BytesIO(render_letter(letters.build_letter(books, "ACME", ON)))).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)


@pytest.mark.parametrize(("text", "lines"), [
    ("12 Quay Street, Bristol BS1 4DJ", ("12 Quay Street", "Bristol BS1 4DJ")),
    ("210 Main Street, Burlington, VT 05401", ("210 Main Street", "Burlington, VT 05401")),
    ("12, High Street, Oxford", ("12 High Street", "Oxford")),
    ("Flat 3\n 7 Rose Court \n\nLondon N1 2AB", ("Flat 3", "7 Rose Court", "London N1 2AB")),
    ("上海市浦东新区世纪大道100号", ("上海市浦东新区世纪大道100号",)),
    ("", ()),
])
def test_address_lines(text, lines):
    assert letterhead.address_lines(text) == lines


# ------------------------------------------------------------------------------------------------ appendix


def test_appendix_lists_the_customers_events_with_hashes_and_the_chain_head(books, tmp_path):
    contacts.log_contact(books, "ACME", Channel.EMAIL, Direction.IN, "Spoke to accounts; payment promised",
                            person="Herr Weber", outcome=Outcome.REACHED, at=datetime(2025, 5, 6, 9, 30, tzinfo=UTC))
    contacts.log_contact(books, "ACME", Channel.LETTER, Direction.OUT, "Reminder posted by recorded delivery",
                            tracking="RR123456789GB", at=datetime(2025, 5, 7, 8, 0, tzinfo=UTC))
    books.clock = lambda: datetime(2025, 5, 20, 12, 0, tzinfo=UTC)  # the attachment is filed on 20 May
    note = tmp_path / "delivery-note.txt"
    note.write_bytes(b"signed delivery note")
    photo_sha = evidence_log.add_attachment(books, "ACME", note, "delivery-note", invoice_number="A-1")
    first = letters.send_letter(books, "ACME", ON, level=3)
    assert first.recorded
    later = ON + timedelta(days=20)
    doc = letters.build_letter(books, "ACME", later, level=4)
    assert doc.include_appendix
    events = [e for e in evidence.for_customer(books.conn, books.customer("ACME").id)
              if e.kind in letter_document.DEBTOR_EVENT_KINDS]  # not the ledger's own bookkeeping events
    assert [ex.event_seq for ex in doc.exhibits] == [e.seq for e in events]
    assert [ex.number for ex in doc.exhibits] == list(range(1, len(events) + 1))
    length, head = evidence.head(books.conn)
    assert (doc.chain_length, doc.chain_head) == (length, head)
    text = flat(pdf_text(render_letter(doc)))
    for e in events:
        assert e.hash in text
    assert first.sha256 in text and photo_sha in text and head in text
    assert "RR123456789GB" in text and "HerrWeber" in text and "Spoketoaccounts" in text
    assert "arledger" not in text.lower() and flat("evidence verify") not in text
    assert flat("SHA-256 of the previous entry's hash followed by its own JSON text") in text
    assert flat(f"Chain head ({length} entries)") in text
    # the letter exhibit names its PDF and the PDF's hash
    letter_exhibit = [ex for ex in doc.exhibits if ex.kind == "letter"][-1]
    assert letter_exhibit.files[0].sha256 == first.sha256 and letter_exhibit.files[0].name.endswith(".pdf")


def test_chinese_appendix_says_letters_payments_and_promises_in_chinese(books):
    """The log's own sentences are rewritten for a Chinese letter; the evidence payload stays as it was."""
    books.update_customer(Customer(**{**_fields(books.customer("ACME")), "language": Language.ZH}))
    first = letters.send_letter(books, "ACME", ON, level=1)
    books.record_payment("ACME", date(2025, 6, 5), 10_000, invoice_number="A-1")
    promises.add_promise(books, "ACME", 50_000, date(2025, 6, 10), promised_on=date(2025, 6, 6))
    doc = letters.build_letter(books, "ACME", date(2025, 6, 20), level=2, appendix=True)
    payment = [ex for ex in doc.exhibits if ex.kind == "payment"][-1]
    assert (payment.detail("amount"), payment.detail("currency"), payment.detail("date")) == (
        "100.00", "EUR", "2025-06-05")
    text = flat(pdf_text(render_letter(doc)))
    assert flat("2025-06-01 发出第1级信函（付款提醒函）") in text
    assert flat("收款：EUR 100.00（2025-06-05）") in text
    assert flat("承诺于2025-06-10前付款 EUR 500.00") in text
    assert "Letterlevel" not in text and "Payment1" not in text and "Promise5" not in text
    assert first.sha256 in text


def test_a_ledger_template_in_its_files_folder_is_used(books, ledger_path):
    """letter_templates/README.md: copies go to <ledger>-files/templates/<lang>/."""
    folder = ledger_path.with_name(f"{ledger_path.stem}-files") / "templates" / "en"
    folder.mkdir(parents=True)
    shipped = (Path(letters.__file__).parents[2] / "letter_templates" / "en" / "level1.txt.j2").read_text("utf-8")
    (folder / "level1.txt.j2").write_text(shipped.replace("Payment reminder", "Gentle nudge"), encoding="utf-8")
    sent = letters.send_letter(books, "ACME", ON, level=1, preview=True)
    assert "Gentle nudge" in pdf_text(sent.pdf)


def test_appendix_on_demand_at_a_low_level(books):
    assert not letters.build_letter(books, "ACME", ON, level=2).include_appendix
    doc = letters.build_letter(books, "ACME", ON, level=2, appendix=True)
    assert doc.include_appendix and doc.chain_head == evidence.head(books.conn)[1]


# ------------------------------------------------------------------------------------------------ sending


def test_archive_event_and_output_hold_the_same_bytes(books, tmp_path):
    out = tmp_path / "print" / "acme.pdf"
    sent = letters.send_letter(books, "ACME", ON, out=out)
    archived = sent.archive_path.read_bytes()
    digest = hashlib.sha256(archived).hexdigest()
    assert digest == sent.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert sent.archive_path == policy.side_dir(books, "letters") / "ACME" / "2025-06-01-L4-4.pdf"
    row = books.conn.execute("SELECT sha256, path, evidence_seq, level, reply_by FROM letters WHERE path != ''"
                             ).fetchall()
    assert len(row) == 1
    sha, path, seq, level, reply_by = row[0]
    payload = _event(books, seq)
    assert sha == payload["sha256"] == digest and payload["file"] == "2025-06-01-L4-4.pdf"
    assert (level, reply_by, payload["invoices"]) == (4, "2025-06-15", ["A-1", "A-2"])
    assert path == "letters/ACME/2025-06-01-L4-4.pdf"
    assert letter_archive.check_archive(books) == [] and evidence_log.verify_evidence(books).intact
    assert "ACME-20250601-L4-4" in pdf_text(archived)


def test_preview_writes_the_file_and_records_nothing(books, ledger_path, tmp_path):
    before = snapshot(ledger_path)
    out = tmp_path / "preview.pdf"
    shown = letters.send_letter(books, "ACME", ON, out=out, preview=True)
    assert not shown.recorded and shown.archive_path is None and out.is_file()
    assert snapshot(ledger_path) == before
    assert not policy.side_dir(books, "letters").exists()
    sent = letters.send_letter(books, "ACME", ON)
    assert sent.archive_path.read_bytes() == out.read_bytes()  # the preview is exactly the letter that goes out


def test_rendering_is_deterministic(books):
    one = render_letter(letters.build_letter(books, "ACME", ON, appendix=True))
    two = render_letter(letters.build_letter(books, "ACME", ON, appendix=True))
    assert one == two
    again = letters.send_letter(books, "TOM", ON, preview=True).pdf
    assert again == letters.send_letter(books, "TOM", ON, preview=True).pdf


def test_a_failed_record_leaves_no_file(books, monkeypatch):
    def refuse(*_a, **_k):
        raise UserError("The disk is full.")

    monkeypatch.setattr(escalation, "record_letter", refuse)
    with pytest.raises(UserError, match="disk is full"):
        letters.send_letter(books, "ACME", ON)
    folder = policy.side_dir(books, "letters")
    assert [p for p in folder.rglob("*") if p.is_file()] == []


def test_reconcile_finishes_a_recorded_letter_and_sweeps_an_unrecorded_part(books):
    sent = letters.send_letter(books, "ACME", ON)
    final = sent.archive_path
    part = final.with_name(f".{final.name}.part")
    final.rename(part)  # as if the process died between recording and renaming
    assert letter_archive.check_archive(books) != []
    stray = final.with_name(".2025-06-01-L4-9.pdf.part")
    stray.write_bytes(b"never recorded")
    assert [str(m) for m in letter_archive.reconcile_archive(books, sweep_after=timedelta(0))] == [
        f"Completed archiving letters/ACME/{final.name} (evidence event {_letter_seq(books)})."]
    assert final.read_bytes() == sent.pdf and not part.exists() and not stray.exists()
    assert letter_archive.check_archive(books) == []


def _letter_seq(ledger: Ledger) -> int:
    return ledger.conn.execute("SELECT evidence_seq FROM letters WHERE path != ''").fetchone()[0]


# ------------------------------------------------------------------------------------------------ batch


def _many_due(ledger: Ledger, n: int) -> None:
    """n customers each with one invoice 40 days overdue on ON (level 3) and one paused customer."""
    ledger.set_setting("company", COMPANY)
    ledger.set_setting("letters.allow_first_formal", True)  # old debts: the first letter may be a formal demand
    for i in range(n):
        code = f"B{i:02d}"
        ledger.add_customer(Customer(code=code, name=f"Buyer {i} Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                     address=f"{i + 1} Dock Road, Hull HU1 {i}AB"))
        ledger.add_invoice(code, f"{code}-1", date(2025, 3, 1), 10_000 * (i + 1), due_date=ON - timedelta(days=40))
    ledger.add_customer(Customer(code="ZZ", name="Quiet Ltd", currency="GBP", do_not_contact=True))
    ledger.add_invoice("ZZ", "ZZ-1", date(2025, 3, 1), 10_000, due_date=ON - timedelta(days=40))


def test_batch_writes_one_file_per_due_customer_and_a_combined_file(ledger, tmp_path):
    _many_due(ledger, 4)
    seen = []
    result = letter_batch.batch(ledger, ON, tmp_path / "out", progress=lambda d, t: seen.append((d, t)))
    assert [s.customer_code for s in result.letters] == ["B00", "B01", "B02", "B03"]
    assert (result.due, result.paused, result.cancelled) == (4, 1, False)
    assert seen[-1] == (4, 4)
    files = sorted(p.name for p in (tmp_path / "out").glob("*.pdf"))
    assert files == ["B00-2025-06-01-L3-1.pdf", "B01-2025-06-01-L3-1.pdf", "B02-2025-06-01-L3-1.pdf",
                     "B03-2025-06-01-L3-1.pdf", "letters-2025-06-01.pdf"]
    combined = PdfReader(result.combined)
    assert len(combined.pages) == sum(len(PdfReader(io.BytesIO(s.pdf)).pages) for s in result.letters)
    rows = ledger.conn.execute("SELECT c.code, count(*) FROM letters l JOIN customers c ON c.id = l.customer_id"
                               " GROUP BY c.code").fetchall()
    assert rows == [("B00", 1), ("B01", 1), ("B02", 1), ("B03", 1)]
    for s in result.letters:
        assert (tmp_path / "out" / f"{s.customer_code}-2025-06-01-L3-1.pdf").read_bytes() == s.pdf
        assert hashlib.sha256(s.archive_path.read_bytes()).hexdigest() == s.sha256
    # GBP 100 open 40 days at BoE 4.75% (31 Dec 2024) + 8 = 12.75%: 100 x 0.1275 x 40 / 365 = 1.40; + GBP 40
    assert str(result.summary_lines()[0]) == ("B00 Buyer 0 Ltd: level 3 (Formal demand), 1 invoice, GBP 141.40 "
                                              "claimed, reply by 2025-06-15")
    assert translate(result.summary_lines()[0], "de_DE") == ("B00 Buyer 0 Ltd: Stufe 3 (Formal demand), 1 Rechnung, "
                                                             "GBP 141.40 gefordert, Antwort bis 2025-06-15")
    assert translate(result.summary_lines()[1], "zh_CN") == ("B01 Buyer 1 Ltd：第 3 级（Formal demand），1 张发票，"
                                                             "主张 GBP 242.79，答复期限 2025-06-15")
    again = letter_batch.batch(ledger, ON, tmp_path / "out")
    assert again.letters == () and again.combined is None
    assert ledger.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 4


def test_a_batch_letter_reads_as_the_single_letter_of_the_same_customer(books, tmp_path):
    """The attention line names the company's contact person in a batch too (the batch once read its customers
    without their contact people)."""
    ledger_customer = books.customer("ACME")
    books.update_customer(Customer(**{**_fields(ledger_customer),
                                      "contacts": (ContactPerson("Petra Schmidt", "Buchhaltung"),)}))
    single = letters.send_letter(books, "ACME", ON, out=tmp_path / "single.pdf", preview=True)
    result = letter_batch.batch(books, ON, tmp_path / "out")
    batched = next(s for s in result.letters if s.customer_code == "ACME")
    single_text, batch_text = pdf_text(single.pdf), pdf_text(batched.pdf)
    assert "Petra Schmidt" in single_text
    assert batch_text == single_text
    assert batched.pdf == single.pdf


def test_cancelled_batch_keeps_what_it_finished_and_resumes(ledger, tmp_path):
    _many_due(ledger, 4)
    done: list[int] = []
    first = letter_batch.batch(ledger, ON, tmp_path / "out", progress=lambda d, _t: done.append(d),
                          cancel=lambda: len(done) > 2)
    assert first.cancelled and len(first.letters) == 2
    first.letters[0].out_path.write_bytes(b"")  # a copy torn by a crash before the batch synced it
    second = letter_batch.batch(ledger, ON, tmp_path / "out")
    assert [s.out_path.read_bytes() for s in second.letters] == [s.pdf for s in second.letters]
    assert second.resumed == 2 and [s.customer_code for s in second.letters] == ["B00", "B01", "B02", "B03"]
    assert len(PdfReader(second.combined).pages) == 4 * len(PdfReader(io.BytesIO(second.letters[0].pdf)).pages)
    assert ledger.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == 4


KILLER = textwrap.dedent("""
    import os, signal, sys
    from datetime import date
    from pathlib import Path
    from arledger.services import escalation, letter_archive, letter_batch
    from arledger.services.ledger import Ledger

    ledger_path, out, mode, n = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    original = escalation.record_letter
    original_finish = letter_archive._finish
    calls = 0
    finished = 0

    def record(*args, **kwargs):
        global calls
        calls += 1
        if mode == "before" and calls == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return original(*args, **kwargs)

    def finish(*args, **kwargs):  # runs once the letter's transaction has committed, before the rename
        global finished
        finished += 1
        if mode == "after" and finished == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return original_finish(*args, **kwargs)

    def progress(done, total):
        if mode == "between" and done == n:
            os.kill(os.getpid(), signal.SIGKILL)

    escalation.record_letter = record
    letter_archive._finish = finish
    with Ledger.open(ledger_path) as ledger:
        letter_batch.batch(ledger, date(2025, 6, 1), out, progress=progress)
""")


def _archive_agrees(ledger: Ledger) -> None:
    """Every archived PDF has exactly one letters row with its hash, and every row its file."""
    base = policy.side_dir(ledger, "")
    rows = ledger.conn.execute("SELECT path, sha256, evidence_seq FROM letters").fetchall()
    paths = [r[0] for r in rows]
    assert len(paths) == len(set(paths))
    files = sorted(p.relative_to(base).as_posix() for p in policy.side_dir(ledger, "letters").rglob("*.pdf"))
    assert files == sorted(paths)
    for path, sha, seq in rows:
        assert hashlib.sha256((base / path).read_bytes()).hexdigest() == sha == _event(ledger, seq)["sha256"]
    assert evidence_log.verify_evidence(ledger).intact


@pytest.mark.parametrize(("mode", "n", "recorded"), [("before", 3, 2), ("after", 3, 3), ("between", 2, 2)])
def test_killed_batch_leaves_each_letter_done_or_not_at_all(ledger, ledger_path, tmp_path, mode, n, recorded):
    _many_due(ledger, 5)
    ledger.close()
    script = tmp_path / "killer.py"
    script.write_text(KILLER, encoding="utf-8")
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, str(script), str(ledger_path), str(out), mode, str(n)], capture_output=True,
                       text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == -9, r.stderr
    with Ledger.open(ledger_path) as again:
        assert again.conn.execute("SELECT count(*) FROM letters").fetchone()[0] == recorded
        waiting = [p for p in letter_archive.check_archive(again) if "has no file" in str(p)]
        assert len(waiting) == (1 if mode == "after" else 0)  # recorded, its bytes still in the part file
        assert len(letter_archive.reconcile_archive(again, sweep_after=timedelta(0))) == len(waiting)
        _archive_agrees(again)
        assert not list(policy.side_dir(again, "letters").rglob("*.part"))
        resumed = letter_batch.batch(again, ON, out)
        assert resumed.resumed == recorded and len(resumed.letters) == 5
        _archive_agrees(again)
        per_customer = again.conn.execute("SELECT customer_id, count(*) FROM letters GROUP BY customer_id").fetchall()
        assert len(per_customer) == 5 and all(count == 1 for _c, count in per_customer)
        assert len(list(out.glob("B*.pdf"))) == 5


# ------------------------------------------------------------------------------------------------ statement


def test_statement_running_balance_by_hand(books):
    """ACME: A-1 (5,000.00) and A-2 (1,200.00) in March, 200.00 paid on 25 April, then in May a credit note
    of 100.00, an invoice A-3 of 300.00 and a write-off of 50.00 on A-3; statement 1 April - 31 May."""
    books.add_credit_note("ACME", "CN-1", date(2025, 5, 5), 10_000, invoice_number="A-2", reason="Short delivery")
    books.add_invoice("ACME", "A-3", date(2025, 5, 10), 30_000, due_date=date(2025, 6, 9))
    books.write_off("A-3", date(2025, 5, 20), "Goodwill", amount=5_000)
    doc = statements.build_statement(books, "ACME", date(2025, 4, 1), date(2025, 5, 31))
    assert [(m.currency, m.minor) for m in doc.opening_balances] == [("EUR", 620_000)]
    got = [(r.date.isoformat(), r.kind, r.reference, r.debit, r.credit, r.balance) for r in doc.rows]
    assert got == [
        ("2025-04-25", "payment", "payment 1", 0, 20_000, 600_000),
        ("2025-05-05", "credit_note", "CN-1", 0, 10_000, 590_000),
        ("2025-05-10", "invoice", "A-3", 30_000, 0, 620_000),
        ("2025-05-20", "write_off", "A-3", 0, 5_000, 615_000),
    ]
    assert doc.closing("EUR") == 615_000
    end_aging = aging(books, date(2025, 5, 31), customer_code="ACME")
    assert sum(b.amount for b in doc.aging) == end_aging.rows[0].total == 615_000
    before = aging(books, date(2025, 3, 31), customer_code="ACME").rows[0].total
    assert before == doc.opening("EUR")
    text = flat(pdf_text(render_statement(doc)))
    for needle in ("Openingbalance", "6,200.00", "6,150.00", "CN-1", "Closingbalance"):
        assert needle in text


def test_statement_from_the_start_and_a_reversed_period(books, tmp_path):
    doc = statements.write_statement(books, "TOM", None, ON, tmp_path / "st.pdf")
    assert doc.opening_balances == () and [r.balance for r in doc.rows] == [80_000]
    assert (tmp_path / "st.pdf").read_bytes().startswith(b"%PDF")
    with pytest.raises(UserError, match="starts on 2025-06-01, after its end"):
        statements.build_statement(books, "TOM", ON, ON - timedelta(days=1))


# ------------------------------------------------------------------------------------------------ command line


def test_cli_render_batch_statement_and_errors(books, capsys, tmp_path):
    led = ["--ledger", str(books.path)]
    preview = tmp_path / "p.pdf"
    assert main(["letters", "render", *led, "--customer", "ACME", "--on", "2025-06-01", "--preview", "-o",
                 str(preview)]) == 0
    assert "nothing was archived or logged" in capsys.readouterr().out and preview.is_file()
    out = tmp_path / "acme.pdf"
    assert main(["letters", "render", *led, "--customer", "ACME", "--on", "2025-06-01", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith("Sent the level 4 letter (Final demand) to ACME: 2 invoices")
    assert hashlib.sha256(out.read_bytes()).hexdigest() in said
    cases = [
        (["letters", "render", *led, "--customer", "NOPE"], "arledger: There is no customer with code 'NOPE'.\n"),
        (["letters", "render", *led, "--customer", "ACME", "--on", "2025-06-01", "--level", "9"],
         "arledger: The letter policy has no level 9.\n"),
        (["letters", "render", *led, "--customer", "ACME", "--preview"],
         "arledger: A preview is only written to a file; give -o FILE.\n"),
        (["letters", "render", *led, "--customer", "ACME", "--on", "2025-03-01"],
         "arledger: Nothing is overdue for ACME on 2025-03-01, so there is no letter to send.\n"),
        (["statement", *led, "--customer", "ACME", "--from", "2025-06-01", "--to", "2025-05-01", "-o",
          str(tmp_path / "s.pdf")],
         "arledger: The statement period starts on 2025-06-01, after its end (2025-05-01).\n"),
    ]
    for argv, message in cases:
        assert main(argv) == 1
        captured = capsys.readouterr()
        assert captured.err == message and captured.out == ""
    assert main(["letters", "batch", *led, "--on", "2025-06-01", "--out", str(tmp_path / "b")]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("Letters due on 2025-06-01: 1 letter")
    assert "level 4 Final demand" in captured.out and "GBP" in captured.out and "800.00" in captured.out
    assert captured.err == ("arledger: Add --yes to send these letters (they will be archived and logged as sent).\n")
    assert not (tmp_path / "b").exists()
    assert main(["letters", "batch", *led, "--on", "2025-06-01", "--out", str(tmp_path / "b"), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "\nTOM Tom Jones: level 4 (Final demand), 1 invoice, GBP 800.00 claimed, reply by 2025-07-01" in said
    assert "Sent 1 letter;" in said
    assert main(["statement", *led, "--customer", "ACME", "--to", "2025-05-31", "-o", str(tmp_path / "s.pdf")]) == 0
    assert "statement of account of ACME" in capsys.readouterr().out


def test_cli_runs_as_a_process_without_tracebacks(books, tmp_path):
    books.close()
    r = subprocess.run([sys.executable, "-m", "arledger", "letters", "render", "--ledger", str(books.path),
                        "--customer", "ACME", "--on", "2025-06-01", "--level", "0"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr == "arledger: The letter policy has no level 0.\n"


def test_a_german_speaking_customer_gets_german_letters_and_statements(books):
    """language de is stored and kept; the letter and the statement are written in German."""
    books.update_customer(Customer(**{**_fields(books.customer("ACME")), "language": Language.DE}))
    assert books.customer("ACME").language == Language.DE
    doc = letters.build_letter(books, "ACME", ON, level=1)
    assert doc.language == "de" and doc.recipient.language == Language.DE
    text = pdf_text(render_letter(doc))
    assert "A-1" in text and "Rechnung" in text and "Zahlungserinnerung" in text and "Invoice" not in text
    statement = statements.build_statement(books, "ACME", None, ON)
    assert statement.language == "de"


@pytest.mark.parametrize(("language", "made_of", "english"), [
    ("de", "11,27 % p. a. ab 03.04.2025 (Basiszinssatz 2,27 % (01.01.2025) + 9 Prozentpunkte)", "+ 9)"),
    ("zh", "年利率11.27%（2025-04-03起；德国基准利率（Basiszinssatz） 2.27%（2025-01-01）+ 9 个百分点）",
     "(2025-01-01)"),
])
def test_the_interest_notes_say_where_each_rate_came_from_in_the_letters_language(books, language, made_of,
                                                                                  english):
    """The reference rate, the day it took effect and the margin of every period, read back from the PDF."""
    _language(books, "ACME", language)
    text = _text(letters.build_letter(books, "ACME", ON))
    assert flat(made_of) in text
    assert flat(english) not in text and "Basiszinssatz2.27%(2025" not in text  # not the English rate source


# ------------------------------------------------------------------------- every sentence true (issue 9, "Seen today")


def _new_customer(ledger: Ledger, language: str, code: str = "NEW", *, sent: tuple[tuple[int, str], ...] = ()
                  ) -> None:
    """A German company in ``language`` with EUR 4,000.00 due 1 February 2025 (120 days overdue on ON) and the
    letters ``sent`` (level, ISO date) already on record."""
    ledger.add_customer(Customer(code=code, name="Neu Handel GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 language=Language(language), address="Ring 1, 10115 Berlin", country="DE",
                                 timezone="Europe/Berlin"))
    ledger.add_invoice(code, f"{code}-1", date(2025, 1, 2), 400_000, due_date=date(2025, 2, 1))
    for level, day in sent:
        escalation.record_letter(ledger, code, level, date.fromisoformat(day), [f"{code}-1"])


def _text(doc) -> str:
    return flat(pdf_text(render_letter(doc)))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_first_letter_never_mentions_letters_that_were_not_sent(books, language):
    _new_customer(books, language)
    assert letters.build_letter(books, "NEW", ON).level == 1  # level 4 reached, but nothing was ever sent
    with pytest.raises(UserError, match="would skip a level: nothing has been sent to NEW yet, so the next is "
                                        "level 1 at most"):
        letters.build_letter(books, "NEW", ON, level=4)
    books.set_setting("letters.allow_first_formal", True)  # very old debts may start with a formal demand
    doc = letters.build_letter(books, "NEW", ON)
    assert (doc.level, doc.first_formal, doc.history.letters) == (3, True, ())
    text = _text(doc)
    forbidden = {"en": ("Despite", "reminder", "formal demand of", "our earlier"),
                 "zh": ("多次", "催告", "发出正式催款函", "催款提醒", "此前")}[language]
    for words in forbidden:
        assert flat(words) not in text, words
    assert flat({"en": "This is our first letter to you about the amounts set out below",
                 "zh": "本函为我方就下列款项首次致函贵方"}[language]) in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_earlier_letters_are_named_as_what_they_were(books, language):
    _language(books, "ACME", language)
    final = _text(letters.build_letter(books, "ACME", ON))  # after levels 1, 2 (24 April) and 3 (8 May)
    assert flat({"en": "Despite our reminders, most recently on 24 April 2025, and our formal demand of 8 May 2025",
                 "zh": "尽管我方已多次发出催款提醒（最近一次为2025年4月24日），并于2025年5月8日发出正式催款函"}
                [language]) in final
    # Reminders only: the formal demand names no earlier formal demand, and a level 2 is never called one.
    _new_customer(books, language, sent=((1, "2025-02-10"), (2, "2025-02-25")))
    doc = letters.build_letter(books, "NEW", ON)
    assert doc.level == 3
    text = _text(doc)
    assert flat({"en": "Despite our reminders, most recently on 25 February 2025, the amounts set out below remain",
                 "zh": "尽管我方已多次发出催款提醒（最近一次为2025年2月25日），截至本函发出之日"}[language]) in text
    assert flat({"en": "formal demand of", "zh": "发出正式催款函"}[language]) not in text
    assert flat({"en": "25 February 2025", "zh": "2025年2月25日"}[language]) in text


def _language(ledger: Ledger, code: str, language: str) -> None:
    ledger.update_customer(Customer(**{**_fields(ledger.customer(code)), "language": Language(language)}))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_no_reason_was_given_only_when_none_is_logged(books, language):
    no_reason = flat({"en": "you have not told us of any reason",
                      "zh": "亦未收到贵方关于暂缓付款理由的任何说明"}[language])
    _new_customer(books, language, sent=((1, "2025-05-20"),))
    assert no_reason in _text(letters.build_letter(books, "NEW", ON))  # nothing logged: true
    contacts.log_contact(books, "NEW", Channel.PHONE, Direction.IN, "Cash flow is tight until July",
                            reason=ExcuseReason.FINANCIAL, at=datetime(2025, 5, 26, 9, 0, tzinfo=UTC))
    text = _text(letters.build_letter(books, "NEW", ON))
    assert no_reason not in text
    assert flat({"en": "We have noted what you told us about financial difficulty",
                 "zh": "我方已知悉贵方所述的资金困难情况"}[language]) in text
    # ACME raised a dispute (A-2, quality): its second reminder does not say that no reason was given either.
    _language(books, "ACME", language)
    assert no_reason not in _text(letters.build_letter(books, "ACME", ON, level=2))


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_broken_promise_is_stated_with_its_date(books, language):
    _new_customer(books, language, sent=((1, "2025-05-10"),))
    promises.add_promise(books, "NEW", 100_000, date(2025, 5, 23), promised_on=date(2025, 5, 19))
    doc = letters.build_letter(books, "NEW", ON)
    assert (doc.history.promises_broken, doc.history.last_broken_promise_on) == (1, date(2025, 5, 23))
    assert flat({"en": "You told us that payment would be made by 23 May 2025, but it has not reached us.",
                 "zh": "贵方曾表示将于2025年5月23日前付款，但我方至今未收到该款项。"}[language]) in _text(doc)


def _enclosure_pages(pdf: bytes) -> dict[str, list[int]]:
    """Enclosure caption ("Enclosure 2" / "附件2") -> the pages (1-based) it occupies."""
    pages: dict[str, list[int]] = {}
    current = ""
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        found = re.search(r"^(Enclosure \d+|附件\d+|Anlage \d+) · ", page.extract_text(), re.MULTILINE)
        if found:
            current = found.group(1)
        if current:
            pages.setdefault(current, []).append(n)
    return pages


@pytest.mark.parametrize("language", ["en", "zh", "de"])
def test_every_enclosure_named_is_pages_of_the_same_pdf(books, language):
    _language(books, "TOM", language)
    sent = letters.send_letter(books, "TOM", ON, preview=True)
    titles = {"en": ("Statement of account", "Information sheet", "Reply form", "Financial statement"),
              "zh": ("对账单", "信息说明", "回复表", "财务状况表"),
              "de": ("Kontoauszug", "Informationsblatt", "Antwortformular",
                     "Aufstellung der finanziellen Verhältnisse")}[language]
    assert sent.enclosures == ("statement of account", "information sheet", "reply form", "financial statement")
    reader = PdfReader(io.BytesIO(sent.pdf))
    found = _enclosure_pages(sent.pdf)
    captions = [{"en": f"Enclosure {n}", "zh": f"附件{n}", "de": f"Anlage {n}"}[language] for n in range(1, 5)]
    assert list(found) == captions
    for caption, title in zip(captions, titles, strict=True):
        first = reader.pages[found[caption][0] - 1].extract_text()
        assert title in first, (caption, title)
    last_letter_page = found[captions[0]][0] - 1
    assert len(reader.pages) == last_letter_page + sum(len(p) for p in found.values())
    text = flat(pdf_text(sent.pdf))
    assert flat({"en": "We enclose: statement of account, information sheet, reply form, financial statement.",
                 "zh": "随函附上：对账单、信息说明、回复表、财务状况表。",
                 "de": "Anlagen: Kontoauszug, Informationsblatt, Antwortformular, Aufstellung der finanziellen "
                       "Verhältnisse."}[language]) in text
    # the details of the agreement: parties, and no written agreement on file
    assert flat({"en": "Parties: Northwind Supplies Ltd (the creditor) and Tom Jones (the debtor).",
                 "zh": "当事人：Northwind Supplies Ltd（债权人）与Tom Jones（债务人）。",
                 "de": "Parteien: Northwind Supplies Ltd (Gläubiger) und Tom Jones (Schuldner)."}[language]) in text
    assert flat({"en": "the agreement was made orally or by your order", "zh": "协议系以口头方式或依贵方订单订立",
                 "de": "Der Vertrag wurde mündlich oder durch Ihre Bestellung geschlossen"}[language]) in text
    if language == "de":  # the Protocol's letter and forms in German: no English form, no German court procedure
        words = pdf_text(sent.pdf)
        for english in ("Information sheet", "Reply form", "Financial statement", "The agreement", "Parties:",
                        "I owe", "Income each month", "Please ", "debt advice"):
            assert english not in words, english
        assert "Mahnbescheid" not in words and "ZPO" not in words
        assert flat("Klage bei einem Gericht in England und Wales") in text


def test_a_debtor_under_the_german_pack_is_never_sent_the_english_protocol(books):
    """The Pre-Action Protocol is English procedure: a German-pack individual's final demand encloses the statement
    only, names the German Mahnverfahren, and its enclosure list is exactly its pages."""
    books.add_customer(Customer(code="ANNA", name="Anna Weber", kind=CustomerKind.INDIVIDUAL, currency="EUR",
                                jurisdiction=Jurisdiction.DE, language=Language.DE, address="Ring 2, 10115 Berlin",
                                country="DE", timezone="Europe/Berlin"))
    books.add_invoice("ANNA", "W-1", date(2025, 1, 2), 90_000, due_date=date(2025, 2, 1))
    for level, day in enumerate(("2025-02-15", "2025-03-01", "2025-03-15"), start=1):
        escalation.record_letter(books, "ANNA", level, date.fromisoformat(day), ["W-1"])
    sent = letters.send_letter(books, "ANNA", ON, preview=True)
    assert sent.level == 4 and sent.enclosures == ("statement of account",)
    found = _enclosure_pages(sent.pdf)
    assert list(found) == ["Anlage 1"]
    words = pdf_text(sent.pdf)
    text = flat(words)
    assert flat("Anlage: Kontoauszug.") in text and flat("Mahnbescheid beantragen (§§ 688 ff. ZPO)") in text
    for english_procedure in ("Pre-Action", "Protocol", "Antwortformular", "Informationsblatt", "England"):
        assert english_procedure not in words, english_procedure


def test_a_german_letter_to_a_company_in_england_names_english_procedure(books):
    """A company in England & Wales reading German: no Protocol forms (a company), the Practice Direction, no ZPO."""
    books.add_customer(Customer(code="UKCO", name="Widgets Ltd", currency="GBP", jurisdiction=Jurisdiction.UK,
                                language=Language.DE, address="1 Dock Street\nHull HU1 1AA", country="GB",
                                timezone="Europe/London"))
    books.add_invoice("UKCO", "U-1", date(2025, 1, 2), 90_000, due_date=date(2025, 2, 1))
    for level, day in enumerate(("2025-02-15", "2025-03-01", "2025-03-15"), start=1):
        escalation.record_letter(books, "UKCO", level, date.fromisoformat(day), ["U-1"])
    sent = letters.send_letter(books, "UKCO", ON, preview=True)
    words = pdf_text(sent.pdf)
    assert sent.level == 4 and sent.enclosures == ("statement of account",)
    assert flat("Practice Direction on Pre-Action Conduct and Protocols") in flat(words)
    assert "ZPO" not in words and "Mahnbescheid" not in words and "Antwortformular" not in words


def test_a_company_gets_the_statement_with_interest_and_charges_and_nothing_else(books):
    doc = letters.build_letter(books, "ACME", ON)
    assert doc.enclosures == ("statement of account",) and not doc.protocol_forms
    pdf = render_letter(doc)
    text = flat(pdf_text(pdf))
    assert flat("We enclose: statement of account.") in text and "Replyform" not in text
    assert list(_enclosure_pages(pdf)) == ["Enclosure 1"]
    total = doc.totals[0]
    # A-1 5,000.00 + A-2 1,200.00 - 200.00 paid = 6,000.00 owed, plus interest and compensation
    assert flat("Interest and charges to date") in text
    assert flat(f"Balance including interest and charges EUR {(600_000 + total.interest + 8000) / 100:,.2f}") in text
    reminder = letters.build_letter(books, "ACME", ON, level=2)
    assert reminder.enclosures == () and "enclose" not in pdf_text(render_letter(reminder))


def test_nothing_internal_reaches_the_debtor(books, ledger_path, tmp_path):
    # A ledger rate table known only to 31 March: the Basiszinssatz of 1 July is assumed, the sender is warned.
    rates = policy.side_dir(books, "rates")
    rates.mkdir(parents=True)
    (rates / "de_basiszins.csv").write_text("# known_through: 2025-03-31\neffective_date,rate_percent\n"
                                            "2025-01-01,2.27\n", encoding="utf-8")
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "Called late at night",
                            at=datetime(2025, 5, 12, 22, 30, tzinfo=UTC), override="Owner asked us to call late")
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.OUT, "Called on 20 July",
                            at=datetime(2025, 7, 20, 9, 0, tzinfo=UTC), override="Dispute is about A-2 only")
    sent = letters.send_letter(books, "ACME", date(2025, 7, 10), preview=True)
    assert sent.appendix and any("update the 'de_basiszins' table" in str(w) for w in sent.warnings), sent.warnings
    text = pdf_text(sent.pdf)
    for leak in ("arledger", "evidence verify", "de_basiszins", "update the", "rate table", "Owner asked us",
                 "guard", "override"):
        assert leak not in text.lower(), leak
    assert "Calledlateatnight" in flat(text)  # the contact itself is a fact the debtor may see
    assert "Calledon20July" not in flat(text)  # a letter dated 10 July lists nothing after 10 July
    later = letters.send_letter(books, "ACME", date(2025, 7, 25), level=4, preview=True)
    assert "Calledon20July" in flat(pdf_text(later.pdf))
    # The batch refuses until the stale rate is acknowledged, and sends nothing.
    before = snapshot(ledger_path)
    with pytest.raises(letter_batch.StaleRates, match="de_basiszins"):
        letter_batch.batch(books, date(2025, 7, 10), tmp_path / "b")
    assert snapshot(ledger_path) == before and not (tmp_path / "b").exists()
    result = letter_batch.batch(books, date(2025, 7, 10), tmp_path / "b", accept_stale_rates=True)
    assert {s.customer_code for s in result.letters} == {"ACME", "TOM"}


def test_the_appendix_is_included_exactly_when_chosen(books, capsys, tmp_path):
    assert letters.build_letter(books, "ACME", ON).include_appendix  # level 4: by default
    left_out = letters.build_letter(books, "ACME", ON, appendix=False)
    assert not left_out.include_appendix and left_out.exhibits == ()
    text = pdf_text(render_letter(left_out))
    assert "Appendix: evidence log" not in text and "attached as an appendix" not in text
    assert "Appendix: evidence log" in pdf_text(render_letter(letters.build_letter(books, "ACME", ON, level=1,
                                                                                   appendix=True)))
    led = ["--ledger", str(books.path), "--customer", "ACME", "--on", "2025-06-01", "--preview"]
    for flag, shown in (("--no-appendix", False), ("--appendix", True)):
        out = tmp_path / f"{flag}.pdf"
        assert main(["letters", "render", *led, flag, "-o", str(out)]) == 0
        assert ("Appendix: evidence log" in pdf_text(out.read_bytes())) is shown, flag
    capsys.readouterr()


def test_cli_batch_refuses_stale_rates_until_acknowledged(books, capsys, ledger_path, tmp_path):
    rates = policy.side_dir(books, "rates")
    rates.mkdir(parents=True)
    (rates / "de_basiszins.csv").write_text("# known_through: 2025-03-31\neffective_date,rate_percent\n"
                                            "2025-01-01,2.27\n", encoding="utf-8")
    before = _records(ledger_path)
    argv = ["letters", "batch", "--ledger", str(books.path), "--on", "2025-07-10", "--out", str(tmp_path / "b"),
            "--yes"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "--accept-stale-rates" in err and "Traceback" not in err and _records(ledger_path) == before
    assert main([*argv, "--accept-stale-rates"]) == 0
    captured = capsys.readouterr()
    assert "Sent 2 letters" in captured.out and "Warning:" in captured.err


def _records(path: Path) -> list[bytes]:
    """The ledger's tables, without SQLite's own statistics (refreshed when a command closes the file)."""
    return [t for t in snapshot(path).split(b"\n") if not t.startswith(b"('sqlite_stat")]


def test_long_text_never_breaks_a_letter(books):
    long_name = ("Very Long Trading Name " * 87)[:300]  # the longest name the ledger accepts
    books.update_customer(Customer(**{**_fields(books.customer("ACME")), "name": long_name}))
    # the longest summary the log accepts (20,000 characters); tests/render renders a 100 KB one
    summary = ("The customer explained at length. " * 700)[:20_000]
    contacts.log_contact(books, "ACME", Channel.PHONE, Direction.IN, summary, person="P" * 200,
                            at=datetime(2025, 5, 20, 9, 0, tzinfo=UTC))
    sent = letters.send_letter(books, "ACME", ON, preview=True)
    reader = PdfReader(io.BytesIO(sent.pdf))
    text = flat(pdf_text(sent.pdf))
    seq = evidence.for_customer(books.conn, books.customer("ACME").id)[-1].seq
    assert flat(f"[shortened; full text in log entry {seq}]") in text
    assert len(reader.pages) < 20 and flat(long_name[:60]) in text
    stored = [evidence.payload(e) for e in evidence.for_customer(books.conn, books.customer("ACME").id)
              if e.kind == "contact"]
    assert stored[-1]["summary"] == summary.strip()  # the log keeps every character


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_letter_never_contradicts_itself_about_interest(books, language):
    _language(books, "TOM", language)  # an individual: no statutory interest, so none is claimed
    tom = _text(letters.build_letter(books, "TOM", ON))
    for words in {"en": ("further interest", "No further interest", "Interest continues"),
                  "zh": ("不再另行加收利息", "利息及法律", "逾期利息将")}[language]:
        assert flat(words) not in tom, words
    _language(books, "ACME", language)
    acme = _text(letters.build_letter(books, "ACME", ON))
    expected = {"en": ("further interest", "Interest continues to accrue"), "zh": ("逾期利息将按下表所列利率",)}
    for words in expected[language]:
        assert flat(words) in acme, words


def test_each_interest_period_can_be_recomputed_from_the_letter(books):
    from decimal import ROUND_HALF_UP, Decimal

    doc = letters.build_letter(books, "ACME", date(2025, 8, 15))  # spans the 1 July Basiszinssatz reset
    a1 = doc.lines[0]
    assert [(p.start, p.end, p.days, str(p.annual_rate)) for p in a1.periods] == [
        (date(2025, 4, 3), date(2025, 6, 30), 89, "11.27"), (date(2025, 7, 1), date(2025, 8, 15), 46, "10.27")]
    text = flat(pdf_text(render_letter(doc)))
    for p in a1.periods:
        figure = (Decimal(p.open_amount) * p.annual_rate / 100 * p.days / 365).quantize(Decimal(1), ROUND_HALF_UP)
        row = f"{p.days}EUR{p.open_amount / 100:,.2f}{p.annual_rate}%EUR{int(figure) / 100:,.2f}"
        assert row in text, row
    assert "11.27%/10.27%" not in text


def test_report_interest_equals_every_letter_on_the_sample_ledger(tmp_path):
    from arledger.services.demo import write_demo_ledger

    path = tmp_path / "demo.sqlite"
    write_demo_ledger(path)
    with Ledger.open(path) as demo:
        on = demo.today()
        entries = [e for e in escalation.letters_due(demo, on) if e.decision is not None]
        assert entries
        report = {(ln.customer.code, ln.invoice.number): ln.result for ln in interest_claims.interest_lines(demo, on)}
        for entry in entries:
            doc = letters.build_letter(demo, entry.customer.code, on)
            for line in doc.lines:
                result = report[(entry.customer.code, line.invoice_number)]
                if line.time_barred:
                    assert line.interest == 0
                    continue
                assert line.interest == result.total_interest
                assert line.compensation == result.compensation


def test_letters_about_other_invoices_are_not_called_reminders_of_these(books):
    """ACME's earlier letters listed A-1 only; a new invoice's letter says nothing about them, although the
    ladder (one level above the last letter) still applies."""
    books.add_invoice("ACME", "A-9", date(2025, 1, 2), 90_000, due_date=date(2025, 2, 1))
    books.record_payment("ACME", date(2025, 5, 30), 500_000, invoice_number="A-1")
    disputes.resolve_dispute(books, "A-2", "Credit agreed", on=date(2025, 5, 30))
    books.add_credit_note("ACME", "CN-2", date(2025, 5, 30), 100_000, invoice_number="A-2", reason="settled")
    # paid late, A-1 and A-2 would still be listed for their interest and compensation: waived here, so the
    # letter is about A-9 alone
    for number in ("A-1", "A-2"):
        interest_claims.waive_interest(books, number, "settled in full", on=date(2025, 5, 30))
    doc = letters.build_letter(books, "ACME", ON)
    assert [line.invoice_number for line in doc.lines] == ["A-9"] and doc.history.letters == ()
    text = _text(doc)
    assert "Despite" not in text and "reminder" not in text.lower().replace("reminder:", "")


def test_a_sole_trader_in_england_gets_the_protocol_letter_with_statutory_interest(books):
    """A sole trader is a business for interest (Late Payment Act) and an individual for the Protocol."""
    books.add_customer(Customer(code="SAM", name="Sam Smith t/a Smith Joinery", kind=CustomerKind.SOLE_TRADER,
                                currency="GBP", jurisdiction=Jurisdiction.UK, address="4 Wharf St\nLeeds LS2 7EQ",
                                country="GB", timezone="Europe/London"))
    books.add_invoice("SAM", "S-1", date(2025, 1, 2), 250_000, due_date=date(2025, 2, 1))
    for level, day in ((1, "2025-02-10"), (2, "2025-03-03"), (3, "2025-04-07")):
        escalation.record_letter(books, "SAM", level, date.fromisoformat(day), ["S-1"])
    doc = letters.build_letter(books, "SAM", ON)
    assert (doc.level, doc.reply_days, doc.protocol_forms) == (4, 30, True)
    assert doc.enclosures == ("statement of account", "information sheet", "reply form", "financial statement")
    assert doc.lines[0].interest > 0 and doc.lines[0].compensation == Money("GBP", 7000)
    text = flat(pdf_text(render_letter(doc)))
    assert flat("Letter of claim") in text and flat("Pre-Action Protocol for Debt Claims") in text
    assert flat("Late Payment of Commercial Debts (Interest) Act 1998") in text
