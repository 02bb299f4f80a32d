"""Interest and compensation as claims: surviving full payment, waivers, netting of credit, disputes from the
due date, time-barred invoices, contract terms, sole traders and limitation events, through the services and
the command line on real ledger files. Every figure is worked by hand in the comments."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from arledger.cli.main import main
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, CustomerKind, DisputeReason, Jurisdiction
from arledger.services import disputes, interest_claims, promises
from arledger.storage import evidence
from tests.conftest import snapshot


@pytest.fixture
def uk(ledger):
    ledger.add_customer(Customer(code="UK1", name="Harbour Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    return ledger


def report(ledger, as_of: date, *extra: str, capsys) -> dict:
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", as_of.isoformat(), "--format", "json",
                 *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_interest_on_an_invoice_paid_late_stays_claimable_until_waived(uk, capsys):
    # GBP 2,000 due 2025-06-30 (interest from 2025-07-01; base rate on 2025-06-30 = 4.25% + 8 = 12.25%),
    # paid in full 2025-07-30: 30 days x 2,000 x 0.1225 / 365 = 20.1370 -> 20.14; compensation GBP 70.
    uk.add_invoice("UK1", "U-1", date(2025, 6, 1), 200_000, due_date=date(2025, 6, 30))
    uk.record_payment("UK1", date(2025, 7, 30), 200_000)
    (line,) = interest_claims.interest_lines(uk, date(2025, 12, 31))
    assert (line.settled, line.open_amount, line.result.total_interest, line.claimable_compensation.minor) == (
        True, 0, 2014, 7000)
    data = report(uk, date(2025, 12, 31), capsys=capsys)
    (row,) = data["rows"]
    assert (row["invoice"], row["settled"], row["interest_claimable"], row["compensation_claimable"]) == (
        "U-1", True, "20.14", "70.00")
    assert data["allocation_rule"] == "principal_first" and "principal first" in data["allocation_rule_text"]
    assert data["totals"] == [{"currency": "GBP", "interest": "20.14", "compensation": "70.00"}]
    # Waive GBP 10 of interest and all of the compensation, with a reason, from the command line.
    capsys.readouterr()
    assert main(["interest", "waive", "--ledger", str(uk.path), "--invoice", "U-1", "--interest", "10",
                 "--compensation", "all", "--reason", "Long-standing customer", "--on", "2025-09-01"]) == 0
    (line,) = interest_claims.interest_lines(uk, date(2025, 12, 31))
    assert (line.result.interest_waived, line.claimable_interest, line.result.compensation_waived) == (1000, 1014, 7000)
    ev = evidence.by_seq(uk.conn, evidence.head(uk.conn)[0])
    assert ev.kind == "interest_waived"
    assert evidence.payload(ev).items() >= {"invoice": "U-1", "interest": "10.00", "compensation": "70.00",
                                            "compensation_currency": "GBP", "reason": "Long-standing customer"}.items()
    # Before the waiver's date the claim was whole; the rest waived, the invoice leaves the report.
    assert interest_claims.interest_lines(uk, date(2025, 8, 31))[0].claimable_interest == 2014
    interest_claims.waive_interest(uk, "U-1", "Settled in full", on=date(2025, 12, 1))
    assert interest_claims.interest_lines(uk, date(2025, 12, 31)) == []


def test_a_waiver_beyond_the_claim_or_without_a_reason_changes_nothing(uk, capsys):
    uk.add_invoice("UK1", "U-1", date(2025, 6, 1), 200_000, due_date=date(2025, 6, 30))
    uk.record_payment("UK1", date(2025, 7, 30), 200_000)
    before = snapshot(uk.path)
    with pytest.raises(UserError, match=r"has GBP 20\.14 of interest to waive"):
        interest_claims.waive_interest(uk, "U-1", "too much", interest=2015, on=date(2025, 9, 1))
    with pytest.raises(UserError, match="reason"):
        interest_claims.waive_interest(uk, "U-1", "  ", interest=100, on=date(2025, 9, 1))
    capsys.readouterr()
    assert main(["interest", "waive", "--ledger", str(uk.path), "--invoice", "U-1", "--compensation", "70.001",
                 "--reason", "x"]) == 1
    assert "--compensation: '70.001' has more decimals than GBP allows" in capsys.readouterr().err
    assert snapshot(uk.path) == before
    # a waiver dated earlier than one already recorded cannot take the same money again
    interest_claims.waive_interest(uk, "U-1", "first", interest=2000, on=date(2025, 10, 1))
    with pytest.raises(UserError, match=r"has GBP 0\.14 of interest to waive on 2025-09-01"):
        interest_claims.waive_interest(uk, "U-1", "again", interest=1000, on=date(2025, 9, 1))


def test_unapplied_credit_is_netted_so_letter_and_statement_agree(ledger):
    # The reported letter bug: invoice 200.00 open, 50.00 of credit on the account: the claim is 150.00.
    ledger.add_customer(Customer(code="G1", name="Plain Trading", currency="EUR"))
    ledger.add_invoice("G1", "G-1", date(2025, 1, 1), 10_000, due_date=date(2025, 1, 31))
    ledger.record_payment("G1", date(2025, 2, 10), 15_000, invoice_number="G-1")  # 50.00 over
    ledger.add_invoice("G1", "G-2", date(2025, 3, 1), 20_000, due_date=date(2025, 3, 31))
    ledger.add_invoice("G1", "G-3", date(2025, 4, 20), 30_000, due_date=date(2025, 5, 20))  # not yet due
    (claim,) = interest_claims.customer_claims(ledger, date(2025, 5, 1), "G1")
    assert (claim.currency, claim.overdue, claim.unapplied_credit, claim.not_yet_due) == ("EUR", 20_000, 5_000, 30_000)
    assert claim.net_claimable == 15_000  # 200.00 - 50.00
    assert claim.net_balance == 45_000  # 200.00 + 300.00 - 50.00, the statement's balance
    data = interest_claims.interest_to_json([], date(2025, 5, 1), [claim])
    assert data["claims"][0].items() >= {"net_claimable": "150.00", "unapplied_credit": "50.00"}.items()


def test_net_claim_adds_interest_and_compensation_and_leaves_out_disputed_and_barred(ledger):
    # DE GmbH: D-1 EUR 5,000 due 2025-01-31 (92.63 + 40 as of 2025-04-01, the design-notes example);
    # D-2 EUR 1,000 due 2025-01-31 with EUR 400 disputed (open): 600 x 11.27% x 60 / 365 = 11.1156 -> 11.12, + 40;
    # OLD EUR 300 due 2020-02-01, barred since 2023-12-31: listed, claims nothing.
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    ledger.add_invoice("DE1", "D-2", date(2025, 1, 1), 100_000, due_date=date(2025, 1, 31))
    ledger.add_invoice("DE1", "OLD", date(2020, 1, 1), 30_000, due_date=date(2020, 2, 1))
    disputes.open_dispute(ledger, "D-2", DisputeReason.PRICE, amount=40_000, on=date(2025, 3, 15))
    lines = {ln.invoice.number: ln for ln in interest_claims.interest_lines(ledger, date(2025, 4, 1))}
    assert lines["D-2"].result.total_interest == 1112 and lines["D-2"].disputed == 40_000
    assert lines["OLD"].time_barred and lines["OLD"].claimable_interest == 0
    assert lines["OLD"].result.total_interest > 0  # the figure is shown, flagged, not claimed
    (claim,) = interest_claims.customer_claims(ledger, date(2025, 4, 1), "DE1")
    # principal 5,000 + 600 undisputed; interest 92.63 + 11.12 = 103.75; compensation 40 + 40 = 80
    assert (claim.claimable_principal, claim.interest, claim.compensation, claim.time_barred, claim.disputed) == (
        560_000, 10_375, 8_000, 30_000, 40_000)
    assert claim.net_claimable == 560_000 + 10_375 + 8_000
    data = interest_claims.interest_to_json(list(lines.values()), date(2025, 4, 1))
    barred = [r for r in data["rows"] if r["time_barred"]]
    assert [r["invoice"] for r in barred] == ["OLD"] and barred[0]["interest_claimable"] == "0.00"
    assert data["totals"] == [{"currency": "EUR", "interest": "103.75", "compensation": "80.00"}]


def test_a_resolved_dispute_outcome_decides_the_interest(ledger, capsys):
    # EUR 5,000 due 2025-01-31, 1,000 disputed on 2025-02-10, resolved 2025-03-02; as of 2025-04-01 (60 days):
    # upheld -> 4,000 x 11.27% x 60 / 365 = 74.10; rejected -> 5,000 for all 60 days = 92.63.
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    ledger.add_invoice("DE1", "D-2", date(2025, 1, 1), 500_000, due_date=date(2025, 1, 31))
    for number in ("D-1", "D-2"):
        disputes.open_dispute(ledger, number, DisputeReason.QUALITY, amount=100_000, on=date(2025, 2, 10))
    capsys.readouterr()
    assert main(["dispute", "resolve", "--ledger", str(ledger.path), "--invoice", "D-1", "--resolution", "Refund due",
                 "--outcome", "upheld", "--on", "2025-03-02"]) == 0
    disputes.resolve_dispute(ledger, "D-2", "Goods were fine", outcome="rejected", on=date(2025, 3, 2))
    lines = {ln.invoice.number: ln.result.total_interest
             for ln in interest_claims.interest_lines(ledger, date(2025, 4, 1))}
    assert lines == {"D-1": 7410, "D-2": 9263}
    with pytest.raises(UserError, match="not a dispute outcome"):
        disputes.resolve_dispute(ledger, "D-1", "x", outcome="maybe")


def test_contract_terms_from_the_command_line_and_imports(ledger, tmp_path, capsys):
    # USD 1,000 due 2025-03-01, as of 2025-03-31 (30 days):
    #   customer 12% + fee 25:  1,000 x 0.12 x 30 / 365 = 9.8630 -> 9.86, + USD 25
    #   invoice override 24%:   1,000 x 0.24 x 30 / 365 = 19.7260 -> 19.73, + the customer's USD 25
    customers = tmp_path / "c.csv"
    customers.write_text("code,name,kind,jurisdiction,currency,contract_rate,contract_fee\n"
                         "US1,Terms Inc,company,us,USD,12,25\nST1,Jo Bloggs Plumbing,sole_trader,uk,GBP,,\n")
    assert main(["import", "customers", str(customers), "--ledger", str(ledger.path)]) == 0
    c = ledger.customer("US1")
    assert (c.contract_rate_bp, c.contract_fee) == (1200, 2500)
    assert ledger.customer("ST1").kind == CustomerKind.SOLE_TRADER
    invoices = tmp_path / "i.csv"
    invoices.write_text("customer,number,issue_date,due_date,amount,contract_rate,contract_fee\n"
                        "US1,T-1,2025-02-01,2025-03-01,1000,,\nUS1,T-2,2025-02-01,2025-03-01,1000,24,\n")
    assert main(["import", "invoices", str(invoices), "--ledger", str(ledger.path)]) == 0
    got = {ln.invoice.number: (ln.result.total_interest, ln.result.compensation.minor)
           for ln in interest_claims.interest_lines(ledger, date(2025, 3, 31))}
    assert got == {"T-1": (986, 2500), "T-2": (1973, 2500)}
    # the CLI changes them; 'none' clears; a bad rate is one sentence and exit 1
    capsys.readouterr()
    assert main(["customer", "set-contract", "--ledger", str(ledger.path), "--customer", "US1", "--fee", "none"]) == 0
    assert main(["invoice", "set-contract", "--ledger", str(ledger.path), "--invoice", "T-1", "--rate", "36.5"]) == 0
    got = {ln.invoice.number: (ln.result.total_interest, ln.result.compensation)
           for ln in interest_claims.interest_lines(ledger, date(2025, 3, 31))}
    # 36.5% for 30 days on 1,000 = 30.00 exactly
    assert got == {"T-1": (3000, None), "T-2": (1973, None)}
    before = snapshot(ledger.path)
    capsys.readouterr()
    assert main(["customer", "set-contract", "--ledger", str(ledger.path), "--customer", "US1",
                 "--rate", "12.345"]) == 1
    assert "more than two decimals" in capsys.readouterr().err
    assert snapshot(ledger.path) == before
    kinds = [evidence.payload(e).get("invoice") for e in evidence.for_customer(ledger.conn, c.id)
             if e.kind == "contract_terms"]
    assert kinds == [None, "T-1"]


def test_invoice_terms_and_flags_are_one_action_one_transaction_one_event(ledger, acme, capsys):
    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    events = len(list(evidence.all_events(ledger.conn)))
    begun: list[str] = []
    ledger.conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
    inv = interest_claims.set_invoice_terms(ledger, "A-1", rate_bp=1_250, fee=None, payment_date_agreed=False,
                                            default_notice=True)
    ledger.conn.set_trace_callback(None)
    assert len(begun) == 1
    assert (inv.contract_rate_bp, inv.payment_date_agreed, inv.default_notice) == (1_250, False, True)
    added = list(evidence.all_events(ledger.conn))[events:]
    assert [(e.kind, evidence.payload(e)["rate_percent"], evidence.payload(e)["payment_date_agreed"])
            for e in added] == [("contract_terms", "12.50", False)]
    stored = ledger.invoice("A-1")
    assert (stored.contract_rate_bp, stored.payment_date_agreed, stored.default_notice) == (1_250, False, True)
    # from the command line: flags and a rate together are one event too
    assert main(["invoice", "set-contract", "--ledger", str(ledger.path), "--invoice", "A-1", "--rate", "none",
                 "--payment-date-agreed", "yes"]) == 0
    added = list(evidence.all_events(ledger.conn))[events + 1:]
    assert [(e.kind, evidence.payload(e)["rate_percent"], evidence.payload(e)["payment_date_agreed"])
            for e in added] == [("contract_terms", None, True)]
    out = capsys.readouterr().out
    assert "payment date agreed yes" in out and "contract rate not set" in out


def test_a_failure_in_the_second_part_of_a_terms_change_leaves_the_ledger_unchanged(ledger, acme, capsys,
                                                                                     monkeypatch):
    from arledger.storage import customers as customer_rows
    from arledger.storage import invoices as invoice_rows

    ledger.add_invoice("ACME", "A-1", date(2025, 3, 3), 500_000, due_date=date(2025, 4, 2))
    before = snapshot(ledger.path)
    # a flag that is fine and a rate that is not: nothing is written (the flag used to be, in its own transaction)
    assert main(["invoice", "set-contract", "--ledger", str(ledger.path), "--invoice", "A-1",
                 "--payment-date-agreed", "no", "--rate", "twelve"]) == 1
    assert "rate" in capsys.readouterr().err
    assert snapshot(ledger.path) == before

    def broken(*_args: object) -> None:
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(invoice_rows, "set_default_terms", broken)
    with pytest.raises(RuntimeError):
        interest_claims.set_invoice_terms(ledger, "A-1", rate_bp=1_250, fee=5_000, payment_date_agreed=False,
                                          default_notice=None)
    monkeypatch.setattr(customer_rows, "set_contract_terms", broken)
    with pytest.raises(RuntimeError):
        interest_claims.set_customer_contract(ledger, "ACME", rate_bp=1_250, fee=5_000, lpr_factor=None)
    assert snapshot(ledger.path) == before
    # and from the command line: a bad LPR factor after a good rate writes neither
    assert main(["customer", "set-contract", "--ledger", str(ledger.path), "--customer", "ACME", "--rate", "9",
                 "--lpr-factor", "eleven"]) == 1
    assert snapshot(ledger.path) == before


def test_a_bad_contract_rate_in_an_import_names_the_line(ledger, tmp_path, capsys):
    customers = tmp_path / "c.csv"
    customers.write_text("code,name,contract_rate\nA1,Alpha,12\nB1,Beta,twelve\n")
    before = snapshot(ledger.path)
    capsys.readouterr()
    assert main(["import", "customers", str(customers), "--ledger", str(ledger.path)]) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and "contract_rate" in err and "'twelve' is not a rate" in err
    assert snapshot(ledger.path) == before


def test_negotiations_suspend_a_german_claim(ledger, capsys):
    # Due 2021-05-10: limitation 2024-12-31. Negotiations 2024-03-01..2024-03-31 (31 days) -> 2025-01-31.
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2021, 4, 10), 100_000, due_date=date(2021, 5, 10))
    assert interest_claims.interest_lines(ledger, date(2025, 1, 15))[0].time_barred
    for kind, on in (("negotiation_start", "2024-03-01"), ("negotiation_end", "2024-03-31")):
        assert main(["limitation", "record", "--ledger", str(ledger.path), "--customer", "DE1", "--kind", kind,
                     "--date", on, "--invoices", "D-1"]) == 0
    (line,) = interest_claims.interest_lines(ledger, date(2025, 1, 15))
    assert not line.time_barred and line.limitation_status.limitation_date == date(2025, 1, 31)
    assert line.limitation_status.suspended_days == 31
    (row,) = interest_claims.interest_to_json([line], date(2025, 1, 15))["rows"]
    assert row["suspended_days"] == 31 and "BGB §203" in row["limitation_basis"]


def test_a_promise_after_expiry_revives_a_chinese_claim(ledger):
    # Due 2021-03-01, barred after 2024-03-01; a promise on 2024-06-10 revives it to 2027-06-10.
    ledger.add_customer(Customer(code="CN1", name="某某有限公司", currency="CNY", jurisdiction=Jurisdiction.CN,
                                 contract_rate_bp=1095))
    ledger.add_invoice("CN1", "C-1", date(2021, 2, 1), 1_000_000, due_date=date(2021, 3, 1))
    assert interest_claims.interest_lines(ledger, date(2024, 7, 1))[0].time_barred
    promises.add_promise(ledger, "CN1", 1_000_000, date(2024, 7, 31), invoices=["C-1"],
                            promised_on=date(2024, 6, 10))
    (line,) = interest_claims.interest_lines(ledger, date(2024, 7, 1))
    status = line.limitation_status
    assert not line.time_barred and status.limitation_date == date(2027, 6, 10)
    assert (status.revived_by_kind, status.revived_on) == ("promise", date(2024, 6, 10))
    assert str(status.revived_by_event_id).startswith("promise ")
    (row,) = interest_claims.interest_to_json([line], date(2024, 7, 1))["rows"]
    assert row["revived_by"] == {"kind": "promise", "on": "2024-06-10", "event": status.revived_by_event_id}
    assert "revived the claim (PRC Civil Code Art. 192(2))" in row["limitation_basis"]


def test_report_interest_table_prints_periods_and_marks_assumed_rates(ledger, capsys):
    # GmbH, EUR 1,000 due 2025-11-30; as of 2026-01-10: 2025-12-01..12-31 at 1.27% + 9 = 10.27% (31 days,
    # 1,000 x 0.1027 x 31 / 365 = 8.7225 -> 8.72) and 2026-01-01..01-10 at the assumed 10.27% (10 days,
    # 1,000 x 0.1027 x 10 / 365 = 2.8137 -> 2.81): 11.53 in all.
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "D-1", date(2025, 11, 1), 100_000, due_date=date(2025, 11, 30))
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", "2026-01-10"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    first = next(ln for ln in lines if ln.strip().startswith("2025-12-01"))
    second = next(ln for ln in lines if ln.strip().startswith("2026-01-01"))
    assert first.split()[:4] == ["2025-12-01", "2025-12-31", "31", "1000.00"] and first.rstrip().endswith("8.72")
    assert "10.27%" in first and "10.27%*" not in first
    assert "10.27%*" in second and second.rstrip().endswith("2.81")
    assert "interest 11.53 EUR" in out
    assert "* rate assumed unchanged past the end of the 'de_basiszins' table (last entry 2025-07-01)" in out
    data = report(ledger, date(2026, 1, 10), capsys=capsys)
    (row,) = data["rows"]
    assert row["rate_after_table_end"] and row["table_last_date"] == {"de_basiszins": "2025-07-01"}
    assert [(p["interest"], p["rate_after_table_end"]) for p in row["periods"]] == [("8.72", False), ("2.81", True)]
    p = row["periods"][0]
    assert (p["reference_rate"], p["margin"], p["table"], p["reference_date"], p["rate_effective"]) == (
        "1.27", "9", "de_basiszins", "2025-07-01", "2025-07-01")
    assert Decimal(row["interest"]) == sum(Decimal(q["interest"]) for q in row["periods"])


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample ledger as `arledger demo` writes it."""
    from arledger.services.demo import write_demo_ledger

    path = tmp_path_factory.mktemp("sample") / "demo.sqlite"
    write_demo_ledger(path, today=SAMPLE_DAY)
    return path


