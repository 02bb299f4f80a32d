"""Dispatch and proof (COLLECTIONS.md section 11): a recorded letter emailed as a PDF attachment, or
posted with a tracking number, and a posted letter's delivery.

Email: the message is built, handed to the ledger's SMTP server, and only once the server has accepted it
is the dispatch recorded: the Message-ID, the recipients, the time of acceptance and the SHA-256 of the
exact message bytes, which are archived beside the letter as an .eml file. A refused or failed send
records nothing and is one sentence. The SMTP password lives in the system keyring, never in the ledger.

Post: the method and tracking number are recorded; a later delivery record is evidence of its own and,
where the customer's rule pack says a delivered demand restarts limitation (cn), it is also the
``demand_delivered`` limitation event, pointing at the letter's event.
"""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from arledger.domain import limitation
from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import msg
from arledger.domain.model import Customer, Language
from arledger.render.email_message import BuiltEmail, LetterEmail, build_letter_email
from arledger.render.wording import Formatter
from arledger.services import escalation, evidence_log, limitations, policy
from arledger.services.ledger import Ledger
from arledger.services.output_paths import write_atomically
from arledger.storage import dispatch as rows
from arledger.storage import evidence

POST_METHODS = ("ordinary", "registered", "ems", "courier")
SECURITY = ("starttls", "tls", "none")
KEYRING_SERVICE = "arledger"
DELIVERY_OVERDUE_DAYS = 10  # a posted letter with no delivery record after this long is a queue task

EMAIL_SETTING = "email"
EMAIL_SETTING_HELP = msg("settings.help.email", "SMTP for sending letters: host, port, security (starttls, tls or "
                         "none), user, from, reply_to, bcc_self (true/false), timeout (seconds); the password is kept "
                         "in the system keyring ('arledger email password')")


@dataclass(frozen=True, slots=True)
class EmailSettings:
    host: str
    port: int
    security: str
    user: str
    sender: str
    reply_to: str = ""
    bcc_self: bool = False
    timeout: float = 30.0

    @property
    def keyring_user(self) -> str:
        return f"smtp://{self.user}@{self.host}:{self.port}"


def email_settings_from(value: Any) -> EmailSettings:
    """Check the ``email`` setting; every problem is one sentence naming the field."""
    if not isinstance(value, dict):
        raise UserError(msg("dispatch.email_not_object", 'email must be a JSON object, e.g. {{"host": '
                '"smtp.example.com", "port": 587, "security": "starttls", "user": "me@example.com", "from": '
                '"me@example.com"}}.'))
    unknown = sorted(set(value) - {"host", "port", "security", "user", "from", "reply_to", "bcc_self", "timeout"})
    if unknown:
        raise UserError(msg("dispatch.email_unknown_field", "email has no field '{unknown}'; it takes host, port, "
                "security, user, from, reply_to, bcc_self and timeout.", unknown=unknown[0]))
    host = value.get("host")
    if not isinstance(host, str) or not host.strip() or len(host) > 253:
        raise UserError(msg("dispatch.email_host", "email.host must be the name of your mail server, e.g. "
                "smtp.example.com."))
    security = value.get("security", "starttls")
    if security not in SECURITY:
        raise UserError(msg("dispatch.email_security", "email.security must be starttls, tls or none."))
    port = value.get("port", 465 if security == "tls" else 587)
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        raise UserError(msg("dispatch.email_port", "email.port must be a whole number from 1 to 65535."))
    sender = value.get("from", "")
    if not isinstance(sender, str) or "@" not in sender:
        raise UserError(msg("dispatch.email_from", "email.from must be the address letters are sent "
                "from, e.g. accounts@example.com."))
    user = value.get("user", "")
    reply_to = value.get("reply_to", "")
    for name, text in (("user", user), ("reply_to", reply_to)):
        if not isinstance(text, str) or len(text) > 320:
            raise UserError(msg("dispatch.email_text_too_long", "email.{name} must be text of at most 320 characters.",
                    name=name))
    if reply_to and "@" not in reply_to:
        raise UserError(msg("dispatch.email_reply_to", "email.reply_to must be an email address."))
    bcc = value.get("bcc_self", False)
    if not isinstance(bcc, bool):
        raise UserError(msg("dispatch.email_bcc_self", "email.bcc_self must be true or false."))
    timeout = value.get("timeout", 30)
    if not isinstance(timeout, int | float) or isinstance(timeout, bool) or not 1 <= timeout <= 600:
        raise UserError(msg("dispatch.email_timeout", "email.timeout must be a number of seconds from 1 to "
                "600."))
    return EmailSettings(host.strip(), port, security, user, sender, reply_to, bcc, float(timeout))


