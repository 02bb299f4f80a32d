"""PDF letters (reminders, formal demands, letters before action) and statements of account.

Input is a plain :class:`~arledger.render.letter_data.LetterDocument` or
:class:`~arledger.render.letter_data.StatementDocument`; output is the PDF as bytes. The words come from
Jinja2 templates (``letter_templates/<lang>/level<N>.txt.j2``, ``statement.txt.j2``), rendered in a
sandbox with StrictUndefined; a ledger may keep edited copies in its own folder (``templates_dir``), which
win over the shipped ones. Figures, tables, the payment box and the evidence appendix are laid out here.

Page layout (A4 per DIN 5008 form B, which also fits UK DL/C5 and US #10 window envelopes):

* text column 25 mm from the left edge, 20 mm from the right;
* letterhead in the top 40 mm (name, address, contact line, registration; logo top right);
* address field 45-90 mm from the top edge, starting 20 mm from the left (text at 25 mm), 85 mm wide:
  a small return-address line at 50 mm, the recipient from 63 mm (at most 6 lines at 10 pt). A DL
  envelope's window (90 x 45 mm, 20 mm from the left, 15 mm from the bottom) shows 50-95 mm of a sheet
  folded in thirds; a US #10 window shows about 63-92 mm of a Letter sheet: the recipient block sits in
  both;
* information block (date, references, contact) at 125 mm from the left, from 50 mm;
* body from 96 mm on the first page, from 22 mm on later pages; footer 15 mm above the bottom edge with
  the company and "Page x of y";
* fold marks at 105 and 210 mm (A4) or at thirds (Letter) and a punch mark at mid-height.

User-supplied text is never markup: short text that fits its place in one face is drawn as a plain string
(table cells, the letterhead, address and information block, headers and footers; a Paragraph costs
parsing and line breaking), anything else is escaped for reportlab's Paragraph markup, so
``<b>Tom & Co</b>`` prints literally either way; characters the main font lacks are drawn in a fallback
face (fonts.py). Output is deterministic: reportlab's ``invariant`` mode fixes the creation date and
document id, so the same document gives byte-identical PDFs.
"""

from __future__ import annotations

import io
import math
import os
import re
import tempfile
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from itertools import groupby
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_date
from babel.numbers import get_decimal_symbol, get_group_symbol
from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.debug import rewrite_traceback_stack
from jinja2.ext import Extension
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import concat
from reportlab.graphics.barcode import qrencoder
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from arledger.domain.errors import UserError
from arledger.domain.model import CustomerKind
from arledger.domain.money import decimals, parse_amount, to_decimal
from arledger.paths import letter_templates_dir
from arledger.render.fonts import FontSet, font_set, split_runs
from arledger.render.letter_data import (
    CurrencyTotal,
    EvidenceExhibit,
    LetterDocument,
    Letterhead,
    LetterLine,
    Recipient,
    StatementDocument,
)

REQUIRED_LETTER_BLOCKS: tuple[str, ...] = ("subject", "salutation", "opening", "next_steps", "closing")
OPTIONAL_LETTER_BLOCKS: tuple[str, ...] = ("after_closing", "appendix_intro")
REQUIRED_STATEMENT_BLOCKS: tuple[str, ...] = ("subject", "opening", "closing")

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#f0f0f0")
DISPUTE_SHADE = colors.HexColor("#fbf3e4")

LEFT = 25 * mm
RIGHT = 20 * mm
BOTTOM = 20 * mm
FIRST_BODY_TOP = 96 * mm
LATER_BODY_TOP = 22 * mm
ADDRESS_TOP = 45 * mm
RECIPIENT_TOP = 63 * mm
INFO_LEFT = 125 * mm

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
        "disputed_total": "Disputed, not claimed", "pay_title": "How to pay",
        "account_name": "Account name", "iban": "IBAN", "bic": "BIC", "bank": "Bank",
        "account_number": "Account no.", "sort_code": "Sort code", "pay_reference": "Reference",
        "pay_amount": "Amount", "pay_by": "Pay by", "qr_caption": "Scan with your banking app (EPC QR code)",
        "enclosures": "Enclosures", "page": "Page {x} of {y}", "notes": "Notes",
        "appendix_title": "Appendix: evidence log", "exhibit": "No.", "when": "Date and time",
        "channel": "Channel", "person": "Person", "summary": "Summary", "outcome": "Outcome",
        "tracking": "Tracking no.", "log_entry": "Log entry", "hash": "hash", "sha256": "SHA-256",
        "chain_head": "Chain head", "entries": "entries",
        "verify": "Anyone holding the ledger can check that no entry has been altered or removed: the "
                  "command 'arledger evidence verify' recomputes every link and prints the chain head, "
                  "which must match the hash above.",
        "no_exhibits": "No events are recorded for this customer.",
        "times_in": "Times are local times in {zones}, with their offset from UTC.",
        "statement_title": "Statement of account", "period": "Period", "to": "to", "type": "Type",
        "reference": "Reference", "debit": "Debit", "credit": "Credit", "balance": "Balance",
        "opening": "Opening balance", "closing": "Closing balance", "aging_title": "Aging summary",
        "total": "Total", "from_start": "from the first entry",
        "kind_invoice": "Invoice", "kind_payment": "Payment", "kind_credit_note": "Credit note",
        "kind_write_off": "Write-off", "kind_adjustment": "Adjustment", "as_of": "as of",
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
        "disputed_total": "有争议金额（不主张）", "pay_title": "付款方式",
        "account_name": "户名", "iban": "IBAN", "bic": "BIC", "bank": "开户银行",
        "account_number": "账号", "sort_code": "Sort code", "pay_reference": "付款附言",
        "pay_amount": "金额", "pay_by": "付款期限", "qr_caption": "可用手机银行扫码付款（EPC 二维码）",
        "enclosures": "附件", "page": "第 {x} 页，共 {y} 页", "notes": "说明",
        "appendix_title": "附件：催收记录", "exhibit": "编号", "when": "日期时间",
        "channel": "方式", "person": "联系人", "summary": "内容摘要", "outcome": "结果",
        "tracking": "邮件单号", "log_entry": "记录序号", "hash": "哈希值", "sha256": "SHA-256",
        "chain_head": "记录链末端哈希值", "entries": "条记录",
        "verify": "持有账簿者可核验记录未被修改或删除：命令 arledger evidence verify 将重新计算每一环"
                  "并输出记录链末端哈希值，该值应与上列哈希值一致。",
        "no_exhibits": "该客户暂无催收记录。",
        "times_in": "时间为{zones}当地时间，并注明与协调世界时（UTC）的时差。",
        "statement_title": "对账单", "period": "期间", "to": "至", "type": "类型",
        "reference": "单据号", "debit": "借方", "credit": "贷方", "balance": "余额",
        "opening": "期初余额", "closing": "期末余额", "aging_title": "账龄分析",
        "total": "合计", "from_start": "自首笔记录起",
        "kind_invoice": "发票", "kind_payment": "收款", "kind_credit_note": "贷项通知",
        "kind_write_off": "核销", "kind_adjustment": "调整", "as_of": "截至",
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

EVENT_KINDS_ZH: dict[str, str] = {
    "contact": "联系", "letter": "信函", "payment": "收款", "promise": "付款承诺", "plan": "分期付款计划",
    "dispute_opened": "提出异议", "dispute_resolved": "异议已解决", "guard_override": "例外操作",
    "attachment": "附件", "credit_note": "贷项通知", "write_off": "核销", "acknowledgment": "债务确认",
    "demand_delivered": "催告已送达", "suit": "已起诉", "opening_import": "期初导入",
}
LEVEL_NAMES_ZH: dict[str, str] = {  # the escalation policy's default names; a ledger's own names stay as set
    "Friendly reminder": "付款提醒函", "Second reminder": "第二次催款通知", "Formal demand": "正式催款函",
    "Final demand": "最后催款函",
}
_LETTER_SUMMARY = re.compile(r"Letter level (\d+) \((.*)\) sent (\d{4}-\d{2}-\d{2})")
_AMOUNT_SUMMARY = re.compile(r"(Payment|Promise) (-?[\d.]+) ([A-Z]{3}) (?:on|by) (\d{4}-\d{2}-\d{2})")

ENCLOSURES_ZH: dict[str, str] = {
    "statement of account": "对账单", "information sheet": "信息说明",
    "reply form": "回复表", "financial statement": "财务状况表",
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
}


