"""The Pre-Action Protocol for Debt Claims enclosures: the information sheet, the reply form and the financial
statement form a letter of claim to an individual or a sole trader in England & Wales carries, and the
details of the agreement the letter of claim states.

Their contents follow the Protocol's Annex 1 (what the debtor must be told and asked); the layout and
wording are our own. Each form is pages of the letter's own PDF, started on a new page by the caller. The forms are
written in the letter's language (en, zh, de): the Protocol governs a debtor in England & Wales whatever language
they read, and a debtor under another rule pack is never sent them (the German pack's letters name no English
procedure).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from arledger.render.layout import RULE, Layout
from arledger.render.letter_data import AgreementDetails

BOX = "□"

TEXT: dict[str, dict[str, Any]] = {
    "en": {
        "agreement_title": "The agreement",
        "parties": "Parties: {creditor} (the creditor) and {debtor} (the debtor).",
        "written": "Written agreement: {name}, recorded on {date}.",
        "oral": "No written agreement is on our file: the agreement was made orally or by your order, and its "
                "terms are those stated on each invoice.",
        "invoice_line": "Invoice {number} of {date}{ref}.",
        "your_ref": ", your reference {ref}",
        "information sheet": "Information sheet",
        "info": [
            "You have received this information sheet with a letter of claim because {creditor} says that you "
            "owe them {amount}. The letter, the statement of account and the invoices listed in it explain how "
            "the amount is made up.",
            "Please read the letter and these pages carefully. You have {days} days from the date of the letter "
            "(until {reply_by}) to reply using the enclosed reply form. If you do not reply, court proceedings "
            "may be started against you, and you may then have to pay court fees and costs as well.",
            "What you can do:",
        ],
        "info_bullets": [
            "If you agree that you owe the whole amount, pay it, or use the reply form and the financial "
            "statement to propose how you will pay it (for example by instalments).",
            "If you agree that you owe only part of it, say which part on the reply form and why you do not owe "
            "the rest.",
            "If you do not owe the amount, say so on the reply form and explain why, with copies of any "
            "documents you rely on.",
            "If you need documents to decide (a copy of the agreement, invoices or a statement), ask for them "
            "on the reply form.",
            "If you are getting debt advice and need more time to reply, tell us on the reply form; we will not "
            "start court proceedings while we consider a reasonable request for more time.",
        ],
        "advice_title": "Free, independent debt advice",
        "advice": [
            "National Debtline: www.nationaldebtline.org",
            "StepChange Debt Charity: www.stepchange.org",
            "Citizens Advice: www.citizensadvice.org.uk",
            "Business Debtline (for the self-employed and sole traders): www.businessdebtline.org",
            "MoneyHelper: www.moneyhelper.org.uk",
        ],
        "info_end": "You can also contact us at any time to talk about the debt: {contact}.",
        "reply form": "Reply form",
        "reply_intro": "Please complete this form and return it to {creditor}, {address}, by {reply_by}. "
                       "Our reference: {reference}.",
        "reply_sections": [
            ("1. Do you owe the debt?", [
                f"{BOX} I owe the whole amount claimed.",
                f"{BOX} I owe part of the amount claimed: ______________ . I do not owe the rest because "
                "(see section 3).",
                f"{BOX} I do not owe the amount claimed (see section 3).",
            ]),
            ("2. If you owe the debt, how will you pay?", [
                f"{BOX} I enclose payment of ______________ .",
                f"{BOX} I will pay the whole amount by (date) ______________ .",
                f"{BOX} I will pay by instalments of ______________ each week / month, starting on "
                "______________ . I enclose the financial statement.",
            ]),
            ("3. If you dispute the debt, in whole or in part, why?", [
                "_" * 80, "_" * 80, "_" * 80,
                f"{BOX} I enclose copies of documents I rely on.",
            ]),
            ("4. Do you need documents or information?", [
                f"{BOX} a copy of the agreement     {BOX} copies of the invoices     {BOX} a statement of account",
                f"{BOX} other: ______________________________________________",
            ]),
            ("5. Are you getting advice?", [
                f"{BOX} I am getting debt advice from: ______________________________ and I need more time, "
                "until (date) ______________ , to reply.",
                f"{BOX} I would like to talk about the debt. The best time to call me is ______________ .",
            ]),
        ],
        "sign": ["Name", "Address", "Telephone", "Email", "Signature", "Date"],
        "financial statement": "Financial statement",
        "fin_intro": "Please complete this statement if you want to pay by instalments, so that we can see what "
                     "you can afford. Give monthly amounts. Return it with the reply form. Our reference: "
                     "{reference}.",
        "household": ("Your household", ["Adults in the household", "Children under 16", "Children 16 to 18",
                                         "Do you own or rent your home?"]),
        "income": ("Income each month", ["Wages or salary after tax (you)", "Wages or salary after tax (partner)",
                                         "Self-employed income after tax", "Benefits and tax credits", "Pensions",
                                         "Child maintenance received", "Other income", "Total income"]),
        "outgoings": ("Spending each month", ["Mortgage or rent", "Council tax", "Gas and electricity", "Water",
                                              "Telephone and internet", "TV licence", "Food and housekeeping",
                                              "Travel and car costs", "Childcare", "Insurance",
                                              "Child maintenance paid", "Court fines", "Other spending",
                                              "Total spending"]),
        "priority": ("Priority debts (arrears)", ["Rent or mortgage arrears", "Council tax arrears",
                                                  "Gas and electricity arrears", "Court fines", "Other"]),
        "other_debts": ("Other debts", ["Creditor", "Amount owed", "Paying each month"]),
        "assets": ("Savings and property", ["Savings", "Vehicles (value)", "Property (value, less mortgage)",
                                            "Other"]),
        "available": "Income less spending and payments to other creditors: available each month",
        "fin_sign": "I believe the information in this statement is true.",
        "amount": "Amount",
    },
    "zh": {
        "agreement_title": "协议详情",
        "parties": "当事人：{creditor}（债权人）与{debtor}（债务人）。",
        "written": "书面协议：{name}，记录日期{date}。",
        "oral": "我方档案中无书面协议：协议系以口头方式或依贵方订单订立，条款以各发票所载为准。",
        "invoice_line": "发票{number}，开票日期{date}{ref}。",
        "your_ref": "，贵方编号{ref}",
        "information sheet": "信息说明",
        "info": [
            "您收到本信息说明及索赔函，是因为{creditor}认为您欠其{amount}。索赔函、对账单及其所列发票说明了该金额的构成。",
            "请仔细阅读索赔函及本说明。您可自索赔函日期起{days}日内（即{reply_by}前）使用随附的回复表答复。"
            "如您未答复，对方可能向法院提起诉讼，届时您可能还须承担诉讼费用。",
            "您可以：",
        ],
        "info_bullets": [
            "如您同意欠付全部金额，请付款，或使用回复表及财务状况表提出付款方案（例如分期付款）。",
            "如您仅同意欠付部分金额，请在回复表中注明该部分及您认为其余部分不应支付的理由。",
            "如您不欠该款项，请在回复表中说明理由，并附上您所依据的文件副本。",
            "如您需要文件（协议副本、发票或对账单）以作决定，请在回复表中提出。",
            "如您正在寻求债务咨询并需要更多时间答复，请在回复表中告知；我方在考虑合理的延期请求期间不会提起诉讼。",
        ],
        "advice_title": "免费、独立的债务咨询",
        "advice": [
            "National Debtline：www.nationaldebtline.org",
            "StepChange Debt Charity：www.stepchange.org",
            "Citizens Advice：www.citizensadvice.org.uk",
            "Business Debtline（适用于自雇人士及个体经营者）：www.businessdebtline.org",
            "MoneyHelper：www.moneyhelper.org.uk",
        ],
        "info_end": "您也可随时与我方联系商谈本笔债务：{contact}。",
        "reply form": "回复表",
        "reply_intro": "请填写本表，并于{reply_by}前寄回{creditor}（{address}）。我方编号：{reference}。",
        "reply_sections": [
            ("一、您是否欠付该款项？", [
                f"{BOX} 我欠付所主张的全部金额。",
                f"{BOX} 我欠付部分金额：______________ ，其余部分不应支付（理由见第三项）。",
                f"{BOX} 我不欠所主张的金额（理由见第三项）。",
            ]),
            ("二、如您欠付该款项，将如何付款？", [
                f"{BOX} 随附付款 ______________ 。",
                f"{BOX} 我将于 ______________ 前付清全部金额。",
                f"{BOX} 我将自 ______________ 起每周／每月分期支付 ______________ ，随附财务状况表。",
            ]),
            ("三、如您对债务全部或部分有异议，理由是什么？", [
                "_" * 80, "_" * 80, "_" * 80,
                f"{BOX} 随附我所依据的文件副本。",
            ]),
            ("四、您是否需要文件或信息？", [
                f"{BOX} 协议副本     {BOX} 发票副本     {BOX} 对账单",
                f"{BOX} 其他：______________________________________________",
            ]),
            ("五、您是否正在寻求咨询？", [
                f"{BOX} 我正在向 ______________________________ 寻求债务咨询，需要延期至 ______________ 答复。",
                f"{BOX} 我希望与贵方商谈本笔债务。方便致电的时间为 ______________ 。",
            ]),
        ],
        "sign": ["姓名", "地址", "电话", "电子邮件", "签名", "日期"],
        "financial statement": "财务状况表",
        "fin_intro": "如您希望分期付款，请填写本表，以便我方了解您的支付能力。请填写每月金额，并与回复表一并寄回。"
                     "我方编号：{reference}。",
        "household": ("家庭情况", ["家庭成年人数", "16岁以下子女人数", "16至18岁子女人数", "住房为自有还是租住？"]),
        "income": ("每月收入", ["本人税后工资", "配偶税后工资", "自雇税后收入", "福利及税收抵免", "养老金",
                                "收到的子女抚养费", "其他收入", "收入合计"]),
        "outgoings": ("每月支出", ["房贷或房租", "市政税", "燃气及电费", "水费", "电话及网络", "电视许可费",
                                   "食品及日常开支", "交通及车辆费用", "托儿费用", "保险", "支付的子女抚养费",
                                   "法院罚款", "其他支出", "支出合计"]),
        "priority": ("优先债务（欠款）", ["拖欠房租或房贷", "拖欠市政税", "拖欠燃气及电费", "法院罚款", "其他"]),
        "other_debts": ("其他债务", ["债权人", "欠款金额", "每月还款"]),
        "assets": ("储蓄及财产", ["储蓄", "车辆（价值）", "房产（价值减房贷）", "其他"]),
        "available": "收入减支出及向其他债权人的还款：每月可支配金额",
        "fin_sign": "本人确认本表所填信息真实。",
        "amount": "金额",
    },
    "de": {
        "agreement_title": "Angaben zum Vertrag",
        "parties": "Parteien: {creditor} (Gläubiger) und {debtor} (Schuldner).",
        "written": "Schriftlicher Vertrag: {name}, erfasst am {date}.",
        "oral": "Ein schriftlicher Vertrag liegt uns nicht vor: Der Vertrag wurde mündlich oder durch Ihre Bestellung "
                "geschlossen; es gelten die auf jeder Rechnung genannten Bedingungen.",
        "invoice_line": "Rechnung {number} vom {date}{ref}.",
        "your_ref": ", Ihr Zeichen {ref}",
        "information sheet": "Informationsblatt",
        "info": [
            "Sie erhalten dieses Informationsblatt mit einem Forderungsschreiben, weil {creditor} der Ansicht ist, "
            "dass Sie {amount} schulden. Das Schreiben, der Kontoauszug und die darin aufgeführten Rechnungen "
            "erläutern, wie sich der Betrag zusammensetzt.",
            "Bitte lesen Sie das Schreiben und diese Seiten sorgfältig. Sie haben {days} Tage ab dem Datum des "
            "Schreibens (bis zum {reply_by}), um mit dem beigefügten Antwortformular zu antworten. Antworten Sie "
            "nicht, kann gegen Sie Klage bei einem Gericht in England und Wales erhoben werden; dann müssten Sie "
            "möglicherweise auch Gerichtsgebühren und Kosten tragen.",
            "Was Sie tun können:",
        ],
        "info_bullets": [
            "Wenn Sie den ganzen Betrag schulden, zahlen Sie ihn, oder schlagen Sie mit dem Antwortformular und der "
            "Aufstellung der finanziellen Verhältnisse vor, wie Sie ihn zahlen werden (zum Beispiel in Raten).",
            "Wenn Sie nur einen Teil schulden, geben Sie im Antwortformular an, welchen Teil, und warum Sie den "
            "Rest nicht schulden.",
            "Wenn Sie den Betrag nicht schulden, teilen Sie dies im Antwortformular mit und begründen Sie es, mit "
            "Kopien der Unterlagen, auf die Sie sich stützen.",
            "Wenn Sie Unterlagen brauchen, um zu entscheiden (eine Kopie des Vertrags, die Rechnungen oder einen "
            "Kontoauszug), fordern Sie sie mit dem Antwortformular an.",
            "Wenn Sie sich in einer Schuldnerberatung befinden und mehr Zeit für die Antwort brauchen, teilen Sie "
            "uns dies im Antwortformular mit; solange wir eine angemessene Bitte um mehr Zeit prüfen, erheben wir "
            "keine Klage.",
        ],
        "advice_title": "Kostenlose, unabhängige Schuldnerberatung (England und Wales)",
        "advice": [
            "National Debtline: www.nationaldebtline.org",
            "StepChange Debt Charity: www.stepchange.org",
            "Citizens Advice: www.citizensadvice.org.uk",
            "Business Debtline (für Selbständige und Einzelunternehmer): www.businessdebtline.org",
            "MoneyHelper: www.moneyhelper.org.uk",
        ],
        "info_end": "Sie können sich jederzeit auch an uns wenden, um über die Forderung zu sprechen: {contact}.",
        "reply form": "Antwortformular",
        "reply_intro": "Bitte füllen Sie dieses Formular aus und senden Sie es bis zum {reply_by} an {creditor}, "
                       "{address}. Unser Zeichen: {reference}.",
        "reply_sections": [
            ("1. Schulden Sie den Betrag?", [
                f"{BOX} Ich schulde den ganzen geforderten Betrag.",
                f"{BOX} Ich schulde einen Teil des geforderten Betrags: ______________ . Den Rest schulde ich "
                "nicht, weil (siehe Abschnitt 3).",
                f"{BOX} Ich schulde den geforderten Betrag nicht (siehe Abschnitt 3).",
            ]),
            ("2. Wenn Sie den Betrag schulden: Wie werden Sie zahlen?", [
                f"{BOX} Ich füge eine Zahlung von ______________ bei.",
                f"{BOX} Ich zahle den ganzen Betrag bis zum (Datum) ______________ .",
                f"{BOX} Ich zahle in Raten von ______________ je Woche / Monat, beginnend am ______________ . "
                "Die Aufstellung der finanziellen Verhältnisse liegt bei.",
            ]),
            ("3. Wenn Sie die Forderung ganz oder teilweise bestreiten: Warum?", [
                "_" * 80, "_" * 80, "_" * 80,
                f"{BOX} Ich füge Kopien der Unterlagen bei, auf die ich mich stütze.",
            ]),
            ("4. Brauchen Sie Unterlagen oder Auskünfte?", [
                f"{BOX} eine Kopie des Vertrags     {BOX} Kopien der Rechnungen     {BOX} einen Kontoauszug",
                f"{BOX} Sonstiges: ______________________________________________",
            ]),
            ("5. Lassen Sie sich beraten?", [
                f"{BOX} Ich lasse mich beraten von: ______________________________ und brauche mehr Zeit für "
                "meine Antwort, bis (Datum) ______________ .",
                f"{BOX} Ich möchte über die Forderung sprechen. Am besten erreichen Sie mich ______________ .",
            ]),
        ],
        "sign": ["Name", "Anschrift", "Telefon", "E-Mail", "Unterschrift", "Datum"],
        "financial statement": "Aufstellung der finanziellen Verhältnisse",
        "fin_intro": "Bitte füllen Sie diese Aufstellung aus, wenn Sie in Raten zahlen möchten, damit wir sehen, "
                     "was Sie zahlen können. Geben Sie Monatsbeträge an. Senden Sie sie mit dem Antwortformular "
                     "zurück. Unser Zeichen: {reference}.",
        "household": ("Ihr Haushalt", ["Erwachsene im Haushalt", "Kinder unter 16 Jahren",
                                       "Kinder von 16 bis 18 Jahren", "Wohnen Sie im Eigentum oder zur Miete?"]),
        "income": ("Einnahmen im Monat", ["Lohn oder Gehalt nach Steuern (Sie)",
                                          "Lohn oder Gehalt nach Steuern (Partner)",
                                          "Einkommen aus selbständiger Tätigkeit nach Steuern",
                                          "Sozialleistungen und Steuergutschriften", "Renten",
                                          "Erhaltener Unterhalt für Kinder", "Sonstige Einnahmen",
                                          "Einnahmen gesamt"]),
        "outgoings": ("Ausgaben im Monat", ["Hypothek oder Miete", "Council Tax (Gemeindesteuer)", "Gas und Strom",
                                            "Wasser", "Telefon und Internet", "Fernsehlizenz (TV licence)",
                                            "Lebensmittel und Haushalt", "Fahrt- und Autokosten", "Kinderbetreuung",
                                            "Versicherungen", "Gezahlter Unterhalt für Kinder", "Geldstrafen",
                                            "Sonstige Ausgaben", "Ausgaben gesamt"]),
        "priority": ("Vorrangige Schulden (Rückstände)", ["Miet- oder Hypothekenrückstände",
                                                          "Rückstände der Council Tax", "Rückstände bei Gas und Strom",
                                                          "Geldstrafen", "Sonstige"]),
        "other_debts": ("Andere Schulden", ["Gläubiger", "Geschuldeter Betrag", "Zahlung im Monat"]),
        "assets": ("Ersparnisse und Vermögen", ["Ersparnisse", "Fahrzeuge (Wert)",
                                                "Immobilien (Wert abzüglich Hypothek)", "Sonstiges"]),
        "available": "Einnahmen abzüglich Ausgaben und Zahlungen an andere Gläubiger: monatlich verfügbar",
        "fin_sign": "Ich versichere, dass die Angaben in dieser Aufstellung wahr sind.",
        "amount": "Betrag",
    },
}


def agreement_section(layout: Layout, agreement: AgreementDetails) -> list[Flowable]:
    """The details of the agreement, as the Protocol asks a letter of claim to state them."""
    t = TEXT.get(layout.fmt.language, TEXT["en"])  # the Protocol's forms, in the letter's language
    fmt = layout.fmt
    lines = [t["parties"].format(creditor=agreement.creditor, debtor=agreement.debtor)]
    if agreement.written:
        lines += [t["written"].format(name=name, date=fmt.long_date(day)) for name, day in agreement.written]
    else:
        lines.append(t["oral"])
    for number, day, ref in agreement.invoices[:20]:
        lines.append(t["invoice_line"].format(number=number, date=fmt.long_date(day),
                                              ref=t["your_ref"].format(ref=ref) if ref else ""))
    out: list[Flowable] = [layout.strong(t["agreement_title"], layout.s.heading)]
    out += [layout.para(line, layout.s.small) for line in lines]
    return out


def protocol_form(layout: Any, name: str) -> list[Flowable]:
    """One enclosure (information sheet, reply form or financial statement) as flowables for ``layout``, a
    letter layout whose document supplies the creditor, the amount, the deadline and the reference."""
    doc = layout.doc
    t = TEXT.get(layout.fmt.language, TEXT["en"])  # the Protocol's forms, in the letter's language
    fmt = layout.fmt
    head = doc.letterhead
    facts = {
        "creditor": head.name, "debtor": doc.recipient.name, "reference": doc.reference,
        "amount": fmt.and_list(fmt.money(x.claimed, x.currency) for x in doc.totals),
        "days": doc.reply_days, "reply_by": fmt.long_date(doc.reply_by),
        "address": ", ".join(head.address_lines) or head.name,
        "contact": " · ".join(x for x in (doc.signatory, head.phone, head.email) if x) or head.name,
    }
    s = layout.s
    out: list[Flowable] = [layout.strong(t[name], s.subject)]
    if name == "information sheet":
        out += [layout.para(p.format(**facts), s.body) for p in t["info"]]
        out += [layout.para(b, s.bullet, bullet=True) for b in t["info_bullets"]]
        out += [Spacer(1, 2 * mm), layout.strong(t["advice_title"], s.heading)]
        out += [layout.para(a, s.bullet, bullet=True) for a in t["advice"]]
        out += [Spacer(1, 2 * mm), layout.para(t["info_end"].format(**facts), s.body)]
        return out
    if name == "reply form":
        out.append(layout.para(t["reply_intro"].format(**facts), s.body))
        for title, items in t["reply_sections"]:
            block: list[Flowable] = [layout.strong(title, s.heading)]
            block += [layout.para(item, s.plain) for item in items]
            out.append(KeepTogether(block))
        out += [Spacer(1, 3 * mm), _blank_table(layout, t["sign"], 2)]
        return out
    if name == "financial statement":
        out.append(layout.para(t["fin_intro"].format(**facts), s.body))
        for key in ("household", "income", "outgoings", "priority", "assets"):
            title, rows = t[key]
            out.append(KeepTogether([layout.strong(title, s.heading), _blank_table(layout, rows, 1, t["amount"])]))
        title, columns = t["other_debts"]
        grid = [[layout.th(c) for c in columns]] + [["", "", ""] for _ in range(5)]
        out.append(KeepTogether([layout.strong(title, s.heading),
                                 layout.table(grid, [layout.width * f for f in (0.5, 0.25, 0.25)],
                                              extra=[("GRID", (0, 0), (-1, -1), 0.4, RULE)])]))
        out += [Spacer(1, 3 * mm), _blank_table(layout, [t["available"]], 1, t["amount"]),
                Spacer(1, 3 * mm), layout.para(t["fin_sign"], s.plain), _blank_table(layout, t["sign"][4:], 1)]
        return out
    raise ValueError(f"No enclosure called '{name}'.")


def _blank_table(layout: Any, labels: list[str], height_lines: int, header: str = "") -> Table:
    """Labels on the left, an empty box to write in on the right."""
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.4, RULE)]
    if header:
        rows.append(["", layout.th(header, right=True)])
    rows += [[layout.cell(label), "\n" * (height_lines - 1)] for label in labels]
    extra += [("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4 + 6 * (height_lines - 1))]
    return layout.table(rows, [layout.width * 0.62, layout.width * 0.38], header_rows=1 if header else 0, extra=extra)

