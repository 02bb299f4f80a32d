"""Screenshots of the Letters page's other letters (courtesy reminder, promise confirmation, repayment agreement,
thank-you) and of the notices sent with their post and delivery records.

    QT_QPA_PLATFORM=offscreen python resources/screenshots/make_notice_screenshots.py
    (or on Xvfb with QT_QPA_PLATFORM=xcb, as make_screenshots.py)

Writes letters-other.png and letters-notices-sent.png next to this file from a fresh sample ledger to which an
English and a Chinese customer with an invoice falling due in two days, a promise and an instalment plan, and two
customers who paid in full after a reminder, were added.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_screenshots import OUT, Shooter, settle

SIZE = (1600, 1000)


def _stage(led, today: date) -> None:
    from arledger.domain.model import Customer, Jurisdiction, Language
    from arledger.services import letters, promises

    led.set_setting("escalation_policy", {"courtesy_reminder_days": 2})
    people = (("HARB", "Harbourside Chandlery Ltd", Language.EN, Jurisdiction.UK, "GBP"),
              ("HDCB", "华东船舶配件有限公司", Language.ZH, Jurisdiction.CN, "CNY"))
    for code, name, language, pack, cur in people:
        led.add_customer(Customer(code=code, name=name, currency=cur, language=language, jurisdiction=pack,
                                  email=f"ap@{code.lower()}.example"))
        led.add_invoice(code, f"{code}-2611", today - timedelta(days=23), 1_240_000, due_date=today + timedelta(days=2))
        led.add_invoice(code, f"{code}-2608", today - timedelta(days=95), 380_000, due_date=today - timedelta(days=65))
        led.add_invoice(code, f"{code}-2607", today - timedelta(days=120), 960_000, due_date=today - timedelta(days=90))
        promises.add_promise(led, code, 380_000, today + timedelta(days=5), invoices=[f"{code}-2608"],
                                channel="phone", made_by="Li Wei" if language is Language.ZH else "Sam Price")
        promises.add_plan(led, code, [(today + timedelta(days=10), 480_000), (today + timedelta(days=40), 480_000)],
                             invoices=[f"{code}-2607"], channel="meeting",
                             made_by="Li Wei" if language is Language.ZH else "Sam Price")
        paid = f"{code}P"
        led.add_customer(Customer(code=paid, name=f"{name.split()[0]} Holdings" if language is Language.EN
                                  else "华东物流有限公司", currency=cur, language=language, jurisdiction=pack))
        led.add_invoice(paid, f"{paid}-1", today - timedelta(days=80), 250_000, due_date=today - timedelta(days=50))
        letters.send_letter(led, paid, today - timedelta(days=12), level=1)
        led.record_payment(paid, today - timedelta(days=2), 250_000)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="arledger-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    os.environ["ARLEDGER_LEDGER"] = str(tmp / "ledger.sqlite")
    from arledger.gui.app import AppController, configure_application
    from arledger.services import notices
    from arledger.services.demo import write_demo_ledger

    app = QApplication(sys.argv[:1])
    configure_application(app)
    from PySide6.QtGui import QFontDatabase  # Chinese names offscreen, where fontconfig may have no CJK font

    QFontDatabase.addApplicationFont(str(Path(__file__).resolve().parents[1] / "fonts" / "wqy-microhei.ttc"))
    path = tmp / "Brightwater Supplies.sqlite"
    today = date.today()
    write_demo_ledger(path, today=today)
    controller = AppController(app)
    controller.start(path)
    w = controller.window
    led = w.ledger
    _stage(led, today)
    shooter = Shooter(app)
    shooter.folder = OUT
    w.resize(*SIZE)
    w.show()
    w.ledger_changed()
    settle(app, 600)
    w.show_page(w.pages.index(w.letters))
    w.letters.tabs.setCurrentIndex(1)
    settle(app, 800)
    shooter.shoot(w, "letters-other")

    # Send three of them, post one and record its delivery, to show the Notices sent tab.
    proposed = notices.proposed_notices(led, today)
    for p in proposed[:3]:
        sent = notices.send_notice(led, p.kind, p.customer.code, p.about_id, on=today)
    notices.record_notice_post(led, sent.notice_id, "registered", tracking="RR203441872CN", on=today)
    agreement = next(p for p in proposed if p.kind == "repayment_agreement")
    nid = notices.send_notice(led, agreement.kind, agreement.customer.code, agreement.about_id, on=today).notice_id
    notices.record_notice_post(led, nid, "ems", tracking="EE551203997CN", on=today)
    notices.record_notice_delivery(led, nid, today, note="signed for by reception")
    w.ledger_changed()
    settle(app, 600)
    w.letters.tabs.setCurrentIndex(2)
    settle(app, 600)
    shooter.shoot(w, "letters-notices-sent")
    controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
