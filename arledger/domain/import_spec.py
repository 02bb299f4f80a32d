"""What each import kind expects: a declarative list of fields (name, type, required, aliases).

Adding a kind is one `KindSpec` registered with `register_kind`; the reader, the mapping, detection and the
wizard all work from these specs. Aliases are the header names other tools use for the same field; they are
used only when detecting a mapping, never to accept a file silently.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from enum import StrEnum


class FieldType(StrEnum):
    TEXT = "text"
    DATE = "date"
    MONEY = "money"
    INT = "int"
    CURRENCY = "currency"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field an import kind reads: its name, type, whether a file must have it, and other tools' names."""

    name: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class KindSpec:
    """An import kind: its fields and, for exports with one row per invoice line, the fields that group them."""

    kind: str
    fields: tuple[FieldSpec, ...]
    # alternatives: at least one field of each tuple must be mapped (e.g. a total or line amounts)
    one_of: tuple[tuple[str, ...], ...] = ()
    group_key: str | None = None  # rows sharing this field's value are one record (invoice lines)
    line_fields: tuple[str, ...] = field(default=())  # summed over a group

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)

    @property
    def optional(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if not f.required)


KINDS: dict[str, KindSpec] = {}


def register_kind(spec: KindSpec) -> KindSpec:
    """Make a kind importable (the CLI's choices and the wizard's list come from here)."""
    KINDS[spec.kind] = spec
    return spec


def kind_spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"'{kind}' is not an import kind; use one of {', '.join(KINDS)}.") from None


def header_key(text: str) -> str:
    """A header reduced to letters and digits, lower case: 'Due Date', 'due_date' and '*DueDate' are equal."""
    return re.sub(r"[\W_]", "", str(text).casefold())


def near_miss(name: str, candidates: list[str] | tuple[str, ...]) -> str | None:
    """The candidate closest to name (ignoring case, spaces and punctuation), if any is close."""
    keys = {header_key(c): c for c in candidates}
    found = difflib.get_close_matches(header_key(name), list(keys), n=1, cutoff=0.6)
    return keys[found[0]] if found else None


_CUSTOMER_ALIASES = ("customer", "customer code", "customer name", "contact", "contactname", "contact name",
                     "client", "partner", "owner_id", "name", "debtor", "account", "customer_name", "kunde",
                     "kundennummer")

register_kind(KindSpec("customers", (
    FieldSpec("code", required=True, aliases=("customer code", "customer id", "account number", "accountnumber",
                                              "id", "customer_id")),
    FieldSpec("name", required=True, aliases=("customer name", "contactname", "contact name", "display name",
                                              "company", "company name", "customer_name", "partner")),
    FieldSpec("kind"),
    FieldSpec("email", aliases=("emailaddress", "email address", "e-mail", "email_id")),
    FieldSpec("phone", aliases=("phonenumber", "phone number", "telephone", "mobile", "mobile_no")),
    FieldSpec("address", aliases=("poaddressline1", "street", "address line 1", "billing address")),
    FieldSpec("country", aliases=("pocountry", "country code")),
    FieldSpec("jurisdiction"),
    FieldSpec("language"),
    FieldSpec("timezone", aliases=("time zone",)),
    FieldSpec("payment_terms_days", FieldType.INT, aliases=("terms", "payment terms", "payment terms days")),
    FieldSpec("credit_limit", FieldType.MONEY, aliases=("credit limit",)),
    FieldSpec("currency", FieldType.CURRENCY, aliases=("default currency", "currency code")),
    FieldSpec("contract_rate", aliases=("contract rate", "late interest rate")),
    FieldSpec("contract_fee", FieldType.MONEY, aliases=("contract fee", "late fee")),
    FieldSpec("lpr_factor", aliases=("lpr factor",)),
    FieldSpec("risk_tier", aliases=("risk tier",)),
    FieldSpec("tags"),
    FieldSpec("contacts", aliases=("contact people",)),  # 'name | role | phone | email; ...'
    FieldSpec("do_not_contact"), FieldSpec("attorney_on_record"), FieldSpec("on_hold"),
    FieldSpec("notes"),
    FieldSpec("payment_date_agreed", aliases=("payment date agreed",)),
    FieldSpec("default_notice", aliases=("default notice",)),
)))