def email_settings(ledger: Ledger) -> EmailSettings:
    value = ledger.setting(EMAIL_SETTING)
    if value is None:
        raise UserError(msg("dispatch.no_mail_server", "No mail server is set up; set one with arledger settings "
                "set email '{{\"host\": \"...\", \"port\": 587, \"security\": \"starttls\", \"user\": \"...\", "
                "\"from\": \"...\"}}'."))
    return email_settings_from(value)


def _keyring() -> Any:
    try:
        import keyring  # the system's secret store; imported here so a machine without one can still run commands

        return keyring
    except ImportError:
        raise UserError(msg("dispatch.no_keyring", "The system keyring is not available, so the mail "
                "password cannot be kept.")) from None


def store_password(ledger: Ledger, password: str) -> None:
    """Keep the SMTP password in the system keyring under the ledger's mail server and user."""
    settings = email_settings(ledger)
    try:
        _keyring().set_password(KEYRING_SERVICE, settings.keyring_user, password)
    except Exception as exc:  # keyring backends raise their own types
        raise UserError(msg("dispatch.keyring_refused", "The system keyring refused the password ({reason}).",
                reason=str(exc))) from None


def _password(settings: EmailSettings) -> str | None:
    if not settings.user:
        return None
    try:
        found = _keyring().get_password(KEYRING_SERVICE, settings.keyring_user)
        return str(found) if found is not None else None
    except UserError:
        raise
    except Exception as exc:
        raise UserError(msg("dispatch.keyring_unreadable", "The system keyring could not be read ({reason}).",
                reason=str(exc))) from None


# -- what a letter is -------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RecordedLetter:
    row: rows.LetterRow
    customer: Customer
    path: Path

    @property
    def pdf(self) -> bytes:
        return self.path.read_bytes()


def recorded_letter(ledger: Ledger, letter_id: int) -> RecordedLetter:
    """A letter from the log whose archived PDF still matches its recorded SHA-256."""
    row = rows.letter(ledger.conn, letter_id)
    if row is None:
        raise UserError(msg("dispatch.no_letter", "There is no letter {letter_id}.", letter_id=letter_id))
    if not row.path:
        raise UserError(msg("dispatch.no_pdf", "Letter {letter_id} has no archived PDF, so it cannot "
                "be sent.", letter_id=letter_id))
    path = policy.side_dir(ledger, "") / row.path
    if not path.is_file():
        raise UserError(msg("dispatch.pdf_missing", "The archived PDF of letter {letter_id} is missing "
                "({path}).", letter_id=letter_id, path=str(path)))
    if sha256_file(path) != row.sha256:
        raise UserError(msg("dispatch.pdf_hash_differs", "The archived PDF of letter {letter_id} does not "
                "match its recorded SHA-256; it is not sent.", letter_id=letter_id))
    return RecordedLetter(row, ledger.customer_by_id(row.customer_id), path)


def latest_letter_id(ledger: Ledger, code: str) -> int:
    customer = ledger.customer(code)
    row = rows.latest_letter(ledger.conn, customer.id)
    if row is None:
        raise UserError(msg("dispatch.nothing_sent", "No letter has been sent to {customer_code} yet.",
                customer_code=customer.code))
    return row.id


