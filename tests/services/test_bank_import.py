"""Bank statements: proposals per line, review and apply, nothing imported twice."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from arledger.domain.bank_matching import Outcome
from arledger.services import bank_import
from arledger.services.import_mapping import ImportSettings
from arledger.services.imports import ImportRejected
from arledger.services.reports import AgingGrouping, aging
from tests.conftest import snapshot
from tests.samples.bank_statements import CAMT053, CAMT054, MT940, OFX, bank_ledger

AS_OF = date(2026, 2, 28)


@pytest.fixture
def books(ledger):
    return bank_ledger(ledger)


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, text in (("camt053.xml", CAMT053), ("camt054.xml", CAMT054), ("feb.ofx", OFX), ("feb.sta", MT940)):
        out[name] = tmp_path / name
        out[name].write_text(text, encoding="utf-8")
    return out


def _open(ledger) -> dict[str, int]:
    report = aging(ledger, AS_OF, grouping=AgingGrouping.INVOICE)
    return {r.invoice_number: r.total for r in report.rows}


def _summary(review):
    return [(p.statement_line.line, p.outcome.value, p.customer_code, p.invoices, p.confidence, p.accepted)
            for p in review.proposals]


def test_camt053_proposals_in_order_of_trust(books, files):
    review = bank_import.review_statement(books, files["camt053.xml"])
    assert review.format == "camt.053"
    assert _summary(review) == [
        (1, "matched", "ACME", ("A-100",), 99, True),  # invoice number in the remittance, amount equal
        (2, "matched", "BETA", ("B-200", "B-201"), 50, False),  # two of one customer's invoices add up
        (3, "matched", "GAMMA", ("C-300",), 60, False),  # amount equals one open invoice
        (4, "debit", "", (), 0, False),
        (5, "unmatched", "", (), 0, False),
        (6, "matched", "ACME", ("A-101",), 85, True),  # customer code in the remittance, amount fits A-101
    ]
    assert "invoice number in the remittance text" in str(review.proposals[0].reason)


def test_review_writes_nothing_then_apply_records_only_accepted_lines(books, files, tmp_path, ledger_path):
    before = snapshot(ledger_path)
    review = bank_import.review_statement(books, files["camt053.xml"])
    out = bank_import.write_review(review, tmp_path / "review.csv", books)
    assert snapshot(ledger_path) == before
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["accept"] for r in rows] == ["yes", "no", "no", "no", "no", "yes"]
    rows[1]["accept"] = "yes"  # the user accepts the Beta combination and leaves line 3 rejected
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = bank_import.apply_review(books, review, bank_import.read_decisions(out))
    assert (result.payments, result.amounts, result.rejected, result.debits, result.unmatched) == (
        3, {"EUR": 119000 + 100000 + 29750}, 1, 1, 1)
    assert _open(books) == {"A-102": 50000, "C-300": 33333}
    kinds = [r[0] for r in books.conn.execute("SELECT kind FROM evidence ORDER BY seq")]
    assert kinds.count("payment") == 3 and kinds[-1] == "bank_statement"


def test_a_second_import_of_the_same_statement_adds_nothing(books, files, ledger_path):
    review = bank_import.review_statement(books, files["camt053.xml"])
    bank_import.apply_review(books, review, bank_import.decisions_from(review))
    after_first = snapshot(ledger_path)
    again = bank_import.review_statement(books, files["camt053.xml"])
    assert again.new_lines == 0 and {p.outcome for p in again.proposals} == {Outcome.SEEN}
    result = bank_import.apply_review(books, again, bank_import.decisions_from(again))
    assert result.payments == 0 and result.already_seen == 6
    assert snapshot(ledger_path) == after_first
    # a notification of a line under another bank reference is another line, matched by the payer's IBAN now
    notification = bank_import.review_statement(books, files["camt054.xml"])
    assert notification.proposals[0].outcome is Outcome.MATCHED
    assert f"IBAN {'DE89370400440532013000'}" in str(notification.proposals[0].reason)


def test_ofx_payer_seen_before_and_mt940_invoice_number(books, files):
    review = bank_import.review_statement(books, files["camt053.xml"])
    bank_import.apply_review(books, review, bank_import.decisions_from(review))  # paid
    ofx = bank_import.review_statement(books, files["feb.ofx"])
    assert ofx.format == "ofx"
    assert _summary(ofx) == [(1, "matched", "ACME", ("A-102",), 80, True), (2, "debit", "", (), 0, False)]
    assert "payer name 'ACME GMBH' seen on an earlier payment" in str(ofx.proposals[0].reason)
    bank_import.apply_review(books, ofx, bank_import.decisions_from(ofx))
    mt = bank_import.review_statement(books, files["feb.sta"])
    assert mt.format == "mt940"
    assert _summary(mt) == [(1, "matched", "GAMMA", ("C-300",), 99, True), (2, "debit", "", (), 0, False)]
    bank_import.apply_review(books, mt, bank_import.decisions_from(mt))
    assert _open(books) == {"B-200": 80000, "B-201": 20000}


def test_a_bad_decision_refuses_the_whole_statement(books, files, ledger_path):
    review = bank_import.review_statement(books, files["camt053.xml"])
    decisions = bank_import.decisions_from(review)
    fp = review.proposals[4].statement_line.fingerprint
    decisions[fp] = bank_import.Decision(True, "NOBODY", ())
    before = snapshot(ledger_path)
    with pytest.raises(ImportRejected, match=r"camt053.xml line 5: there is no customer with code 'NOBODY'"):
        bank_import.apply_review(books, review, decisions)
    assert snapshot(ledger_path) == before


def test_a_csv_statement_through_a_mapping(books, tmp_path):
    path = tmp_path / "bank.csv"
    path.write_text("Buchungstag;Betrag;Währung;Auftraggeber;Verwendungszweck\n"
                    "20.01.2026;1.190,00;EUR;ACME GMBH;Rechnung A-100\n"
                    "21.01.2026;-9,90;EUR;Bank;Gebühr\n", encoding="utf-8")
    with pytest.raises(Exception, match="a CSV statement needs its columns mapped"):
        bank_import.review_statement(books, path)
    from arledger.services import import_mapping

    found = import_mapping.detect(path, "bank")
    assert found.settings.columns == {"date": "Buchungstag", "amount": "Betrag", "currency": "Währung",
                                      "payer": "Auftraggeber", "remittance": "Verwendungszweck"}
    review = bank_import.review_statement(books, path, found.settings)
    assert _summary(review) == [(2, "matched", "ACME", ("A-100",), 99, True), (3, "debit", "", (), 0, False)]
    explicit = ImportSettings(columns={"date": "Buchungstag", "amount": "Betrag", "remittance": "Verwendungszweck"},
                              date_order=found.settings.date_order, numbers="de_DE")
    assert bank_import.review_statement(books, path, explicit).proposals[0].invoices == ("A-100",)


def test_a_review_file_in_a_spreadsheet_neutralises_formulas(books, tmp_path):
    path = tmp_path / "evil.xml"
    path.write_text(CAMT053.replace("Invoice A-100", "=HYPERLINK(&quot;x&quot;) A-100"), encoding="utf-8")
    review = bank_import.review_statement(books, path)
    out = bank_import.write_review(review, tmp_path / "r.csv", books)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["remittance"] == "'=HYPERLINK(\"x\") A-100"
    assert bank_import.read_decisions(out)[rows[0]["fingerprint"]].accepted
    with pytest.raises(Exception, match="is the ledger itself"):
        bank_import.write_review(review, books.path, books)


def test_statements_that_are_not_what_they_claim(books, tmp_path):
    from arledger.domain.errors import UserError

    bad = tmp_path / "bad.xml"
    bad.write_text("<Document><BkToCstmrStmt><Stmt><Ntry>", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.xml is not well-formed XML"):
        bank_import.review_statement(books, bad)
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><Document><BkToCstmrStmt/></Document>')
    with pytest.raises(UserError, match="declares a DOCTYPE"):
        bank_import.review_statement(books, bomb)
    ofx = tmp_path / "bad.ofx"
    ofx.write_text("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1>", encoding="utf-8")
    with pytest.raises(UserError, match=r"bad.ofx is not a readable OFX file"):
        bank_import.review_statement(books, ofx)


def test_the_user_names_the_customer_and_invoice_of_an_unmatched_line(books, files, tmp_path):
    review = bank_import.review_statement(books, files["camt053.xml"])
    out = bank_import.write_review(review, tmp_path / "review.csv", books)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    for r in rows:
        r["accept"] = "no"
    rows[4].update(accept="yes", customer="GAMMA", invoices="C-300")  # 77.00 'gift': a part payment of C-300
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    result = bank_import.apply_review(books, review, bank_import.read_decisions(out))
    assert (result.payments, result.rejected, result.debits) == (1, 4, 1)
    assert _open(books)["C-300"] == 33333 - 7700


def test_an_invoice_of_another_customer_refuses_the_statement(books, files, ledger_path):
    review = bank_import.review_statement(books, files["camt053.xml"])
    decisions = bank_import.decisions_from(review)
    decisions[review.proposals[4].statement_line.fingerprint] = bank_import.Decision(True, "GAMMA", ("A-100",))
    before = snapshot(ledger_path)
    with pytest.raises(ImportRejected, match=r"camt053.xml line 5: Invoice A-100 is not an invoice of this "
                                             r"customer in EUR"):
        bank_import.apply_review(books, review, decisions)
    assert snapshot(ledger_path) == before


def test_a_review_file_of_another_statement_or_with_a_bad_answer_is_refused(books, files, tmp_path, ledger_path):
    from arledger.domain.errors import UserError

    jan = bank_import.review_statement(books, files["camt053.xml"])
    out = bank_import.write_review(jan, tmp_path / "jan.csv", books)
    feb = bank_import.review_statement(books, files["feb.sta"])
    before = snapshot(ledger_path)
    with pytest.raises(ImportRejected, match=r"feb.sta: the review names a line that is not in this statement"):
        bank_import.apply_review(books, feb, bank_import.read_decisions(out))
    assert snapshot(ledger_path) == before
    out.write_text(out.read_text(encoding="utf-8").replace("\nyes,1,", "\nmaybe,1,"), encoding="utf-8")
    with pytest.raises(UserError, match=r"jan.csv line 2, column 'accept': 'maybe' is neither yes nor no"):
        bank_import.read_decisions(out)


def test_a_review_applied_meanwhile_by_another_run_records_nothing_twice(books, files, ledger_path):
    from arledger.domain.errors import UserError

    first = bank_import.review_statement(books, files["camt053.xml"])
    second = bank_import.review_statement(books, files["camt053.xml"])  # e.g. another window, same moment
    bank_import.apply_review(books, first, bank_import.decisions_from(first))
    before = snapshot(ledger_path)
    with pytest.raises(UserError, match=r"camt053.xml was applied meanwhile"):
        bank_import.apply_review(books, second, bank_import.decisions_from(second))
    assert snapshot(ledger_path) == before
