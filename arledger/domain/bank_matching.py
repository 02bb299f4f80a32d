"""Matching bank statement lines to customers and open invoices: pure functions over plain values.

A credit line is matched, in order of trust, by (1) invoice numbers or a customer's payment reference in its
remittance text, (2) an IBAN or payer name seen on an earlier accepted line, (3) an amount equal to one open
invoice, or to a combination of one customer's open invoices (a bounded search). Debits and lines nothing
matches are reported as such, never guessed.

Each proposal says why as a message (one per case, so a translator sees whole sentences), written in the reader's
language wherever it is shown: the review table, the review CSV and the command line.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from itertools import combinations

from arledger.domain.messages import Message, msg, plural_msg

# the combination search looks at no more than this many invoices of one customer, and sets this large
MAX_COMBINATION_INVOICES = 14
MAX_COMBINATION_SIZE = 4


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One booked line of a bank statement. amount is signed minor units: credits (money in) are positive."""

    line: int  # where it is in the file (line number or entry number)
    booked_on: date
    amount: int
    currency: str
    bank_reference: str = ""
    payer_name: str = ""
    payer_iban: str = ""
    remittance: str = ""

    @property
    def fingerprint(self) -> str:
        """What makes a line the same line in a second file: bank reference, amount, currency and date (and,
        for banks that give no reference, the payer and remittance text)."""
        parts = [self.bank_reference.strip(), str(self.amount), self.currency, self.booked_on.isoformat()]
        if not self.bank_reference.strip():
            parts += [normalise_name(self.payer_name), self.payer_iban.replace(" ", "").upper(),
                      " ".join(self.remittance.split())]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class OpenInvoice:
    number: str
    customer_id: int
    customer_code: str
    currency: str
    open_amount: int
    due_date: date


class Outcome(StrEnum):
    MATCHED = "matched"
    UNMATCHED = "unmatched"
    DEBIT = "debit"
    SEEN = "seen"  # imported from an earlier file


_OUTCOME_WORDS: dict[Outcome, Message] = {
    Outcome.MATCHED: msg("bank.outcome.matched", "matched"),
    Outcome.UNMATCHED: msg("bank.outcome.unmatched", "unmatched"),
    Outcome.DEBIT: msg("bank.outcome.debit", "debit"),
    Outcome.SEEN: msg("bank.outcome.seen", "seen"),
}


def outcome_word(outcome: Outcome) -> Message:
    """What became of a statement line (matched, unmatched, debit, seen before), as the reader's language names it."""
    return _OUTCOME_WORDS[outcome]


@dataclass(frozen=True, slots=True)
class Proposal:
    """What the ledger proposes for one statement line; the user accepts or rejects it."""

    statement_line: StatementLine
    outcome: Outcome
    customer_code: str = ""
    invoices: tuple[str, ...] = ()
    confidence: int = 0  # 0-100
    reason: Message = field(default_factory=lambda: Message("", ""))
    accepted: bool = field(default=False)


@dataclass(frozen=True, slots=True)
class Knowledge:
    """What the ledger knows when matching: open invoices and what earlier statements taught it."""

    open_invoices: Sequence[OpenInvoice]
    customer_codes: Mapping[str, int]  # upper-cased code -> customer id
    ibans: Mapping[str, int]  # IBAN without spaces -> customer id
    payer_names: Mapping[str, int]  # normalised payer name -> customer id


DEBIT = msg("bank.reason.debit", "a debit (money out): listed, not matched")
SEEN = msg("bank.reason.seen", "imported from an earlier statement")
SEVERAL_CUSTOMERS = msg("bank.reason.several_customers", "the remittance names invoices of several customers: "
                        "not guessed")
ONE_INVOICE = msg("bank.reason.one_invoice", "amount equals one open invoice")
COMBINATIONS = msg("bank.reason.combinations", "amount equals combinations of several customers' invoices: "
                   "not guessed")
NOTHING = msg("bank.reason.nothing", "no invoice number, known payer or amount matches")


