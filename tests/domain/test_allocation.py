from datetime import date

from arledger.domain.allocation import Receivable, allocate, allocate_to


def r(iid, due, open_amount, issue=None):
    return Receivable(iid, f"INV-{iid}", issue or date(2025, 1, 1), due, open_amount)


def test_oldest_due_first_and_remainder_unapplied():
    items = [r(1, date(2025, 3, 1), 300), r(2, date(2025, 2, 1), 200), r(3, date(2025, 4, 1), 100)]
    parts, left = allocate(450, items)
    assert parts == [(2, 200), (1, 250)]
    assert left == 0
    parts, left = allocate(700, items)
    assert parts == [(2, 200), (1, 300), (3, 100)]
    assert left == 100  # an overpayment stays as unapplied credit


def test_ties_break_on_issue_date_then_number():
    items = [r(2, date(2025, 2, 1), 100, issue=date(2025, 1, 5)), r(1, date(2025, 2, 1), 100, issue=date(2025, 1, 2))]
    assert allocate(100, items)[0] == [(1, 100)]


def test_named_invoice_never_goes_below_zero():
    assert allocate_to(500, r(9, date(2025, 1, 1), 200)) == ([(9, 200)], 300)
    assert allocate_to(50, r(9, date(2025, 1, 1), 0)) == ([], 50)