register_kind(KindSpec("invoices", (
    FieldSpec("customer", required=True, aliases=_CUSTOMER_ALIASES),
    FieldSpec("number", required=True, aliases=("invoice number", "invoicenumber", "invoice no", "invoice #",
                                                "num", "no", "docnum", "id", "invoice", "ref number",
                                                "document number", "billingid", "rechnungsnr",
                                                "rechnungsnummer", "belegnr", "beleg")),
    FieldSpec("issue_date", FieldType.DATE, required=True,
              aliases=("invoice date", "invoicedate", "date", "posting date", "posting_date", "issued",
                       "date_opened", "invoice/bill date", "txn date", "datum", "rechnungsdatum",
                       "belegdatum")),
    FieldSpec("due_date", FieldType.DATE, aliases=("due date", "duedate", "payment due date", "invoice_date_due",
                                                   "due", "fällig", "fälligkeit", "faellig")),
    FieldSpec("amount", FieldType.MONEY, aliases=("total", "amount", "grand total", "grand_total",
                                                  "invoice total", "amount_total", "total amount", "gross",
                                                  "betrag", "summe", "brutto", "bruttobetrag")),
    FieldSpec("line_amount", FieldType.MONEY, aliases=("lineamount", "line amount", "line total", "net amount")),
    FieldSpec("tax_amount", FieldType.MONEY, aliases=("taxamount", "tax amount", "vat", "tax")),
    FieldSpec("quantity", FieldType.TEXT, aliases=("qty",)),
    FieldSpec("unit_price", FieldType.MONEY, aliases=("unitamount", "unit amount", "price", "rate", "unit price")),
    FieldSpec("currency", FieldType.CURRENCY, aliases=("currency code", "currency_id", "curr", "währung")),
    FieldSpec("reference", aliases=("po", "po number", "your reference", "memo", "ref", "bestellung")),
    FieldSpec("contract_rate", aliases=("contract rate",)),
    FieldSpec("contract_fee", FieldType.MONEY, aliases=("contract fee",)),
    FieldSpec("payment_date_agreed", aliases=("payment date agreed",)),
    FieldSpec("default_notice", aliases=("default notice",)),
    FieldSpec("received_on", FieldType.DATE, aliases=("received on", "invoice received", "zugang", "zugegangen am")),
    FieldSpec("voided_on", FieldType.DATE), FieldSpec("void_reason"),
    # what is still open of the invoice (the workbook writes it): a settled one is not credit controlled
    FieldSpec("open", FieldType.MONEY, aliases=("open amount",)),
), one_of=(("amount", "line_amount", "unit_price"),), group_key="number",
    line_fields=("line_amount", "tax_amount", "unit_price")))

register_kind(KindSpec("payments", (
    FieldSpec("customer", required=True, aliases=_CUSTOMER_ALIASES),
    FieldSpec("date", FieldType.DATE, required=True, aliases=("payment date", "paid on", "received", "value date")),
    FieldSpec("amount", FieldType.MONEY, required=True, aliases=("paid", "amount paid", "received amount")),
    FieldSpec("invoice", aliases=("invoice number", "invoicenumber", "invoice no")),
    FieldSpec("method", aliases=("payment method", "mode of payment")),
    FieldSpec("reference", aliases=("payment reference", "ref", "memo")),
    FieldSpec("currency", FieldType.CURRENCY),
    FieldSpec("allocate"),  # 'INV-1:100; INV-2:50' as the payer split it, or 'none' to keep it as credit
    FieldSpec("reversed_on", FieldType.DATE), FieldSpec("reversal_reason"),
)))

register_kind(KindSpec("credit_notes", (
    FieldSpec("customer", required=True, aliases=_CUSTOMER_ALIASES),
    FieldSpec("number", required=True, aliases=("credit note", "credit note number")),
    FieldSpec("date", FieldType.DATE, required=True),
    FieldSpec("amount", FieldType.MONEY, required=True),
    FieldSpec("currency", FieldType.CURRENCY),
    FieldSpec("invoice"), FieldSpec("allocate"), FieldSpec("reason"),
    FieldSpec("reversed_on", FieldType.DATE), FieldSpec("reversal_reason"),
)))

register_kind(KindSpec("write_offs", (
    FieldSpec("invoice", required=True),
    FieldSpec("date", FieldType.DATE, required=True),
    FieldSpec("reason", required=True),
    FieldSpec("amount", FieldType.MONEY),
    FieldSpec("reversed_on", FieldType.DATE), FieldSpec("reversal_reason"),
)))

register_kind(KindSpec("refunds", (
    FieldSpec("customer", required=True, aliases=_CUSTOMER_ALIASES),
    FieldSpec("date", FieldType.DATE, required=True, aliases=("refund date", "date paid", "paid on")),
    FieldSpec("amount", FieldType.MONEY, required=True, aliases=("refunded", "amount refunded")),
    FieldSpec("currency", FieldType.CURRENCY),
    FieldSpec("method", aliases=("payment method",)),
    FieldSpec("reference", aliases=("ref", "memo")),
    FieldSpec("reason"),
    FieldSpec("reversed_on", FieldType.DATE), FieldSpec("reversal_reason"),
)))

# A bank statement exported as CSV, read through a mapping; one row per booked line (credits positive).
register_kind(KindSpec("bank", (
    FieldSpec("date", FieldType.DATE, required=True, aliases=("booking date", "booked", "value date",
                                                              "transaction date", "buchungstag")),
    FieldSpec("amount", FieldType.MONEY, aliases=("betrag", "value")),
    FieldSpec("credit", FieldType.MONEY, aliases=("paid in", "money in", "deposit", "haben")),
    FieldSpec("debit", FieldType.MONEY, aliases=("paid out", "money out", "withdrawal", "soll")),
    FieldSpec("currency", FieldType.CURRENCY, aliases=("währung", "waehrung")),
    FieldSpec("payer", aliases=("name", "counterparty", "payer name", "description", "auftraggeber",
                                "beguenstigter/zahlungspflichtiger")),
    FieldSpec("iban", aliases=("counterparty iban", "payer iban", "kontonummer/iban", "account")),
    FieldSpec("remittance", aliases=("reference", "details", "verwendungszweck", "memo", "narrative",
                                     "remittance information")),
    FieldSpec("bank_reference", aliases=("transaction id", "id", "bank reference", "fitid")),
), one_of=(("amount", "credit"),)))