def _named_reason(n: int, exact: bool, part: bool) -> Message:
    """Invoice numbers in the remittance text, and how the amount compares with what they have open."""
    if exact:
        return plural_msg("bank.reason.number_exact", "invoice number in the remittance text; amount equals what is "
                          "open", "invoice numbers in the remittance text; amount equals what is open", n=n)
    if part:
        return plural_msg("bank.reason.number_part", "invoice number in the remittance text; amount differs from "
                          "what is open (part payment)", "invoice numbers in the remittance text; amount differs "
                          "from what is open (part payment)", n=n)
    return plural_msg("bank.reason.number_over", "invoice number in the remittance text; amount differs from what "
                      "is open (overpaid)", "invoice numbers in the remittance text; amount differs from what is open "
                      "(overpaid)", n=n)


def _code_reason(exact: bool) -> Message:
    if exact:
        return msg("bank.reason.code_exact", "our payment reference (customer code) in the remittance text; amount "
                   "equals the invoices named")
    return msg("bank.reason.code_oldest", "our payment reference (customer code) in the remittance text; applied "
               "oldest first")


def _payer_reason(iban: str, name: str, exact: bool) -> Message:
    """A payer known from an earlier payment, by IBAN (iban) or by name."""
    if iban:
        if exact:
            return msg("bank.reason.iban_exact", "IBAN {iban} seen on an earlier payment; amount equals the invoices "
                       "named", iban=iban)
        return msg("bank.reason.iban_oldest", "IBAN {iban} seen on an earlier payment; applied oldest first",
                   iban=iban)
    if exact:
        return msg("bank.reason.payer_exact", "payer name '{payer}' seen on an earlier payment; amount equals the "
                   "invoices named", payer=name)
    return msg("bank.reason.payer_oldest", "payer name '{payer}' seen on an earlier payment; applied oldest first",
               payer=name)


def normalise_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def _token_key(token: str) -> str:
    return re.sub(r"[^0-9A-Z]", "", token.upper())


_TOKEN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/._]*[A-Za-z0-9]|[A-Za-z0-9]")


