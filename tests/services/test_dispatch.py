"""Letters reach the debtor: email through a real SMTP server on localhost (aiosmtpd), post with tracking, and
delivery records that restart limitation where the rule pack says so."""

from __future__ import annotations

import email
import hashlib
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from arledger.cli import main
from arledger.domain.errors import UserError
from arledger.domain.model import ContactPerson, Customer, CustomerKind, Jurisdiction, Language
from arledger.services import dispatch, escalation, letters
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue
from arledger.storage import evidence

ON = date(2025, 6, 1)


@dataclass
class Inbox:
    """What the local SMTP server received; refuse lists recipients it answers 550 to."""

    messages: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    box = Inbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


@pytest.fixture
def company(ledger: Ledger) -> Ledger:
    ledger.set_setting("company", {"name": "Northwind Supplies Ltd", "address": "12 Harbour Road, Bristol",
                                   "contact_person": "Jane Miller", "phone": "+44 117 496 0000"})
    return ledger


@pytest.fixture
def sent(company: Ledger) -> tuple[Ledger, int]:
    """A level-1 letter to Lakeside (a Chinese company with an email address), recorded and archived."""
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="CNY", email="ap@lakeside.example",
                                 jurisdiction=Jurisdiction.CN, language=Language.EN, timezone="Asia/Shanghai",
                                 contacts=(ContactPerson("Li Wei", "accounts", email="li@lakeside.example"),)))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    letter = letters.send_letter(ledger, "LAKE", ON, level=1)
    assert letter.letter_id is not None and letter.reference == "LAKE-20250601-L1-1"
    return ledger, letter.letter_id


def _smtp(ledger: Ledger, port: int, **more) -> None:
    ledger.set_setting("email", {"host": "127.0.0.1", "port": port, "security": "none",
                                 "from": "accounts@northwind.example", "timeout": 5, **more})


def test_email_reaches_the_server_and_the_exact_bytes_are_logged(sent, inbox):
    ledger, lid = sent
    box, port = inbox
    _smtp(ledger, port, reply_to="jane@northwind.example", bcc_self=True)
    result = dispatch.email_letter(ledger, lid)

    assert len(box.messages) == 1
    mail_from, rcpts, data = box.messages[0]
    assert mail_from == "accounts@northwind.example"
    assert rcpts == ["ap@lakeside.example", "accounts@northwind.example"]  # bcc to self in the envelope only
    assert hashlib.sha256(data).hexdigest() == result.sha256
    assert result.eml_path.read_bytes() == data

    msg = email.message_from_bytes(data, policy=default_policy)
    assert msg["To"] == "ap@lakeside.example" and "Bcc" not in msg
    assert msg["Reply-To"] == "jane@northwind.example"
    assert msg["Message-ID"] == result.message_id
    assert msg["Subject"] == "Payment reminder LAKE-20250601-L1-1 from Northwind Supplies Ltd"
    body = msg.get_body(preferencelist=("plain",)).get_content()
    assert "Dear Li Wei," in body and "CNY" in body
    (pdf,) = [p for p in msg.iter_attachments() if p.get_content_type() == "application/pdf"]
    archived = dispatch.recorded_letter(ledger, lid)
    assert pdf.get_content() == archived.pdf
    assert hashlib.sha256(pdf.get_content()).hexdigest() == archived.row.sha256

    event = evidence.payload(evidence.by_seq(ledger.conn, result.evidence_seq))
    assert event["message_id"] == result.message_id
    assert event["recipients"] == ["ap@lakeside.example"]
    assert event["sha256"] == result.sha256 and event["letter"] == lid
    assert event["accepted_at"] == result.accepted_at.isoformat(timespec="seconds")
    assert evidence.verify(ledger.conn).intact


def test_a_refused_recipient_is_one_sentence_and_nothing_is_recorded(sent, inbox):
    ledger, lid = sent
    box, port = inbox
    _smtp(ledger, port)
    box.refuse.add("ap@lakeside.example")
    before = evidence.head(ledger.conn)
    with pytest.raises(UserError, match=r"refused the recipient ap@lakeside\.example"):
        dispatch.email_letter(ledger, lid)
    assert evidence.head(ledger.conn) == before
    assert not list(dispatch.recorded_letter(ledger, lid).path.parent.glob("*.eml"))


