"""The words for what the ledger records by code: contact channels, directions and outcomes, and the kinds of
entry that settle invoices. One place for them, so the timeline, the evidence log, the workbook and the command
line name a recorded ``phone``/``out``/``no-answer`` or ``write_off`` alike, in the reader's language."""

from __future__ import annotations

from collections.abc import Mapping

from arledger.domain.messages import Message, msg


# The tables are built once: a workbook's contact log or a timeline names thousands of records.
def known_word(code: str, names: Mapping[str, Message]) -> Message:
    """A code's word from its table; a code this version does not know reads as stored, its underscores spaced."""
    return names.get(code) or Message("", code.replace("_", " "))


_CHANNEL_WORDS: dict[str, Message] = {
    "phone": msg("evidence.channel.phone", "phone"),
    "email": msg("evidence.channel.email", "email"),
    "letter": msg("evidence.channel.letter", "letter"),
    "visit": msg("evidence.channel.visit", "visit"),
    "sms": msg("evidence.channel.sms", "SMS"),
    "chat": msg("evidence.channel.chat", "chat"),
}


def channel_word(code: str) -> Message:
    """How a contact was made (phone, email, letter, visit, SMS, chat)."""
    return known_word(code, _CHANNEL_WORDS)


_DIRECTION_WORDS: dict[str, Message] = {
    "out": msg("evidence.direction.out", "out"),
    "in": msg("evidence.direction.in", "in"),
}


def direction_word(code: str) -> Message:
    """Who made a contact: we (out) or the debtor (in)."""
    return known_word(code, _DIRECTION_WORDS)


_OUTCOME_WORDS: dict[str, Message] = {
    "no-answer": msg("evidence.outcome.no_answer", "no-answer"),
    "reached": msg("evidence.outcome.reached", "reached"),
    "promise": msg("evidence.outcome.promise", "promise"),
    "dispute": msg("evidence.outcome.dispute", "dispute"),
    "refused": msg("evidence.outcome.refused", "refused"),
    "wrong-number": msg("evidence.outcome.wrong_number", "wrong-number"),
}


def outcome_word(code: str) -> Message:
    """What a contact achieved (reached, promise, no answer ...)."""
    return known_word(code, _OUTCOME_WORDS)


_ENTRY_KIND_WORDS: dict[str, Message] = {
    "payment": msg("evidence.kind.payment", "payment"),
    "credit_note": msg("evidence.kind.credit_note", "credit note"),
    "write_off": msg("evidence.kind.write_off", "write-off"),
    "refund": msg("evidence.kind.refund", "refund"),
}


def entry_kind_word(kind: str) -> Message:
    """A kind of entry on an account or an invoice (payment, credit note, write-off, refund)."""
    return known_word(kind, _ENTRY_KIND_WORDS)


def entry_label(kind: str, number: str | int, invoice: str = "") -> Message:
    """An entry as a person names it: its kind and number, and the invoice a write-off was made on."""
    if invoice:
        return msg("entry.label_on", "{kind} {number} on {invoice}", kind=entry_kind_word(kind), number=str(number),
                   invoice=invoice)
    return msg("entry.label", "{kind} {number}", kind=entry_kind_word(kind), number=str(number))


def reversal_label(entry: Message | str) -> Message:
    """The correction that reverses an entry (named by :func:`entry_label`, or by the reference it was paid
    with)."""
    return msg("entry.reversal_of", "reversal of {entry}", entry=entry)


def void_label(invoice: str) -> Message:
    """The correction that takes a voided invoice off the account."""
    return msg("entry.void_of", "void of invoice {number}", number=invoice)


_EVENT_KIND_WORDS: dict[str, Message] = {
    "payment": entry_kind_word("payment"),
    "promise": msg("evidence.kind.promise", "promise"),
    "plan": msg("evidence.kind.plan", "plan"),
    "letter": msg("evidence.kind.letter", "letter"),
    "contact": msg("evidence.kind.contact", "contact"),
    "correction": msg("evidence.kind.correction", "correction"),
    "dispute_opened": msg("evidence.kind.dispute_opened", "dispute opened"),
    "dispute_resolved": msg("evidence.kind.dispute_resolved", "dispute resolved"),
    "guard_override": msg("evidence.kind.guard_override", "guard override"),
    "attachment": msg("evidence.kind.attachment", "attachment"),
    "write_off": entry_kind_word("write_off"),
    "credit_note": entry_kind_word("credit_note"),
    "acknowledgment": msg("evidence.kind.acknowledgment", "acknowledgment"),
    "part_payment": msg("evidence.kind.part_payment", "part payment"),
    "demand_delivered": msg("evidence.kind.demand_delivered", "demand delivered"),
    "suit": msg("evidence.kind.suit", "suit"),
    "negotiation_start": msg("evidence.kind.negotiation_start", "negotiation start"),
    "negotiation_end": msg("evidence.kind.negotiation_end", "negotiation end"),
    "invoice_voided": msg("evidence.kind.invoice_voided", "invoice voided"),
    "refund": entry_kind_word("refund"),
    "credit_applied": msg("evidence.kind.credit_applied", "credit applied"),
    "credit_override": msg("evidence.kind.credit_override", "credit override"),
    "letter_posted": msg("evidence.kind.letter_posted", "letter posted"),
    "letter_emailed": msg("evidence.kind.letter_emailed", "letter emailed"),
    "letter_delivered": msg("evidence.kind.letter_delivered", "letter delivered"),
    "notice": msg("evidence.kind.notice", "notice"),
    "notice_emailed": msg("evidence.kind.notice_emailed", "notice emailed"),
    "settlement_offer": msg("evidence.kind.settlement_offer", "settlement offer"),
    "settlement_approved": msg("evidence.kind.settlement_approved", "settlement approved"),
    "handover": msg("evidence.kind.handover", "handover"),
    "import": msg("evidence.kind.import", "import"),
    "bank_statement": msg("evidence.kind.bank_statement", "bank statement"),
    "opening_import": msg("evidence.kind.opening_import", "opening import"),
    "records_sealed": msg("evidence.kind.records_sealed", "records sealed"),
    "contract_terms": msg("evidence.kind.contract_terms", "contract terms"),
    "default_terms": msg("evidence.kind.default_terms", "default terms"),
    "interest_waived": msg("evidence.kind.interest_waived", "interest waived"),
    "payment_reversed": msg("evidence.kind.payment_reversed", "payment reversed"),
    "credit_note_reversed": msg("evidence.kind.credit_note_reversed", "credit note reversed"),
    "write_off_reversed": msg("evidence.kind.write_off_reversed", "write-off reversed"),
    "refund_reversed": msg("evidence.kind.refund_reversed", "refund reversed"),
    "settlement_letter": msg("evidence.kind.settlement_letter", "settlement letter"),
    "settlement_settled": msg("evidence.kind.settlement_settled", "settlement paid"),
    "settlement_lapsed": msg("evidence.kind.settlement_lapsed", "settlement lapsed"),
    "case_stage": msg("evidence.kind.case_stage", "case stage"),
    "case_owner": msg("evidence.kind.case_owner", "case owner"),
    "invoice": msg("evidence.kind.invoice", "invoice"),
}


