"""What the import wizard calls the import kinds and their fields, in the interface language. The field names
themselves stay the file's column names (a file without a mapping must use them), shown beside the label."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

BANK = "bank"

_KIND_TITLES = {
    "customers": QT_TRANSLATE_NOOP("ImportKind", "Customers"),
    "invoices": QT_TRANSLATE_NOOP("ImportKind", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("ImportKind", "Payments"),
    "credit_notes": QT_TRANSLATE_NOOP("ImportKind", "Credit notes"),
    "write_offs": QT_TRANSLATE_NOOP("ImportKind", "Write-offs"),
    "refunds": QT_TRANSLATE_NOOP("ImportKind", "Refunds"),
    BANK: QT_TRANSLATE_NOOP("ImportKind", "Bank statement"),
}

_FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("ImportField", "Customer code"),
    "name": QT_TRANSLATE_NOOP("ImportField", "Name"),
    "kind": QT_TRANSLATE_NOOP("ImportField", "Company or person"),
    "email": QT_TRANSLATE_NOOP("ImportField", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportField", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportField", "Address"),
    "country": QT_TRANSLATE_NOOP("ImportField", "Country"),
    "jurisdiction": QT_TRANSLATE_NOOP("ImportField", "Jurisdiction"),
    "language": QT_TRANSLATE_NOOP("ImportField", "Language"),
    "timezone": QT_TRANSLATE_NOOP("ImportField", "Time zone"),
    "payment_terms_days": QT_TRANSLATE_NOOP("ImportField", "Payment terms (days)"),
    "credit_limit": QT_TRANSLATE_NOOP("ImportField", "Credit limit"),
    "currency": QT_TRANSLATE_NOOP("ImportField", "Currency"),
    "contract_rate": QT_TRANSLATE_NOOP("ImportField", "Contract interest rate"),
    "contract_fee": QT_TRANSLATE_NOOP("ImportField", "Contract late fee"),
    "lpr_factor": QT_TRANSLATE_NOOP("ImportField", "LPR factor"),
    "risk_tier": QT_TRANSLATE_NOOP("ImportField", "Risk tier"),
    "tags": QT_TRANSLATE_NOOP("ImportField", "Tags"),
    "contacts": QT_TRANSLATE_NOOP("ImportField", "Contact people"),
    "do_not_contact": QT_TRANSLATE_NOOP("ImportField", "Do not contact"),
    "attorney_on_record": QT_TRANSLATE_NOOP("ImportField", "Attorney on record"),
    "on_hold": QT_TRANSLATE_NOOP("ImportField", "On hold"),
    "notes": QT_TRANSLATE_NOOP("ImportField", "Notes"),
    "customer": QT_TRANSLATE_NOOP("ImportField", "Customer"),
    "number": QT_TRANSLATE_NOOP("ImportField", "Number"),
    "issue_date": QT_TRANSLATE_NOOP("ImportField", "Issue date"),
    "due_date": QT_TRANSLATE_NOOP("ImportField", "Due date"),
    "amount": QT_TRANSLATE_NOOP("ImportField", "Amount"),
    "line_amount": QT_TRANSLATE_NOOP("ImportField", "Line amount"),
    "tax_amount": QT_TRANSLATE_NOOP("ImportField", "Tax amount"),
    "quantity": QT_TRANSLATE_NOOP("ImportField", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("ImportField", "Unit price"),
    "reference": QT_TRANSLATE_NOOP("ImportField", "Reference"),
    "received_on": QT_TRANSLATE_NOOP("ImportField", "Invoice received on"),
    "voided_on": QT_TRANSLATE_NOOP("ImportField", "Voided on"),
    "void_reason": QT_TRANSLATE_NOOP("ImportField", "Void reason"),
    "open": QT_TRANSLATE_NOOP("ImportField", "Open amount"),
    "date": QT_TRANSLATE_NOOP("ImportField", "Date"),
    "invoice": QT_TRANSLATE_NOOP("ImportField", "Invoice"),
    "method": QT_TRANSLATE_NOOP("ImportField", "Method"),
    "allocate": QT_TRANSLATE_NOOP("ImportField", "Applied to (invoice:amount)"),
    "reversed_on": QT_TRANSLATE_NOOP("ImportField", "Reversed on"),
    "reversal_reason": QT_TRANSLATE_NOOP("ImportField", "Reversal reason"),
    "reason": QT_TRANSLATE_NOOP("ImportField", "Reason"),
    "credit": QT_TRANSLATE_NOOP("ImportField", "Money in"),
    "debit": QT_TRANSLATE_NOOP("ImportField", "Money out"),
    "payer": QT_TRANSLATE_NOOP("ImportField", "Payer"),
    "iban": QT_TRANSLATE_NOOP("ImportField", "IBAN"),
    "remittance": QT_TRANSLATE_NOOP("ImportField", "Remittance"),
    "bank_reference": QT_TRANSLATE_NOOP("ImportField", "Bank reference"),
}


def kind_title(kind: str) -> str:
    """What the user calls an import kind (a kind registered later shows its name)."""
    title = _KIND_TITLES.get(kind)
    return QCoreApplication.translate("ImportKind", str(title)) if title else kind.replace("_", " ").capitalize()


def field_label(name: str) -> str:
    """What the user calls a field of an import kind (a field registered later shows its name)."""
    label = _FIELD_LABELS.get(name)
    return QCoreApplication.translate("ImportField", str(label)) if label else name
