"""Aging: how late each open amount is on a chosen date, grouped into buckets.

A bucket scheme is a list of day boundaries. By due date (the default) the first bucket holds what is
not yet due ("current") and the others hold days past due: boundaries 30, 90, 180 give current, 1-30,
31-90, 91-180 and over 180. By invoice date the buckets count days since the invoice was issued:
0-30, 31-90, 91-180, over 180.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import OpenItem

DEFAULT_BOUNDARIES = (30, 90, 180)


class AgingBasis(StrEnum):
    DUE = "due"
    INVOICE = "invoice"


@dataclass(frozen=True, slots=True)
class BucketScheme:
    """Day boundaries (strictly increasing, positive) and the date the age is counted from."""

    boundaries: tuple[int, ...] = DEFAULT_BOUNDARIES
    basis: AgingBasis = AgingBasis.DUE

    def __post_init__(self) -> None:
        b = self.boundaries
        if not b:
            raise UserError(msg("aging.no_boundaries", "Give at least one bucket boundary, such as 30,90,180."))
        if any(x <= 0 for x in b) or any(x >= y for x, y in itertools.pairwise(b)):
            raise UserError(msg("aging.bad_boundaries",
                                "Bucket boundaries must be whole days, above zero and increasing; got {got}.",
                                got=",".join(map(str, b))))

    @property
    def labels(self) -> tuple[str, ...]:
        b = self.boundaries
        first = ["current", f"1-{b[0]}"] if self.basis is AgingBasis.DUE else [f"0-{b[0]}"]
        middle = [f"{lo + 1}-{hi}" for lo, hi in itertools.pairwise(b)]
        return (*first, *middle, f"over {b[-1]}")

    def ranges(self) -> list[tuple[int | None, int | None]]:
        """Each bucket's ages as (exclusive low, inclusive high) days, in label order; None is unbounded."""
        b = self.boundaries
        if self.basis is AgingBasis.DUE:
            lows: tuple[int | None, ...] = (0, *b)
            return [(None, 0), *zip(lows, (*b, None), strict=True)]
        return list(zip((None, *b), (*b, None), strict=True))

    def bucket_of(self, age_days: int) -> int:
        """Index into labels for an age in days (days past due, or days since issue)."""
        offset = 1 if self.basis is AgingBasis.DUE else 0
        if self.basis is AgingBasis.DUE and age_days <= 0:
            return 0
        for i, bound in enumerate(self.boundaries):
            if age_days <= bound:
                return i + offset
        return len(self.boundaries) + offset


def parse_boundaries(text: str) -> tuple[int, ...]:
    """Parse '30,90,180' into boundaries; one clear sentence on bad input."""
    try:
        values = tuple(int(part.strip()) for part in text.split(",") if part.strip())
    except ValueError:
        raise UserError(msg("aging.not_boundaries", "'{text}' is not a list of day boundaries such as 30,90,180.",
                            text=text)) from None
    BucketScheme(values)  # validates
    return values


def age_days(item: OpenItem, as_of: date, basis: AgingBasis) -> int:
    """Days past due (due basis) or days since issue (invoice basis) on as_of."""
    start = item.due_date if basis is AgingBasis.DUE else item.issue_date
    return (as_of - start).days


def days_overdue(due_date: date, as_of: date) -> int:
    """Days past due, never negative."""
    return max(0, (as_of - due_date).days)


@dataclass(frozen=True, slots=True)
class AgedItem:
    item: OpenItem
    age_days: int
    bucket: int


def age_open_items(items: Iterable[OpenItem], as_of: date, scheme: BucketScheme) -> list[AgedItem]:
    """Place every item with something open into its bucket on as_of."""
    out = []
    for item in items:
        if item.open_amount <= 0 or item.issue_date > as_of:
            continue
        days = age_days(item, as_of, scheme.basis)
        out.append(AgedItem(item, days, scheme.bucket_of(days)))
    return out


def sum_by_customer(aged: Iterable[AgedItem], n_buckets: int) -> dict[tuple[int, str], list[int]]:
    """Bucket sums per (customer id, currency): the reference the SQL aging is tested against."""
    sums: dict[tuple[int, str], list[int]] = {}
    for a in aged:
        row = sums.setdefault((a.item.customer_id, a.item.currency), [0] * n_buckets)
        row[a.bucket] += a.item.open_amount
    return sums