def test_a_server_that_never_answers_times_out_in_one_sentence(sent):
    ledger, lid = sent
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(1)
    try:
        _smtp(ledger, silent.getsockname()[1], timeout=1)
        before = evidence.head(ledger.conn)
        with pytest.raises(UserError, match="did not answer in time"):
            dispatch.email_letter(ledger, lid)
        assert evidence.head(ledger.conn) == before
    finally:
        silent.close()


def test_nothing_listening_is_one_sentence(sent):
    ledger, lid = sent
    _smtp(ledger, _free_port())
    with pytest.raises(UserError, match="cannot be reached"):
        dispatch.email_letter(ledger, lid)


class _Authenticator:
    def __call__(self, server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == b"right"
        return AuthResult(success=ok, handled=False)


class _MemoryKeyring:
    """A keyring backend that keeps secrets in memory, so the test never touches the real one."""

    priority = 1

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}

    def set_password(self, service: str, user: str, password: str) -> None:
        self.secrets[(service, user)] = password

    def get_password(self, service: str, user: str) -> str | None:
        return self.secrets.get((service, user))


@pytest.fixture
def memory_keyring(monkeypatch) -> _MemoryKeyring:
    import keyring

    ring = _MemoryKeyring()
    monkeypatch.setattr(keyring, "set_password", ring.set_password)
    monkeypatch.setattr(keyring, "get_password", ring.get_password)
    return ring


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_uses_the_keyring_and_a_wrong_password_is_one_sentence(sent, memory_keyring):
    ledger, lid = sent
    box = Inbox()
    port = _free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port, authenticator=_Authenticator(),
                            auth_require_tls=False, auth_required=True)
    controller.start()
    try:
        _smtp(ledger, port, user="jane")
        with pytest.raises(UserError, match="No password is kept for jane"):
            dispatch.email_letter(ledger, lid)
        dispatch.store_password(ledger, "wrong")
        with pytest.raises(UserError, match="did not accept the user name and password"):
            dispatch.email_letter(ledger, lid)
        assert box.messages == []
        dispatch.store_password(ledger, "right")
        assert "right" not in ledger.path.read_bytes().decode("latin-1")
        dispatch.email_letter(ledger, lid)
        assert len(box.messages) == 1
    finally:
        controller.stop()


def test_eml_only_writes_the_message_and_records_nothing(sent, tmp_path):
    ledger, lid = sent
    _smtp(ledger, 25)
    before = evidence.head(ledger.conn)
    path = dispatch.write_eml(ledger, lid, tmp_path / "out", to="someone@lakeside.example")
    msg = email.message_from_bytes(path.read_bytes(), policy=default_policy)
    assert msg["To"] == "someone@lakeside.example"
    assert evidence.head(ledger.conn) == before


def test_settings_are_checked_field_by_field(ledger, capsys):
    for bad, words in ([{"port": 25}, "email.host"], [{"host": "h", "security": "ssl"}, "email.security"],
                       [{"host": "h", "port": 70000, "from": "a@b"}, "email.port"],
                       [{"host": "h", "from": "nobody"}, "email.from"],
                       [{"host": "h", "from": "a@b", "pasword": "x"}, "no field 'pasword'"]):
        with pytest.raises(UserError, match=words):
            dispatch.email_settings_from(bad)
    with pytest.raises(UserError, match="No mail server is set up"):
        dispatch.email_settings(ledger)


# ------------------------------------------------------------------------------------------------ post
def _limitation_events(ledger: Ledger, cid: int) -> list[tuple[str, str]]:
    return [tuple(r) for r in ledger.conn.execute(
        "SELECT kind, on_date FROM limitation_events WHERE customer_id = ?", (cid,))]