class Matcher:
    """Proposes a match for each line; built once per statement from what the ledger knows."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.k = knowledge
        self.by_number: dict[str, OpenInvoice] = {}
        self.by_customer: dict[int, list[OpenInvoice]] = {}
        self.code_of: dict[int, str] = {}
        for inv in knowledge.open_invoices:
            self.by_number[_token_key(inv.number)] = inv
            self.by_customer.setdefault(inv.customer_id, []).append(inv)
            self.code_of[inv.customer_id] = inv.customer_code
        for code, cid in knowledge.customer_codes.items():
            self.code_of.setdefault(cid, code)
        for items in self.by_customer.values():
            items.sort(key=lambda i: (i.due_date, i.number))

    def propose(self, line: StatementLine) -> Proposal:
        if line.amount <= 0:
            return Proposal(line, Outcome.DEBIT, reason=DEBIT)
        found = self._by_remittance(line)
        if found:
            return found
        cid, iban = self._by_payer(line)
        if cid is not None:
            invoices, exact = self._cover(cid, line)
            return Proposal(line, Outcome.MATCHED, self.code_of.get(cid, ""), invoices,
                            80 if exact else 65, _payer_reason(iban, line.payer_name, exact))
        return self._by_amount(line)

    def _currency_invoices(self, cid: int, currency: str) -> list[OpenInvoice]:
        return [i for i in self.by_customer.get(cid, []) if i.currency == currency]

    def _by_remittance(self, line: StatementLine) -> Proposal | None:
        text = f"{line.remittance} {line.bank_reference}"
        named: list[OpenInvoice] = []
        codes: list[int] = []
        for token in _TOKEN_RE.findall(text):
            key = _token_key(token)
            if not key:
                continue
            inv = self.by_number.get(key)
            if inv and inv.currency == line.currency and inv not in named:
                named.append(inv)
            elif key in self.k.customer_codes and len(key) >= 3:
                codes.append(self.k.customer_codes[key])
        if named:
            customers = {i.customer_id for i in named}
            if len(customers) > 1:
                return Proposal(line, Outcome.UNMATCHED, reason=SEVERAL_CUSTOMERS)
            total = sum(i.open_amount for i in named)
            numbers = tuple(i.number for i in named)
            if total == line.amount:
                return Proposal(line, Outcome.MATCHED, named[0].customer_code, numbers, 99,
                                _named_reason(len(named), True, False))
            return Proposal(line, Outcome.MATCHED, named[0].customer_code, numbers, 90,
                            _named_reason(len(named), False, line.amount < total))
        if len(set(codes)) == 1:
            cid = codes[0]
            invoices, exact = self._cover(cid, line)
            return Proposal(line, Outcome.MATCHED, self.code_of.get(cid, ""), invoices, 85 if exact else 75,
                            _code_reason(exact))
        return None

    def _by_payer(self, line: StatementLine) -> tuple[int | None, str]:
        """(customer id, the IBAN it was known by, or "" when known by the payer's name); (None, "") if unknown."""
        iban = line.payer_iban.replace(" ", "").upper()
        if iban and iban in self.k.ibans:
            return self.k.ibans[iban], iban
        name = normalise_name(line.payer_name)
        if name and name in self.k.payer_names:
            return self.k.payer_names[name], ""
        return None, ""

    def _cover(self, cid: int, line: StatementLine) -> tuple[tuple[str, ...], bool]:
        """The customer's invoices this amount pays exactly (one, or a combination), else oldest first."""
        items = self._currency_invoices(cid, line.currency)
        combo = exact_combination(items, line.amount)
        if combo is not None:
            return tuple(i.number for i in combo), True
        out, left = [], line.amount
        for inv in items:
            if left <= 0:
                break
            out.append(inv.number)
            left -= inv.open_amount
        return tuple(out), False

    def _by_amount(self, line: StatementLine) -> Proposal:
        single = [i for i in self.k.open_invoices if i.currency == line.currency and i.open_amount == line.amount]
        if len(single) == 1:
            inv = single[0]
            return Proposal(line, Outcome.MATCHED, inv.customer_code, (inv.number,), 60, ONE_INVOICE)
        if len(single) > 1:
            if len({i.customer_id for i in single}) > 1:
                return Proposal(line, Outcome.UNMATCHED, reason=plural_msg(
                    "bank.reason.equal_amounts_customers", "amount equals {n} open invoice of different customers: "
                    "not guessed", "amount equals {n} open invoices of different customers: not guessed",
                    n=len(single)))
            return Proposal(line, Outcome.UNMATCHED, reason=plural_msg(
                "bank.reason.equal_amounts", "amount equals {n} open invoice: not guessed",
                "amount equals {n} open invoices: not guessed", n=len(single)))
        hits = []
        for cid in self.by_customer:
            combo = exact_combination(self._currency_invoices(cid, line.currency), line.amount)
            if combo is not None:
                hits.append((cid, combo))
                if len(hits) > 1:
                    break
        if len(hits) == 1:
            cid, combo = hits[0]
            return Proposal(line, Outcome.MATCHED, self.code_of.get(cid, ""), tuple(i.number for i in combo), 50,
                            plural_msg("bank.reason.combination", "amount equals {n} open invoice of one customer",
                                       "amount equals {n} open invoices of one customer together", n=len(combo)))
        if hits:
            return Proposal(line, Outcome.UNMATCHED, reason=COMBINATIONS)
        return Proposal(line, Outcome.UNMATCHED, reason=NOTHING)


def exact_combination(items: Sequence[OpenInvoice], amount: int) -> tuple[OpenInvoice, ...] | None:
    """The oldest combination of up to MAX_COMBINATION_SIZE of the customer's first MAX_COMBINATION_INVOICES
    open invoices whose open amounts add up to amount exactly; None if there is none (or only a single one
    is asked for and it is ambiguous)."""
    pool = list(items)[:MAX_COMBINATION_INVOICES]
    for size in range(1, min(MAX_COMBINATION_SIZE, len(pool)) + 1):
        for combo in combinations(pool, size):
            if sum(i.open_amount for i in combo) == amount:
                return combo
    return None


def propose_all(lines: Iterable[StatementLine], knowledge: Knowledge,
                seen: Iterable[str] = ()) -> list[Proposal]:
    """A proposal per line; lines whose fingerprint is in seen were imported before and are marked so."""
    matcher = Matcher(knowledge)
    known = set(seen)
    out = []
    for line in lines:
        if line.fingerprint in known:
            out.append(Proposal(line, Outcome.SEEN, reason=SEEN))
            continue
        known.add(line.fingerprint)
        out.append(matcher.propose(line))
    return out
