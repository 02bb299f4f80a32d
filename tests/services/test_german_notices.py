"""The letters between the demands for a German-speaking customer: promise confirmation, thank-you, courtesy
reminder and repayment agreement, each read back from its PDF in German with German formats."""

from __future__ import annotations

import dataclasses
from datetime import date

from arledger.domain.model import Customer, Language
from arledger.services import notices, promises
from arledger.services.ledger import Ledger
from tests.services import test_notices
from tests.services.test_letters import flat, pdf_text

company = test_notices.company  # the fixtures of the English and Chinese tests of these letters
inbox = test_notices.inbox
promised = test_notices.promised
repaid = test_notices.repaid
upcoming = test_notices.upcoming


def _german(ledger: Ledger, code: str = "LAKE") -> None:
    ledger.update_customer(dataclasses.replace(ledger.customer(code), language=Language.DE))


def test_promise_confirmation_in_german(promised):
    ledger, pid = promised
    _german(ledger)
    text = flat(pdf_text(notices.send_promise_confirmation(ledger, pid).pdf))
    for needle in ("Bestätigung Ihrer Zusage, 8.000,00 CNY bis zum 16. Juni 2025 zu zahlen",
                   "am 2. Juni 2025 (telefonisch) vereinbart", "Zugesagt von: Li Wei (accounts)", "Rechnung L-1",
                   "Mit freundlichen Grüßen"):
        assert flat(needle) in text, needle


def test_thank_you_in_german(repaid):
    ledger = repaid
    _german(ledger)
    ledger.record_payment("LAKE", date(2025, 6, 12), 750_000)
    text = flat(pdf_text(notices.send_thank_you(ledger, "LAKE", on=date(2025, 6, 12)).pdf))
    for needle in ("Vielen Dank: Ihr Konto ist ausgeglichen", "Mit der am 12. Juni 2025 eingegangenen Zahlung",
                   "Rechnung L-1: 12.500,00 CNY", "5. Juni 2025: 5.000,00 CNY", "12. Juni 2025: 7.500,00 CNY"):
        assert flat(needle) in text, needle


def test_courtesy_reminder_in_german(upcoming):
    ledger = upcoming
    _german(ledger)
    ledger.set_setting("escalation_policy", {"courtesy_reminder_days": 7})
    text = flat(pdf_text(notices.send_courtesy(ledger, "LAKE", on=date(2025, 6, 5)).pdf))
    for needle in ("Hinweis: 2 Rechnungen werden am 10. Juni 2025 fällig",
                   "Rechnung L-1 vom 11. Mai 2025: 12.500,00 CNY, fällig am 10. Juni 2025", "Überfällig ist nichts."):
        assert flat(needle) in text, needle


def test_repayment_agreement_in_german(company):
    ledger = company
    ledger.add_customer(Customer(code="LAKE", name="Lakeside Marine Co.", currency="EUR", language=Language.DE,
                                 timezone="Europe/Berlin"))
    ledger.add_invoice("LAKE", "L-1", date(2025, 3, 1), 1_250_000, due_date=date(2025, 4, 1))
    plan_id, _ = promises.add_plan(ledger, "LAKE", [(date(2025, 6, 30), 500_000), (date(2025, 7, 31), 750_000)],
                                      invoices=["L-1"], made_by="Li Wei", channel="meeting",
                                      agreed_on=date(2025, 6, 2))
    text = flat(pdf_text(notices.send_repayment_agreement(ledger, plan_id, on=date(2025, 6, 3)).pdf))
    for needle in ("Ratenzahlungsvereinbarung: 2 Raten über insgesamt 12.500,00 EUR",
                   "am 2. Juni 2025 (im Gespräch) mit Li Wei getroffene Ratenzahlungsabrede",
                   "Rate 1: 5.000,00 EUR bis zum 30. Juni 2025", "Rate 2: 7.500,00 EUR bis zum 31. Juli 2025",
                   "wird der gesamte Restbetrag sofort fällig", "Unterschrift:"):
        assert flat(needle) in text, needle