def test_posted_registered_letter_then_delivery_restarts_limitation_in_china(sent):
    ledger, lid = sent
    posted = dispatch.record_post(ledger, lid, "registered", tracking="RR123456789CN", on=date(2025, 6, 2))
    assert evidence.payload(evidence.by_seq(ledger.conn, posted.evidence_seq))["tracking"] == "RR123456789CN"
    delivered = dispatch.record_delivery(ledger, lid, date(2025, 6, 5), note="signed by reception")
    assert delivered.restarts_limitation
    cid = ledger.customer("LAKE").id
    assert _limitation_events(ledger, cid) == [("demand_delivered", "2025-06-05")]
    with pytest.raises(UserError, match="already recorded as delivered on 2025-06-05"):
        dispatch.record_delivery(ledger, lid, date(2025, 6, 6))
    assert evidence.verify(ledger.conn).intact


def test_delivery_does_not_restart_limitation_in_germany(company, acme):
    ledger = company
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    ledger.set_setting("letters.allow_first_formal", True)  # a first letter may be a formal demand
    lid = letters.send_letter(ledger, "ACME", ON, level=3).letter_id
    dispatch.record_post(ledger, lid, "ordinary", on=ON)
    delivered = dispatch.record_delivery(ledger, lid, date(2025, 6, 4))
    assert not delivered.restarts_limitation
    assert _limitation_events(ledger, acme.id) == []


def test_post_and_delivery_refuse_what_cannot_be_true(sent):
    ledger, lid = sent
    with pytest.raises(UserError, match="needs its tracking number"):
        dispatch.record_post(ledger, lid, "registered")
    with pytest.raises(UserError, match="cannot have been posted on 2025-05-01"):
        dispatch.record_post(ledger, lid, "ordinary", on=date(2025, 5, 1))
    with pytest.raises(UserError, match="no record of being posted"):
        dispatch.record_delivery(ledger, lid, date(2025, 6, 3))
    with pytest.raises(UserError, match="There is no letter 999"):
        dispatch.record_post(ledger, 999, "ordinary")


def test_the_queue_asks_after_a_posted_letter_with_no_delivery_after_ten_days(sent):
    ledger, lid = sent
    dispatch.record_post(ledger, lid, "ems", tracking="EE000111222CN", on=ON)
    assert not [t for t in work_queue(ledger, date(2025, 6, 10), create_tasks=False) if t.kind == "delivery"]
    (task,) = [t for t in work_queue(ledger, date(2025, 6, 12), create_tasks=False) if t.kind == "delivery"]
    assert task.customer_code == "LAKE" and "EE000111222CN" in str(task.title) and task.detail["letter_id"] == lid
    dispatch.record_delivery(ledger, lid, date(2025, 6, 11))
    assert not [t for t in work_queue(ledger, date(2025, 6, 12), create_tasks=False) if t.kind == "delivery"]


def test_a_tampered_archive_is_not_sent(sent, inbox):
    ledger, lid = sent
    box, port = inbox
    _smtp(ledger, port)
    path = dispatch.recorded_letter(ledger, lid).path
    path.write_bytes(path.read_bytes() + b"%tampered")
    with pytest.raises(UserError, match="does not match its recorded SHA-256"):
        dispatch.email_letter(ledger, lid)
    assert box.messages == []


# ------------------------------------------------------------------------------------------------ CLI
def test_cli_email_post_delivered(sent, inbox, capsys, tmp_path):
    ledger, lid = sent
    box, port = inbox
    _smtp(ledger, port)
    path = str(ledger.path)
    assert main(["letters", "email", "--customer", "LAKE", "--ledger", path]) == 0
    assert "Emailed letter" in capsys.readouterr().out and len(box.messages) == 1
    assert main(["letters", "email", "--letter", str(lid), "--eml-only", str(tmp_path / "eml"), "--ledger", path]) == 0
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 1
    assert main(["letters", "post", "--letter", str(lid), "--method", "courier", "--ledger", path]) == 1
    assert "needs its tracking number" in capsys.readouterr().err
    assert main(["letters", "post", "--letter", str(lid), "--method", "courier", "--tracking", "DHL-1",
                 "--on", "2025-06-02", "--ledger", path]) == 0
    assert main(["letters", "delivered", "--customer", "LAKE", "--on", "2025-06-04", "--ledger", path]) == 0
    assert "restarts limitation" in capsys.readouterr().out


