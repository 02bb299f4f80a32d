"""The words around a letter's figures: fixed labels per language, number/money/date formatting (Babel),
and the variables the letter templates see, built from the document's data (facts, never sentences to
re-parse). The templates (templates.py) choose the sentences; this module only supplies the facts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from babel.dates import format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol

from arledger.domain.dunning import level_title
from arledger.domain.errors import UserError
from arledger.domain.interest import ALLOCATION_RULE_TEXT
from arledger.domain.model import CustomerKind
from arledger.domain.money import decimals, parse_amount, to_decimal
from arledger.domain.verzug import POSTED
from arledger.render.letter_data import (
    CurrencyTotal,
    EvidenceExhibit,
    LetterDocument,
    Letterhead,
    LetterHistory,
    LetterLine,
    Recipient,
    StatementDocument,
)
from arledger.render.messages import amount_form, translate, write_percent

# --------------------------------------------------------------------------------------------------------------
# Fixed labels. The letter's wording lives in the templates; these are the table headers and captions.

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "date": "Date", "our_ref": "Our reference", "customer_no": "Customer no.", "contact": "Contact",
        "phone": "Phone", "email": "Email", "invoice": "Invoice", "issued": "Issued", "due": "Due",
        "amount": "Amount", "paid": "Paid", "open": "Open", "days": "Days overdue",
        "disputed_row": "of which disputed, not claimed", "time_barred_row": "limitation period expired",
        "interest_title": "Interest and compensation", "basis": "Basis", "from": "From",
        "int_days": "Days", "rate": "Rate p.a.", "interest": "Interest", "compensation": "Compensation",
        "principal": "Outstanding amount (undisputed)", "interest_total": "Late-payment interest",
        "compensation_total": "Fixed compensation", "claimed": "Total claimed",
        "credit_total": "Less payments on account not yet allocated",
        "disputed_total": "Disputed, not claimed", "pay_title": "How to pay",
        "account_name": "Account name", "iban": "IBAN", "bic": "BIC", "bank": "Bank",
        "account_number": "Account no.", "sort_code": "Sort code", "pay_reference": "Reference",
        "pay_amount": "Amount", "pay_by": "Pay by", "qr_caption": "Scan with your banking app (EPC QR code)",
        "enclosures": "Enclosures", "page": "Page {x} of {y}", "notes": "Notes",
        "appendix_title": "Appendix: evidence log", "exhibit": "No.", "when": "Date and time",
        "channel": "Channel", "person": "Person", "summary": "Summary", "outcome": "Outcome",
        "tracking": "Tracking no.", "log_entry": "Log entry", "hash": "hash", "sha256": "SHA-256",
        "chain_head": "Chain head", "entries": "entries",
        "log_on_date": "Our record of this account (evidence log) on this date",
        "verify": "How to check this log: each entry is a canonical JSON text (keys sorted, UTF-8, no spaces "
                  "between items). An entry's hash is the SHA-256 of the previous entry's hash followed by "
                  "its own JSON text; the first entry follows 64 zeros. Recomputing every hash in order must "
                  "give the hashes printed above and, for entry {n}, the chain head; any change to an earlier "
                  "entry changes every later hash. We will provide the entries as JSON on request.",
        "shortened": "[shortened; full text in log entry {seq}]",
        "to_day": "To", "open_amount": "Open amount",
        "period_note": "Interest = open amount x rate x days / 365, simple interest per day, each period rounded "
                       "to the cent; an invoice's interest is the sum of its periods.",
        "allocation_rule": ALLOCATION_RULE_TEXT,
        "invoice_total": "Interest on {invoice}", "rule": "Rule",
        "enclosure_no": "Enclosure {n}", "charges_title": "Interest and charges to date",
        "total_with_charges": "Balance including interest and charges",
        "no_exhibits": "No events are recorded for this customer.",
        "times_in": "Times are local times in {zones}, with their offset from UTC.",
        "statement_title": "Statement of account", "period": "Period", "to": "to", "type": "Type",
        "reference": "Reference", "debit": "Debit", "credit": "Credit", "balance": "Balance",
        "opening": "Opening balance", "closing": "Closing balance", "aging_title": "Aging summary",
        "total": "Total", "from_start": "from the first entry",
        "kind_invoice": "Invoice", "kind_payment": "Payment", "kind_credit_note": "Credit note",
        "kind_write_off": "Write-off", "kind_adjustment": "Adjustment", "as_of": "as of",
        "for_attention": "FAO ",
    },
    "zh": {
        "date": "日期", "our_ref": "我方编号", "customer_no": "客户编号", "contact": "联系人",
        "phone": "电话", "email": "电子邮件", "invoice": "发票号", "issued": "开票日期", "due": "到期日",
        "amount": "金额", "paid": "已付", "open": "未付", "days": "逾期天数",
        "disputed_row": "其中有争议金额（本函不主张）", "time_barred_row": "已过诉讼时效",
        "interest_title": "逾期利息及补偿金", "basis": "依据", "from": "起算日",
        "int_days": "天数", "rate": "年利率", "interest": "利息", "compensation": "补偿金",
        "principal": "未付款项（无争议部分）", "interest_total": "逾期利息",
        "compensation_total": "固定补偿金", "claimed": "主张金额合计",
        "credit_total": "减：已收到但尚未核销的款项",
        "disputed_total": "有争议金额（不主张）", "pay_title": "付款方式",
        "account_name": "户名", "iban": "IBAN", "bic": "BIC", "bank": "开户银行",
        "account_number": "账号", "sort_code": "Sort code", "pay_reference": "付款附言",
        "pay_amount": "金额", "pay_by": "付款期限", "qr_caption": "可用手机银行扫码付款（EPC 二维码）",
        "enclosures": "附件", "page": "第 {x} 页，共 {y} 页", "notes": "说明",
        "appendix_title": "附件：催收记录", "exhibit": "编号", "when": "日期时间",
        "channel": "方式", "person": "联系人", "summary": "内容摘要", "outcome": "结果",
        "tracking": "邮件单号", "log_entry": "记录序号", "hash": "哈希值", "sha256": "SHA-256",
        "chain_head": "记录链末端哈希值", "entries": "条记录",
        "log_on_date": "截至本日我方对该账户的催收记录",
        "verify": "核验方法：每条记录为规范化 JSON 文本（键名排序、UTF-8 编码、各项之间无空格）。每条记录的哈希值"
                  "为前一条记录的哈希值与本条 JSON 文本连接后的 SHA-256 值；第一条记录以 64 个 0 为前一哈希值。"
                  "按顺序重新计算，应得到上列各哈希值，第 {n} 条记录应得到记录链末端哈希值；任何一条记录被修改，"
                  "其后所有哈希值都会改变。如需 JSON 格式的记录原文，我方可应要求提供。",
        "shortened": "[内容过长已截断，全文见第 {seq} 条记录]",
        "to_day": "截止日", "open_amount": "计息本金",
        "period_note": "利息 = 计息本金 × 年利率 × 天数 ÷ 365（按日单利计算），各段利息四舍五入至分；"
                       "每张发票的利息为其各段利息之和。",
        "allocation_rule": "收到的款项先冲抵本金；发票已产生的逾期利息及补偿金在付清或经我方豁免前仍应支付。",
        "invoice_total": "{invoice} 利息合计", "rule": "依据",
        "enclosure_no": "附件{n}", "charges_title": "截至本日的利息及费用",
        "total_with_charges": "含利息及费用的余额",
        "no_exhibits": "该客户暂无催收记录。",
        "times_in": "时间为{zones}当地时间，并注明与协调世界时（UTC）的时差。",
        "statement_title": "对账单", "period": "期间", "to": "至", "type": "类型",
        "reference": "单据号", "debit": "借方", "credit": "贷方", "balance": "余额",
        "opening": "期初余额", "closing": "期末余额", "aging_title": "账龄分析",
        "total": "合计", "from_start": "自首笔记录起",
        "kind_invoice": "发票", "kind_payment": "收款", "kind_credit_note": "贷项通知",
        "kind_write_off": "核销", "kind_adjustment": "调整", "as_of": "截至", "for_attention": "收件人：",
    },
    "de": {
        "date": "Datum", "our_ref": "Unser Zeichen", "customer_no": "Kundennummer", "contact": "Ansprechpartner",
        "phone": "Telefon", "email": "E-Mail", "invoice": "Rechnung", "issued": "Datum", "due": "Fällig am",
        "amount": "Betrag", "paid": "Bezahlt", "open": "Offen", "days": "Tage überfällig",
        "disputed_row": "davon bestritten, nicht gefordert", "time_barred_row": "verjährt",
        "interest_title": "Verzugszinsen und Pauschalen", "basis": "Grundlage", "from": "Ab",
        "int_days": "Tage", "rate": "Zinssatz p. a.", "interest": "Zinsen", "compensation": "Pauschale",
        "principal": "Offener Betrag (unbestritten)", "interest_total": "Verzugszinsen",
        "compensation_total": "Verzugspauschale", "claimed": "Gesamtforderung",
        "credit_total": "Abzüglich noch nicht zugeordneter Zahlungen",
        "disputed_total": "Bestritten, nicht gefordert", "pay_title": "Zahlung",
        "account_name": "Kontoinhaber", "iban": "IBAN", "bic": "BIC", "bank": "Bank",
        "account_number": "Kontonummer", "sort_code": "Sort code", "pay_reference": "Referenz",
        "pay_amount": "Betrag", "pay_by": "Zahlbar bis", "qr_caption": "Mit Ihrer Banking-App scannen (EPC-QR-Code)",
        "enclosures": "Anlagen", "page": "Seite {x} von {y}", "notes": "Hinweise",
        "appendix_title": "Anhang: Protokoll unserer Kontakte", "exhibit": "Nr.", "when": "Datum und Uhrzeit",
        "channel": "Weg", "person": "Person", "summary": "Inhalt", "outcome": "Ergebnis",
        "tracking": "Sendungsnr.", "log_entry": "Eintrag", "hash": "Hash", "sha256": "SHA-256",
        "chain_head": "Letzter Hash der Kette", "entries": "Einträge",
        "log_on_date": "Unser Protokoll zu diesem Konto an diesem Tag",
        "verify": "So lässt sich das Protokoll prüfen: Jeder Eintrag ist ein kanonischer JSON-Text (Schlüssel "
                  "sortiert, UTF-8, ohne Leerzeichen zwischen den Elementen). Der Hash eines Eintrags ist der "
                  "SHA-256-Wert aus dem Hash des vorigen Eintrags gefolgt von seinem eigenen JSON-Text; der erste "
                  "Eintrag folgt auf 64 Nullen. Berechnet man alle Hashes der Reihe nach neu, ergeben sich die oben "
                  "abgedruckten Werte und für Eintrag {n} der letzte Hash der Kette; jede Änderung eines früheren "
                  "Eintrags ändert alle späteren Hashes. Auf Wunsch stellen wir die Einträge als JSON zur Verfügung.",
        "shortened": "[gekürzt; vollständiger Text in Eintrag {seq}]",
        "to_day": "Bis", "open_amount": "Offener Betrag",
        "period_note": "Zinsen = offener Betrag × Zinssatz × Tage / 365, einfache Zinsen taggenau, je Zeitraum auf "
                       "den Cent gerundet; die Zinsen einer Rechnung sind die Summe ihrer Zeiträume.",
        "allocation_rule": "Zahlungen werden zuerst auf die Hauptforderung angerechnet; bereits entstandene "
                           "Verzugszinsen und Pauschalen einer Rechnung bleiben geschuldet, bis sie bezahlt oder "
                           "von uns erlassen sind.",
        "invoice_total": "Zinsen auf {invoice}", "rule": "Grundlage",
        "enclosure_no": "Anlage {n}", "charges_title": "Zinsen und Kosten bis heute",
        "total_with_charges": "Saldo einschließlich Zinsen und Kosten",
        "no_exhibits": "Zu diesem Kunden sind keine Vorgänge verzeichnet.",
        "times_in": "Uhrzeiten sind Ortszeiten in {zones}, mit ihrer Abweichung von UTC.",
        "statement_title": "Kontoauszug", "period": "Zeitraum", "to": "bis", "type": "Art",
        "reference": "Beleg", "debit": "Soll", "credit": "Haben", "balance": "Saldo",
        "opening": "Anfangssaldo", "closing": "Endsaldo", "aging_title": "Fälligkeitsübersicht",
        "total": "Summe", "from_start": "ab der ersten Buchung",
        "kind_invoice": "Rechnung", "kind_payment": "Zahlung", "kind_credit_note": "Gutschrift",
        "kind_write_off": "Ausbuchung", "kind_adjustment": "Korrektur", "as_of": "Stand",
        "for_attention": "z. Hd. ",
    },
}

CODES_ZH: dict[str, str] = {
    "phone": "电话", "email": "电子邮件", "letter": "信函", "visit": "上门", "sms": "短信", "chat": "即时消息",
    "out": "发出", "in": "收到", "no-answer": "无人接听", "reached": "已联系", "promise": "承诺付款",
    "dispute": "提出异议", "refused": "拒绝", "wrong-number": "号码错误", "contact": "联系",
    "payment": "收款", "override": "例外操作",
}
CODES_EN: dict[str, str] = {
    "sms": "SMS", "out": "outgoing", "in": "incoming", "no-answer": "no answer", "wrong-number": "wrong number",
}
CODES_DE: dict[str, str] = {
    "phone": "Telefon", "email": "E-Mail", "letter": "Brief", "visit": "Besuch", "sms": "SMS", "chat": "Chat",
    "out": "ausgehend", "in": "eingehend", "no-answer": "nicht erreicht", "reached": "erreicht",
    "promise": "Zahlungszusage", "dispute": "Einwand", "refused": "abgelehnt", "wrong-number": "falsche Nummer",
    "contact": "Kontakt", "payment": "Zahlung", "override": "Ausnahme",
}
CODES: dict[str, dict[str, str]] = {"en": CODES_EN, "zh": CODES_ZH, "de": CODES_DE}

EVENT_KINDS_ZH: dict[str, str] = {
    "contact": "联系", "letter": "信函", "payment": "收款", "promise": "付款承诺", "plan": "分期付款计划",
    "dispute_opened": "提出异议", "dispute_resolved": "异议已解决", "guard_override": "例外操作",
    "attachment": "附件", "credit_note": "贷项通知", "write_off": "核销", "acknowledgment": "债务确认",
    "demand_delivered": "催告已送达", "suit": "已起诉", "opening_import": "期初导入",
}
EVENT_KINDS_EN: dict[str, str] = {
    "contact": "Contact", "letter": "Letter", "payment": "Payment", "promise": "Promise to pay",
    "plan": "Instalment plan", "dispute_opened": "Dispute raised", "dispute_resolved": "Dispute resolved",
    "attachment": "Document", "credit_note": "Credit note", "acknowledgment": "Acknowledgment of the debt",
    "demand_delivered": "Demand delivered", "suit": "Court claim issued",
}
EVENT_KINDS_DE: dict[str, str] = {
    "contact": "Kontakt", "letter": "Brief", "payment": "Zahlung", "promise": "Zahlungszusage",
    "plan": "Ratenzahlungsvereinbarung", "dispute_opened": "Einwand erhoben", "dispute_resolved": "Einwand erledigt",
    "guard_override": "Ausnahme", "attachment": "Dokument", "credit_note": "Gutschrift", "write_off": "Ausbuchung",
    "acknowledgment": "Anerkenntnis der Forderung", "demand_delivered": "Mahnung zugestellt",
    "suit": "Klage erhoben", "opening_import": "Übernahme des Anfangsbestands",
}
EVENT_KINDS: dict[str, dict[str, str]] = {"en": EVENT_KINDS_EN, "zh": EVENT_KINDS_ZH, "de": EVENT_KINDS_DE}
REASONS: dict[str, dict[str, str]] = {  # dispute and excuse reason codes, as a letter names them
    "en": {"quality": "the quality of the goods or services", "delivery": "the delivery", "price": "the price",
           "paid": "that the invoice was already paid", "financial": "financial difficulty",
           "delay": "a delay in payment", "process": "your approval or payment process",
           "contact-changed": "a change of contact person", "other": "other reasons"},
    "zh": {"quality": "货物或服务质量", "delivery": "交货", "price": "价格", "paid": "发票已付款",
           "financial": "资金困难", "delay": "延迟付款", "process": "内部审批或付款流程",
           "contact-changed": "联系人变更", "other": "其他原因"},
    "de": {"quality": "die Qualität der Ware oder Leistung", "delivery": "die Lieferung", "price": "den Preis",
           "paid": "eine bereits erfolgte Zahlung", "financial": "finanzielle Schwierigkeiten",
           "delay": "eine Verzögerung der Zahlung", "process": "Ihren Freigabe- oder Zahlungsablauf",
           "contact-changed": "einen Wechsel des Ansprechpartners", "other": "andere Gründe"},
}
ENCLOSURES_ZH: dict[str, str] = {
    "statement of account": "对账单", "information sheet": "信息说明",
    "reply form": "回复表", "financial statement": "财务状况表",
}
ENCLOSURES_DE: dict[str, str] = {
    "statement of account": "Kontoauszug", "information sheet": "Informationsblatt",
    "reply form": "Antwortformular", "financial statement": "Aufstellung der finanziellen Verhältnisse",
}
ENCLOSURES: dict[str, dict[str, str]] = {"zh": ENCLOSURES_ZH, "de": ENCLOSURES_DE}

# How an earlier letter left us, as a letter says it ("sent by registered post")
SENT_BY: dict[str, dict[str, str]] = {
    "en": {"email": "by email", "registered": "by registered post", "ordinary": "by post", "letter": "by post",
           "ems": "by EMS", "courier": "by courier"},
    "zh": {"email": "通过电子邮件", "registered": "以挂号信", "ordinary": "以平信", "letter": "以信函",
           "ems": "以EMS", "courier": "以快递"},
    "de": {"email": "per E-Mail", "registered": "per Einschreiben", "ordinary": "per Post", "letter": "per Post",
           "ems": "per EMS", "courier": "per Kurier"},
}

RULE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "uk": "Late Payment of Commercial Debts (Interest) Act 1998", "eu": "Directive 2011/7/EU",
        "de": "BGB §288(2)", "de_consumer": "BGB §288(1)", "cn": "Contract (PRC Civil Code Art. 585)",
        "contract": "Contract", "none": "None",
    },
    "zh": {
        "uk": "英国《1998年商业债务逾期付款（利息）法》", "eu": "欧盟第2011/7/EU号指令",
        "de": "德国民法典第288条第2款", "de_consumer": "德国民法典第288条第1款",
        "cn": "合同约定（《民法典》第五百八十五条）", "contract": "合同约定", "none": "无",
    },
    "de": {
        "uk": "Late Payment of Commercial Debts (Interest) Act 1998 (Vereinigtes Königreich)",
        "eu": "Richtlinie 2011/7/EU", "de": "§ 288 Abs. 2 BGB", "de_consumer": "§ 288 Abs. 1 BGB",
        "cn": "Vertrag (Art. 585 Zivilgesetzbuch der VR China)", "contract": "Vertrag", "none": "keine",
    },
}

# How a rate is made up, for the basis notes under the interest table in German letters (en letters print the
# domain's own basis sentences; the margins are the rule packs' of COLLECTIONS.md section 5)
RATE_BASIS_DE: dict[str, str] = {
    "uk": "Leitzins der Bank of England zuzüglich 8 Prozentpunkten, fest für die Forderung",
    "eu": "Hauptrefinanzierungssatz der Europäischen Zentralbank zum 1. Januar bzw. 1. Juli zuzüglich "
          "8 Prozentpunkten",
    "de": "Basiszinssatz nach § 247 BGB zuzüglich 9 Prozentpunkten",
    "de_consumer": "Basiszinssatz nach § 247 BGB zuzüglich 5 Prozentpunkten",
    "cn": "vertraglich vereinbarter Zinssatz", "contract": "vertraglich vereinbarter Zinssatz",
}



# --------------------------------------------------------------------------------------------------------------
# Formatting per language


class Formatter:
    """Numbers, money and dates for one language (Babel)."""

    def __init__(self, language: str, locale: str, page_size: str) -> None:
        self.language = str(language)
        self.labels = LABELS[self.language]
        if locale:
            self.locale = locale
        elif self.language == "zh":
            self.locale = "zh_CN"
        elif self.language == "de":
            self.locale = "de_DE"
        else:
            self.locale = "en_US" if page_size == "Letter" else "en_GB"

    def number(self, minor: int, currency: str) -> str:
        return _number(minor, currency, self.locale)

    def count(self, n: int) -> str:
        """A whole number grouped as this language groups it (1,234 / 1.234)."""
        return format_decimal(n, locale=self.locale)

    def money(self, minor: int, currency: str) -> str:
        return amount_form(self.number(minor, currency), currency, self.language)

    def percent(self, rate: Decimal) -> str:
        """A rate as this language writes it: 10.27% in English and Chinese, 10,27 % in German."""
        return write_percent(rate, self.language)

    def date(self, day: date | None, style: str = "medium") -> str:
        if day is None:
            return ""
        if style == "medium" and self.language == "zh":
            style = "yyyy-MM-dd"  # 2025年6月1日 is too wide for a table column
        return _date(day, style, self.locale)

    def long_date(self, day: dt.date | None) -> str:
        return self.date(day, "long")

    def and_list(self, items: Iterable[str]) -> str:
        items = [str(i) for i in items if str(i)]
        if self.language == "zh":
            return "、".join(items[:-1]) + ("和" if len(items) > 1 else "") + (items[-1] if items else "")
        word = " und " if self.language == "de" else " and "
        if len(items) <= 2:
            return word.join(items)
        return ", ".join(items[:-1]) + word + items[-1]

    def code(self, value: str) -> str:
        return CODES[self.language].get(value, value)

    def reason(self, code: str) -> str:
        return REASONS[self.language].get(code, code)

    def amount_text(self, amount: str, currency: str) -> str:
        """A recorded decimal amount ("1200.00") as money in this language; as recorded if it is not one."""
        try:
            return self.money(parse_amount(amount, currency, allow_negative=True), currency)
        except (ValueError, UserError):
            return f"{amount} {currency}".strip()

    def day_text(self, iso: str) -> str:
        try:
            return self.date(date.fromisoformat(iso))
        except ValueError:
            return iso

    def describe(self, ex: EvidenceExhibit) -> str:
        """An evidence event in this language, from its kind and recorded fields (never from a sentence)."""
        d = ex.detail
        zh = self.language == "zh"
        kind = EVENT_KINDS[self.language].get(ex.kind, ex.kind.replace("_", " "))
        money = self.amount_text(d("amount"), d("currency")) if d("amount") and d("currency") else d("amount")
        if self.language == "de":
            return self._describe_de(ex, kind, money)
        if ex.kind == "letter":
            name = self.level_name(d("level_name"))
            if zh:
                return f"{self.day_text(d('sent_on'))} 发出第{d('level')}级信函" + (f"（{name}）" if name else "")
            named = f" ({name})" if name else ""
            return f"Letter, level {d('level')}{named}, sent {self.day_text(d('sent_on'))}"
        if ex.kind in ("payment", "credit_note"):
            day = self.day_text(d("date"))
            return f"{kind}：{money}（{day}）" if zh else f"{kind} {money}, {day}"
        if ex.kind == "promise":
            by = self.day_text(d("due_date"))
            return f"承诺于{by}前付款 {money}" if zh else f"Promise to pay {money} by {by}"
        if ex.kind == "plan":
            n = d("instalments")
            return f"分期付款计划，共{n}期" if zh else f"Instalment plan of {n} payments"
        if ex.kind == "dispute_opened":
            what = self.reason(d("reason"))
            about = d("invoice")
            return f"{about} 提出异议：{what}" if zh else f"Dispute about {about}: {what}"
        if ex.kind == "dispute_resolved":
            return f"{d('invoice')} 异议已解决" if zh else f"Dispute about {d('invoice')} resolved"
        if ex.kind == "attachment":
            return f"{kind}：{d('file')}" if zh else f"{kind}: {d('file')}"
        return kind

    def _describe_de(self, ex: EvidenceExhibit, kind: str, money: str) -> str:
        d = ex.detail
        if ex.kind == "letter":
            name = self.level_name(d("level_name"))
            named = f" ({name})" if name else ""
            return f"Brief, Stufe {d('level')}{named}, versandt am {self.day_text(d('sent_on'))}"
        if ex.kind in ("payment", "credit_note"):
            return f"{kind} {money}, {self.day_text(d('date'))}"
        if ex.kind == "promise":
            return f"Zusage, {money} bis {self.day_text(d('due_date'))} zu zahlen"
        if ex.kind == "plan":
            return f"Ratenzahlungsvereinbarung über {d('instalments')} Raten"
        if ex.kind == "dispute_opened":
            return f"Einwand zu {d('invoice')}: {self.reason(d('reason'))}"
        if ex.kind == "dispute_resolved":
            return f"Einwand zu {d('invoice')} erledigt"
        if ex.kind == "attachment":
            return f"{kind}: {d('file')}"
        return kind

    def level_name(self, name: str) -> str:
        """The policy's default level name in this language; a ledger's own names stay as set."""
        return translate(level_title(name), self.language)

    def enclosure(self, name: str) -> str:
        if self.language in ENCLOSURES:
            return ENCLOSURES[self.language].get(name, name)
        return name[:1].upper() + name[1:]

    def rule(self, rule: str, consumer: bool) -> str:
        key = "de_consumer" if rule == "de" and consumer else rule
        return RULE_LABELS[self.language].get(key, rule)


@cache
def _number_symbols(locale: str) -> tuple[str, str]:
    """The locale's group and decimal separators (Babel's format_decimal with a pattern writes a plain "-")."""
    return get_group_symbol(locale=locale), get_decimal_symbol(locale=locale)


@lru_cache(maxsize=4096)
def _number(minor: int, currency: str, locale: str) -> str:
    """``#,##0.00`` (as many places as the currency has) in the locale's symbols; equals Babel's format_decimal
    with that pattern (tested), at a fraction of its cost: a batch formats tens of thousands of amounts."""
    group, point = _number_symbols(locale)
    places = decimals(currency)
    text = f"{abs(to_decimal(minor, currency)):,.{places}f}"
    if group != "," or point != ".":
        text = text.translate({ord(","): group, ord("."): point})
    return "-" + text if minor < 0 else text


@lru_cache(maxsize=4096)
def _date(day: date, style: str, locale: str) -> str:
    return format_date(day, format=style, locale=locale)


# --------------------------------------------------------------------------------------------------------------
# Template variables


def letter_variables(doc: LetterDocument) -> dict[str, Any]:
    """The variables a letter template sees (documented in letter_templates/README.md)."""
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    totals = doc.totals
    consumer = doc.recipient.kind == CustomerKind.INDIVIDUAL

    def joined(attr: str) -> str:
        return fmt.and_list(fmt.money(getattr(t, attr), t.currency) for t in totals if getattr(t, attr))

    lines = [_line_variables(line, fmt, consumer) for line in doc.lines]
    unpaid = [line for line in doc.lines if line.open_amount] or list(doc.lines)
    paid_late = [line for line in doc.lines if not line.open_amount]
    rules = list(dict.fromkeys(line.interest_rule for line in doc.lines
                               if line.interest_rule and line.interest_rule != "none"))
    signatory = doc.signatory
    return {
        "level": doc.level,
        "level_name": fmt.level_name(doc.level_name),
        "language": str(doc.language),
        "company": _letterhead_variables(doc.letterhead),
        "customer": _recipient_variables(doc.recipient),
        "is_individual": doc.recipient.kind != CustomerKind.COMPANY,  # addressed by name
        "date": fmt.long_date(doc.date),
        "reference": doc.reference,
        "payment_reference": doc.payment_reference or doc.reference,
        "reply_by": fmt.long_date(doc.reply_by),
        "reply_days": doc.reply_days,
        "previous_letter_date": fmt.long_date(doc.previous_letter_date),
        **history_variables(doc.history, fmt),
        "first_formal": doc.first_formal,
        "lines": lines,
        "invoice_count": len(unpaid),
        "invoice_numbers": fmt.and_list(line.invoice_number for line in unpaid),
        "interest_only": not any(line.open_amount for line in doc.lines),
        "paid_late_count": len(paid_late),
        "paid_late_numbers": fmt.and_list(line.invoice_number for line in paid_late),
        "has_credit": any(t.credit_netted for t in totals),
        "total_credit": joined("credit_netted"),
        "oldest_days_overdue": max(line.days_overdue for line in doc.lines),
        "totals": [_total_variables(t, fmt) for t in totals],
        "total_claimed": joined("claimed"),
        "total_principal": joined("principal"),
        "total_interest": joined("interest"),
        "total_compensation": joined("compensation"),
        "total_disputed": joined("disputed"),
        "claim_interest": doc.claim_interest,
        "has_interest": any(line.interest for line in doc.lines),
        "has_compensation": any(line.compensation for line in doc.lines),
        "interest_rules": fmt.and_list(fmt.rule(r, consumer) for r in rules),
        "default_bases": default_variables(doc.lines, fmt),
        "has_disputed": any(line.disputed for line in doc.lines),
        "disputed_numbers": fmt.and_list(line.invoice_number for line in doc.lines if line.disputed),
        "disputed_count": sum(1 for line in doc.lines if line.disputed),
        "time_barred": doc.time_barred,
        "time_barred_numbers": fmt.and_list(line.invoice_number for line in doc.lines if line.time_barred),
        "time_barred_count": sum(1 for line in doc.lines if line.time_barred),
        "court_action_allowed": doc.court_action_allowed and not doc.time_barred,
        "individual_in_england_wales": doc.individual_in_england_wales,
        "protocol_forms": doc.protocol_forms,
        "statement_enclosed": doc.statement is not None,
        "enclosures": [fmt.enclosure(e) for e in doc.enclosures],
        "appendix": doc.include_appendix,
        "exhibit_count": len(doc.exhibits),
        "contact": signatory,
        "contact_email": doc.letterhead.email,
        "contact_phone": doc.letterhead.phone,
        "has_bank": doc.letterhead.bank is not None,
    }


ELLIPSIS = "…"
NAME_LIMIT_IN_TEXT = 200  # characters of a name inside a sentence


def shorten(text: str, limit: int, marker: str = "") -> str:
    """``text`` if it has at most ``limit`` characters, else its first ones (cut at a space where one is near)
    followed by "…" and ``marker``: long user text never breaks a page, and the cut is visible."""
    text = str(text)
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.7:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS + (f" {marker}" if marker else "")


def default_variables(lines: Iterable[LetterLine], fmt: Formatter) -> list[dict[str, Any]]:
    """Why each de-pack invoice is in default (BGB § 286), grouped: one entry per basis, day, reminder and fact.

    ``basis`` is agreed (§ 286 Abs. 2 Nr. 1), reminder (§ 286 Abs. 1, ``reminder_date`` the letter that was
    received on ``since``), thirty_days (§ 286 Abs. 3, from ``since``) or not_in_default (this letter is the first
    reminder); ``fact`` says what the day rests on (arledger.domain.verzug): for a reminder delivered, emailed or
    posted (then ``post_days``, the days after posting it is taken as received, and ``posted_on`` if the posting
    was recorded on another day than the letter's date; else it counts from the letter's date), for thirty_days
    invoice_received (``invoice_received`` later than the due date), due_date (received on ``invoice_received``,
    before it fell due) or due_date_for_receipt (no receipt recorded); ``numbers`` and ``count`` name the invoices,
    so a template can say which basis is whose.
    """
    groups: dict[tuple[Any, ...], list[str]] = {}
    for line in lines:
        d = line.default
        if d is None or line.time_barred:
            continue
        posted = (d.reminder.posted_on or d.reminder.sent_on) if d.reminder and d.fact == POSTED else None
        key = (d.basis, d.in_default_on, d.reminder.sent_on if d.reminder else None, d.fact, posted,
               d.invoice_received_on)
        groups.setdefault(key, []).append(line.invoice_number)
    return [{"basis": basis, "since": fmt.long_date(since), "reminder_date": fmt.long_date(sent), "fact": fact,
             "posted_on": fmt.long_date(posted) if posted != sent else "",  # unrecorded posting: the letter's date
             "post_days": (since - posted).days if posted is not None and since is not None else 0,
             "invoice_received": fmt.long_date(received), "numbers": fmt.and_list(numbers), "count": len(numbers)}
            for (basis, since, sent, fact, posted, received), numbers in groups.items()]


def history_variables(h: LetterHistory, fmt: Formatter) -> dict[str, Any]:
    """What happened before the letter, as the templates may mention it (see letter_templates/README.md).

    Every value comes from the ledger: an empty date or a zero count means the ledger shows nothing, and a
    template must then say nothing about it.
    """
    reminders, demands = h.reminders, h.formal_demands
    return {
        "letters_sent": len(h.letters),
        "earlier_letters": [{"level": x.level, "date": fmt.long_date(x.sent_on), "formal": x.level >= h.formal_from,
                             "dispatch": x.dispatch, "tracking": x.tracking} for x in h.letters],
        "previous_letter_level": h.letters[-1].level if h.letters else 0,
        "reminders_sent": len(reminders),
        "reminder_dates": fmt.and_list(fmt.long_date(x.sent_on) for x in reminders),
        "last_reminder_date": fmt.long_date(reminders[-1].sent_on) if reminders else "",
        "formal_demands_sent": len(demands),
        "last_formal_demand_date": fmt.long_date(demands[-1].sent_on) if demands else "",
        "last_formal_demand_sent_by": SENT_BY[fmt.language].get(demands[-1].dispatch, "") if demands else "",
        "last_formal_demand_tracking": demands[-1].tracking if demands else "",
        "contacts_made": h.contacts_made,
        "conversations": h.conversations,
        "last_contact_date": fmt.long_date(h.last_contact_on),
        "promises_kept": h.promises_kept,
        "promises_broken": h.promises_broken,
        "last_broken_promise_date": fmt.long_date(h.last_broken_promise_on),
        "reasons_given": h.reasons_given,
        "dispute_reasons": fmt.and_list(fmt.reason(r) for r in h.dispute_reasons),
        "excuse_reasons": fmt.and_list(fmt.reason(r) for r in h.excuse_reasons),
    }


def statement_variables(doc: StatementDocument) -> dict[str, Any]:
    """The variables the statement template sees (documented in letter_templates/README.md)."""
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    closing = [(c, doc.closing(c)) for c in doc.currencies]
    return {
        "language": str(doc.language),
        "company": _letterhead_variables(doc.letterhead),
        "customer": _recipient_variables(doc.recipient),
        "is_individual": doc.recipient.kind != CustomerKind.COMPANY,
        "date": fmt.long_date(doc.date),
        "reference": doc.reference,
        "payment_reference": doc.payment_reference or doc.reference,
        "period_from": fmt.long_date(doc.period_from),
        "period_to": fmt.long_date(doc.period_to),
        "closing_balance": fmt.and_list(fmt.money(v, c) for c, v in closing if v),
        "balance_due": any(v > 0 for _c, v in closing),
        "in_credit": any(v < 0 for _c, v in closing),
        "row_count": len(doc.rows),
        "contact": doc.signatory,
        "contact_email": doc.letterhead.email,
        "contact_phone": doc.letterhead.phone,
    }


def _letterhead_variables(head: Letterhead) -> dict[str, Any]:
    return {"name": shorten(head.name, NAME_LIMIT_IN_TEXT), "address_lines": list(head.address_lines),
            "registration": head.registration, "email": head.email, "phone": head.phone, "website": head.website}


def _recipient_variables(rec: Recipient) -> dict[str, Any]:
    return {"name": shorten(rec.name, NAME_LIMIT_IN_TEXT), "address_lines": list(rec.address_lines),
            "customer_code": rec.customer_code, "kind": str(rec.kind),
            "attention": shorten(rec.attention, NAME_LIMIT_IN_TEXT), "jurisdiction": str(rec.jurisdiction)}


def _line_variables(line: LetterLine, fmt: Formatter, consumer: bool) -> dict[str, Any]:
    cur = line.currency
    comp = line.compensation
    return {
        "number": line.invoice_number, "issue_date": fmt.date(line.issue_date), "due_date": fmt.date(line.due_date),
        "currency": cur, "amount": fmt.money(line.amount, cur), "paid": fmt.money(line.paid, cur),
        "open": fmt.money(line.open_amount, cur), "disputed": fmt.money(line.disputed, cur) if line.disputed else "",
        "claimed": fmt.money(line.claimed, cur), "days_overdue": line.days_overdue,
        "interest": fmt.money(line.interest, cur) if line.interest else "",
        "compensation": fmt.money(comp.minor, comp.currency) if comp else "",
        "rule": fmt.rule(line.interest_rule, consumer) if line.interest_rule else "",
        "rate": " / ".join(dict.fromkeys(fmt.percent(p.annual_rate) for p in line.periods)) or line.interest_rate,
        "interest_days": line.interest_days,
        "interest_from": fmt.date(line.interest_from), "time_barred": line.time_barred,
    }


def _total_variables(t: CurrencyTotal, fmt: Formatter) -> dict[str, Any]:
    c = t.currency
    return {"currency": c, "principal": fmt.money(t.principal, c), "interest": fmt.money(t.interest, c),
            "compensation": fmt.money(t.compensation, c), "disputed": fmt.money(t.disputed, c),
            "claimed": fmt.money(t.claimed, c)}

