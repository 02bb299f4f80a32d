"""What every keyset-paged list shares: the page size, the cursor, and the day a list is read as of."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the next keyset page starts: the last row's sort key value and id."""

    key: object
    id: int


def _today(as_of: date | None) -> date:
    return as_of or date.today()