SAMPLE_DAY = date(2026, 6, 30)


def test_report_interest_equals_every_customers_letter_to_the_cent(sample, capsys):
    """For every customer of the sample ledger, each invoice a letter claims carries exactly the interest and
    compensation `report interest` gives it; report lines a letter does not carry are paid-late invoices (their
    interest and compensation are claims of their own), time-barred ones, or wholly disputed ones."""
    from arledger.services import letters
    from arledger.services.ledger import Ledger

    with Ledger.open(sample) as ledger:
        ledger.set_setting("letters.allow_first_formal", True)  # so a second reminder may be chosen by hand
        data = report(ledger, SAMPLE_DAY, capsys=capsys)
        rows = {r["invoice"]: r for r in data["rows"]}
        codes = sorted({r["customer"] for r in data["rows"]})
        compared = 0
        for code in codes:
            doc = None
            for level in (None, 2):  # the letter due, else a second reminder chosen by hand
                try:
                    doc = letters.build_letter(ledger, code, SAMPLE_DAY, level=level)
                    break
                except UserError:
                    continue  # nothing overdue and undisputed a letter could claim (a promise or dispute pauses it)
            if doc is None:
                continue
            on_letter = set()
            for line in doc.lines:
                row = rows[line.invoice_number]
                on_letter.add(line.invoice_number)
                assert row["customer"] == code
                assert format(Decimal(line.interest) / 100, ".2f") == row["interest_claimable"], line.invoice_number
                comp = line.compensation.minor if line.compensation else 0
                assert format(Decimal(comp) / 100, ".2f") == row["compensation_claimable"], line.invoice_number
                compared += 1
            for number, row in rows.items():
                if row["customer"] == code and number not in on_letter:
                    assert row["settled"] or row["time_barred"] or Decimal(row["interest_claimable"]) == 0, number
        assert compared > 50 and len(codes) > 20, (compared, len(codes))
        # a waiver changes both alike
        first = next(r for r in data["rows"] if not r["settled"] and not r["time_barred"]
                     and Decimal(r["interest_claimable"]) > 1)
        interest_claims.waive_interest(ledger, first["invoice"], "goodwill", interest=100, compensation=0,
                                       on=SAMPLE_DAY)
        doc = letters.build_letter(ledger, first["customer"], SAMPLE_DAY, level=2)
        line = next(ln for ln in doc.lines if ln.invoice_number == first["invoice"])
        assert line.interest == int(Decimal(first["interest_claimable"]) * 100) - 100


