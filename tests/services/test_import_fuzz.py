"""Property: whatever a file holds, an import ends with exit 0 or 1, sentences not tracebacks, and an unchanged
ledger when it is refused."""

from __future__ import annotations

import contextlib
import io
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arledger.cli.main import main
from arledger.domain.model import Customer
from arledger.services.ledger import Ledger
from tests.conftest import snapshot

HEADERS = {
    "customers": ["code", "name", "kind", "email", "currency", "payment_terms_days", "credit_limit", "timezone"],
    "invoices": ["customer", "number", "issue_date", "due_date", "amount", "currency", "reference", "Due Date"],
    "payments": ["customer", "date", "amount", "invoice", "method", "reference"],
}
CELLS = st.one_of(
    st.sampled_from(["ACME", "acme gmbh", "NOBODY", "I-1", "2025-01-31", "31/01/2025", "0001-01-01", "9999-12-31",
                     "10", "-5", "(3.50)", "1.234,50", "£1,234.50", "1e20", "NaN", "EUR", "XXX", "", " ",
                     "=HYPERLINK(\"x\")", "company", "Europe/Berlin", "Moon/Base", "a@b.example"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12),
)


def _ledger(folder: Path) -> Path:
    path = folder / "books.sqlite"
    with Ledger.open(path, create=True) as led:
        led.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR"))
        led.add_invoice("ACME", "I-1", date(2025, 1, 1), 10000)
    return path


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n\r') else text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(HEADERS)), data=st.data(), raw_tail=st.binary(max_size=20))
def test_any_file_ends_in_exit_0_or_1_and_refusals_change_nothing(kind, data, raw_tail):
    headers = data.draw(st.lists(st.sampled_from(HEADERS[kind]), min_size=1, max_size=6), label="headers")
    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)), max_size=4))
    text = ",".join(headers) + "\n" + "".join(",".join(_csv_cell(c) for c in r) + "\n" for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ledger = _ledger(folder)
        path = folder / "file.csv"
        path.write_bytes(text.encode("utf-8") + raw_tail)
        before = snapshot(ledger)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["--ledger", str(ledger), "import", kind, str(path)])
        assert code in (0, 1), err.getvalue()
        assert "Traceback" not in err.getvalue()
        if code == 1:
            assert snapshot(ledger) == before
            lines = [ln for ln in err.getvalue().splitlines() if ln.strip()]
            assert lines and all(ln.rstrip().endswith((".", ")", "?", ":")) or ln.startswith("  ") for ln in lines), \
                err.getvalue()
