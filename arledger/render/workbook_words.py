"""The words of the accountant's workbook as messages: sheet names, column headers, title block, bucket titles.

The workbook is written in a reader's language (``WorkbookWriter(language=...)``) by translating these messages
through :func:`arledger.render.messages.translate`. What a program reads stays English in every language: the
`arledger import` column names in the second header row, and the English sheet names, which
:func:`sheet_names` maps to the names a workbook in any catalog language uses, so ``--sheet "Credit notes"``
finds the sheet of a Chinese or German workbook too.
"""

from __future__ import annotations

from arledger.domain.aging import BucketScheme
from arledger.domain.messages import Message, msg
from arledger.render.messages import CATALOGS, translate

#: Sheet names by their English name (the name code and `arledger import --sheet` use).
SHEETS: dict[str, Message] = {
    "Aging summary": msg("workbook.sheet.aging", "Aging summary"),
    "Open items": msg("workbook.sheet.open_items", "Open items"),
    "Invoices": msg("workbook.sheet.invoices", "Invoices"),
    "Payments": msg("workbook.sheet.payments", "Payments"),
    "Credit notes": msg("workbook.sheet.credit_notes", "Credit notes"),
    "Write-offs": msg("workbook.sheet.write_offs", "Write-offs"),
    "Refunds": msg("workbook.sheet.refunds", "Refunds"),
    "Reversals": msg("workbook.sheet.reversals", "Reversals"),
    "Customers": msg("workbook.sheet.customers", "Customers"),
    "Promises": msg("workbook.sheet.promises", "Promises"),
    "Contact log": msg("workbook.sheet.contact_log", "Contact log"),
    "KPIs": msg("workbook.sheet.kpis", "KPIs"),
    "Overdue reasons": msg("workbook.sheet.reasons", "Overdue reasons"),
}

#: The human header of a column by its import (or key) name, where the sheet gives no label of its own.
HEADERS: dict[str, Message] = {
    "customer": msg("workbook.col.customer", "Customer"),
    "name": msg("workbook.col.name", "Name"),
    "invoice": msg("workbook.col.invoice", "Invoice"),
    "number": msg("workbook.col.number", "Number"),
    "due_date": msg("workbook.col.due_date", "Due date"),
    "reference": msg("workbook.col.reference", "Reference"),
    "currency": msg("workbook.col.currency", "Currency"),
    "amount": msg("workbook.col.amount", "Amount"),
    "settled": msg("workbook.col.settled", "Settled"),
    "open": msg("workbook.col.open", "Open"),
    "method": msg("workbook.col.method", "Method"),
    "date": msg("workbook.col.date", "Date"),
    "reason": msg("workbook.col.reason", "Reason"),
    "entry": msg("workbook.col.entry", "Entry"),
    "code": msg("workbook.col.code", "Code"),
    "kind": msg("workbook.col.kind", "Kind"),
    "email": msg("workbook.col.email", "Email"),
    "phone": msg("workbook.col.phone", "Phone"),
    "address": msg("workbook.col.address", "Address"),
    "country": msg("workbook.col.country", "Country"),
    "jurisdiction": msg("workbook.col.jurisdiction", "Jurisdiction"),
    "language": msg("workbook.col.language", "Language"),
    "risk_tier": msg("workbook.col.risk_tier", "Risk tier"),
    "tags": msg("workbook.col.tags", "Tags"),
    "do_not_contact": msg("workbook.col.do_not_contact", "Do not contact"),
    "attorney_on_record": msg("workbook.col.attorney_on_record", "Attorney on record"),
    "on_hold": msg("workbook.col.on_hold", "On hold"),
    "notes": msg("workbook.col.notes", "Notes"),
    "credit_limit": msg("workbook.col.credit_limit", "Credit limit"),
    "timezone": msg("workbook.col.time_zone", "Time zone"),
    "contacts": msg("workbook.col.contact_people", "Contact people"),
    "payment_terms_days": msg("workbook.col.terms_days", "Terms (days)"),
    "payment_date_agreed": msg("workbook.col.payment_date_agreed", "Payment date agreed"),
    "default_notice": msg("workbook.col.default_notice", "Default notice"),
    "status": msg("workbook.col.status", "Status"),
    "made_by": msg("workbook.col.made_by", "Made by"),
    "channel": msg("workbook.col.channel", "Channel"),
    "promised_on": msg("workbook.col.promised_on", "Promised on"),
    "plan": msg("workbook.col.plan", "Plan"),
    "instalment": msg("workbook.col.instalment", "Instalment"),
    "paid": msg("workbook.col.paid", "Paid"),
    "seq": msg("workbook.col.seq", "Seq"),
    "actor": msg("workbook.col.actor", "Actor"),
    "summary": msg("workbook.col.summary", "Summary"),
    "direction": msg("workbook.col.direction", "Direction"),
    "outcome": msg("workbook.col.outcome", "Outcome"),
    "hash": msg("workbook.col.hash", "Hash"),
    "prev_hash": msg("workbook.col.prev_hash", "Prev hash"),
    "measure": msg("workbook.col.measure", "Measure"),
    "value": msg("workbook.col.value", "Value"),
    "unit": msg("workbook.col.unit", "Unit"),
    "period": msg("workbook.col.period", "Period"),
    "definition": msg("workbook.col.definition", "Definition"),
    "section": msg("workbook.col.section", "Section"),
    "month": msg("workbook.col.month", "Month"),
    "count": msg("workbook.col.count", "Count"),
    "share_percent": msg("workbook.col.share_percent", "Share (%)"),
    "limitation_date": msg("workbook.col.limitation_date", "Limitation date"),
    "dispute": msg("workbook.col.dispute", "Dispute"),
    "promise": msg("workbook.col.promise", "Promise"),
    "interest_basis": msg("workbook.col.interest_basis", "Interest basis"),
    "interest": msg("workbook.col.interest", "Interest"),
    "compensation": msg("workbook.col.compensation", "Compensation"),
    "total": msg("workbook.col.total", "Total"),
}