def test_uk_rate_past_the_table_is_marked_in_the_table_and_the_app_report(ledger, capsys):
    # GBP 1,000 due 2026-01-14: interest from 2026-01-15 at the base rate on 2025-12-31, which is past the BoE
    # table's checked end (2025-11-30): 4.00% (from 2025-08-07) is assumed, + 8 = 12.00%.
    # 2026-01-15..2026-02-13 = 30 days: 1,000 x 0.12 x 30 / 365 = 9.8630 -> 9.86.
    from arledger.services import interest_report

    ledger.add_customer(Customer(code="UK1", name="Harbour Ltd", currency="GBP", jurisdiction=Jurisdiction.UK))
    ledger.add_invoice("UK1", "U-9", date(2025, 12, 15), 100_000, due_date=date(2026, 1, 14))
    ledger.add_customer(Customer(code="DE1", name="Nordwind GmbH", currency="EUR", jurisdiction=Jurisdiction.DE,
                                 payment_date_agreed=True))
    ledger.add_invoice("DE1", "OLD", date(2020, 1, 1), 30_000, due_date=date(2020, 2, 1))
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", "2026-02-13",
                 "--customer", "UK1"]) == 0
    out = capsys.readouterr().out
    period = next(ln for ln in out.splitlines() if ln.strip().startswith("2026-01-15"))
    assert "12.00%*" in period and period.rstrip().endswith("9.86")
    assert "'boe_base_rate' table (last entry 2025-08-07)" in out
    app = {r.invoice_number: r for r in interest_report.interest_report(ledger, date(2026, 2, 13)).rows}
    assert app["U-9"].rates == "12.00%*" and app["U-9"].interest == 986 and "assumed" in str(app["U-9"].warning)
    assert app["OLD"].interest == 0 and str(app["OLD"].warning).startswith("Time-barred since 2023-12-31")