def recipients_for(customer: Customer, to: str | None = None) -> tuple[str, ...]:
    """The address a letter goes to: the one given, else the customer's, else its first contact person's."""
    if to:
        found = tuple(a.strip() for a in to.split(",") if a.strip())
    elif customer.email:
        found = (customer.email,)
    else:
        found = tuple(p.email for p in customer.contacts if p.email)[:1]
    if not found:
        raise UserError(msg("dispatch.no_email_address", "{customer_code} has no email address; add one to the "
                "customer or give --to.", customer_code=customer.code))
    for address in found:
        if "@" not in address or any(c in address for c in " \r\n<>,;"):
            raise UserError(msg("dispatch.bad_email_address", "'{address}' is not an email address.", address=address))
    return found


@dataclass(frozen=True, slots=True)
class LetterFacts:
    """What a letter's email says about it, whether it is recorded already or about to be: its PDF and the
    facts printed on it."""

    customer: Customer
    template: str  # e.g. "level3"
    level: int
    reference: str
    letter_date: date
    claimed: str  # e.g. "1,250.00 CNY + 300.00 EUR"
    reply_by: str
    pdf: bytes
    pdf_name: str


def _variables(ledger: Ledger, facts: LetterFacts) -> dict[str, Any]:
    company = ledger.setting("company") or {}
    customer = facts.customer
    size = str(ledger.setting("letters.page_size", "A4") or "A4").strip()
    fmt = Formatter(customer.language.value, "", size)  # as the letter it carries writes them
    attention = customer.contacts[0].name if customer.contacts else ""
    return {
        "customer_name": customer.name, "attention": attention,
        "is_individual": customer.kind.value != "company",
        "company_name": company.get("name", "") if isinstance(company, dict) else "",
        "contact": company.get("contact_person", "") if isinstance(company, dict) else "",
        "contact_phone": company.get("phone", "") if isinstance(company, dict) else "",
        "level": facts.level, "reference": facts.reference,
        "letter_date": fmt.long_date(facts.letter_date), "claimed": _claimed_text(facts.claimed, fmt),
        "reply_by": _long_day(facts.reply_by, fmt),
    }


