"""Issue 9's last gap: a customer who owes only interest and compensation on invoices paid in full after their
due date is proposed a letter for that claim, in English, Chinese and German, with the figure `report interest`
gives, and the ladder's rules still apply. Figures are worked by hand in the comments."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from pypdf import PdfReader

from arledger.cli import main
from arledger.domain.model import Customer, Language
from arledger.domain.money import Money
from arledger.render.letters import render_letter
from arledger.render.messages import translate
from arledger.services import escalation, interest_claims, letter_batch, letters
from arledger.services.ledger import Ledger
from arledger.services.queue import work_queue

ON = date(2025, 6, 1)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _report(ledger: Ledger, capsys, on: date = ON) -> dict:
    capsys.readouterr()
    assert main(["report", "interest", "--ledger", str(ledger.path), "--as-of", on.isoformat(), "--customer", "LATE",
                 "--format", "json"]) == 0
    return {r["invoice"]: r for r in json.loads(capsys.readouterr().out)["rows"]}


def test_an_interest_only_customer_is_proposed_a_first_letter_with_the_report_figure(late, capsys):
    row = _report(late, capsys)["L-1"]
    assert (row["interest"], row["compensation"]) == ("185.26", "40.00")  # by hand, above
    entries = [e for e in escalation.letters_due(late, ON) if e.customer.code == "LATE"]
    assert len(entries) == 1 and entries[0].decision is not None
    decision = entries[0].decision
    # the ladder still applies: a first letter is level 1, though the debt is 92 days past its due date
    assert decision.level == 1 and [t.minor for t in decision.totals] == [18_526 + 4_000]
    assert "paid after its due date" in str(entries[0].reason)

    doc = letters.build_letter(late, "LATE", ON)
    assert doc.level == 1 and doc.claim_interest  # a letter for interest alone claims it, even at level 1
    (line,) = doc.lines
    assert (line.invoice_number, line.open_amount, line.interest, line.compensation.minor) == ("L-1", 0, 18_526, 4_000)
    text = pdf_text(render_letter(doc))
    assert ("Your invoice L-1 was paid after its due date; under BGB §288(2) the following interest and "
            "compensation are owed: EUR 225.26") in text
    assert "passed its due date without payment" not in text


def test_the_ladder_goes_on_and_the_gap_between_letters_holds(late, capsys):
    first = letters.send_letter(late, "LATE", ON)
    assert first.level == 1
    assert not [e for e in escalation.letters_due(late, date(2025, 6, 5)) if e.customer.code == "LATE"]
    (entry,) = [e for e in escalation.letters_due(late, date(2025, 6, 9)) if e.customer.code == "LATE"]
    assert entry.decision is not None and entry.decision.level == 2  # one level up, 8 days later
    doc = letters.build_letter(late, "LATE", date(2025, 6, 9))
    assert sum(line.interest for line in doc.lines) == 18_526  # paid: the interest no longer grows
    assert doc.totals[0].claimed == 22_526


def test_no_letter_once_the_interest_is_waived(late):
    interest_claims.waive_interest(late, "L-1", "goodwill", on=ON)
    assert not [e for e in escalation.letters_due(late, ON) if e.customer.code == "LATE"]


@pytest.mark.parametrize(("language", "needles"), [
    ("zh", ("贵方发票L-1已于到期日后付清", "225.26")),
    ("de", ("Ihre Zahlung auf die Rechnung L-1 ist nach dem Fälligkeitstag", "§ 288 Abs. 2 BGB", "225,26 EUR")),
])
def test_the_claim_is_worded_in_chinese_and_german(late, language, needles):
    c = late.customer("LATE")
    late.update_customer(Customer(**{**{f: getattr(c, f) for f in c.__slots__}, "language": Language(language)}))
    text = pdf_text(render_letter(letters.build_letter(late, "LATE", ON)))
    for needle in needles:
        assert needle in text, needle


def test_the_work_queue_proposes_the_letter_too(late):
    (task,) = [t for t in work_queue(late, ON, create_tasks=False) if t.customer_code == "LATE"]
    assert task.kind == "letter" and task.invoices == ("L-1",) and task.detail["level"] == 1
    assert [m.minor for m in task.amounts] == [22_526]
    # the title's reasons are made when it is shown (messages.Later), the same sentence in every language
    assert str(task.title).startswith("Send level 1 (Friendly reminder): L-1 was paid after its due date and EUR "
                                      "225.26 of interest and compensation is still owed")
    assert "L-1" in translate(task.title, "zh") and translate(task.title, "zh") != str(task.title)
    (again,) = [t for t in work_queue(late, ON, create_tasks=False) if t.customer_code == "LATE"]
    assert again.title == task.title  # compares by the sentence (the app keeps a selected task across refreshes)


def test_a_batch_sends_the_interest_only_letter(late, tmp_path):
    result = letter_batch.batch(late, ON, tmp_path / "run")
    (sent,) = [s for s in result.letters if s.customer_code == "LATE"]
    assert sent.level == 1 and list(sent.claimed) == [Money("EUR", 22_526)]
    assert "EUR 225.26" in pdf_text(sent.pdf)


def test_a_letter_run_proposes_interest_alone_only_for_recent_late_payments(late, capsys):
    """Paid on 30 April: within the default 90 days on 1 June, outside them on 1 September. The claim itself stays
    in `report interest` (and in any letter about open invoices); the setting widens the window."""
    later = date(2025, 9, 1)  # 124 days after the payment
    assert [e.customer.code for e in escalation.letters_due(late, ON) if e.decision] == ["LATE"]
    assert not [e for e in escalation.letters_due(late, later) if e.decision]
    assert _report(late, capsys, later)["L-1"]["compensation"] == "40.00"  # still owed, still reported
    late.set_setting("letters.interest_claim_days", 180)
    assert [e.customer.code for e in escalation.letters_due(late, later) if e.decision] == ["LATE"]


def test_an_invoice_closed_by_a_write_off_claims_nothing(late):
    """L-2, due 1 March, half paid and the rest written off on 30 April: closed late, but a write-off ends the claim
    (interest and compensation fall with the principal given up), so only L-1's EUR 225.26 is proposed."""
    late.add_invoice("LATE", "L-2", date(2025, 1, 30), 200_000, due_date=date(2025, 3, 1))
    late.record_payment("LATE", date(2025, 4, 30), 100_000, invoice_number="L-2")
    late.write_off("L-2", date(2025, 4, 30), "Uncollectable", amount=100_000)
    (entry,) = [e for e in escalation.letters_due(late, ON) if e.customer.code == "LATE"]
    assert entry.decision is not None and entry.invoice_numbers == ("L-1",)
    assert [t.minor for t in entry.decision.totals] == [22_526]