# --------------------------------------------------------------------------------------------------------------
# Public API


def render_letter(doc: LetterDocument, *, templates_dir: Path | None = None) -> bytes:
    """The letter as a finished PDF (bytes). Raises UserError for a broken or missing template."""
    fmt = _Formatter(doc.language, doc.locale, doc.page_size)
    variables = letter_variables(doc)
    name = doc.template or f"level{doc.level}.txt.j2"
    blocks = render_template_blocks(doc.language, name, variables, templates_dir,
                                    required=REQUIRED_LETTER_BLOCKS)
    return _LetterLayout(doc, fmt, blocks).build()


def render_statement(doc: StatementDocument, *, templates_dir: Path | None = None) -> bytes:
    """The statement of account as a finished PDF (bytes). Raises UserError for a broken template."""
    fmt = _Formatter(doc.language, doc.locale, doc.page_size)
    variables = statement_variables(doc)
    blocks = render_template_blocks(doc.language, doc.template, variables, templates_dir,
                                    required=REQUIRED_STATEMENT_BLOCKS)
    return _StatementLayout(doc, fmt, blocks).build()


def combine_pdfs(parts: Sequence[bytes]) -> bytes:
    """Several PDFs as one, for printing a batch; each part keeps its own "Page x of y".

    The parts are this module's own output (reportlab: a classic cross-reference table, one flat page
    tree), so their objects are copied as they are, renumbered, under one new page tree: no parsing of
    content streams, no re-encoding. A part in any other shape is combined with pypdf instead. The
    output is deterministic (fixed document id, no dates).
    """
    split = [_pdf_parts(part) for part in parts]
    if any(x is None for x in split):
        return _combine_with_pypdf(parts)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: list[int] = []

    def emit(body: bytes) -> int:
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % len(offsets))
        out.write(body)
        out.write(b"endobj\n")
        return len(offsets)

    emit(b"<<\n/Pages 2 0 R /Type /Catalog\n>>\n")
    offsets.append(-1)  # object 2, the page tree, is written last, once every page has its number
    emit(b"<<\n/Producer (arledger)\n>>\n")
    kids: list[int] = []
    for objects, pages_obj, page_objs in split:  # type: ignore[misc]
        numbers = {pages_obj: 2}
        next_number = len(offsets) + 1
        for old in objects:
            numbers[old] = next_number
            next_number += 1

        def renumber(match: re.Match[bytes], numbers: dict[int, int] = numbers) -> bytes:
            return b"%d 0 R" % numbers[int(match.group(1))]

        for body in objects.values():
            head, mark, stream = body.partition(b"stream\n")
            emit(_PDF_REF.sub(renumber, head) + mark + stream)
        kids += [numbers[k] for k in page_objs]
    offsets[1] = out.tell()
    refs = " ".join(f"{k} 0 R" for k in kids)
    out.write(f"2 0 obj\n<<\n/Count {len(kids)} /Kids [ {refs} ] /Type /Pages\n>>\nendobj\n".encode("ascii"))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    zero = "0" * 32
    out.write(f"trailer\n<<\n/ID [<{zero}><{zero}>] /Info 3 0 R /Root 1 0 R /Size {len(offsets) + 1}\n>>\n"
              f"startxref\n{xref}\n%%EOF\n".encode("ascii"))
    return out.getvalue()


_PDF_REF = re.compile(rb"(?<![\w.])(\d+) 0 R\b")
_PDF_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_PDF_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")


def _pdf_parts(data: bytes) -> tuple[dict[int, bytes], int, list[int]] | None:
    """A reportlab PDF's objects (number -> body between "obj" and "endobj", without the catalog, the
    document information and the page tree), its page tree's number and its pages in order; None if the
    file is not laid out that way."""
    try:
        found = _PDF_STARTXREF.search(data, max(0, len(data) - 64))
        if found is None:
            return None
        start = int(found.group(1))
        lines = data[start:].split(b"\n")
        if lines[0].strip() != b"xref":
            return None
        first, count = (int(x) for x in lines[1].split())
        entries = lines[2:2 + count]
        if first != 0 or len(entries) != count:
            return None
        offsets = {}
        for number, entry in enumerate(entries):
            offset, _gen, kind = entry.split()
            if kind == b"n":
                offsets[number] = int(offset)
        trailer = b"\n".join(lines[2 + count:])
        if not trailer.startswith(b"trailer"):
            return None
        refs = {name.decode(): int(num) for name, num in _PDF_TRAILER_REF.findall(trailer)}
        ordered = sorted(offsets, key=offsets.__getitem__)
        ends = [offsets[n] for n in ordered[1:]] + [start]
        bodies: dict[int, bytes] = {}
        for number, end in zip(ordered, ends, strict=True):
            chunk = data[offsets[number]:end]
            head = b"%d 0 obj\n" % number
            body = chunk.rstrip()
            if not chunk.startswith(head) or not body.endswith(b"endobj"):
                return None
            bodies[number] = body[len(head):-len(b"endobj")]
        catalog = bodies.pop(refs["Root"])
        bodies.pop(refs.get("Info", -1), None)
        pages_ref = re.search(rb"/Pages (\d+) 0 R", catalog)
        if pages_ref is None:
            return None
        pages_obj = int(pages_ref.group(1))
        tree = bodies.pop(pages_obj)
        kids = re.search(rb"/Kids \[([^\]]*)\]", tree)
        if kids is None or re.sub(rb"/Kids \[[^\]]*\]|/Count \d+|/Type /Pages|<<|>>|\s", b"", tree):
            return None  # the tree holds attributes its pages inherit
        page_objs = [int(n) for n in _PDF_REF.findall(kids.group(1))]
        if not page_objs or any(b"/Type /Page\n" not in bodies.get(k, b"") for k in page_objs):
            return None  # a nested page tree or something unexpected
        return bodies, pages_obj, page_objs
    except (ValueError, KeyError, IndexError):
        return None