# The title block, the totals and the printed header and footer.
AS_OF = msg("workbook.title.as_of", "As of")
PERIOD = msg("workbook.title.period", "Period")
AGED_BY = msg("workbook.title.aged_by", "Aged by")
AGED_AS_OF = msg("workbook.aged_as_of", "Aged as of")  # under an aging table written without a title block
BUCKETS = msg("workbook.title.buckets", "Buckets")
GENERATED = msg("workbook.title.generated", "Generated (UTC)")
NO_COMPANY = msg("workbook.title.no_company", "(company name not set)")
TOTAL = msg("workbook.total", "Total")
TOTALS_BY_CURRENCY = msg("workbook.totals_by_currency", "Totals by currency")


def group_total(group: str, currency: str) -> Message:
    """The label of a customer's subtotal row."""
    return msg("workbook.group_total", "Total {group} {currency}", group=group, currency=currency)


def print_as_of(day: str) -> Message:
    return msg("workbook.print.as_of", "As of {date}", date=day)


def print_generated(stamp: str) -> Message:
    return msg("workbook.print.generated", "Generated {stamp} UTC", stamp=stamp)


# Excel's page fields (&P, &N) stay in the translation as they are.
PRINT_PAGE = msg("workbook.print.page", "Page &P of &N")


def basis_name(due: bool) -> Message:
    """What the ages are counted from."""
    return msg("workbook.basis.due", "due date") if due else msg("workbook.basis.invoice", "invoice date")


def period_text(start: str | None, end: str) -> Message:
    """The title block's period: a range, or everything up to the end."""
    if start:
        return msg("workbook.period.range", "{start} to {end}", start=start, end=end)
    return msg("workbook.period.all", "all entries up to {end}", end=end)


def bucket_titles(scheme: BucketScheme) -> tuple[Message, ...]:
    """Each bucket's title from its day range (never from its English label)."""
    out: list[Message] = []
    for low, high in scheme.ranges():
        if low is None and high == 0:
            out.append(msg("workbook.bucket.current", "Current"))
        elif high is None:
            out.append(msg("workbook.bucket.over", "Over {days} days", days=low or 0))
        else:
            out.append(msg("workbook.bucket.range", "{low}-{high} days", low=(low or 0) + 1 if low is not None
                           else 0, high=high))
    return tuple(out)


def sheet_names(english: str) -> tuple[str, ...]:
    """The names a sheet has in workbooks of every language, English first; just the name when it is not one
    of the workbook's own sheets."""
    message = SHEETS.get(english)
    if message is None:
        return (english,)
    names = [english]
    for language in CATALOGS.values():
        name = translate(message, language)
        if name not in names:
            names.append(name)
    return tuple(names)


def english_sheet_name(name: str) -> str | None:
    """The English name of a workbook sheet named ``name`` in any language; None for other names."""
    for english in SHEETS:
        if name in sheet_names(english):
            return english
    return None
