"""What a write changed, so a screen can re-read only that (the model is Anki's OpChanges).

A write returns a Changes value naming the customers and invoices whose figures moved and the kinds of record
that were added; a front end refreshes what shows them and leaves the rest alone. Changes combine with |.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Changes:
    """Which parts of the ledger a write touched. Empty (the default) means nothing changed."""

    customers: frozenset[str] = frozenset()  # codes of the accounts whose details, balances or story changed
    invoices: frozenset[str] = frozenset()  # numbers of the invoices whose amounts, status or story changed
    customer_list: bool = False  # customers were added or renamed: lists of customers are read again
    invoice_list: bool = False  # invoices were added or voided: lists of invoices are read again
    events: bool = False  # contacts, promises, disputes, plans, tasks: the queue and timelines
    letters: bool = False  # letters or statements were sent and archived
    settings: bool = False  # the ledger's settings (aging buckets, creditor, rules)

    @classmethod
    def everything(cls) -> Changes:
        """For writes too broad to list (an import, a batch of letters): every screen re-reads."""
        return cls(customer_list=True, invoice_list=True, events=True, letters=True, settings=True)

    @classmethod
    def of(cls, customers: Iterable[str] = (), invoices: Iterable[str] = (), **flags: bool) -> Changes:
        """Build a change set from any iterables of codes and numbers (blank ones are dropped)."""
        return cls(frozenset(c for c in customers if c), frozenset(n for n in invoices if n), **flags)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.customers | other.customers, self.invoices | other.invoices,
                       **{f.name: getattr(self, f.name) or getattr(other, f.name)
                          for f in fields(self) if f.name not in ("customers", "invoices")})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def money(self) -> bool:
        """Did balances or amounts change (totals, aging and KPIs shown anywhere are affected)?"""
        return bool(self.customers or self.invoices or self.customer_list or self.invoice_list or self.settings)

    def touches_customer(self, code: str) -> bool:
        """Does anything shown for this customer need reading again?"""
        return code in self.customers or self.customer_list or self.settings