def _combine_with_pypdf(parts: Sequence[bytes]) -> bytes:
    try:
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import ArrayObject, ByteStringObject
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise UserError("Combining letters into one file needs the pypdf package; install it with pip.") from None
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata({"/Producer": "arledger"})
    first_id = b"\x00" * 16
    writer._ID = ArrayObject([ByteStringObject(first_id), ByteStringObject(first_id)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write_pdf(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write bytes to ``path`` atomically: a temporary file in the same folder, then os.replace.

    ``sync=False`` leaves flushing the file to disk to the caller (a batch syncs all its copies at once).
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if sync:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def epc_qr_payload(name: str, iban: str, bic: str, amount_minor: int | None, reference: str) -> str:
    """The EPC069-12 (version 002, UTF-8) payload of a SEPA credit transfer in EUR.

    ``amount_minor`` is in euro cents (None or out of range: the payer types the amount). The reference
    goes into the unstructured remittance field (max 140 characters).
    """
    amount = ""
    if amount_minor is not None and 1 <= amount_minor <= 99_999_999_999:
        amount = f"EUR{to_decimal(amount_minor, 'EUR'):.2f}"
    fields = ["BCD", "002", "1", "SCT", bic.replace(" ", "").upper(), _clip(name, 70),
              iban.replace(" ", "").upper(), amount, "", "", _clip(reference, 140)]
    return "\n".join(fields).rstrip("\n")


# --------------------------------------------------------------------------------------------------------------
# Formatting per language


class _Formatter:
    """Numbers, money and dates for one language (Babel)."""

    def __init__(self, language: str, locale: str, page_size: str) -> None:
        self.language = str(language)
        self.labels = LABELS[self.language]
        if locale:
            self.locale = locale
        elif self.language == "zh":
            self.locale = "zh_CN"
        else:
            self.locale = "en_US" if page_size == "Letter" else "en_GB"

    def number(self, minor: int, currency: str) -> str:
        return _number(minor, currency, self.locale)

    def money(self, minor: int, currency: str) -> str:
        if self.language == "zh" and currency == "CNY":
            return f"人民币{self.number(minor, currency)}元"
        return f"{currency} {self.number(minor, currency)}"

    def date(self, day: date | None, style: str = "medium") -> str:
        if day is None:
            return ""
        if style == "medium" and self.language == "zh":
            style = "yyyy-MM-dd"  # 2025年6月1日 is too wide for a table column
        return _date(day, style, self.locale)

    def long_date(self, day: date | None) -> str:
        return self.date(day, "long")

    def and_list(self, items: Iterable[str]) -> str:
        items = [str(i) for i in items if str(i)]
        if self.language == "zh":
            return "、".join(items[:-1]) + ("和" if len(items) > 1 else "") + (items[-1] if items else "")
        if len(items) <= 2:
            return " and ".join(items)
        return ", ".join(items[:-1]) + " and " + items[-1]

    def code(self, value: str) -> str:
        table = CODES_ZH if self.language == "zh" else CODES_EN
        return table.get(value, value)

    def summary(self, kind: str, text: str) -> str:
        """An evidence event's summary in the letter's language.

        The log's own sentences for letters, payments and promises (see services.evidence_view.describe)
        are rewritten in Chinese, and "<kind>: <note>" gets the kind's Chinese name; what people typed (a
        call's summary, a note) stays as written. English letters print the summary as it is.
        """
        if self.language != "zh":
            return text
        if kind == "letter" and (m := _LETTER_SUMMARY.fullmatch(text)):
            level, name, sent = m.groups()
            name = LEVEL_NAMES_ZH.get(name, name)
            return f"{self.date(date.fromisoformat(sent))} 发出第{level}级信函" + (f"（{name}）" if name else "")
        if kind in ("payment", "promise") and (m := _AMOUNT_SUMMARY.fullmatch(text)):
            word, amount, currency, day = m.groups()
            try:
                money = self.money(parse_amount(amount, currency, allow_negative=True), currency)
                when = self.date(date.fromisoformat(day))
            except ValueError:
                return text
            if word == "Payment" and kind == "payment":
                return f"{when} 收到付款 {money}"
            if word == "Promise" and kind == "promise":
                return f"承诺于{when}前付款 {money}"
            return text
        label = EVENT_KINDS_ZH.get(kind)
        words = kind.replace("_", " ")
        if label and text == words:
            return label
        if label and text.startswith(f"{words}: "):
            return f"{label}：{text[len(words) + 2:]}"
        return text

    def enclosure(self, name: str) -> str:
        if self.language == "zh":
            return ENCLOSURES_ZH.get(name, name)
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
    fmt = _Formatter(doc.language, doc.locale, doc.page_size)
    totals = doc.totals
    consumer = doc.recipient.kind == CustomerKind.INDIVIDUAL

    def joined(attr: str) -> str:
        return fmt.and_list(fmt.money(getattr(t, attr), t.currency) for t in totals if getattr(t, attr))

    lines = [_line_variables(line, fmt, consumer) for line in doc.lines]
    rules = list(dict.fromkeys(line.interest_rule for line in doc.lines
                               if line.interest_rule and line.interest_rule != "none"))
    signatory = doc.signatory
    return {
        "level": doc.level,
        "level_name": doc.level_name,
        "language": str(doc.language),
        "company": _letterhead_variables(doc.letterhead),
        "customer": _recipient_variables(doc.recipient),
        "is_individual": consumer,
        "date": fmt.long_date(doc.date),
        "reference": doc.reference,
        "payment_reference": doc.payment_reference or doc.reference,
        "reply_by": fmt.long_date(doc.reply_by),
        "reply_days": doc.reply_days,
        "previous_letter_date": fmt.long_date(doc.previous_letter_date),
        "lines": lines,
        "invoice_count": len(doc.lines),
        "invoice_numbers": fmt.and_list(line.invoice_number for line in doc.lines),
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
        "has_disputed": any(line.disputed for line in doc.lines),
        "disputed_numbers": fmt.and_list(line.invoice_number for line in doc.lines if line.disputed),
        "disputed_count": sum(1 for line in doc.lines if line.disputed),
        "time_barred": doc.time_barred,
        "time_barred_numbers": fmt.and_list(line.invoice_number for line in doc.lines if line.time_barred),
        "time_barred_count": sum(1 for line in doc.lines if line.time_barred),
        "court_action_allowed": doc.court_action_allowed and not doc.time_barred,
        "individual_in_england_wales": doc.individual_in_england_wales,
        "enclosures": [fmt.enclosure(e) for e in doc.enclosures],
        "appendix": doc.include_appendix,
        "exhibit_count": len(doc.exhibits),
        "contact": signatory,
        "contact_email": doc.letterhead.email,
        "contact_phone": doc.letterhead.phone,
        "has_bank": doc.letterhead.bank is not None,
        "has_stale_rate": bool(doc.stale_rate_warnings),
    }


def statement_variables(doc: StatementDocument) -> dict[str, Any]:
    """The variables the statement template sees (documented in letter_templates/README.md)."""
    fmt = _Formatter(doc.language, doc.locale, doc.page_size)
    closing = [(c, doc.closing(c)) for c in doc.currencies]
    return {
        "language": str(doc.language),
        "company": _letterhead_variables(doc.letterhead),
        "customer": _recipient_variables(doc.recipient),
        "is_individual": doc.recipient.kind == CustomerKind.INDIVIDUAL,
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
    return {"name": head.name, "address_lines": list(head.address_lines), "registration": head.registration,
            "email": head.email, "phone": head.phone, "website": head.website}


def _recipient_variables(rec: Recipient) -> dict[str, Any]:
    return {"name": rec.name, "address_lines": list(rec.address_lines), "customer_code": rec.customer_code,
            "kind": str(rec.kind), "attention": rec.attention, "jurisdiction": str(rec.jurisdiction)}


def _line_variables(line: LetterLine, fmt: _Formatter, consumer: bool) -> dict[str, Any]:
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
        "rate": line.interest_rate, "interest_days": line.interest_days,
        "interest_from": fmt.date(line.interest_from), "time_barred": line.time_barred,
    }


def _total_variables(t: CurrencyTotal, fmt: _Formatter) -> dict[str, Any]:
    c = t.currency
    return {"currency": c, "principal": fmt.money(t.principal, c), "interest": fmt.money(t.interest, c),
            "compensation": fmt.money(t.compensation, c), "disputed": fmt.money(t.disputed, c),
            "claimed": fmt.money(t.claimed, c)}


# --------------------------------------------------------------------------------------------------------------
# Templates


_TAG = re.compile(r"\{%.*?%\}")


PARAGRAPH = "\u2029"  # what a blank template line becomes: the only thing that starts a new paragraph


class _LetterText(Extension):
    """Make plain-text templates behave as authors expect.

    * A blank line in the template source starts a new paragraph; it is marked (U+2029) before Jinja
      sees it, so a line that merely comes out empty (a false ``{% if %}``) never splits a paragraph.
    * ``trim_blocks`` removes lines that hold only tags, but it also eats the newline after
      ``...text{% endif %}``, gluing two words together. An empty expression between such a tag and its
      newline keeps the newline. A tag ending in ``-%}`` still trims, as written.

    Neither change moves a line, so error messages point at the right line.
    """

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        out = []
        for line in source.split("\n"):
            stripped = line.rstrip()
            if not stripped:
                line = PARAGRAPH
            elif stripped.endswith("%}") and not stripped.endswith("-%}") and _TAG.sub("", stripped).strip():
                line = stripped + '{{ "" }}'
            out.append(line)
        return "\n".join(out)


@cache
def _environment(language: str, override: str) -> SandboxedEnvironment:
    search = [str(Path(override) / language)] if override else []
    search.append(str(letter_templates_dir() / language))
    return SandboxedEnvironment(
        loader=FileSystemLoader(search, encoding="utf-8"),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=[_LetterText],
    )


def render_template_blocks(language: str, name: str, variables: dict[str, Any], templates_dir: Path | None,
                           *, required: Sequence[str] = ()) -> dict[str, str]:
    """Render every ``{% block %}`` of a template to text; any template problem becomes a UserError.

    The message names the template file and, where Jinja knows it, the line.
    """
    env = _environment(str(language), str(templates_dir) if templates_dir else "")
    shown = f"{language}/{name}"
    try:
        template = env.get_template(name)
    except TemplateNotFound as exc:
        where = " or ".join(str(p) for p in env.loader.searchpath)  # type: ignore[union-attr]
        missing = exc.name if exc.name != name else shown
        raise UserError(f"The letter template {missing} does not exist (looked in {where}).") from None
    except TemplateSyntaxError as exc:
        raise UserError(f"The letter template {exc.filename or shown} has an error on line {exc.lineno}: "
                        f"{exc.message}.") from None
    filename = template.filename or shown
    try:
        context = template.new_context(dict(variables))
        concat(template.root_render_func(context))  # runs imports, sets and extends; fills context.blocks
        missing = [b for b in required if b not in context.blocks]
        if missing:
            raise UserError(f"The letter template {filename} has no block '{missing[0]}'; it needs "
                            f"{', '.join(required)}.")
        return {block: concat(funcs[0](context)) for block, funcs in context.blocks.items()}
    except UserError:
        raise
    except TemplateSyntaxError as exc:  # raised by an included or imported template
        raise UserError(f"The letter template {exc.filename or filename} has an error on line {exc.lineno}: "
                        f"{exc.message}.") from None
    except Exception as exc:
        where, line = _template_line(_rewritten(exc), filename)
        reason = str(exc).rstrip(".") or type(exc).__name__
        raise UserError(f"The letter template {where} failed on line {line}: {reason}.") from None


def _rewritten(exc: BaseException) -> BaseException:
    """The exception with Jinja's traceback rewriting applied, so its frames carry template lines.

    rewrite_traceback_stack reads sys.exc_info(): call this inside the except block that caught ``exc``.
    """
    try:
        return rewrite_traceback_stack(source=None)
    except Exception:
        return exc


def _template_line(exc: BaseException, filename: str) -> tuple[str, str]:
    """The template file and line an exception was raised from (Jinja rewrites tracebacks to them)."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if frame.filename.endswith(".j2") or frame.filename == filename:
            return frame.filename, str(frame.lineno)
    return filename, "?"


_BULLET = re.compile(r"^\s*[-•]\s+")


def text_to_paragraphs(text: str) -> list[tuple[str, str]]:
    """Split rendered template text into ("p" | "bullet", text) pieces.

    A blank line of the template (U+2029 after rendering) ends a paragraph; a line starting with "- " is a
    bullet item; any other line continues the one before (joined with a space, except next to Chinese
    characters). Lines that came out empty are ignored.
    """
    pieces: list[tuple[str, str]] = []
    for chunk in text.replace("\r\n", "\n").split(PARAGRAPH):
        current: tuple[str, str] | None = None
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if _BULLET.match(line):
                if current:
                    pieces.append(current)
                current = ("bullet", _BULLET.sub("", line))
            else:
                current = ("p", line) if current is None else (current[0], _join(current[1], line))
        if current:
            pieces.append(current)
    return pieces


def _join(left: str, right: str) -> str:
    if _is_wide(left[-1]) or _is_wide(right[0]):
        return left + right
    return f"{left} {right}"


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


# --------------------------------------------------------------------------------------------------------------
# Layout shared by letters and statements


@dataclass(frozen=True, slots=True)
class _Styles:
    body: ParagraphStyle
    plain: ParagraphStyle
    bullet: ParagraphStyle
    subject: ParagraphStyle
    heading: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_bold_right: ParagraphStyle
    cell_note: ParagraphStyle
    mono: ParagraphStyle
    address: ParagraphStyle
    return_line: ParagraphStyle
    info: ParagraphStyle
    head_name: ParagraphStyle
    head_line: ParagraphStyle
    footer: ParagraphStyle


@cache
def _styles(fonts: FontSet) -> _Styles:
    wrap = "CJK" if fonts.cjk_wrap else None

    def style(name: str, size: float, leading: float, font: str | None = None, **kw: Any) -> ParagraphStyle:
        base = {"fontName": font or fonts.regular, "bulletFontName": fonts.regular, "fontSize": size,
                "leading": leading, "textColor": INK}
        if wrap:
            base["wordWrap"] = wrap
        base.update(kw)
        return ParagraphStyle(name, **base)

    return _Styles(
        body=style("body", 10, 13.8, spaceAfter=6.5, firstLineIndent=20 if fonts.cjk_wrap else 0),
        plain=style("plain", 10, 13.8, spaceAfter=6.5),
        bullet=style("bullet", 10, 14.2, leftIndent=12, bulletIndent=2, spaceAfter=3),
        subject=style("subject", 11.5, 15, fonts.bold, spaceAfter=8),
        heading=style("heading", 10.5, 14, fonts.bold, spaceBefore=8, spaceAfter=5),
        small=style("small", 8.5, 11),
        note=style("note", 7.8, 10, textColor=MUTED, spaceAfter=2),
        cell=style("cell", 8.5, 10.5),
        cell_right=style("cellr", 8.5, 10.5, alignment=TA_RIGHT),
        cell_head=style("cellh", 7.8, 9.5, fonts.bold, textColor=MUTED),
        cell_head_right=style("cellhr", 7.8, 9.5, fonts.bold, textColor=MUTED, alignment=TA_RIGHT),
        cell_bold=style("cellb", 8.8, 11, fonts.bold),
        cell_bold_right=style("cellbr", 8.8, 11, fonts.bold, alignment=TA_RIGHT),
        cell_note=style("celln", 7.5, 9.2, textColor=MUTED),
        mono=style("mono", 6.6, 8.4, fonts.mono, textColor=MUTED, wordWrap="CJK"),
        address=style("address", 10, 12.2),
        return_line=style("return", 6.5, 8, textColor=MUTED),
        info=style("info", 8.3, 11),
        head_name=style("hname", 15, 18, fonts.bold),
        head_line=style("hline", 8, 10, textColor=MUTED),
        footer=style("footer", 7, 9, textColor=MUTED),
    )


class _Emphasis(Paragraph):
    """A paragraph drawn with filled-and-stroked glyphs: bold for a face that has no bold weight."""

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setLineWidth(0.28)
        c.setStrokeColor(INK)
        c._code.append("2 Tr")  # text render mode: fill, then stroke (restored with the graphics state)
        super().draw()
        c.restoreState()


QR_MASK = 0  # any of the 8 masks is valid; the best-mask search costs 8 extra encodings (~10 ms) per code


def _qr_modules(payload: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), error correction level M (EPC069-12 asks for M).

    reportlab's ``make()`` encodes the data nine times to pick the mask with the fewest penalty points;
    readers decode every mask, so a fixed one gives an equally valid code in a ninth of the time.
    """
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return code.modules


@lru_cache(maxsize=64)
def _qr_path(payload: str) -> tuple[int, str]:
    """The module count and the PDF path operators (in module units) filling the dark modules.

    Runs of dark modules in a row become rectangles, and a rectangle continues down while the rows below
    repeat the same run; everything is one filled path of integer coordinates.
    """
    modules = _qr_modules(payload)
    n = len(modules)
    ops: list[str] = []
    open_runs: dict[tuple[int, int], int] = {}  # (column, length) -> first row
    for r in range(n + 1):
        runs = set()
        if r < n:
            c = 0
            for dark, group in groupby(modules[r]):
                length = len(list(group))
                if dark:
                    runs.add((c, length))
                c += length
        for key in sorted(set(open_runs) - runs):
            top = open_runs.pop(key)
            ops.append(f"{key[0]} {n - r} {key[1]} {r - top} re")
        for key in sorted(runs - set(open_runs)):
            open_runs[key] = r
    return n, " ".join(ops) + " f"


class _QRCode(Flowable):
    """An EPC QR code of a given size, drawn as one filled path (one rectangle per block of dark modules)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload = payload
        self.size = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        n, path = _qr_path(self.payload)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.scale(self.size / n, self.size / n)
        canvas.addLiteral(path)
        canvas.restoreState()


def _numbered_canvas(page_label: str, draw_footer: Callable[[Canvas, int, int], None],
                     initial_font: str) -> type[Canvas]:
    """A canvas class that holds pages back until the end, so each footer can say "Page x of y".

    Its initial font is the letter's own: reportlab's default (Helvetica) would be listed on every page
    without being embedded."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for number, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                draw_footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


class _Layout:
    """What letters and statements share: fonts, escaping, page furniture, the build."""

    def __init__(self, head: Letterhead, recipient: Recipient, language: str, page_size: str, fmt: _Formatter,
                 title: str, reference: str) -> None:
        self.head = head
        self.recipient = recipient
        self.fmt = fmt
        self.labels = fmt.labels
        self.fonts = font_set(str(language))
        self.s = _styles(self.fonts)
        self.page = A4 if page_size == "A4" else LETTER
        self.page_size = page_size
        self.width = self.page[0] - LEFT - RIGHT
        self.title = title
        self.reference = reference

    # text ----------------------------------------------------------------------------------------------------
    def esc(self, text: object, font: str | None = None) -> str:
        """User text as Paragraph markup: escaped, with a fallback face for characters the font lacks."""
        primary = font or self.fonts.regular
        fallback = self.fallback_for(primary)
        out = []
        for run, other in split_runs(str(text), primary, fallback):
            safe = escape(run).replace("\n", "<br/>")
            out.append(f'<font face="{fallback}">{safe}</font>' if other else safe)
        return "".join(out)

    def fallback_for(self, primary: str) -> str:
        """The face for characters ``primary`` lacks: the other language's face; for the monospaced face
        (hashes, with Chinese labels in a Chinese letter) the Chinese one."""
        if primary == self.fonts.mono and self.fonts.cjk_wrap:
            return self.fonts.regular
        return self.fonts.fallback

    def para(self, text: object, style: ParagraphStyle, *, bullet: bool = False) -> Paragraph:
        markup = self.esc(text, style.fontName)
        if bullet:
            return Paragraph(markup, style, bulletText="•")
        return Paragraph(markup, style)

    def strong(self, text: object, style: ParagraphStyle) -> Paragraph:
        """Bold text; stroked when the language's face has no bold."""
        cls = _Emphasis if self.fonts.fake_bold else Paragraph
        return cls(self.esc(text, style.fontName), style)

    def paragraphs(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        out: list[Flowable] = []
        for kind, piece in text_to_paragraphs(text):
            out.append(self.para(piece, self.s.bullet if kind == "bullet" else (style or self.s.body),
                                 bullet=kind == "bullet"))
        return out

    # page furniture -----------------------------------------------------------------------------------------
    def _first_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        w, h = self.page
        canvas.saveState()
        self._letterhead(canvas, w, h)
        self._address(canvas, h)
        self._info_block(canvas, h)
        self._fold_marks(canvas, h)
        canvas.restoreState()

    def text_at(self, canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float,
                *, right: bool = False) -> float:
        """Draw text in ``style`` with its first line's top at ``top``, within ``width``; returns its height.

        Text that fits on its lines in one face is drawn as strings, where a Paragraph would put it (the
        first baseline one font size below the top); anything else goes through a Paragraph.
        """
        if self.fits(text, style, width):
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            lines = text.split("\n")
            for n, line in enumerate(lines):
                y = top - style.fontSize - n * style.leading
                if right:
                    canvas.drawRightString(x + width, y, line)
                else:
                    canvas.drawString(x, y, line)
            return len(lines) * style.leading
        if right:
            style = _right_aligned(style)
        p = Paragraph(self.esc(text, style.fontName), style)
        _, ph = p.wrap(width, 40 * mm)
        p.drawOn(canvas, x, top - ph)
        return ph

    def _later_page(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        w, h = self.page
        canvas.saveState()
        text = " · ".join(x for x in (self.head.name, self.recipient.name, self.recipient.customer_code) if x)
        ph = self.text_at(canvas, text, self.s.footer, LEFT, h - 10 * mm, w - LEFT - RIGHT)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, h - 10 * mm - ph - 1.5 * mm, w - RIGHT, h - 10 * mm - ph - 1.5 * mm)
        canvas.restoreState()

    def _footer(self, canvas: Canvas, number: int, total: int) -> None:
        w, _h = self.page
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(LEFT, 15 * mm, w - RIGHT, 15 * mm)
        left = " · ".join(x for x in (self.title, self.reference) if x)
        self.text_at(canvas, left, self.s.footer, LEFT, 13 * mm, w - LEFT - RIGHT - 35 * mm)
        page_text = self.labels["page"].format(x=number, y=total)
        self.text_at(canvas, page_text, self.s.footer, w - RIGHT - 35 * mm, 13 * mm, 35 * mm, right=True)
        canvas.restoreState()

    def _letterhead(self, canvas: Canvas, w: float, h: float) -> None:
        logo_w = 0.0
        if self.head.logo_path is not None and Path(self.head.logo_path).is_file():
            logo_w = self._logo(canvas, w, h)
        text_w = w - LEFT - RIGHT - (logo_w + 6 * mm if logo_w else 0)
        y = h - 13 * mm
        name = self.strong(self.head.name, self.s.head_name)
        _, nh = name.wrap(text_w, 30 * mm)
        name.drawOn(canvas, LEFT, y - nh)
        y -= nh + 1.5 * mm
        lines = [" · ".join(self.head.address_lines)]
        lines.append(" · ".join(x for x in (self.head.phone, self.head.email, self.head.website) if x))
        lines.append(self.head.registration)
        for text in lines:
            if text:
                y -= self.text_at(canvas, text, self.s.head_line, LEFT, y, text_w)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(LEFT, h - 40 * mm, w - RIGHT, h - 40 * mm)

    def _logo(self, canvas: Canvas, w: float, h: float) -> float:
        from reportlab.lib.utils import ImageReader

        try:
            image = ImageReader(str(self.head.logo_path))
            iw, ih = image.getSize()
        except Exception:
            return 0.0
        box_w, box_h = 50 * mm, 22 * mm
        scale = min(box_w / iw, box_h / ih)
        dw, dh = iw * scale, ih * scale
        canvas.drawImage(image, w - RIGHT - dw, h - 12 * mm - dh, dw, dh, mask="auto")
        return dw

    def _address(self, canvas: Canvas, h: float) -> None:
        ret = " · ".join(x for x in (self.head.name, *self.head.address_lines) if x)
        ph = self.text_at(canvas, ret, self.s.return_line, LEFT, h - 50 * mm, 85 * mm)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.line(LEFT, h - 50 * mm - ph - 0.8 * mm, LEFT + 80 * mm, h - 50 * mm - ph - 0.8 * mm)
        rec = self.recipient
        lines = [rec.name]
        if rec.attention:
            lines.append(("FAO " if self.fmt.language == "en" else "收件人：") + rec.attention)
        lines += list(rec.address_lines)
        style = self.s.address if len(lines) <= 6 else _small_address(self.s.address)
        y = h - RECIPIENT_TOP
        for text in lines:
            y -= self.text_at(canvas, text, style, LEFT, y, 80 * mm)

    def info_rows(self) -> list[tuple[str, str]]:
        return []

    def _info_block(self, canvas: Canvas, h: float) -> None:
        """Date, references and contact as label/value pairs from 125 mm to the right margin.

        The label column is as wide as the longest label needs (at most 24 mm), so the values get the
        rest; a value that is one long word (an email address) is set smaller until it fits, down to
        7 pt, rather than broken in the middle.
        """
        w = self.page[0]
        rows = [(k, v) for k, v in self.info_rows() if v]
        style = self.s.info
        label_style = _muted(style)
        label_w = min(24 * mm, max((stringWidth(k, style.fontName, style.fontSize) for k, _ in rows), default=0)
                      + 3 * mm)
        value_w = w - RIGHT - INFO_LEFT - label_w
        y = h - 50 * mm
        for label, value in rows:
            value, value_style = _fit_word(value, style, value_w)
            lh = self.text_at(canvas, label, label_style, INFO_LEFT, y, label_w)
            vh = self.text_at(canvas, value, value_style, INFO_LEFT + label_w, y, value_w)
            y -= max(lh, vh) + 0.6 * mm

    def _fold_marks(self, canvas: Canvas, h: float) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        folds = (105 * mm, 210 * mm) if self.page_size == "A4" else (h / 3, 2 * h / 3)
        for y in folds:
            canvas.line(4 * mm, h - y, 8 * mm, h - y)
        canvas.line(4 * mm, h / 2, 10 * mm, h / 2)

    # build ----------------------------------------------------------------------------------------------------
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def build(self) -> bytes:
        _w, h = self.page
        out = io.BytesIO()
        doc = BaseDocTemplate(out, pagesize=self.page, leftMargin=LEFT, rightMargin=RIGHT, topMargin=LATER_BODY_TOP,
                              bottomMargin=BOTTOM, title=self.title, author=self.head.name, subject=self.reference,
                              creator="arledger", producer="arledger", invariant=1)
        first = Frame(LEFT, BOTTOM, self.width, h - FIRST_BODY_TOP - BOTTOM, id="first",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        later = Frame(LEFT, BOTTOM, self.width, h - LATER_BODY_TOP - BOTTOM, id="later",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("first", [first], onPage=self._first_page),
                              PageTemplate("later", [later], onPage=self._later_page)])
        story: list[Flowable] = [NextPageTemplate("later"), *self.story()]
        doc.build(story, canvasmaker=_numbered_canvas(self.labels["page"], self._footer, self.fonts.regular))
        return out.getvalue()

    # tables ---------------------------------------------------------------------------------------------------
    def new_table(self, cells: list[list[Any]], **kw: Any) -> Table:
        """A reportlab Table whose cells' base font is the letter's (the default, Helvetica, is never embedded
        and reportlab names it for every cell even when the cell holds a Paragraph)."""
        t = Table(cells, **kw)
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.fonts.regular)]))
        return t

    def table(self, rows: list[list[Any]], widths: list[float], *, header_rows: int = 1,
              extra: Iterable[tuple[Any, ...]] = ()) -> Table:
        cells, text_styles = self.resolve(rows, widths, 3, 3)
        t = self.new_table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT")
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, INK),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
            *text_styles,
        ]
        commands += list(extra)
        t.setStyle(TableStyle(commands))
        return t

    def resolve(self, rows: list[list[Any]], widths: Sequence[float], left_pad: float, right_pad: float
                ) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
        """Turn the :class:`_Text` cells of a table into plain strings where that prints the same, else Paragraphs.

        A Paragraph costs parsing, fragment splitting and line breaking; most cells hold one short line in one
        face, which the table can draw as a string (literally: no markup, so nothing to escape) at the same
        place. Returns the rows and the table style commands that give those strings their font, size,
        leading, colour and alignment (one command set per column run of cells sharing a style).
        """
        out: list[list[Any]] = []
        plain: dict[tuple[int, int], ParagraphStyle] = {}
        for r, row in enumerate(rows):
            new_row: list[Any] = []
            for c, value in enumerate(row):
                if isinstance(value, _Text):
                    text = value.text
                    if self.fits(text, value.style, sum(widths[c:c + value.span]) - left_pad - right_pad):
                        plain[(r, c)] = value.style
                        new_row.append(text)
                    elif "\n" in text and value.span > 1:  # lines that wrap: one Paragraph each, as they were
                        new_row.append([self.para(line, value.style) for line in text.split("\n")])
                    else:
                        new_row.append(self.para(text, value.style))
                else:
                    new_row.append(value)
            out.append(new_row)
        commands: list[tuple[Any, ...]] = []
        for c in range(len(widths)):
            r = 0
            while r < len(out):
                style = plain.get((r, c))
                if style is None:
                    r += 1
                    continue
                end = r
                while plain.get((end + 1, c)) is style:
                    end += 1
                commands += _text_commands(style, (c, r), (c, end))
                r = end + 1
        return out, commands

    def fits(self, text: str, style: ParagraphStyle, width: float) -> bool:
        """True if the text prints as a Paragraph of ``style`` would in one line per line: a single face, no
        whitespace a Paragraph would collapse, and every line narrower than ``width``."""
        if not text or style.firstLineIndent or style.leftIndent or _INVISIBLE.search(text):
            return False
        runs = split_runs(text, style.fontName, self.fallback_for(style.fontName))
        if len(runs) != 1 or runs[0][1]:
            return False
        for line in text.split("\n"):
            if line != " ".join(line.split()) or not line:
                return False
            if stringWidth(line, style.fontName, style.fontSize) > width - 0.01:
                return False
        return True

    def text(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> _Text | Paragraph:
        """A table cell in ``style``; bold text in a face without a bold weight is drawn stroked instead."""
        if bold and self.fonts.fake_bold:
            return self.strong(text, style)
        return _Text(text, style)

    def cell(self, text: object, *, right: bool = False) -> _Text:
        return _Text(str(text), self.s.cell_right if right else self.s.cell)

    def th(self, text: str, *, right: bool = False) -> _Text:
        return _Text(str(text), self.s.cell_head_right if right else self.s.cell_head)


@cache
def _label_style(cell: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("pk", parent=cell, textColor=MUTED)


@cache
def _muted(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-muted", parent=style, textColor=MUTED)


@cache
def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


@cache
def _small_address(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("addr-small", parent=style, fontSize=8.5, leading=9.6)


@cache
def _resized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size)


MIN_INFO_SIZE = 7.0


def _fit_word(value: str, style: ParagraphStyle, width: float) -> tuple[str, ParagraphStyle]:
    """A value without spaces (an email address, a reference) that is too wide for ``width``: set smaller, down
    to 7 pt; an email address still too wide goes on two lines after the "@". Anything else is left to wrap."""
    if " " in value.strip():
        return value, style

    def size_for(text: str) -> float:
        needed = max(stringWidth(line, style.fontName, style.fontSize) for line in text.split("\n"))
        if needed <= width - 0.01:
            return style.fontSize
        return math.floor(style.fontSize * (width - 0.01) / needed * 10) / 10

    size = size_for(value)
    if size < MIN_INFO_SIZE and "@" in value:
        value = value.replace("@", "@\n", 1)
        size = size_for(value)
    if size == style.fontSize:
        return value, style
    return value, _resized(style, max(MIN_INFO_SIZE, size))


# Controls, soft hyphens, zero-width and direction marks: a Paragraph handles them, a plain string would draw them.
_INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\xad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


@dataclass(frozen=True, slots=True)
class _Text:
    """A table cell's text and style; the table makes it a string or a Paragraph once it knows the column."""

    text: str
    style: ParagraphStyle
    span: int = 1  # columns the cell spans


def _text_commands(style: ParagraphStyle, start: tuple[int, int], end: tuple[int, int]) -> list[tuple[Any, ...]]:
    align = {TA_RIGHT: "RIGHT", TA_CENTER: "CENTER"}.get(style.alignment, "LEFT")
    return [("FONTNAME", start, end, style.fontName), ("FONTSIZE", start, end, style.fontSize),
            ("LEADING", start, end, style.leading), ("TEXTCOLOR", start, end, style.textColor),
            ("ALIGN", start, end, align)]


# --------------------------------------------------------------------------------------------------------------
# Letters


class _LetterLayout(_Layout):
    def __init__(self, doc: LetterDocument, fmt: _Formatter, blocks: dict[str, str]) -> None:
        self.doc = doc
        self.blocks = blocks
        pieces = text_to_paragraphs(blocks["subject"])
        self.subject = doc.subject or " ".join(text for _kind, text in pieces) or doc.level_name
        super().__init__(doc.letterhead, doc.recipient, doc.language, doc.page_size, fmt, self.subject,
                         doc.reference)

    def info_rows(self) -> list[tuple[str, str]]:
        d, lab = self.doc, self.labels
        return [(lab["date"], self.fmt.long_date(d.date)), (lab["our_ref"], d.reference),
                (lab["customer_no"], d.recipient.customer_code), (lab["contact"], d.signatory),
                (lab["phone"], d.letterhead.phone), (lab["email"], d.letterhead.email)]

    def story(self) -> list[Flowable]:
        d, s = self.doc, self.s
        out: list[Flowable] = [self.strong(self.subject, s.subject)]
        out += self.paragraphs(self.blocks["salutation"], s.plain)
        out += self.paragraphs(self.blocks["opening"])
        out.append(Spacer(1, 2 * mm))
        out.append(self.items_table())
        if d.claim_interest and any(line.interest or line.compensation for line in d.lines):
            out.append(Spacer(1, 4 * mm))
            out.append(KeepTogether(self.interest_section()))
        out.append(Spacer(1, 3 * mm))
        out.append(self.totals_table())
        out.append(Spacer(1, 4 * mm))
        out += self.paragraphs(self.blocks["next_steps"])
        if d.letterhead.bank is not None:
            out.append(Spacer(1, 2 * mm))
            out.append(self.payment_box())
            out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether(self.signature()))
        if self.blocks.get("after_closing", "").strip():
            out += self.paragraphs(self.blocks["after_closing"])
        if d.enclosures:
            enc = [Spacer(1, 4 * mm), self.strong(self.labels["enclosures"], s.small)]
            enc += [self.para(self.fmt.enclosure(e), ParagraphStyle("enc", parent=s.small, leftIndent=10),
                              bullet=True) for e in d.enclosures]
            out.append(KeepTogether(enc))
        if d.include_appendix:
            out += self.appendix()
        return out

    def items_table(self) -> Table:
        d, lab, fmt = self.doc, self.labels, self.fmt
        currencies = sorted({line.currency for line in d.lines})
        single = currencies[0] if len(currencies) == 1 else None

        def amount_head(key: str) -> str:
            return f"{lab[key]} ({single})" if single else lab[key]

        def amount(minor: int, cur: str) -> str:
            return fmt.number(minor, cur) if single else fmt.money(minor, cur)

        rows: list[list[Any]] = [[self.th(lab["invoice"]), self.th(lab["issued"]), self.th(lab["due"]),
                                  self.th(amount_head("amount"), right=True),
                                  self.th(amount_head("paid"), right=True),
                                  self.th(amount_head("open"), right=True), self.th(lab["days"], right=True)]]
        extra: list[tuple[Any, ...]] = []
        for line in d.lines:
            rows.append([self.cell(line.invoice_number), self.cell(fmt.date(line.issue_date)),
                         self.cell(fmt.date(line.due_date)), self.cell(amount(line.amount, line.currency), right=True),
                         self.cell(amount(line.paid, line.currency), right=True),
                         self.cell(amount(line.open_amount, line.currency), right=True),
                         self.cell(str(line.days_overdue), right=True)])
            notes = []
            if line.disputed:
                notes.append(f"{lab['disputed_row']}: {fmt.money(line.disputed, line.currency)}")
            if line.time_barred:
                notes.append(lab["time_barred_row"])
            if notes:
                r = len(rows)
                rows.append([self.para("; ".join(notes), self.s.cell_note), "", "", "", "", "", ""])
                extra += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 0),
                          ("BACKGROUND", (0, r - 1), (-1, r), DISPUTE_SHADE if line.disputed else SHADE)]
            extra.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
        widths = [0.18, 0.135, 0.135, 0.15, 0.13, 0.15, 0.12]
        return self.table(rows, [f * self.width for f in widths], extra=extra)

    def interest_section(self) -> list[Flowable]:
        d, lab, fmt = self.doc, self.labels, self.fmt
        consumer = d.recipient.kind == CustomerKind.INDIVIDUAL
        rows: list[list[Any]] = [[self.th(lab["invoice"]), self.th(lab["basis"]), self.th(lab["from"]),
                                  self.th(lab["int_days"], right=True), self.th(lab["rate"], right=True),
                                  self.th(lab["interest"], right=True), self.th(lab["compensation"], right=True)]]
        for line in d.lines:
            if not (line.interest or line.compensation):
                continue
            comp = line.compensation
            rows.append([self.cell(line.invoice_number), self.cell(fmt.rule(line.interest_rule, consumer)),
                         self.cell(fmt.date(line.interest_from)),
                         self.cell(str(line.interest_days) if line.interest_days else "", right=True),
                         self.cell(line.interest_rate, right=True),
                         self.cell(fmt.money(line.interest, line.currency) if line.interest else "–", right=True),
                         self.cell(fmt.money(comp.minor, comp.currency) if comp else "–", right=True)])
        widths = [0.16, 0.28, 0.12, 0.06, 0.10, 0.14, 0.14]
        extra = [("LINEBELOW", (0, i), (-1, i), 0.25, RULE) for i in range(1, len(rows))]
        out: list[Flowable] = [self.strong(lab["interest_title"], self.s.heading),
                               self.table(rows, [f * self.width for f in widths], extra=extra)]
        notes = list(dict.fromkeys((*d.rule_basis, *d.stale_rate_warnings)))
        if notes:
            out.append(Spacer(1, 1.5 * mm))
            out += [self.para(n, self.s.note) for n in notes]
        return out

    def totals_table(self) -> Table:
        lab, fmt = self.labels, self.fmt
        totals = self.doc.totals
        multi = len(totals) > 1
        rows: list[list[Any]] = []
        extra: list[tuple[Any, ...]] = []
        if multi:
            rows.append(["", *[self.th(t.currency, right=True) for t in totals]])

        def add(label: str, attr: str, *, always: bool = False, style: str = "") -> None:
            if not always and not any(getattr(t, attr) for t in totals):
                return
            label_style = {"bold": self.s.cell_bold, "note": self.s.cell_note}.get(style, self.s.cell)
            value_style = (self.s.cell_bold_right if style == "bold" else
                           _right_aligned(self.s.cell_note) if style == "note" else self.s.cell_right)
            bold = style == "bold"
            row: list[Any] = [self.text(label, label_style, bold=bold)]
            row += [self.text(fmt.money(getattr(t, attr), t.currency), value_style, bold=bold) for t in totals]
            rows.append(row)

        if any(t.interest or t.compensation for t in totals):
            add(lab["principal"], "principal", always=True)
        add(lab["interest_total"], "interest")
        add(lab["compensation_total"], "compensation")
        claimed_row = len(rows)
        add(lab["claimed"], "claimed", always=True, style="bold")
        add(lab["disputed_total"], "disputed", style="note")
        extra += [("LINEABOVE", (0, claimed_row), (-1, claimed_row), 0.8, INK),
                  ("LINEBELOW", (0, claimed_row), (-1, claimed_row), 0.8, INK),
                  ("BACKGROUND", (0, claimed_row), (-1, claimed_row), SHADE)]
        value_w = 32 * mm
        label_w = 62 * mm
        t = self.table(rows, [label_w, *[value_w] * len(totals)], header_rows=1 if multi else 0, extra=extra)
        if not multi:
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 0, colors.white)]))
        t.hAlign = "RIGHT"
        return t

    def payment_box(self) -> KeepTogether:
        d, lab, fmt = self.doc, self.labels, self.fmt
        bank = d.letterhead.bank
        assert bank is not None
        reference = d.payment_reference or d.reference
        account = [(lab["account_name"], bank.account_name), (lab["iban"], _group(bank.iban)),
                   (lab["bic"], bank.bic), (lab["sort_code"], bank.sort_code),
                   (lab["account_number"], bank.account_number), (lab["bank"], bank.bank_name)]
        payment = [(lab["pay_reference"], reference),
                   (lab["pay_amount"], fmt.and_list(fmt.money(t.claimed, t.currency) for t in d.totals)),
                   (lab["pay_by"], fmt.long_date(d.reply_by))]
        eur = [t for t in d.totals if t.currency == "EUR"]
        qr_w = 30 * mm if eur and bank.iban else 0
        inner = self.width - qr_w - 12 * mm
        label = _label_style(self.s.cell)

        def pairs(rows: list[tuple[str, str]], width: float, bold: bool) -> Table:
            widths = [21 * mm, width - 21 * mm]
            pairs_rows = []
            for k, v in rows:
                if v:  # a reference or an IBAN is copied by hand: set smaller rather than broken, if need be
                    v, style = _fit_word(v, self.s.cell_bold if bold else self.s.cell, widths[1] - 2)
                    pairs_rows.append([_Text(k, label), self.text(v, style, bold=bold)])
            cells, text_styles = self.resolve(pairs_rows, widths, 0, 2)
            t = self.new_table(cells, colWidths=widths, hAlign="LEFT")
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"), *text_styles]))
            return t

        left_w, right_w = inner * 0.56, inner * 0.44
        columns = self.new_table([[pairs(account, left_w, False), pairs(payment, right_w, True)]],
                        colWidths=[left_w, right_w], hAlign="LEFT")
        columns.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        left: list[Flowable] = [self.strong(lab["pay_title"], self.s.cell_bold), Spacer(1, 1.2 * mm), columns]
        row: list[Any] = [left]
        widths = [inner + 8 * mm]
        if qr_w:
            payload = epc_qr_payload(bank.account_name, bank.iban, bank.bic, eur[0].claimed, reference)
            row.append([_QRCode(payload, 22 * mm), Spacer(1, 0.8 * mm),
                        self.para(lab["qr_caption"], ParagraphStyle("qc", parent=self.s.cell_note, fontSize=6.3,
                                                                    leading=7.4))])
            widths.append(qr_w + 4 * mm)
        box = self.new_table([row], colWidths=widths, hAlign="LEFT")
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        return KeepTogether([box])

    def signature(self) -> list[Flowable]:
        d, s = self.doc, self.s
        closing = self.paragraphs(self.blocks["closing"], s.plain)
        if self.fonts.cjk_wrap and closing:  # 此致 is indented, 敬礼 starts at the margin
            closing[0] = self.para(text_to_paragraphs(self.blocks["closing"])[0][1], s.body)
        out: list[Flowable] = [Spacer(1, 1 * mm), *closing]
        out.append(Spacer(1, 8 * mm))
        if d.signatory:
            out.append(self.para(d.signatory, ParagraphStyle("sig", parent=s.body, spaceAfter=0)))
        out.append(self.para(d.letterhead.name, ParagraphStyle("sigco", parent=s.body, textColor=MUTED)))
        return out

    def appendix(self) -> list[Flowable]:
        d, lab, s = self.doc, self.labels, self.s
        out: list[Flowable] = [PageBreak(), self.strong(lab["appendix_title"], s.subject)]
        intro = self.blocks.get("appendix_intro", "")
        out += self.paragraphs(intro, s.small) if intro.strip() else []
        zones = list(dict.fromkeys(ex.zone for ex in d.exhibits))
        if zones:
            out.append(self.para(lab["times_in"].format(zones=self.fmt.and_list(zones)), s.note))
        out.append(Spacer(1, 2 * mm))
        if not d.exhibits:
            out.append(self.para(lab["no_exhibits"], s.small))
        else:
            out.append(self.exhibit_table(d.exhibits))
        out.append(Spacer(1, 4 * mm))
        head = f"{lab['chain_head']} ({d.chain_length} {lab['entries']}):" if d.chain_length else \
            f"{lab['chain_head']}:"
        block = [self.strong(head, s.small), self.para(d.chain_head or "–", s.mono), Spacer(1, 1.5 * mm),
                 self.para(d.verify_instructions or lab["verify"], s.note)]
        out.append(KeepTogether(block))
        return out

    def exhibit_table(self, exhibits: Sequence[EvidenceExhibit]) -> Table:
        lab, fmt = self.labels, self.fmt
        rows: list[list[Any]] = [[self.th(lab["exhibit"]), self.th(lab["when"]), self.th(lab["channel"]),
                                  self.th(lab["person"]), self.th(lab["summary"]), self.th(lab["outcome"]),
                                  self.th(lab["tracking"])]]
        extra: list[tuple[Any, ...]] = []
        for ex in exhibits:
            channel = " / ".join(fmt.code(x) for x in (ex.channel or ex.kind, ex.direction) if x)
            rows.append([self.cell(f"{ex.number}"), self.cell(_when(ex)), self.cell(channel), self.cell(ex.person),
                         self.cell(fmt.summary(ex.kind, ex.summary)), self.cell(fmt.code(ex.outcome)),
                         self.cell(ex.tracking)])
            hashes = []
            if ex.event_seq or ex.event_hash:
                hashes.append(f"{lab['log_entry']} #{ex.event_seq}, {lab['hash']} {ex.event_hash}")
            hashes += [f"{lab['sha256']} {f.name}: {f.sha256}" for f in ex.files]
            if hashes:
                r = len(rows)
                rows.append(["", _Text("\n".join(hashes), self.s.mono, span=6), "", "", "", "", ""])
                extra += [("SPAN", (1, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 0)]
            extra.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
        widths = [0.05, 0.17, 0.12, 0.12, 0.28, 0.09, 0.17]
        return self.table(rows, [f * self.width for f in widths], extra=extra)


def _when(ex: EvidenceExhibit) -> str:
    try:
        zone = ZoneInfo(ex.zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = ex.at.astimezone(zone)
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{local:%Y-%m-%d %H:%M}\n{offset}"


# --------------------------------------------------------------------------------------------------------------
# Statements


class _StatementLayout(_Layout):
    def __init__(self, doc: StatementDocument, fmt: _Formatter, blocks: dict[str, str]) -> None:
        self.doc = doc
        self.blocks = blocks
        pieces = text_to_paragraphs(blocks["subject"])
        self.subject = pieces[0][1] if pieces else fmt.labels["statement_title"]
        super().__init__(doc.letterhead, doc.recipient, doc.language, doc.page_size, fmt, self.subject,
                         doc.reference)

    def info_rows(self) -> list[tuple[str, str]]:
        d, lab, fmt = self.doc, self.labels, self.fmt
        start = fmt.date(d.period_from) if d.period_from else lab["from_start"]
        period = f"{start} {lab['to']} {fmt.date(d.period_to)}"
        return [(lab["date"], fmt.long_date(d.date)), (lab["our_ref"], d.reference),
                (lab["customer_no"], d.recipient.customer_code), (lab["period"], period),
                (lab["contact"], d.signatory), (lab["phone"], d.letterhead.phone),
                (lab["email"], d.letterhead.email)]

    def story(self) -> list[Flowable]:
        d, s = self.doc, self.s
        out: list[Flowable] = [self.strong(self.subject, s.subject)]
        out += self.paragraphs(self.blocks["opening"])
        for cur in d.currencies:
            out.append(Spacer(1, 2 * mm))
            if len(d.currencies) > 1:
                out.append(self.strong(cur, s.heading))
            out.append(self.movements(cur))
        if d.aging:
            out.append(Spacer(1, 5 * mm))
            out.append(CondPageBreak(30 * mm))
            out.append(self.strong(self.labels["aging_title"], s.heading))
            out.append(self.aging_table())
        out.append(Spacer(1, 5 * mm))
        out += self.paragraphs(self.blocks["closing"])
        return out

    def movements(self, cur: str) -> Table:
        d, lab, fmt = self.doc, self.labels, self.fmt

        def num(v: int) -> str:
            return fmt.number(v, cur) if v else ""

        rows: list[list[Any]] = [[self.th(lab["date"]), self.th(lab["type"]), self.th(lab["reference"]),
                                  self.th(lab["due"]), self.th(f"{lab['debit']} ({cur})", right=True),
                                  self.th(f"{lab['credit']} ({cur})", right=True),
                                  self.th(f"{lab['balance']} ({cur})", right=True)]]
        opening_date = fmt.date(d.period_from) if d.period_from else ""
        rows.append([self.cell(opening_date), self.para(lab["opening"], self.s.cell_bold), "", "", "", "",
                     self.para(fmt.number(d.opening(cur), cur), self.s.cell_bold_right)])
        for r in (r for r in d.rows if r.currency == cur):
            kind = lab.get(f"kind_{r.kind}", r.kind)
            ref = f"{r.reference}\n{r.note}" if r.note else r.reference
            rows.append([self.cell(fmt.date(r.date)), self.cell(kind), self.cell(ref), self.cell(fmt.date(r.due_date)),
                         self.cell(num(r.debit), right=True), self.cell(num(r.credit), right=True),
                         self.cell(fmt.number(r.balance, cur), right=True)])
        last = len(rows)
        rows.append([self.cell(fmt.date(d.period_to)), self.strong(lab["closing"], self.s.cell_bold), "", "", "", "",
                     self.strong(fmt.number(d.closing(cur), cur), self.s.cell_bold_right)])
        extra = [("LINEBELOW", (0, i), (-1, i), 0.25, RULE) for i in range(1, last)]
        extra += [("LINEABOVE", (0, last), (-1, last), 0.8, INK), ("BACKGROUND", (0, last), (-1, last), SHADE),
                  ("BACKGROUND", (0, 1), (-1, 1), SHADE), ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, last), (3, last))]
        widths = [0.14, 0.13, 0.19, 0.13, 0.14, 0.13, 0.14]
        return self.table(rows, [f * self.width for f in widths], extra=extra)

    def aging_table(self) -> Table:
        d, lab, fmt = self.doc, self.labels, self.fmt
        labels = list(dict.fromkeys(b.label for b in d.aging))
        currencies = sorted({b.currency for b in d.aging})
        rows: list[list[Any]] = [["", *[self.th(x, right=True) for x in labels],
                                  self.th(lab["total"], right=True)]]
        for cur in currencies:
            amounts = {b.label: b.amount for b in d.aging if b.currency == cur}
            rows.append([self.cell(cur), *[self.cell(fmt.number(amounts.get(x, 0), cur), right=True) for x in labels],
                         self.strong(fmt.number(sum(amounts.values()), cur), self.s.cell_bold_right)])
        first = 16 * mm
        rest = (self.width - first) / (len(labels) + 1)
        return self.table(rows, [first, *[rest] * (len(labels) + 1)])


def _group(iban: str) -> str:
    compact = iban.replace(" ", "").upper()
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _clip(text: str, limit: int) -> str:
    return text.replace("\n", " ").strip()[:limit]


