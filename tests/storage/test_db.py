import sqlite3
from datetime import date

import pytest

from arledger.domain.model import Customer


def test_atomic_rolls_back_everything_on_error(ledger, acme):
    with pytest.raises(RuntimeError), ledger.database.atomic() as conn:
        conn.execute("INSERT INTO customers (code, name, created_at) VALUES ('X', 'X', 'now')")
        raise RuntimeError("crash mid-action")
    assert ledger.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 1


def test_check_constraints_keep_amounts_sane(ledger, acme):
    inv = ledger.add_invoice("ACME", "INV-1", date(2025, 1, 1), 1000)
    with pytest.raises(sqlite3.IntegrityError):
        ledger.conn.execute("UPDATE invoices SET amount = -5 WHERE id = ?", (inv.id,))
    with pytest.raises(sqlite3.IntegrityError):  # cannot settle more than the invoice
        ledger.conn.execute(
            "INSERT INTO payments (customer_id, date, amount, currency, created_at) VALUES (?, '2025-02-01', 5000, "
            "'EUR', 'now')", (acme.id,))
        ledger.conn.execute(
            "INSERT INTO allocations (invoice_id, kind, payment_id, date, amount) VALUES (?, 'payment', 1, "
            "'2025-02-01', 5000)", (inv.id,))


def test_other_connection_sees_committed_writes_only(ledger, ledger_path):
    ledger.add_customer(Customer(code="A", name="A"))
    other = sqlite3.connect(ledger_path)
    assert other.execute("SELECT count(*) FROM customers").fetchone()[0] == 1
    other.close()


def test_a_ledger_locked_by_another_program_gives_a_sentence_and_saves_nothing(ledger, ledger_path):
    from arledger.domain.errors import UserError

    other = sqlite3.connect(ledger_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing
    ledger.conn.execute("PRAGMA busy_timeout = 50")
    try:
        with pytest.raises(UserError, match="being changed by another program; nothing was saved"):
            ledger.add_customer(Customer(code="B", name="B"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert ledger.conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 0
