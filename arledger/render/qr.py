"""The EPC QR code ("Girocode") of a SEPA credit transfer: its payload and a reportlab flowable drawing it.

The code is made by segno (error correction level M, as EPC069-12 asks; segno picks the best of the eight
masks) and drawn as one filled vector path: runs of dark modules in a row become rectangles, and a
rectangle continues down while the rows below repeat the same run.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable

from arledger.domain.money import to_decimal


def epc_qr_payload(name: str, iban: str, bic: str, amount_minor: int | None, reference: str) -> str:
    """The EPC069-12 (version 002, UTF-8) payload of a SEPA credit transfer in EUR.

    ``amount_minor`` is in euro cents (None or out of range: the payer types the amount). The reference
    goes into the unstructured remittance field (max 140 characters).
    """
    amount = ""
    if amount_minor is not None and 1 <= amount_minor <= 99_999_999_999:
        amount = f"EUR{to_decimal(amount_minor, 'EUR'):.2f}"
    fields = ["BCD", "002", "1", "SCT", bic.replace(" ", "").upper(), _clip(name, 70),
              iban.replace(" ", "").upper(), amount, "", "", _clip(reference, 140)]
    return "\n".join(fields).rstrip("\n")


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's modules without the quiet zone (True = dark)."""
    code = segno.make_qr(payload, error="m", boost_error=False, encoding="utf-8")
    return [[bool(m) for m in row] for row in code.matrix]


@lru_cache(maxsize=64)
def _qr_path(payload: str) -> tuple[int, str]:
    """The module count and the PDF path operators (in module units) filling the dark modules."""
    modules = qr_modules(payload)
    n = len(modules)
    ops: list[str] = []
    open_runs: dict[tuple[int, int], int] = {}  # (column, length) -> first row
    for r in range(n + 1):
        runs = set()
        if r < n:
            c = 0
            for dark, group in groupby(modules[r]):
                length = len(list(group))
                if dark:
                    runs.add((c, length))
                c += length
        for key in sorted(set(open_runs) - runs):
            top = open_runs.pop(key)
            ops.append(f"{key[0]} {n - r} {key[1]} {r - top} re")
        for key in sorted(runs - set(open_runs)):
            open_runs[key] = r
    return n, " ".join(ops) + " f"


class QRCode(Flowable):  # type: ignore[misc]  # reportlab ships no type stubs, so Flowable is Any
    """An EPC QR code of a given size, drawn as one filled path."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n, path = _qr_path(self.payload)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.scale(self.size / n, self.size / n)
        canvas.addLiteral(path)
        canvas.restoreState()


def _clip(text: str, limit: int) -> str:
    return text.replace("\n", " ").strip()[:limit]