def event_kind_word(kind: str) -> Message:
    """What kind of event of the evidence log it is, as a person names it (an unknown kind: its own words)."""
    return known_word(kind, _EVENT_KIND_WORDS)


_PROMISE_STATUS_WORDS: dict[str, Message] = {
    "pending": msg("promise.status.pending", "pending"),
    "kept": msg("promise.status.kept", "kept"),
    "partly kept": msg("promise.status.partly_kept", "partly kept"),
    "broken": msg("promise.status.broken", "broken"),
}


def promise_status_word(status: str) -> Message:
    """How a promise to pay stands (pending, kept, partly kept, broken)."""
    return known_word(status, _PROMISE_STATUS_WORDS)


_PLAN_STATUS_WORDS: dict[str, Message] = {
    "on track": msg("plan.status.on_track", "on track"),
    "broken": msg("plan.status.broken", "broken"),
    "completed": msg("plan.status.completed", "completed"),
}


def plan_status_word(status: str) -> Message:
    """How an instalment plan stands (on track, broken, completed)."""
    return known_word(status, _PLAN_STATUS_WORDS)


_DISPUTE_REASON_WORDS: dict[str, Message] = {
    "quality": msg("dispute.reason.quality", "quality"),
    "delivery": msg("dispute.reason.delivery", "delivery"),
    "price": msg("dispute.reason.price", "price"),
    "paid": msg("dispute.reason.paid", "already paid"),
    "other": msg("dispute.reason.other", "other"),
}


def dispute_reason_word(reason: str) -> Message:
    """Why an invoice is disputed (quality, delivery, price, paid, other)."""
    return known_word(reason, _DISPUTE_REASON_WORDS)


_CUSTOMER_KIND_WORDS: dict[str, Message] = {
    "company": msg("customer.kind.company", "company"),
    "sole_trader": msg("customer.kind.sole_trader", "sole trader"),
    "individual": msg("customer.kind.individual", "individual"),
}


def customer_kind_word(kind: str) -> Message:
    """A company, a sole trader or an individual."""
    return known_word(kind, _CUSTOMER_KIND_WORDS)


_YES_NO_WORDS: dict[str, Message] = {"yes": msg("word.yes", "yes"), "no": msg("word.no", "no")}


def yes_no_word(value: str) -> Message:
    """A flag's 'yes' or 'no' as the reader writes it."""
    return known_word(value, _YES_NO_WORDS)


# The payment methods the product offers (the payment dialog's choices, a bank statement's lines), stored by code.
_PAYMENT_METHOD_WORDS: dict[str, Message] = {
    "bank_transfer": msg("payment.method.bank_transfer", "bank transfer"),
    "card": msg("payment.method.card", "card"),
    "cheque": msg("payment.method.cheque", "cheque"),
    "cash": msg("payment.method.cash", "cash"),
}
PAYMENT_METHODS = tuple(_PAYMENT_METHOD_WORDS)
# Before methods had codes the ledger stored the payment dialog's choice as shown (English, German or Chinese) and
# a bank statement's payments as "bank transfer"; those rows, and their append-only evidence events, keep it.
_PAYMENT_METHOD_CODES = {
    **{str(word): code for code, word in _PAYMENT_METHOD_WORDS.items()},
    "Überweisung": "bank_transfer", "Karte": "card", "Scheck": "cheque", "bar": "cash",
    "银行转账": "bank_transfer", "银行卡": "card", "支票": "cheque", "现金": "cash",
}


def payment_method_code(method: str) -> str:
    """A payment method as the ledger stores it: the code of a method the product offers, given by its code or by
    the words it was stored as before methods had codes (its English words also as a command line or an English
    workbook gives them), else the words as typed."""
    return _PAYMENT_METHOD_CODES.get(method, method)


def payment_method_word(method: str) -> Message:
    """How a payment was made: a method the product offers in the reader's language, someone's own words as
    typed."""
    return _PAYMENT_METHOD_WORDS.get(payment_method_code(method)) or Message("", method)
