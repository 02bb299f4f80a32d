"""Column presets for the invoice exports of common accounting tools.

Each preset names, per field, the header(s) the vendor's export uses (first found wins), the date order it
writes (None: detected per file) and whether rows are invoice lines to group. Headers are compared ignoring
case, spaces and punctuation, so Xero's import-template stars (`*ContactName`) match too. A preset's title is the
product's name and, in the reader's language, what its export is; the headers are the vendor's and stay as written.
"""

from __future__ import annotations

from dataclasses import dataclass

from arledger.domain.import_spec import header_key
from arledger.domain.messages import Message, msg
from arledger.services.import_formats import DateOrder


@dataclass(frozen=True, slots=True)
class Preset:
    name: str
    title: Message
    kind: str
    columns: dict[str, tuple[str, ...]]
    date_order: DateOrder | None = None
    numbers: str | None = None  # Babel locale of the number format, None: detected
    # reports that list several transaction types: (headers of the type column, the types that are invoices)
    only_rows: tuple[tuple[str, ...], tuple[str, ...]] | None = None

    def row_filter(self, headers: tuple[str, ...]) -> tuple[int, frozenset[str]] | None:
        """(column index, accepted values casefolded) when the file has this preset's type column."""
        if self.only_rows is None:
            return None
        keys = [header_key(h) for h in headers]
        for name in self.only_rows[0]:
            if header_key(name) in keys:
                return keys.index(header_key(name)), frozenset(v.casefold() for v in self.only_rows[1])
        return None

    def resolve(self, headers: tuple[str, ...]) -> dict[str, str]:
        """field -> the file's header for every field this preset finds in headers."""
        keys = {header_key(h): h for h in headers if h}
        out: dict[str, str] = {}
        for field_name, names in self.columns.items():
            for name in names:
                if header_key(name) in keys:
                    out[field_name] = keys[header_key(name)]
                    break
        return out


PRESETS: dict[str, Preset] = {}


def _add(p: Preset) -> None:
    PRESETS[p.name] = p


def _title(product: str, export: Message) -> Message:
    """A preset's title: the product's own name and what its export is ("Xero (sales invoices CSV)")."""
    return msg("import.preset.title", "{product} ({export})", product=product, export=export)


# Xero sales invoice export (one row per invoice line, invoice fields repeated): ContactName, InvoiceNumber,
# Reference, InvoiceDate, DueDate, Total, TaxTotal, ..., Description, Quantity, UnitAmount, LineAmount, TaxType,
# TaxAmount, Currency; dates DD/MM/YYYY.
# Column list: https://docs.milientsoftware.com/help/moment-by-topic/integrations/file-exports/
# file-export-accounting-system/xero ; date format: https://online.flippingbook.com/view/399081/31/
_add(Preset("xero", _title("Xero", msg("import.preset.xero", "sales invoices CSV")), "invoices", {
    "customer": ("ContactName",), "number": ("InvoiceNumber",), "issue_date": ("InvoiceDate",),
    "due_date": ("DueDate",), "line_amount": ("LineAmount",), "tax_amount": ("TaxAmount",),
    "currency": ("Currency",), "reference": ("Reference",),
}, DateOrder.DMY))

# QuickBooks Online invoice list (Reports > Invoice List, exported to CSV/Excel): Date, Transaction type, Num,
# Customer, Due date, Amount, Open balance; the importer field labels are Invoice #, Customer, Invoice Date,
# Due Date (https://importer.transactionpro.com/Importer/Docs/Import/Invoice.aspx); dates MM/DD/YYYY.
_add(Preset("quickbooks-online", _title("QuickBooks Online", msg("import.preset.quickbooks_online", "invoice list")),
            "invoices", {
    "customer": ("Customer", "Customer full name", "Name"), "number": ("Num", "Invoice no", "Invoice #", "No."),
    "issue_date": ("Date", "Invoice Date", "Invoice date"), "due_date": ("Due date", "Due Date"),
    "amount": ("Amount", "Total", "Invoice Amount"), "currency": ("Currency",),
    "reference": ("Memo/Description", "Memo", "P.O. Number"),
}, DateOrder.MDY, only_rows=(("Transaction type", "Type"), ("Invoice",))))