def _long_day(iso: str, fmt: Formatter) -> str:
    try:
        return fmt.long_date(date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso


def _claimed_text(claimed: str, fmt: Formatter) -> str:
    """The recorded totals ("1250.00 CNY + 300.00 EUR") as the letter's language writes money."""
    parts = []
    for part in filter(None, (p.strip() for p in claimed.split(" + "))):
        amount, _, currency = part.rpartition(" ")
        parts.append(fmt.amount_text(amount, currency) if amount else part)
    return " + ".join(parts)


def recorded_facts(ledger: Ledger, letter: RecordedLetter) -> LetterFacts:
    """The facts of a letter already in the log, read from its evidence event and archived PDF."""
    recorded = evidence.payload(evidence.by_seq(ledger.conn, letter.row.evidence_seq))  # type: ignore[arg-type]
    totals = " + ".join(str(t) for t in recorded.get("totals", []))
    return LetterFacts(letter.customer, f"level{letter.row.level}", letter.row.level,
                       recorded.get("reference") or _reference(letter), letter.row.sent_on, totals,
                       recorded.get("reply_by") or "", letter.pdf, f"{letter.path.stem}.pdf")


def _reference(letter: RecordedLetter) -> str:
    """The reference printed on the letter, for letters whose event predates recording it: the archive file is
    named <date>-L<level>-<n>.pdf and the reference is <customer>-<yyyymmdd>-L<level>-<n>."""
    number = letter.path.stem.rsplit("-", 1)[-1]
    return f"{letter.customer.code}-{letter.row.sent_on:%Y%m%d}-L{letter.row.level}-{number}"


def compose_email(ledger: Ledger, facts: LetterFacts, to: tuple[str, ...], settings: EmailSettings,
                  sent_at: datetime) -> BuiltEmail:
    """The message for a letter: subject and body from the sandboxed template, the PDF attached."""
    language = (facts.customer.language.value if isinstance(facts.customer.language, Language)
                else "en")
    bcc = (settings.sender,) if settings.bcc_self else ()
    return build_letter_email(LetterEmail(
        sender=settings.sender, to=to, reply_to=settings.reply_to, bcc=bcc, language=language,
        template=facts.template, variables=_variables(ledger, facts), pdf=facts.pdf,
        pdf_name=facts.pdf_name, sent_at=sent_at), templates_dir=policy.side_dir(ledger, "templates"))


def build_email(ledger: Ledger, letter: RecordedLetter, to: tuple[str, ...], settings: EmailSettings,
                sent_at: datetime) -> BuiltEmail:
    return compose_email(ledger, recorded_facts(ledger, letter), to, settings, sent_at)


@dataclass(frozen=True, slots=True)
class EmailedLetter:
    letter_id: int
    customer_code: str
    recipients: tuple[str, ...]
    message_id: str
    accepted_at: datetime
    sha256: str
    eml_path: Path
    evidence_seq: int


Transport = Callable[[EmailSettings, str | None, str, tuple[str, ...], bytes], None]


def smtp_send(settings: EmailSettings, password: str | None, sender: str, recipients: tuple[str, ...],
              data: bytes) -> None:
    """Hand the message to the SMTP server; returns when the server accepted it for every recipient."""
    context = ssl.create_default_context()
    try:
        if settings.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout,
                                                    context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        with server:
            if settings.security == "starttls":
                server.starttls(context=context)
            if settings.user:
                if password is None:
                    raise UserError(msg("dispatch.no_password", "No password is kept for {user} at {host}; "
                            "store one with 'arledger email password'.", user=settings.user, host=settings.host))
                server.login(settings.user, password)
            refused = server.sendmail(sender, list(recipients), data)
            if refused:
                who = ", ".join(sorted(refused))
                raise UserError(msg("dispatch.smtp_some_refused", "The mail server refused {who}; the letter "
                        "was not sent to them.", who=who))
    except UserError:
        raise
    except smtplib.SMTPRecipientsRefused as exc:
        who = ", ".join(sorted(exc.recipients))
        raise UserError(msg("dispatch.smtp_recipient_refused", "The mail server refused the recipient {who}; nothing "
                "was sent.", who=who)) from None
    except smtplib.SMTPAuthenticationError:
        raise UserError(msg("dispatch.smtp_login_refused", "The mail server {host} did not accept the user name and "
                "password.", host=settings.host)) from None
    except smtplib.SMTPSenderRefused:
        raise UserError(msg("dispatch.smtp_sender_refused", "The mail server refused the sender address {sender}.",
                sender=sender)) from None
    except smtplib.SMTPNotSupportedError:
        raise UserError(msg("dispatch.smtp_no_security", "The mail server {host} does not offer {security} or "
                "login; check email.security.", host=settings.host, security=settings.security.upper())) from None
    except smtplib.SMTPServerDisconnected as exc:
        if "timed out" in str(exc) or isinstance(exc.__context__, TimeoutError):
            raise UserError(msg("dispatch.smtp_timeout", "The mail server {host}:{port} did not answer in "
                    "time.", host=settings.host, port=settings.port)) from None
        raise UserError(msg("dispatch.smtp_closed", "The mail server {host} closed the connection "
                "({reason}).", host=settings.host, reason=str(exc))) from None
    except smtplib.SMTPException as exc:
        raise UserError(msg("dispatch.smtp_not_taken", "The mail server {host} did not take the message "
                "({reason}).", host=settings.host, reason=str(exc))) from None
    except ssl.SSLError as exc:
        raise UserError(msg("dispatch.smtp_tls_failed", "A secure connection to {host} failed ({reason}).",
                host=settings.host, reason=str(exc.reason or exc))) from None
    except TimeoutError:
        raise UserError(msg("dispatch.smtp_timeout", "The mail server {host}:{port} did not answer in time.",
                host=settings.host, port=settings.port)) from None
    except OSError as exc:
        raise UserError(msg("dispatch.smtp_unreachable", "The mail server {host}:{port} cannot be reached "
                "({reason}).", host=settings.host, port=settings.port, reason=str(exc.strerror or exc))) from None


@dataclass(frozen=True, slots=True)
class Mailer:
    """The ledger's mail server, checked, with its password read once (a batch sends many letters through it)."""

    settings: EmailSettings
    password: str | None
    transport: Transport = smtp_send

    def envelope(self, recipients: tuple[str, ...]) -> tuple[str, ...]:
        return recipients + ((self.settings.sender,) if self.settings.bcc_self else ())

    def hand_over(self, recipients: tuple[str, ...], built: BuiltEmail) -> None:
        """Give the message to the server; returns once it was accepted, else raises UserError."""
        self.transport(self.settings, self.password, self.settings.sender, self.envelope(recipients), built.data)


def mailer(ledger: Ledger, transport: Transport = smtp_send) -> Mailer:
    """The ledger's mail server as set up; one sentence when it is not set up or its password cannot be read."""
    settings = email_settings(ledger)
    return Mailer(settings, _password(settings), transport)


def record_email(ledger: Ledger, customer: Customer, letter_id: int, built: BuiltEmail,
                 recipients: tuple[str, ...], settings: EmailSettings, accepted: datetime, eml: Path) -> int:
    """Log an accepted email of a recorded letter and its dispatch row (joins the caller's transaction, so a
    letter and its email are recorded together); returns the evidence seq."""
    letter = rows.letter(ledger.conn, letter_id)
    if letter is None:
        raise UserError(msg("dispatch.no_letter", "There is no letter {letter_id}.", letter_id=letter_id))
    digest = hashlib.sha256(built.data).hexdigest()
    with ledger.database.atomic() as conn:
        seq = evidence_log.log_event(ledger, "letter_emailed", customer, {
            "letter": letter.id, "letter_event": letter.evidence_seq, "message_id": built.message_id,
            "recipients": list(recipients), "bcc": [settings.sender] if settings.bcc_self else [],
            "accepted_at": accepted.isoformat(timespec="seconds"), "server": settings.host,
            "sha256": digest, "file": eml.name, "letter_sha256": letter.sha256}, at=accepted)
        rows.insert_dispatch(conn, letter.id, "email", accepted.isoformat(timespec="seconds"),
                             recipients=", ".join(recipients), message_id=built.message_id,
                             message_path=_stored(ledger, eml), message_sha256=digest, evidence_seq=seq)
    return seq


def email_letter(ledger: Ledger, letter_id: int, *, to: str | None = None,
                 transport: Transport = smtp_send) -> EmailedLetter:
    """Email a recorded letter as a PDF attachment; the dispatch is recorded only once the server accepted it."""
    letter = recorded_letter(ledger, letter_id)
    recipients = recipients_for(letter.customer, to)
    mail = mailer(ledger, transport)
    built = build_email(ledger, letter, recipients, mail.settings, ledger.now())
    mail.hand_over(recipients, built)
    accepted = ledger.now().astimezone(UTC)
    digest = hashlib.sha256(built.data).hexdigest()
    eml = free_path(letter.path.with_suffix(".eml"))
    write_atomic(eml, built.data)
    try:
        seq = record_email(ledger, letter.customer, letter.row.id, built, recipients, mail.settings, accepted, eml)
    except BaseException:
        eml.unlink(missing_ok=True)
        raise
    return EmailedLetter(letter.row.id, letter.customer.code, recipients, built.message_id, accepted, digest, eml, seq)


def write_eml(ledger: Ledger, letter_id: int, out_dir: Path, *, to: str | None = None) -> Path:
    """Write the letter's email as an .eml file for the user's own mail program; nothing is recorded as sent."""
    letter = recorded_letter(ledger, letter_id)
    recipients = recipients_for(letter.customer, to)
    settings = email_settings(ledger)
    built = build_email(ledger, letter, recipients, settings, ledger.now())
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(msg("dispatch.folder_failed", "Cannot create the folder {out_dir}: {reason}.",
                out_dir=str(out_dir), reason=str(exc.strerror or exc))) from None
    target = out_dir / f"{letter.customer.code}-{letter.path.stem}.eml"
    write_atomic(target, built.data)
    return target


# -- post -------------------------------------------------------------------------------------------------
def checked_posting(method: str, tracking: str) -> str:
    """The tracking number, trimmed, once the method is a way of posting and the number fits it."""
    if method not in POST_METHODS:
        raise UserError(msg("dispatch.bad_post_method", "'{method}' is not a way of posting; use {post_methods}.",
                            method=method, post_methods=", ".join(POST_METHODS)))
    tracking = tracking.strip()
    if len(tracking) > 64:
        raise UserError(msg("dispatch.tracking_too_long", "A tracking number has at most 64 characters."))
    if method != "ordinary" and not tracking:
        raise UserError(msg("dispatch.tracking_needed", "A {method} letter needs its tracking number "
                            "(--tracking).", method=method))
    return tracking


@dataclass(frozen=True, slots=True)
class PostedLetter:
    dispatch_id: int
    letter_id: int
    method: str
    tracking: str
    evidence_seq: int


def record_post(ledger: Ledger, letter_id: int, method: str, *, tracking: str = "", on: date | None = None
                ) -> PostedLetter:
    """Record that a letter was posted (ordinary, registered, EMS or courier) with its tracking number."""
    tracking = checked_posting(method, tracking)
    letter = recorded_letter(ledger, letter_id)
    day = on or ledger.today()
    if day < letter.row.sent_on:
        raise UserError(msg("dispatch.posted_before_letter", "Letter {letter_id} is dated {sent_on}; it cannot have "
                "been posted on {day}.", letter_id=letter_id, sent_on=letter.row.sent_on.isoformat(),
                day=day.isoformat()))
    at = datetime.combine(day, datetime.min.time(), UTC) if on else ledger.now()
    with ledger.database.atomic() as conn:
        seq = evidence_log.log_event(ledger, "letter_posted", letter.customer, {
            "letter": letter.row.id, "letter_event": letter.row.evidence_seq, "method": method,
            "tracking": tracking, "posted_on": day.isoformat(), "letter_sha256": letter.row.sha256})
        did = rows.insert_dispatch(conn, letter.row.id, method, at.astimezone(UTC).isoformat(timespec="seconds"),
                                   tracking=tracking, evidence_seq=seq)
    return PostedLetter(did, letter.row.id, method, tracking, seq)


@dataclass(frozen=True, slots=True)
class Delivery:
    dispatch_id: int
    letter_id: int
    on: date
    evidence_seq: int
    restarts_limitation: bool


def record_delivery(ledger: Ledger, letter_id: int, on: date, *, note: str = "") -> Delivery:
    """Record when a posted letter was delivered. Where the customer's rule pack counts a delivered demand
    (cn), the delivery is also the limitation event for the letter's invoices."""
    letter = recorded_letter(ledger, letter_id)
    posted = [d for d in rows.dispatches_of(ledger.conn, letter_id) if d.method != "email"]
    if not posted:
        raise UserError(msg("dispatch.not_posted", "Letter {letter_id} has no record of being posted; "
                "record the posting first.", letter_id=letter_id))
    if any(d.delivered_on for d in posted):
        first = next(d for d in posted if d.delivered_on)
        raise UserError(msg("dispatch.already_delivered", "Letter {letter_id} is already recorded as "
                "delivered on {delivered_on}.", letter_id=letter_id, delivered_on=str(first.delivered_on)))
    if on < letter.row.sent_on:
        raise UserError(msg("dispatch.delivered_before_letter", "Letter {letter_id} is dated {sent_on}; it cannot have "
                "been delivered on {on}.", letter_id=letter_id, sent_on=letter.row.sent_on.isoformat(),
                on=on.isoformat()))
    if on > ledger.today():
        raise UserError(msg("dispatch.delivery_in_future", "{on} is in the future; record a delivery once it "
                "has happened.", on=on.isoformat()))
    dispatch = posted[-1]
    pack = letter.customer.jurisdiction.value
    restarts = limitation.restarted_by(pack, limitation.DEMAND_DELIVERED)
    numbers = rows.letter_invoice_numbers(ledger.conn, letter_id)
    with ledger.database.atomic() as conn:
        seq = evidence_log.log_event(ledger, "letter_delivered", letter.customer, {
            "letter": letter.row.id, "letter_event": letter.row.evidence_seq, "posting_event": dispatch.evidence_seq,
            "method": dispatch.method, "tracking": dispatch.tracking, "delivered_on": on.isoformat(), "note": note})
        rows.mark_delivered(conn, dispatch.id, on, seq)
        if restarts:
            limitations.record_limitation_event(
                ledger, letter.customer.code, limitation.DEMAND_DELIVERED, on, invoices=numbers,
                note=msg("limitation.note.letter_delivered", "letter {letter} (evidence event {record}) delivered; "
                         "event {event}", letter=letter.row.id, record=letter.row.evidence_seq, event=seq))
    return Delivery(dispatch.id, letter_id, on, seq, restarts)


@dataclass(frozen=True, slots=True)
class UndeliveredLetter:
    letter_id: int
    customer_id: int
    method: str
    tracking: str
    posted_at: str


def posted_without_delivery(ledger: Ledger, on: date, days: int = DELIVERY_OVERDUE_DAYS) -> list[UndeliveredLetter]:
    """Posted letters with no delivery record more than ``days`` after posting (a queue task each)."""
    cutoff = datetime.combine(on - timedelta(days=days), datetime.min.time(), UTC).isoformat(timespec="seconds")
    return [UndeliveredLetter(d.letter_id, cid, d.method, d.tracking, d.sent_at)
            for d, cid in rows.posted_undelivered(ledger.conn, cutoff)]


# -- files ------------------------------------------------------------------------------------------------
def _stored(ledger: Ledger, path: Path) -> str:
    return path.relative_to(policy.side_dir(ledger, "")).as_posix()


def free_path(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def write_atomic(target: Path, data: bytes) -> None:
    """Write a letter's message or PDF atomically; a file-system problem is one sentence."""
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise UserError(msg("dispatch.write_failed", "Cannot write {target}: {reason}.", target=str(target),
                reason=str(exc.strerror or exc))) from None


# -- a batch, before it runs ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class BatchLine:
    """Letters of one level going one way in one currency, and what they claim together (minor units)."""

    level: int
    level_name: str
    channel: str  # "email" or "post"
    currency: str
    letters: int
    claimed: int


@dataclass(frozen=True, slots=True)
class BatchSummary:
    on: date
    letters: int
    paused: int
    lines: tuple[BatchLine, ...]
    no_email: tuple[str, ...]  # customers that would be emailed but have no address (they go by post)


def batch_summary(ledger: Ledger, on: date, *, email: bool = False) -> BatchSummary:
    """What a batch on ``on`` would send, before anything is archived, logged, emailed or printed: letters by
    level, channel and currency with the amounts claimed. A letter claiming two currencies counts in both."""
    entries = escalation.letters_due(ledger, on)
    due = [e for e in entries if e.decision is not None]
    groups: dict[tuple[int, str, str, str], list[int]] = {}
    no_email = []
    for entry in due:
        decision = entry.decision
        assert decision is not None
        channel = "post"
        if email:
            try:
                recipients_for(entry.customer)
                channel = "email"
            except UserError:
                no_email.append(entry.customer.code)
        for money in decision.totals:
            key = (decision.level, decision.level_name, channel, money.currency)
            count, total = groups.get(key, [0, 0])
            groups[key] = [count + 1, total + money.minor]
    lines = tuple(BatchLine(level, name, channel, cur, n, amount)
                  for (level, name, channel, cur), (n, amount) in sorted(groups.items(), key=lambda kv: (
                      -kv[0][0], kv[0][2], kv[0][3])))
    return BatchSummary(on, len(due), len(entries) - len(due), lines, tuple(no_email))
