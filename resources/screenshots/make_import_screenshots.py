"""Screenshots of the import wizard: column mapping of a Xero export, and the review of a camt.053 statement.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python resources/screenshots/make_import_screenshots.py
    (or QT_QPA_PLATFORM=offscreen; run from the checkout: the sample files come from tests/samples)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parent
ROOT = OUT.parent.parent


def settle(app: QApplication, ms: int = 300) -> None:
    QThreadPool.globalInstance().waitForDone(30000)
    end = QTimer()
    end.setSingleShot(True)
    end.start(ms)
    while end.isActive():
        app.processEvents()


def main() -> int:
    sys.path.insert(0, str(ROOT))
    tmp = Path(tempfile.mkdtemp(prefix="arledger-import-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    from arledger.gui.app import configure_application
    from arledger.gui.dialogs.import_wizard import ImportWizard
    from arledger.services.ledger import Ledger
    from tests.samples.bank_statements import CAMT053, bank_ledger
    from tests.samples.vendor_exports import write_samples

    app = QApplication(sys.argv[:1])
    configure_application(app)
    ledger = Ledger.open(tmp / "Brightwater Supplies.sqlite", create=True)
    bank_ledger(ledger)
    add_vendor_customers(ledger)
    files = write_samples(tmp / "exports")
    statement = tmp / "january-camt053.xml"
    statement.write_text(CAMT053, encoding="utf-8")

    wizard = ImportWizard(ledger)
    wizard.resize(1180, 760)
    wizard.choose.kinds.button(wizard.choose.kind_names.index("invoices")).setChecked(True)
    wizard.choose.path.setText(str(files["xero"]))
    wizard.show()
    settle(app)
    wizard.grab().save(str(OUT / "import-choose.png"))
    wizard.next()
    settle(app)
    wizard.grab().save(str(OUT / "import-mapping.png"))
    wizard.close()

    wizard = ImportWizard(ledger)
    wizard.resize(1180, 640)
    wizard.choose.kinds.button(wizard.choose.kind_names.index("bank")).setChecked(True)
    wizard.choose.path.setText(str(statement))
    wizard.show()
    wizard.next()
    settle(app)
    wizard.grab().save(str(OUT / "import-bank-review.png"))
    wizard.close()
    ledger.close()
    print("wrote import-choose.png, import-mapping.png, import-bank-review.png")
    return 0


def add_vendor_customers(ledger) -> None:
    """The vendor samples' customers, except ACME which the bank sample already has."""
    from arledger.domain.model import Customer, CustomerKind, Jurisdiction

    ledger.add_customer(Customer(code="TOM", name="Tom Jones", kind=CustomerKind.INDIVIDUAL, currency="GBP",
                                 jurisdiction=Jurisdiction.UK, payment_terms_days=14))
    ledger.add_customer(Customer(code="GLOBEX", name="Globex Corporation", currency="USD",
                                 jurisdiction=Jurisdiction.US))


if __name__ == "__main__":
    sys.exit(main())