# QuickBooks Desktop: an IIF export's TRNS lines (TRNSTYPE INVOICE) carry NAME, DATE, AMOUNT, DOCNUM, DUEDATE,
# MEMO, PONUM; IIF dates are MM/DD/YY. http://support.quickbooks.intuit.com/support/Pages/InProductHelp/Core/
# QB2K8/ContentPackage/Core/IIF/iif_reference_transactions.html . Its CSV reports use Type, Num, Name, Date,
# Due Date, Amount, Open Balance.
_add(Preset("quickbooks-desktop", _title("QuickBooks Desktop", msg("import.preset.quickbooks_desktop", "IIF or CSV")),
            "invoices", {
    "customer": ("NAME", "Name", "Customer"), "number": ("DOCNUM", "Num"), "issue_date": ("DATE", "Date"),
    "due_date": ("DUEDATE", "Due Date"), "amount": ("AMOUNT", "Amount"), "reference": ("PONUM", "MEMO", "Memo"),
}, DateOrder.MDY, only_rows=(("Type", "TRNSTYPE"), ("Invoice",))))

# Odoo Accounting > Customers > Invoices > Export (account.move): Number (name), Partner (partner_id),
# Invoice/Bill Date (invoice_date), Due Date (invoice_date_due), Total (amount_total), Amount Due
# (amount_residual), Currency (currency_id), Reference (ref); ISO dates.
# https://pypi.org/project/odoo-addon-account-move-reconcile-export/ (labels with field names) and
# https://fivetran.com/docs/connectors/applications/odoo/connector-schema.md (account.move columns)
_add(Preset("odoo", _title("Odoo", msg("import.preset.odoo", "customer invoices export")), "invoices", {
    "customer": ("Partner", "partner_id", "Customer"), "number": ("Number", "name"),
    "issue_date": ("Invoice/Bill Date", "Invoice Date", "invoice_date", "Date"),
    "due_date": ("Due Date", "invoice_date_due"), "amount": ("Total", "amount_total", "Total Signed"),
    "currency": ("Currency", "currency_id"), "reference": ("Reference", "ref", "Customer Reference"),
}))

# ERPNext / Frappe Books Sales Invoice report export: ID (name), Customer (customer), Date (posting_date),
# Payment Due Date (due_date), Grand Total (grand_total), Outstanding Amount, Currency, Customer's Purchase
# Order (po_no). Field names and labels: https://erpnext.peterkdev.com/doctype/Sales%20Invoice
_add(Preset("erpnext", _title("ERPNext / Frappe Books", msg("import.preset.erpnext", "sales invoices")), "invoices", {
    "customer": ("Customer", "customer", "Party"), "number": ("ID", "Name", "name", "Sales Invoice", "Invoice"),
    "issue_date": ("Date", "Posting Date", "posting_date"), "due_date": ("Payment Due Date", "Due Date", "due_date"),
    "amount": ("Grand Total", "grand_total", "Rounded Total"), "currency": ("Currency", "currency"),
    "reference": ("Customer's Purchase Order", "po_no", "PO No"),
}))

# GnuCash File > Import > Import Bills & Invoices CSV: id, date_opened, owner_id, billingid, notes, date, desc,
# action, account, quantity, price, disc_type, disc_how, discount, taxable, taxincluded, tax_table, date_posted,
# due_date, account_posted, memo_posted, accu_splits; one row per invoice entry, grouped by id.
# https://wiki.gnucash.org/docs/STABLE/dialog-bi-import_8h.html
_add(Preset("gnucash", _title("GnuCash", msg("import.preset.gnucash", "bills & invoices CSV")), "invoices", {
    "customer": ("owner_id",), "number": ("id",), "issue_date": ("date_opened", "date_posted", "date"),
    "due_date": ("due_date",), "quantity": ("quantity",), "unit_price": ("price",), "reference": ("billingid",),
}))


def preset(name: str) -> Preset:
    try:
        return PRESETS[name.strip().lower()]
    except KeyError:
        raise ValueError(name) from None


def best_preset(kind: str, headers: tuple[str, ...], required: tuple[str, ...]) -> Preset | None:
    """The preset for kind that finds every required field and the most columns in headers."""
    best, score = None, 0
    for p in PRESETS.values():
        if p.kind != kind:
            continue
        found = p.resolve(headers)
        if all(f in found for f in required) and len(found) > score:
            best, score = p, len(found)
    return best
