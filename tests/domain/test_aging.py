from datetime import date

import pytest

from arledger.domain.aging import AgingBasis, BucketScheme, age_open_items, parse_boundaries, sum_by_customer
from arledger.domain.errors import UserError
from arledger.domain.model import OpenItem


def test_default_labels():
    assert BucketScheme().labels == ("current", "1-30", "31-90", "91-180", "over 180")
    assert BucketScheme((30, 60), AgingBasis.INVOICE).labels == ("0-30", "31-60", "over 60")


@pytest.mark.parametrize(("days", "label"), [
    (-5, "current"), (0, "current"), (1, "1-30"), (30, "1-30"), (31, "31-90"), (90, "31-90"),
    (91, "91-180"), (180, "91-180"), (181, "over 180"),
])
def test_bucket_edges_by_due_date(days, label):
    s = BucketScheme()
    assert s.labels[s.bucket_of(days)] == label


def test_custom_buckets():
    s = BucketScheme((15, 45))
    assert s.labels == ("current", "1-15", "16-45", "over 45")
    assert [s.labels[s.bucket_of(d)] for d in (0, 15, 16, 45, 46)] == ["current", "1-15", "16-45", "16-45", "over 45"]


@pytest.mark.parametrize("text", ["30,20", "0,30", "a,b", ""])
def test_bad_boundaries_are_refused(text):
    with pytest.raises(UserError):
        parse_boundaries(text)


def test_age_open_items_ignores_settled_and_future_items():
    items = [
        OpenItem(1, 1, "A", date(2025, 1, 1), date(2025, 1, 31), 1000, 1000, "EUR"),
        OpenItem(2, 1, "B", date(2025, 1, 1), date(2025, 1, 31), 1000, 0, "EUR"),
        OpenItem(3, 1, "C", date(2025, 6, 1), date(2025, 7, 1), 1000, 1000, "EUR"),
        OpenItem(4, 1, "D", date(2024, 12, 1), date(2024, 12, 31), 500, 500, "GBP"),
    ]
    aged = age_open_items(items, date(2025, 3, 1), BucketScheme())
    # A: 29 days past due -> 1-30; D: 60 days -> 31-90; B settled; C not issued yet
    assert [(a.item.number, a.age_days, a.bucket) for a in aged] == [("A", 29, 1), ("D", 60, 2)]
    assert sum_by_customer(aged, 5) == {(1, "EUR"): [0, 1000, 0, 0, 0], (1, "GBP"): [0, 0, 500, 0, 0]}
