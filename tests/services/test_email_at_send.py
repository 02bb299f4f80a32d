"""A letter emailed as it is sent: handed to a real SMTP server on localhost (aiosmtpd) first, and recorded
(letter and email together) only once the server accepted it; a batch emails where it can and prints the rest."""

from __future__ import annotations

import email
import hashlib
import socket
from datetime import date
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.domain.model import Customer
from arledger.services import dispatch, letter_archive, letter_batch, letters
from arledger.services.ledger import Ledger
from arledger.storage import dispatch as dispatch_rows
from arledger.storage import evidence
from tests.conftest import snapshot
from tests.services import test_dispatch
from tests.services.test_dispatch import ON, Inbox, _Authenticator, _free_port, _smtp

company = test_dispatch.company  # the fixtures shared with the tests of emailing a recorded letter
inbox = test_dispatch.inbox
memory_keyring = test_dispatch.memory_keyring


def _with_email(ledger: Ledger, code: str, address: str) -> None:
    c = ledger.customer(code)
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "email": address}))


@pytest.fixture
def three(company: Ledger, acme: Customer, tom: Customer) -> Ledger:
    """ACME (no address: printed), TOM and LAKE (with addresses: emailed), each with one overdue invoice."""
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY",
                                 email="ap@lakeside.example", timezone="Asia/Shanghai"))
    _with_email(ledger, "TOM", "tom@example.com")
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    ledger.add_invoice("TOM", "T-1", date(2025, 2, 1), 80_000, due_date=date(2025, 2, 15))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    return ledger


def _letter_events(ledger: Ledger) -> list[tuple[str, dict]]:
    out = []
    for ev in evidence.all_events(ledger.conn):
        if ev.kind in ("letter", "letter_emailed"):
            out.append((ev.kind, evidence.payload(ev)))
    return out


def test_send_by_email_records_the_letter_and_its_email_together(three, inbox):
    ledger = three
    box, port = inbox
    _smtp(ledger, port)
    sent = letters.send_letter(ledger, "LAKE", ON, level=1, by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))

    assert sent.emailed_to == ("ap@lakeside.example",) and sent.letter_id is not None
    (_sender, rcpts, data), = box.messages
    assert rcpts == ["ap@lakeside.example"]
    msg = email.message_from_bytes(data, policy=default_policy)
    assert msg["Subject"] == "Payment reminder LAKE-20250601-L1-1 from Northwind Supplies Ltd"
    assert msg["Message-ID"] == sent.message_id
    (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert pdf.get_content() == sent.pdf == sent.archive_path.read_bytes()
    assert pdf.get_filename() == "2025-06-01-L1-1.pdf"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "concerning CNY 12,500.00, with a reply date of 8 June 2025" in body

    kinds = _letter_events(ledger)
    assert [k for k, _ in kinds] == ["letter", "letter_emailed"]
    letter_event, email_event = kinds[0][1], kinds[1][1]
    assert letter_event["sha256"] == sent.sha256
    assert email_event["sha256"] == hashlib.sha256(data).hexdigest()
    assert email_event["message_id"] == sent.message_id and email_event["letter"] == sent.letter_id
    (row,) = dispatch_rows.dispatches_of(ledger.conn, sent.letter_id)
    assert row.method == "email" and row.message_id == sent.message_id
    assert sent.archive_path.with_suffix(".eml").read_bytes() == data
    assert evidence.verify(ledger.conn).intact


def test_a_refused_send_records_and_archives_nothing(three, inbox, ledger_path):
    ledger = three
    box, port = inbox
    _smtp(ledger, port)
    box.refuse.add("ap@lakeside.example")
    before = snapshot(ledger_path)
    with pytest.raises(UserError, match=r"refused the recipient ap@lakeside\.example"):
        letters.send_letter(ledger, "LAKE", ON, level=1, by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))
    assert snapshot(ledger_path) == before
    folder = ledger_path.parent
    assert not [p for p in folder.rglob("*") if p.suffix in (".pdf", ".eml", ".part")]


def test_a_server_that_never_answers_records_nothing(three, ledger_path):
    ledger = three
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        _smtp(ledger, silent.getsockname()[1], timeout=1)
        before = snapshot(ledger_path)
        with pytest.raises(UserError, match="did not answer in time"):
            letters.send_letter(ledger, "TOM", ON, by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))
        assert snapshot(ledger_path) == before
    finally:
        silent.close()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_a_bad_login_records_nothing_then_the_right_one_sends(three, memory_keyring, ledger_path):
    ledger = three
    box = Inbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=_Authenticator(),
                            auth_require_tls=False, auth_required=True)
    controller.start()
    try:
        _smtp(ledger, port, user="jane")
        dispatch.store_password(ledger, "wrong")
        before = snapshot(ledger_path)
        with pytest.raises(UserError, match="did not accept the user name and password"):
            letters.send_letter(ledger, "TOM", ON, by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))
        assert snapshot(ledger_path) == before and box.messages == []
        dispatch.store_password(ledger, "right")
        sent = letters.send_letter(ledger, "TOM", ON, by_email=letter_archive.ByEmail(dispatch.mailer(ledger)))
        assert sent.emailed_to == ("tom@example.com",) and len(box.messages) == 1
    finally:
        controller.stop()


