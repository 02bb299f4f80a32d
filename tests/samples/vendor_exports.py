"""Our own sample data written in the export layouts of the tools users come from (columns as the vendors
document them), and the aging each must give. Amounts and dates are hand-checked: see EXPECTED."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from arledger.domain.model import Customer, CustomerKind, Jurisdiction
from arledger.services.ledger import Ledger

AS_OF = date(2026, 1, 31)
# bucket index with the default scheme (current, 1-30, 31-90, 91-180, 180+)
CURRENT, D1_30, D31_90, D91_180 = 0, 1, 2, 3

XERO = (
    "*ContactName,EmailAddress,*InvoiceNumber,Reference,*InvoiceDate,*DueDate,Total,TaxTotal,InvoiceAmountPaid,"
    "InvoiceAmountDue,InventoryItemCode,*Description,*Quantity,*UnitAmount,Discount,LineAmount,*AccountCode,"
    "*TaxType,TaxAmount,TrackingName1,TrackingOption1,Currency,Type,Sent,Status\n"
    "Tom Jones,tom@example.org,INV-0001,Repairs,26/11/2025,26/12/2025,180.00,30.00,0.00,180.00,,Labour,2,50.00,,"
    "100.00,200,20% (VAT on Income),20.00,,,GBP,Sales invoice,Sent,Awaiting Payment\n"
    "Tom Jones,tom@example.org,INV-0001,Repairs,26/11/2025,26/12/2025,180.00,30.00,0.00,180.00,,Parts,1,50.00,,"
    "50.00,200,20% (VAT on Income),10.00,,,GBP,Sales invoice,Sent,Awaiting Payment\n"
    "Acme GmbH,ar@acme.example,INV-0002,PO-77,26/11/2025,26/12/2025,\"1,190.00\",190.00,0.00,\"1,190.00\",,"
    "Consulting,10,100.00,,\"1,000.00\",200,19% USt,190.00,,,EUR,Sales invoice,Sent,Awaiting Payment\n"
    "acme  gmbh,ar@acme.example,INV-0003,,12/10/2025,11/11/2025,297.50,47.50,0.00,297.50,,Support,1,250.00,,"
    "250.00,200,19% USt,47.50,,,EUR,Sales invoice,Sent,Awaiting Payment\n"
)

QBO = (
    "Date,Transaction type,Num,Customer,Due date,Amount,Open balance\n"
    "11/26/2025,Invoice,1001,Globex Corporation,12/26/2025,\"$1,234.50\",\"$1,234.50\"\n"
    "10/01/2025,Invoice,1002,Globex Corporation,10/31/2025,$99.00,$99.00\n"
    "10/15/2025,Payment,,Globex Corporation,,-$50.00,\n"
)

QBD_IIF = (
    "!TRNS\tTRNSID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\tDUEDATE\n"
    "!SPL\tSPLID\tTRNSTYPE\tDATE\tACCNT\tNAME\tAMOUNT\tDOCNUM\tMEMO\tQNTY\tPRICE\tINVITEM\n"
    "!ENDTRNS\n"
    "TRNS\t\tINVOICE\t11/26/25\tAccounts Receivable\tGlobex Corporation\t500.00\tQB-77\tPO 4411\t12/26/25\n"
    "SPL\t\tINVOICE\t11/26/25\tSales\tGlobex Corporation\t-500.00\tQB-77\t\t-5\t100.00\tConsulting\n"
    "ENDTRNS\n"
    "TRNS\t\tPAYMENT\t11/30/25\tUndeposited Funds\tGlobex Corporation\t10.00\t\t\t\n"
    "SPL\t\tPAYMENT\t11/30/25\tAccounts Receivable\tGlobex Corporation\t-10.00\t\t\t\t\t\n"
    "ENDTRNS\n"
)

ERPNEXT = (  # saved by Excel on Windows: cp1252, semicolons, German numbers, DD-MM-YYYY
    "ID;Customer;Date;Payment Due Date;Grand Total;Outstanding Amount;Currency;Status\n"
    "ACC-SINV-2025-00001;Café Müller;26-11-2025;26-12-2025;1.234,50;1.234,50;EUR;Overdue\n"
    "ACC-SINV-2026-00002;Acme GmbH;15-01-2026;14-02-2026;12.500,00;12.500,00;EUR;Unpaid\n"
)

GNUCASH = (  # UTF-16 with a byte-order mark, one row per invoice entry, European dates
    "id,date_opened,owner_id,billingid,notes,date,desc,action,account,quantity,price,disc_type,disc_how,"
    "discount,taxable,taxincluded,tax_table,date_posted,due_date,account_posted,memo_posted,accu_splits\n"
    "GC-1,26.11.2025,ACME,PO-9,,26.11.2025,Design,Hours,Income:Sales,2,150.00,%,>,0,no,no,,26.11.2025,"
    "26.12.2025,Assets:Accounts Receivable,,yes\n"
    "GC-1,26.11.2025,ACME,PO-9,,26.11.2025,Print,Job,Income:Sales,1,75.50,%,>,0,no,no,,26.11.2025,"
    "26.12.2025,Assets:Accounts Receivable,,yes\n"
    "GC-2,01.09.2025,TOM,,,01.09.2025,Call-out,Job,Income:Sales,1,40.00,%,>,0,no,no,,01.09.2025,"
    "01.10.2025,Assets:Accounts Receivable,,yes\n"
)

# invoice number -> (customer code or None for a created one, currency, open amount, bucket)
EXPECTED: dict[str, dict[str, tuple[str | None, str, int, int]]] = {
    "xero": {"INV-0001": ("TOM", "GBP", 18000, D31_90), "INV-0002": ("ACME", "EUR", 119000, D31_90),
             "INV-0003": ("ACME", "EUR", 29750, D31_90)},
    "quickbooks-online": {"1001": ("GLOBEX", "USD", 123450, D31_90), "1002": ("GLOBEX", "USD", 9900, D91_180)},
    "quickbooks-desktop": {"QB-77": ("GLOBEX", "USD", 50000, D31_90)},
    "odoo": {"INV/2025/00001": ("ACME", "EUR", 238000, CURRENT), "INV/2025/00002": ("TOM", "GBP", 6000, D31_90)},
    "erpnext": {"ACC-SINV-2025-00001": (None, "EUR", 123450, D31_90),
                "ACC-SINV-2026-00002": ("ACME", "EUR", 1250000, CURRENT)},
    "gnucash": {"GC-1": ("ACME", "EUR", 37550, D31_90), "GC-2": ("TOM", "GBP", 4000, D91_180)},
}


def write_odoo_xlsx(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Customer Invoices"
    ws.append(["Number", "Partner", "Invoice/Bill Date", "Due Date", "Total", "Amount Due", "Currency", "Status"])
    ws.append(["INV/2025/00001", "Acme GmbH", date(2026, 1, 15), date(2026, 2, 14), 2380.0, 2380.0, "EUR", "Posted"])
    ws.append(["INV/2025/00002", "Tom Jones", date(2025, 12, 1), date(2025, 12, 31), 60, 60, "GBP", "Posted"])
    wb.save(path)
    return path


def write_samples(folder: Path) -> dict[str, Path]:
    """Every vendor sample written into folder, by preset name."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {
        "xero": folder / "xero-sales-invoices.csv",
        "quickbooks-online": folder / "quickbooks-online-invoice-list.csv",
        "quickbooks-desktop": folder / "quickbooks-desktop.iif",
        "odoo": folder / "odoo-customer-invoices.xlsx",
        "erpnext": folder / "erpnext-sales-invoice.csv",
        "gnucash": folder / "gnucash-invoices.csv",
    }
    out["xero"].write_text(XERO, encoding="utf-8")
    out["quickbooks-online"].write_bytes(b"\xef\xbb\xbf" + QBO.encode("utf-8"))
    out["quickbooks-desktop"].write_bytes(QBD_IIF.encode("cp1252"))
    write_odoo_xlsx(out["odoo"])
    out["erpnext"].write_bytes(ERPNEXT.replace("\n", "\r\n").encode("cp1252"))
    out["gnucash"].write_bytes(GNUCASH.encode("utf-16"))
    return out


def add_sample_customers(ledger: Ledger) -> None:
    ledger.add_customer(Customer(code="ACME", name="Acme GmbH", currency="EUR", jurisdiction=Jurisdiction.DE))
    ledger.add_customer(Customer(code="TOM", name="Tom Jones", kind=CustomerKind.INDIVIDUAL, currency="GBP",
                                 jurisdiction=Jurisdiction.UK, payment_terms_days=14))
    ledger.add_customer(Customer(code="GLOBEX", name="Globex Corporation", currency="USD",
                                 jurisdiction=Jurisdiction.US))
