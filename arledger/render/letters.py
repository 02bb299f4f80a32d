"""PDF letters (reminders, formal demands, letters before action) and statements of account.

Input is a plain :class:`~arledger.render.letter_data.LetterDocument` or
:class:`~arledger.render.letter_data.StatementDocument`; output is the PDF as bytes. The words come from
the templates (templates.py) fed with facts (wording.py); the page furniture is layout.py's; this module
lays out a letter's own parts: the table of open items, the interest periods, the totals, the payment box,
the signature, the enclosures and the evidence appendix.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from arledger.domain.model import CustomerKind
from arledger.domain.money import round_minor
from arledger.render.layout import (
    DISPUTE_SHADE,
    INK,
    MUTED,
    RULE,
    SHADE,
    Layout,
    TextCell,
    fit_word,
    label_style,
    right_aligned,
)
from arledger.render.letter_data import EvidenceExhibit, LetterDocument, StatementDocument
from arledger.render.messages import translate
from arledger.render.protocol_forms import agreement_section, protocol_form
from arledger.render.qr import QRCode, epc_qr_payload
from arledger.render.templates import (
    REQUIRED_LETTER_BLOCKS,
    REQUIRED_STATEMENT_BLOCKS,
    render_template_blocks,
    text_to_paragraphs,
)
from arledger.render.wording import RATE_BASIS_DE, Formatter, letter_variables, shorten, statement_variables

# --------------------------------------------------------------------------------------------------------------
# Public API


def render_letter(doc: LetterDocument, *, templates_dir: Path | None = None) -> bytes:
    """The letter as a finished PDF (bytes). Raises UserError for a broken or missing template."""
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    variables = letter_variables(doc)
    name = doc.template or f"level{doc.level}.txt.j2"
    blocks = render_template_blocks(doc.language, name, variables, templates_dir,
                                    required=REQUIRED_LETTER_BLOCKS)
    statement = None
    if doc.statement is not None:
        statement = _statement_layout(doc.statement, templates_dir)
    return _LetterLayout(doc, fmt, blocks, statement).build()


def render_statement(doc: StatementDocument, *, templates_dir: Path | None = None) -> bytes:
    """The statement of account as a finished PDF (bytes). Raises UserError for a broken template."""
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    variables = statement_variables(doc)
    blocks = render_template_blocks(doc.language, doc.template, variables, templates_dir,
                                    required=REQUIRED_STATEMENT_BLOCKS)
    return _StatementLayout(doc, fmt, blocks).build()


def _statement_layout(doc: StatementDocument, templates_dir: Path | None) -> _StatementLayout:
    fmt = Formatter(doc.language, doc.locale, doc.page_size)
    blocks = render_template_blocks(doc.language, doc.template, statement_variables(doc), templates_dir,
                                    required=REQUIRED_STATEMENT_BLOCKS)
    return _StatementLayout(doc, fmt, blocks)


# --------------------------------------------------------------------------------------------------------------
# Letters


class _LetterLayout(Layout):
    def __init__(self, doc: LetterDocument, fmt: Formatter, blocks: dict[str, str],
                 statement: _StatementLayout | None = None) -> None:
        self.doc = doc
        self.blocks = blocks
        self.statement = statement
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
        if d.agreement is not None and d.protocol_forms:
            out.append(Spacer(1, 3 * mm))
            out.append(KeepTogether(agreement_section(self, d.agreement)))
        if d.claim_interest and any(line.interest or line.compensation for line in d.lines):
            out.append(Spacer(1, 4 * mm))
            out.append(KeepTogether(self.interest_section()))
        out.append(Spacer(1, 3 * mm))
        out.append(KeepTogether([self.totals_table()]))
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
            enc += [self.para(f"{self.labels['enclosure_no'].format(n=n)}: {self.fmt.enclosure(e)}",
                              ParagraphStyle("enc", parent=s.small, leftIndent=10), bullet=True)
                    for n, e in enumerate(d.enclosures, start=1)]
            out.append(KeepTogether(enc))
        if d.include_appendix:
            out += self.appendix()
        elif d.chain_head:
            out += chain_anchor(self, d.chain_head, d.chain_length)
        out += self.enclosure_pages()
        return out

    def enclosure_pages(self) -> list[Flowable]:
        """Every enclosure the letter names, each from a new page, numbered as the letter lists them."""
        out: list[Flowable] = []
        for number, name in enumerate(self.doc.enclosures, start=1):
            caption = f"{self.labels['enclosure_no'].format(n=number)} · {self.doc.reference}"
            out += [PageBreak(), self.para(caption, self.s.note)]
            if name == "statement of account":
                assert self.statement is not None
                out += self.statement.enclosed_story()
            else:
                out += protocol_form(self, name)
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
        """Per invoice: its rule and compensation, then one line per period (from, to, days, open amount,
        rate, interest), so that every figure can be recomputed; then the basis notes."""
        d, lab, fmt = self.doc, self.labels, self.fmt
        consumer = d.recipient.kind == CustomerKind.INDIVIDUAL
        rows: list[list[Any]] = [[self.th(lab["from"]), self.th(lab["to_day"]), self.th(lab["int_days"], right=True),
                                  self.th(lab["open_amount"], right=True), self.th(lab["rate"], right=True),
                                  self.th(lab["interest"], right=True), self.th(lab["compensation"], right=True)]]
        extra: list[tuple[Any, ...]] = []
        for line in d.lines:
            if not (line.interest or line.compensation):
                continue
            comp = line.compensation
            r = len(rows)
            head = f"{line.invoice_number} · {fmt.rule(line.interest_rule, consumer)}"
            rows.append([TextCell(head, self.s.cell_bold, span=6), "", "", "", "", "",
                         self.cell(fmt.money(comp.minor, comp.currency) if comp else "–", right=True)])
            extra += [("SPAN", (0, r), (5, r)), ("BACKGROUND", (0, r), (-1, r), SHADE)]
            for period in line.periods:
                rows.append([self.cell(fmt.date(period.start)), self.cell(fmt.date(period.end)),
                             self.cell(str(period.days), right=True),
                             self.cell(fmt.money(period.open_amount, line.currency), right=True),
                             self.cell(fmt.percent(period.annual_rate), right=True),
                             self.cell(fmt.money(round_minor(period.interest), line.currency), right=True), ""])
            if len(line.periods) > 1 or not line.periods:
                t = len(rows)
                rows.append([TextCell(lab["invoice_total"].format(invoice=line.invoice_number), self.s.cell_bold,
                                      span=5), "", "", "", "",
                             self.cell(fmt.money(line.interest, line.currency) if line.interest else "–",
                                       right=True), ""])
                extra += [("SPAN", (0, t), (4, t)), ("LINEABOVE", (5, t), (5, t), 0.4, RULE)]
            extra.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
        widths = [0.15, 0.15, 0.08, 0.18, 0.12, 0.16, 0.16]
        out: list[Flowable] = [self.strong(lab["interest_title"], self.s.heading),
                               self.table(rows, [f * self.width for f in widths], extra=extra)]
        notes = [lab["period_note"], lab["allocation_rule"]]
        if self.fmt.language == "en":
            notes += list(dict.fromkeys(d.rule_basis))
        else:
            notes += self._basis_from_data()
        out.append(Spacer(1, 1.5 * mm))
        out += [self.para(n, self.s.note) for n in notes]
        return out

    def _basis_from_data(self) -> list[str]:
        """Where each rate came from, in the letter's language, from the periods' recorded rate sources."""
        consumer = self.doc.recipient.kind == CustomerKind.INDIVIDUAL
        language = self.doc.language
        out: list[str] = []
        for line in self.doc.lines:
            rates: dict[str, tuple[str, str]] = {}  # rate -> (first day, where it came from)
            for period in line.periods:
                source = period.source if isinstance(period.source, str) else translate(period.source, language)
                rates.setdefault(self.fmt.percent(period.annual_rate), (self.fmt.date(period.start), source))
            if not rates:
                continue
            if self.fmt.language == "de":
                shown = "; ".join(f"{rate} p. a. ab {start}" + (f" ({source})" if source else "")
                                  for rate, (start, source) in rates.items())
                key = "de_consumer" if line.interest_rule == "de" and consumer else line.interest_rule
                made_of = RATE_BASIS_DE.get(key, "")
                out.append(f"{line.invoice_number}: {self.fmt.rule(line.interest_rule, consumer)}"
                           + (f" ({made_of})" if made_of else "") + f", {shown}; einfache Zinsen taggenau, "
                           "Jahr zu 365 Tagen.")
            else:
                shown = "；".join(f"年利率{rate}（{start}起" + (f"；{source}" if source else "") + "）"
                                 for rate, (start, source) in rates.items())
                out.append(f"{line.invoice_number}：{self.fmt.rule(line.interest_rule, consumer)}，{shown}，"
                           "按日单利计算，一年按365天计。")
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
                           right_aligned(self.s.cell_note) if style == "note" else self.s.cell_right)
            bold = style == "bold"
            row: list[Any] = [self.text(label, label_style, bold=bold)]
            row += [self.text(fmt.money(getattr(t, attr), t.currency), value_style, bold=bold) for t in totals]
            rows.append(row)

        if any(t.interest or t.compensation or t.credit_netted for t in totals):
            add(lab["principal"], "principal", always=True)
        add(lab["interest_total"], "interest")
        add(lab["compensation_total"], "compensation")
        add(lab["credit_total"], "less_credit")
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
        label = label_style(self.s.cell)

        def pairs(rows: list[tuple[str, str]], width: float, bold: bool) -> Table:
            widths = [21 * mm, width - 21 * mm]
            pairs_rows = []
            for k, v in rows:
                if v:  # a reference or an IBAN is copied by hand: set smaller rather than broken, if need be
                    v, style = fit_word(v, self.s.cell_bold if bold else self.s.cell, widths[1] - 2)
                    pairs_rows.append([TextCell(k, label), self.text(v, style, bold=bold)])
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
            row.append([QRCode(payload, 22 * mm), Spacer(1, 0.8 * mm),
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
        verify = d.verify_instructions or lab["verify"].format(n=d.chain_length or "–")
        block = [self.strong(head, s.small), self.para(d.chain_head or "–", s.mono), Spacer(1, 1.5 * mm),
                 self.para(verify, s.note)]
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
            what = fmt.describe(ex)
            if ex.summary and ex.kind == "contact":
                what = ex.summary
            elif ex.summary:
                what = f"{what}：{ex.summary}" if fmt.language == "zh" else f"{what}: {ex.summary}"
            marker = lab["shortened"].format(seq=ex.event_seq)
            rows.append([self.cell(f"{ex.number}"), self.cell(_when(ex)), self.cell(channel),
                         self.cell(shorten(ex.person, PERSON_LIMIT, marker)),
                         self.cell(shorten(what, SUMMARY_LIMIT, marker)), self.cell(fmt.code(ex.outcome)),
                         self.cell(shorten(ex.tracking, PERSON_LIMIT, marker))])
            hashes = []
            if ex.event_seq or ex.event_hash:
                hashes.append(f"{lab['log_entry']} #{ex.event_seq}, {lab['hash']} {ex.event_hash}")
            hashes += [f"{lab['sha256']} {f.name}: {f.sha256}" for f in ex.files]
            if hashes:
                r = len(rows)
                rows.append(["", TextCell("\n".join(hashes), self.s.mono, span=6), "", "", "", "", ""])
                extra += [("SPAN", (1, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 0)]
            extra.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25, RULE))
        widths = [0.05, 0.17, 0.12, 0.12, 0.28, 0.09, 0.17]
        return self.table(rows, [f * self.width for f in widths], extra=extra)


SUMMARY_LIMIT = 600  # characters of a typed summary printed in the appendix; the log keeps all of it
PERSON_LIMIT = 120


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


def chain_anchor(layout: Layout, head: str, length: int) -> list[Flowable]:
    """The evidence log's chain head and length on the day a document was made, in small print: a copy held by
    the debtor anchors the log outside the ledger file (a rewritten or truncated log no longer matches it)."""
    lab = layout.labels
    return [Spacer(1, 5 * mm), KeepTogether([
        layout.para(lab["log_on_date"], layout.s.note),
        layout.para(f"{lab['chain_head']} ({length} {lab['entries']}):", layout.s.note),
        layout.para(head, layout.s.mono)])]


class _StatementLayout(Layout):
    def __init__(self, doc: StatementDocument, fmt: Formatter, blocks: dict[str, str]) -> None:
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
        out: list[Flowable] = [self.strong(self.subject, self.s.subject)]
        out += self.paragraphs(self.blocks["opening"])
        out += self.figures()
        out.append(Spacer(1, 5 * mm))
        out += self.paragraphs(self.blocks["closing"])
        if self.doc.chain_head:
            out += chain_anchor(self, self.doc.chain_head, self.doc.chain_length)
        return out

    def enclosed_story(self) -> list[Flowable]:
        """The statement as pages of a letter: its title, period and figures (the letter says the rest)."""
        d, lab, fmt = self.doc, self.labels, self.fmt
        start = fmt.date(d.period_from) if d.period_from else lab["from_start"]
        facts = [f"{lab['customer_no']}: {d.recipient.customer_code}",
                 f"{lab['period']}: {start} {lab['to']} {fmt.date(d.period_to)}",
                 f"{lab['date']}: {fmt.long_date(d.date)}"]
        return [self.strong(self.subject, self.s.subject), self.para(" · ".join(x for x in facts if x), self.s.small),
                *self.figures()]

    def figures(self) -> list[Flowable]:
        d, s = self.doc, self.s
        out: list[Flowable] = []
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
        if d.charges:
            out.append(Spacer(1, 5 * mm))
            out.append(CondPageBreak(30 * mm))
            out.append(self.strong(self.labels["charges_title"], s.heading))
            out.append(self.charges_table())
        return out

    def charges_table(self) -> Table:
        """Interest and compensation per invoice on the statement's date, and the balance including them."""
        d, lab, fmt = self.doc, self.labels, self.fmt
        rows: list[list[Any]] = [[self.th(lab["invoice"]), self.th(lab["interest"], right=True),
                                  self.th(lab["compensation"], right=True)]]
        for c in d.charges:
            comp = c.compensation
            rows.append([self.cell(c.invoice_number),
                         self.cell(fmt.money(c.interest, c.currency) if c.interest else "–", right=True),
                         self.cell(fmt.money(comp.minor, comp.currency) if comp and comp.minor else "–", right=True)])
        first = len(rows)
        for cur in d.currencies:
            rows.append([self.text(lab["total_with_charges"], self.s.cell_bold, bold=True), "",
                         self.text(fmt.money(d.closing(cur) + d.charges_total(cur), cur), self.s.cell_bold_right,
                                   bold=True)])
        extra = [("LINEABOVE", (0, first), (-1, first), 0.8, INK), ("BACKGROUND", (0, first), (-1, -1), SHADE)]
        extra += [("SPAN", (0, r), (1, r)) for r in range(first, len(rows))]
        return self.table(rows, [f * self.width for f in (0.4, 0.3, 0.3)], extra=extra)

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
        extra: list[tuple[Any, ...]] = [("LINEBELOW", (0, i), (-1, i), 0.25, RULE) for i in range(1, last)]
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