def test_batch_emails_where_it_can_prints_the_rest_and_goes_on_past_a_refusal(three, inbox, tmp_path):
    ledger = three
    box, port = inbox
    _smtp(ledger, port)
    box.refuse.add("tom@example.com")
    result = letter_batch.batch(ledger, ON, tmp_path / "out", mailer=dispatch.mailer(ledger))

    assert {s.customer_code for s in result.emailed} == {"LAKE"}
    assert {s.customer_code for s in result.printed} == {"ACME"}
    assert [code for code, _ in result.failed] == ["TOM"]
    assert "refused the recipient tom@example.com" in result.failed[0][1]
    assert [m[1] for m in box.messages] == [["ap@lakeside.example"]]
    recorded = {ledger.customer_by_id(ev.customer_id).code
                for ev in evidence.all_events(ledger.conn) if ev.kind == "letter" and ev.customer_id}
    assert recorded == {"ACME", "LAKE"}  # TOM's letter was not recorded
    archived = sorted(p.relative_to(tmp_path).parts[-2:] for p in tmp_path.rglob("*")
                      if p.suffix in (".pdf", ".eml", ".part") and (tmp_path / "out") not in p.parents)
    assert archived == [("ACME", "2025-06-01-L1-1.pdf"), ("LAKE", "2025-06-01-L1-1.eml"),
                        ("LAKE", "2025-06-01-L1-1.pdf")]  # nothing of TOM's
    assert sorted(p.name for p in (tmp_path / "out").glob("*.pdf")) == [
        "ACME-2025-06-01-L1-1.pdf", "LAKE-2025-06-01-L1-1.pdf", "letters-2025-06-01.pdf"]
    # the file to print holds ACME's letter only
    assert result.combined is not None
    assert len(PdfReader(result.combined).pages) == len(PdfReader(result.printed[0].out_path).pages)

    # TOM is due again the next run, once the address works
    box.refuse.clear()
    again = letter_batch.batch(ledger, ON, tmp_path / "again", mailer=dispatch.mailer(ledger))
    assert [s.customer_code for s in again.emailed] == ["TOM"] and not again.failed


def test_cli_send_email_and_batch_email(three, inbox, capsys, tmp_path):
    ledger = three
    box, port = inbox
    _smtp(ledger, port)
    path = str(ledger.path)
    assert main(["letters", "send", "--customer", "LAKE", "--level", "1", "--on", "2025-06-01", "--email",
                 "--to", "boss@lakeside.example", "--ledger", path]) == 0
    out = capsys.readouterr().out
    assert "Emailed to boss@lakeside.example: accepted by the server" in out
    assert [m[1] for m in box.messages] == [["boss@lakeside.example"]]

    box.refuse.add("tom@example.com")
    assert main(["letters", "batch", "--on", "2025-06-01", "--out", str(tmp_path / "b"), "--email", "--yes",
                 "--ledger", path]) == 1
    captured = capsys.readouterr()
    assert "Not sent to TOM: The mail server refused the recipient tom@example.com; nothing was sent." in captured.err
    assert "1 letter failed and was not recorded" in captured.out
    assert "ACME" in captured.out and "emailed to" not in captured.out.split("ACME")[1].splitlines()[0]


def test_cli_send_eml_only_records_the_letter_and_writes_the_message(three, capsys, tmp_path):
    ledger = three
    _smtp(ledger, 25)
    assert main(["letters", "send", "--customer", "TOM", "--on", "2025-06-01", "--email", "--eml-only",
                 str(tmp_path / "eml"), "--ledger", str(ledger.path)]) == 0
    (eml,) = (tmp_path / "eml").glob("*.eml")
    msg = email.message_from_bytes(eml.read_bytes(), policy=default_policy)
    assert msg["To"] == "tom@example.com"
    assert [k for k, _ in _letter_events(ledger)] == ["letter"]  # the letter, not an email the app did not send
    assert main(["letters", "send", "--customer", "TOM", "--eml-only", str(tmp_path), "--ledger",
                 str(ledger.path)]) == 1
    assert "--eml-only goes with --email." in capsys.readouterr().err


def test_a_resumed_email_batch_keeps_emailed_letters_out_of_the_print_file(three, inbox, tmp_path):
    ledger = three
    box, port = inbox
    _smtp(ledger, port)
    calls: list[int] = []
    first = letter_batch.batch(ledger, ON, tmp_path / "out", mailer=dispatch.mailer(ledger),
                          progress=lambda done, total: calls.append(done), cancel=lambda: len(calls) >= 3)
    assert first.cancelled and [s.customer_code for s in first.letters] == ["ACME", "LAKE"]
    again = letter_batch.batch(ledger, ON, tmp_path / "out", mailer=dispatch.mailer(ledger))
    assert {s.customer_code for s in again.emailed} == {"LAKE", "TOM"}
    assert {s.customer_code for s in again.printed} == {"ACME"}
    assert [m[1] for m in box.messages] == [["ap@lakeside.example"], ["tom@example.com"]]  # LAKE emailed once
    assert again.combined is not None
    assert len(PdfReader(again.combined).pages) == len(PdfReader(again.printed[0].out_path).pages)
