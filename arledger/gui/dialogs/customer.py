"""New / edit customer: identity, terms, contact details and collection flags."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from arledger.domain import fields
from arledger.domain.errors import UserError
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Language
from arledger.domain.money import format_amount
from arledger.gui.choices import jurisdiction_choices
from arledger.gui.dialogs.base import ValidatedDialog
from arledger.services import policy
from arledger.services.changes import Changes
from arledger.services.customers import format_contacts, format_tags, parse_contacts, parse_tags
from arledger.services.ledger import Ledger


class CustomerDialog(ValidatedDialog):
    def __init__(self, ledger: Ledger, customer: Customer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit Customer") if customer else self.tr("New Customer"), parent)
        self.setObjectName("customerDialog")
        self.ledger = ledger
        self.original = customer
        self.saved: Customer | None = None
        self._parsed: Customer | None = None

        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItem(self.tr("Company"), CustomerKind.COMPANY)
        self.kind.addItem(self.tr("Sole trader"), CustomerKind.SOLE_TRADER)
        self.kind.addItem(self.tr("Individual"), CustomerKind.INDIVIDUAL)
        self.currency = QLineEdit("EUR")
        self.currency.setObjectName("currency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.terms = QSpinBox()
        self.terms.setObjectName("terms")
        self.terms.setRange(0, 3650)
        self.terms.setValue(30)
        self.terms.setSuffix(self.tr(" days"))
        self.credit_limit = QLineEdit()
        self.credit_limit.setObjectName("creditLimit")
        self.credit_limit.setPlaceholderText(self.tr("No limit"))
        self.contract_rate = QLineEdit()
        self.contract_rate.setObjectName("contractRate")
        self.contract_rate.setPlaceholderText(self.tr("None (e.g. 12.5)"))
        self.contract_rate.setToolTip(self.tr("Contractual late-payment interest, percent a year"))
        self.contract_fee = QLineEdit()
        self.contract_fee.setObjectName("contractFee")
        self.contract_fee.setPlaceholderText(self.tr("None"))
        self.contract_fee.setToolTip(self.tr("Contractual fixed fee per late invoice, in the customer's currency"))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.address.setTabChangesFocus(True)
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(50)
        self.country.setPlaceholderText("GB")
        self.jurisdiction = QComboBox()
        for text, value in jurisdiction_choices():
            self.jurisdiction.addItem(text, value)
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(policy.default_jurisdiction(ledger))))
        self.language = QComboBox()
        self.language.addItem(self.tr("English"), Language.EN)
        self.language.addItem(self.tr("Chinese"), Language.ZH)
        self.language.addItem(self.tr("German"), Language.DE)
        # German default (BGB § 286): shown for customers under the de rule pack; each invoice may override them
        self.agreed = QCheckBox(self.tr("Payment date agreed by contract"))
        self.agreed.setObjectName("paymentDateAgreed")
        self.agreed.setToolTip(self.tr("In default without a reminder from the day after the due date "
                                       "(BGB § 286 (2) no. 1)"))
        self.notice = QCheckBox(self.tr("Invoices warn of default after 30 days"))
        self.notice.setObjectName("defaultNotice")
        self.notice.setToolTip(self.tr("A consumer is in default 30 days after the due date only if the invoice "
                                       "says so (BGB § 286 (3))"))
        self.jurisdiction.currentIndexChanged.connect(self._show_german_default)
        self.timezone = QLineEdit("UTC")
        self.do_not_contact = QCheckBox(self.tr("Do not contact"))
        self.attorney = QCheckBox(self.tr("Attorney on record"))
        self.on_hold = QCheckBox(self.tr("On hold"))
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. wholesale, north"))
        self.contacts = QPlainTextEdit()
        self.contacts.setObjectName("contacts")
        self.contacts.setPlaceholderText(self.tr("one per line: name | role | phone | email"))
        self.contacts.setFixedHeight(self.fontMetrics().height() * 4 + 14)
        self.contacts.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.notes.setTabChangesFocus(True)

        left = QGroupBox(self.tr("Customer"))
        lf = QFormLayout(left)
        lf.addRow(self.tr("&Code"), self.code)
        lf.addRow(self.tr("&Name"), self.name)
        lf.addRow(self.tr("Kind"), self.kind)
        lf.addRow(self.tr("C&urrency"), self.currency)
        lf.addRow(self.tr("Payment &terms"), self.terms)
        lf.addRow(self.tr("Credit &limit"), self.credit_limit)
        lf.addRow(self.tr("Contract &rate %"), self.contract_rate)
        lf.addRow(self.tr("Contract &fee"), self.contract_fee)
        lf.addRow(self.tr("Jurisdiction"), self.jurisdiction)
        lf.addRow("", self.agreed)
        lf.addRow("", self.notice)
        right = QGroupBox(self.tr("Contact"))
        rf = QFormLayout(right)
        rf.addRow(self.tr("&Email"), self.email)
        rf.addRow(self.tr("&Phone"), self.phone)
        rf.addRow(self.tr("Address"), self.address)
        rf.addRow(self.tr("Country"), self.country)
        rf.addRow(self.tr("Letter language"), self.language)
        rf.addRow(self.tr("Time zone"), self.timezone)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        self.form.addRow(columns)
        flags = QHBoxLayout()
        for w in (self.do_not_contact, self.attorney, self.on_hold):
            flags.addWidget(w)
        flags.addStretch(1)
        self.form.addRow(self.tr("Flags"), flags)
        self.form.addRow(self.tr("T&ags"), self.tags)
        self.form.addRow(self.tr("Contact &people"), self.contacts)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.setMinimumWidth(760)
        self._show_german_default()

        if customer:
            self._load(customer)
        self.set_ok_text(self.tr("Save") if customer else self.tr("Add Customer"))
        self.watch(self.code, self.name, self.kind, self.currency, self.terms, self.credit_limit, self.contract_rate,
                   self.contract_fee, self.email,
                   self.phone, self.address, self.country, self.jurisdiction, self.language, self.timezone,
                   self.do_not_contact, self.attorney, self.on_hold, self.agreed, self.notice, self.notes, self.tags,
                   self.contacts)
        self.revalidate()

    def _show_german_default(self, *_a: object) -> None:
        german = self.jurisdiction.currentData() == Jurisdiction.DE
        self.agreed.setVisible(german)
        self.notice.setVisible(german)

    def _load(self, c: Customer) -> None:
        self.code.setText(c.code)
        self.name.setText(c.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(c.kind)))
        self.currency.setText(c.currency)
        self.terms.setValue(c.payment_terms_days)
        self.credit_limit.setText(format_amount(c.credit_limit, c.currency) if c.credit_limit is not None else "")
        self.contract_rate.setText(f"{Decimal(c.contract_rate_bp) / 100:.2f}" if c.contract_rate_bp is not None else "")
        self.contract_fee.setText(format_amount(c.contract_fee, c.currency) if c.contract_fee is not None else "")
        self.email.setText(c.email)
        self.phone.setText(c.phone)
        self.address.setPlainText(c.address)
        self.country.setText(c.country)
        self.jurisdiction.setCurrentIndex(max(0, self.jurisdiction.findData(c.jurisdiction)))
        self.language.setCurrentIndex(max(0, self.language.findData(c.language)))
        self.timezone.setText(c.timezone)
        self.do_not_contact.setChecked(c.do_not_contact)
        self.attorney.setChecked(c.attorney_on_record)
        self.on_hold.setChecked(c.on_hold)
        self.agreed.setChecked(c.payment_date_agreed)
        self.notice.setChecked(c.default_notice)
        self.notes.setPlainText(c.notes)
        self.tags.setText(format_tags(c.tags))
        self.contacts.setPlainText(format_contacts(c.contacts, "\n"))

    def check(self) -> None:
        code = fields.required(self.code.text(), self.tr("code"))
        name = fields.required(self.name.text(), self.tr("name"))
        currency = fields.parse_currency(self.currency.text(), self.tr("currency"))
        limit_text = self.credit_limit.text().strip()
        limit = fields.parse_money(limit_text, currency, self.tr("credit limit"), positive=False) if limit_text \
            else None
        rate_bp = fields.parse_rate_bp(self.contract_rate.text(), self.tr("contract rate"))
        fee_text = self.contract_fee.text().strip()
        fee = fields.parse_money(fee_text, currency, self.tr("contract fee"), positive=False) if fee_text else None
        email = fields.parse_email(self.email.text(), self.tr("email"))
        timezone = fields.parse_timezone(self.timezone.text(), self.tr("time zone"))
        country = self.country.text().strip().upper()
        if country and (len(country) != 2 or not country.isalpha()):
            raise UserError(self.tr("The country is a two-letter code such as GB, DE or CN."))
        base = self.original or Customer(code=code, name=name)
        self._parsed = dataclasses.replace(
            base, code=code, name=name, kind=CustomerKind(self.kind.currentData()), currency=currency,
            payment_terms_days=self.terms.value(), credit_limit=limit, contract_rate_bp=rate_bp, contract_fee=fee,
            email=email, phone=self.phone.text().strip(),
            address=self.address.toPlainText().strip(), country=country,
            jurisdiction=Jurisdiction(self.jurisdiction.currentData()), language=Language(self.language.currentData()),
            timezone=timezone, do_not_contact=self.do_not_contact.isChecked(),
            attorney_on_record=self.attorney.isChecked(), on_hold=self.on_hold.isChecked(),
            payment_date_agreed=self.agreed.isChecked(), default_notice=self.notice.isChecked(),
            notes=self.notes.toPlainText().strip(), tags=parse_tags(self.tags.text()),
            contacts=parse_contacts(self.contacts.toPlainText(), self.tr("contact people")))

    def write(self, ledger: Ledger) -> Changes:
        assert self._parsed is not None
        if self.original:
            self.saved = ledger.update_customer(self._parsed)
        else:
            self.saved = ledger.add_customer(self._parsed)
        # a new customer, or a new name or code, moves rows in every list of customers
        moved = self.original is None or (self.original.name, self.original.code) != (self.saved.name,
                                                                                       self.saved.code)
        codes = [self.saved.code] + ([self.original.code] if self.original else [])
        return Changes.of(codes, customer_list=moved, invoice_list=moved)

    def summary(self) -> str:
        if self.saved is None:
            return ""
        text = self.tr("Saved customer %1.") if self.original else self.tr("Added customer %1.")
        return text.replace("%1", f"{self.saved.code} {self.saved.name}")