def test_cli_password_from_stdin_goes_to_the_keyring(sent, memory_keyring, monkeypatch, capsys):
    import io

    ledger, _ = sent
    _smtp(ledger, 25, user="jane")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret\n"))
    assert main(["email", "password", "--ledger", str(ledger.path)]) == 0
    assert memory_keyring.secrets == {("arledger", "smtp://jane@127.0.0.1:25"): "s3cret"}


def test_individuals_get_a_personal_salutation(company, inbox, tom):
    ledger = company
    box, port = inbox
    ledger.update_customer(Customer(**{**{f: getattr(tom, f) for f in tom.__slots__}, "email": "tom@example.com"}))
    ledger.add_invoice("TOM", "T-1", date(2025, 2, 1), 80_000, due_date=date(2025, 2, 15))
    lid = letters.send_letter(ledger, "TOM", ON, level=1).letter_id
    _smtp(ledger, port)
    dispatch.email_letter(ledger, lid)
    msg = email.message_from_bytes(box.messages[0][2], policy=default_policy)
    assert "Dear Tom Jones," in msg.get_body(preferencelist=("plain",)).get_content()
    assert tom.kind is CustomerKind.INDIVIDUAL


def test_chinese_customers_get_a_chinese_email(sent, inbox):
    ledger, lid = sent
    box, port = inbox
    c = ledger.customer("LAKE")
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "language": Language.ZH}))
    lid2 = letters.send_letter(ledger, "LAKE", date(2025, 6, 20), level=2).letter_id
    _smtp(ledger, port)
    dispatch.email_letter(ledger, lid2)
    msg = email.message_from_bytes(box.messages[0][2], policy=default_policy)
    assert "第二次付款提醒" in msg["Subject"]
    assert "附件为我方" in msg.get_body(preferencelist=("plain",)).get_content()
    assert lid2 != lid


def test_the_server_sees_one_connection_per_letter(sent, inbox):
    """Two letters sent one after another: two messages, two events, both chained."""
    ledger, lid = sent
    box, port = inbox
    _smtp(ledger, port)
    dispatch.email_letter(ledger, lid)
    dispatch.email_letter(ledger, lid, to="other@lakeside.example")
    assert [m[1] for m in box.messages] == [["ap@lakeside.example"], ["other@lakeside.example"]]
    emls = sorted(Path(dispatch.recorded_letter(ledger, lid).path.parent).glob("*.eml"))
    assert len(emls) == 2 and emls[0].read_bytes() != emls[1].read_bytes()


# ------------------------------------------------------------------------------------------------ batch summary
def test_batch_summary_counts_letters_by_level_channel_and_currency(company, acme, tom):
    ledger = company
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    ledger.add_invoice("ACME", "A-2", date(2025, 3, 20), 120_000, due_date=date(2025, 4, 19))
    ledger.add_invoice("TOM", "T-1", date(2025, 2, 1), 80_000, due_date=date(2025, 2, 15))
    c = ledger.customer("TOM")
    ledger.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "email": "tom@example.com"}))
    due = {e.customer.code: e.decision for e in escalation.letters_due(ledger, ON) if e.decision}
    assert set(due) == {"ACME", "TOM"}
    head_before = evidence.head(ledger.conn)  # the three invoices' events
    summary = dispatch.batch_summary(ledger, ON, email=True)
    assert summary.letters == 2 and summary.paused == 0 and summary.no_email == ("ACME",)
    by_currency = {line.currency: line for line in summary.lines}
    # ACME has no email address, so its letter goes by post; TOM's by email. Each claims its open invoices:
    # EUR 5,000.00 + 1,200.00 = 6,200.00 and GBP 800.00.
    assert (by_currency["EUR"].channel, by_currency["EUR"].letters, by_currency["EUR"].claimed) == ("post", 1, 620_000)
    assert (by_currency["GBP"].channel, by_currency["GBP"].letters, by_currency["GBP"].claimed) == ("email", 1, 80_000)
    assert by_currency["EUR"].level == due["ACME"].level and by_currency["GBP"].level == due["TOM"].level
    assert evidence.head(ledger.conn) == head_before  # nothing was recorded by looking
