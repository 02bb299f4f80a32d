"""Reading the exported workbook's tables back the way a person sees them: below the title block, keyed by
the import names where a sheet has that row and by the human headers otherwise."""

from __future__ import annotations

import re

TITLE_ROWS = 8
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


def is_names_row(values) -> bool:
    return all(isinstance(v, str) and _NAME.match(v) for v in values if v is not None) and any(values)


def sheet_table(ws, title_rows: int = TITLE_ROWS) -> tuple[list[str], list[dict]]:
    """(header keys, data rows as dicts) up to the first blank row."""
    rows = ws.iter_rows(min_row=title_rows + 1, values_only=True)
    head = list(next(rows))
    second = next(rows, None)
    out = []
    if second is not None and is_names_row(second):
        head = list(second)
    elif second is not None:
        out.append(dict(zip(head, second, strict=False)))
    for r in rows:
        if all(v is None for v in r):
            break
        out.append(dict(zip(head, r, strict=False)))
    if out and all(v is None for v in out[0].values()):
        out = []
    return head, out
