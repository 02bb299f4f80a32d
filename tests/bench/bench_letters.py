"""Letters benchmark: one batch of about 1,000 letters against plain reportlab rendering the same documents.

``letter_batch.batch`` does everything a real run does: decide every customer's letter, gather the open items,
interest, limitation and evidence, render from the templates, hash, archive (part file, fsync, record,
rename), copy each letter to the output folder and write the combined file for printing. The baseline
renders the same documents with plain reportlab (the same embedded fonts, a canvas letterhead and address,
paragraphs, a table of items, the interest table, totals, the payment details and, where the letter has
them, the appendix table and the enclosures) and writes each to a file. Runs alternate so the noisy machine affects both
alike; medians and their ratio are printed (target: ratio <= 1.5). Not a pytest test.

    python tests/bench/bench_letters.py [--customers 2000] [--invoices 40000] [--rounds 3] [--dir bench-out]
"""

from __future__ import annotations

import argparse
import io
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from arledger.render.fonts import font_set
from arledger.render.letter_data import LetterDocument
from arledger.services import escalation, letter_batch, letters
from arledger.services.demo import write_demo_ledger
from arledger.services.ledger import Ledger

ON = date(2025, 6, 30)

BODY = (
    "Despite our earlier reminders, the invoices listed below remain unpaid. We have not received any reason why "
    "payment should be held back, and the oldest invoice is now {days} days overdue. The amount claimed is the "
    "undisputed outstanding amount together with late-payment interest calculated up to the date of this letter "
    "and fixed compensation for recovery costs, each shown with its basis below."
)
VERIFY = (
    "How to check this log: each entry is a canonical JSON text. An entry's hash is the SHA-256 of the previous "
    "entry's hash followed by its own JSON text; recomputing every hash in order must give the hashes above."
)
MORE = (
    "The amounts set out below remain unpaid. Interest continues to accrue at the rate shown below until payment, "
    "and we reserve all further rights. Copies of the invoices are available on request."
)
NEXT = (
    "Please pay the total claimed by {reply_by}, quoting the reference {ref}. If you dispute any part of the "
    "amount, please reply by that date stating which invoice and why, with copies of the documents you rely on. "
    "If we have received neither payment nor a reply by then, we will consider the further lawful steps open to "
    "us. Interest continues to accrue until the date of payment."
)


def plain_letter(doc: LetterDocument) -> bytes:
    """The same letter with plain reportlab: no templates, no layout engine of arledger's own."""
    fonts = font_set(str(doc.language))
    size = A4 if doc.page_size == "A4" else LETTER
    wrap = "CJK" if doc.language == "zh" else None
    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=10, leading=13.8, spaceAfter=6.5, wordWrap=wrap)
    small = ParagraphStyle("s", fontName=fonts.regular, fontSize=8, leading=10, wordWrap=wrap)
    bold = ParagraphStyle("h", fontName=fonts.bold, fontSize=11.5, leading=15, spaceAfter=8)
    head = doc.letterhead

    def first_page(c, _d) -> None:
        w, h = size
        c.setFont(fonts.bold, 15)
        c.drawString(25 * mm, h - 18 * mm, head.name)
        c.setFont(fonts.regular, 8)
        for i, line in enumerate([" · ".join(head.address_lines), f"{head.phone} · {head.email}", head.registration]):
            c.drawString(25 * mm, h - (24 + 4 * i) * mm, line)
        c.line(25 * mm, h - 40 * mm, w - 20 * mm, h - 40 * mm)
        c.setFont(fonts.regular, 10)
        for i, line in enumerate([doc.recipient.name, *doc.recipient.address_lines]):
            c.drawString(25 * mm, h - (66 + 4.3 * i) * mm, line)
        c.setFont(fonts.regular, 8.3)
        for i, (k, v) in enumerate([("Date", doc.date.isoformat()), ("Reference", doc.reference),
                                    ("Customer no.", doc.recipient.customer_code), ("Contact", doc.signatory)]):
            c.drawString(125 * mm, h - (52 + 4 * i) * mm, f"{k}: {v}")
        later_pages(c, _d)

    def later_pages(c, d) -> None:
        c.setFont(fonts.regular, 7)
        c.drawString(25 * mm, 12 * mm, f"{head.name} · {doc.reference}")
        c.drawRightString(size[0] - 20 * mm, 12 * mm, f"Page {d.page}")

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        t = Table([[Paragraph(str(x), small) for x in r] for r in rows], colWidths=[f * 165 * mm for f in widths],
                  repeatRows=1)
        t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return t

    def money(minor: int, cur: str) -> str:
        return f"{cur} {minor / 100:,.2f}"

    story = [Spacer(1, 74 * mm), Paragraph(doc.subject or doc.level_name or "Reminder", bold),
             Paragraph("Dear Sir or Madam,", body),
             Paragraph(BODY.format(days=max(x.days_overdue for x in doc.lines)), body), Paragraph(MORE, body)]
    items = [["Invoice", "Issued", "Due", "Amount", "Paid", "Open", "Days overdue"]]
    for x in doc.lines:
        items.append([x.invoice_number, x.issue_date.isoformat(), x.due_date.isoformat(), money(x.amount, x.currency),
                      money(x.paid, x.currency), money(x.open_amount, x.currency), str(x.days_overdue)])
    story.append(table(items, [0.18, 0.135, 0.135, 0.15, 0.13, 0.15, 0.12]))
    if doc.claim_interest and any(x.interest or x.compensation for x in doc.lines):
        rows = [["From", "To", "Days", "Open amount", "Rate", "Interest", "Compensation"]]
        for x in doc.lines:
            if not (x.interest or x.compensation):
                continue
            rows.append([f"{x.invoice_number} {x.interest_rule}", "", "", "", "", "",
                         money(x.compensation.minor, x.compensation.currency) if x.compensation else "-"])
            rows += [[str(p.start), str(p.end), str(p.days), money(p.open_amount, x.currency), f"{p.annual_rate}%",
                      money(int(p.interest), x.currency), ""] for p in x.periods]
        story += [Spacer(1, 4 * mm), KeepTogether([Paragraph("Interest and compensation", bold),
                                                   table(rows, [0.15, 0.15, 0.08, 0.18, 0.12, 0.16, 0.16]),
                                                   *[Paragraph(b, small) for b in doc.rule_basis]])]
    totals = [["", *[t.currency for t in doc.totals]]]
    totals += [[label, *[money(getattr(t, attr), t.currency) for t in doc.totals]]
               for label, attr in (("Outstanding", "principal"), ("Interest", "interest"),
                                   ("Compensation", "compensation"), ("Total claimed", "claimed"))]
    story += [Spacer(1, 3 * mm), table(totals, [0.4, *[0.2] * len(doc.totals)]), Spacer(1, 4 * mm),
              Paragraph(NEXT.format(reply_by=doc.reply_by.isoformat(), ref=doc.reference), body),
              Paragraph(MORE, body)]
    if head.bank:
        story.append(table([["Account name", head.bank.account_name, "Reference", doc.reference],
                            ["IBAN", head.bank.iban, "Pay by", doc.reply_by.isoformat()],
                            ["BIC", head.bank.bic, "", ""]], [0.15, 0.4, 0.15, 0.3]))
    story += [Spacer(1, 4 * mm), Paragraph("Yours faithfully,", body), Spacer(1, 8 * mm),
              Paragraph(doc.signatory, body), Paragraph(head.name, body)]
    if doc.enclosures:
        story += [Paragraph("Enclosures: " + ", ".join(doc.enclosures), small)]
    if doc.include_appendix:
        story += [PageBreak(), Paragraph("Appendix: evidence log", bold)]
        rows = [["No.", "Date and time", "Channel", "Person", "Summary", "Outcome", "Tracking no."]]
        for ex in doc.exhibits:
            rows.append([str(ex.number), ex.at.isoformat(), ex.channel, ex.person, ex.summary or ex.kind, ex.outcome,
                         ex.tracking])
            rows.append(["", f"Log entry #{ex.event_seq}, hash {ex.event_hash}",
                         *[f"{f.name}: {f.sha256}" for f in ex.files[:1]], "", "", "", ""][:7])
        story += [table(rows, [0.05, 0.17, 0.12, 0.12, 0.28, 0.09, 0.17]),
                  Paragraph(f"Chain head ({doc.chain_length} entries): {doc.chain_head}", small),
                  Paragraph(VERIFY, small)]
    if doc.statement is not None:  # the enclosed statement of account: movements, aging and charges
        st = doc.statement
        rows = [["Date", "Type", "Reference", "Due", "Debit", "Credit", "Balance"]]
        rows += [[str(r.date), r.kind, r.reference, str(r.due_date or ""), money(r.debit, r.currency),
                  money(r.credit, r.currency), money(r.balance, r.currency)] for r in st.rows]
        story += [PageBreak(), Paragraph("Statement of account", bold), table(rows, [0.14] * 7)]
        story += [table([[b.label, money(b.amount, b.currency)] for b in st.aging], [0.5, 0.5])]
        story += [table([[c.invoice_number, money(c.interest, c.currency)] for c in st.charges] or [["", ""]],
                        [0.5, 0.5])]
    if doc.protocol_forms:  # information sheet, reply form, financial statement: text and boxes to fill in
        for title in ("Information sheet", "Reply form", "Financial statement"):
            story += [PageBreak(), Paragraph(title, bold), *[Paragraph(MORE, body) for _ in range(3)],
                      table([[f"Line {n}", ""] for n in range(24)], [0.62, 0.38])]
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=size, leftMargin=25 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm, invariant=1, title=doc.reference).build(
        story, onFirstPage=first_page, onLaterPages=later_pages)
    return buf.getvalue()


def pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--customers", type=int, default=2000)
    ap.add_argument("--invoices", type=int, default=40000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dir", type=Path, default=None, help="work folder (default: a temporary one)")
    args = ap.parse_args()
    work = args.dir or Path(tempfile.mkdtemp(prefix="bench-letters-"))
    work.mkdir(parents=True, exist_ok=True)
    pristine = work / "pristine.sqlite"
    if not pristine.exists():
        t = time.perf_counter()
        write_demo_ledger(pristine, customers=args.customers, invoices=args.invoices, seed=11, today=ON)
        print(f"demo ledger: {args.customers:,} customers, {args.invoices:,} invoices in "
              f"{time.perf_counter() - t:.1f} s", flush=True)

    with Ledger.open(pristine) as ledger:
        due = [e for e in escalation.letters_due(ledger, ON) if e.decision is not None]
        docs = [letters.build_letter(ledger, e.customer.code, ON) for e in due]
    print(f"{len(docs):,} letters due on {ON}; levels "
          f"{ {lv: sum(1 for d in docs if d.level == lv) for lv in range(1, 5)} }; "
          f"{sum(1 for d in docs if d.language == 'zh'):,} in Chinese; "
          f"{sum(1 for d in docs if d.include_appendix):,} with the evidence appendix", flush=True)

    batch_times: list[float] = []
    plain_times: list[float] = []
    first_batch = None
    for r in range(args.rounds):
        run = work / f"run{r}"
        shutil.rmtree(run, ignore_errors=True)
        run.mkdir()
        copy = run / "ledger.sqlite"
        shutil.copyfile(pristine, copy)
        with Ledger.open(copy) as ledger:
            t = time.perf_counter()
            result = letter_batch.batch(ledger, ON, run / "out")
            batch_times.append(time.perf_counter() - t)
        first_batch = first_batch or result
        plain_dir = run / "plain"
        plain_dir.mkdir()
        t = time.perf_counter()
        for n, doc in enumerate(docs):
            (plain_dir / f"{n:05d}.pdf").write_bytes(plain_letter(doc))
        plain_times.append(time.perf_counter() - t)
        print(f"round {r + 1}: batch {batch_times[-1]:.1f} s ({len(result.letters):,} letters), "
              f"plain reportlab {plain_times[-1]:.1f} s", flush=True)
        shutil.rmtree(run, ignore_errors=True)

    assert first_batch is not None
    same = sum(1 for doc, sent in zip(docs, first_batch.letters, strict=True)
               if pages(plain_letter(doc)) == pages(sent.pdf))
    b, p = statistics.median(batch_times), statistics.median(plain_times)
    n = len(docs)
    print(f"page counts equal for {same:,} of {n:,} letters")
    print(f"batch (decide, gather, render, archive, log, copy, combine): median {b:.2f} s = {b / n * 1000:.1f} ms a "
          f"letter")
    print(f"plain reportlab (render, write):                              median {p:.2f} s = {p / n * 1000:.1f} ms a "
          f"letter")
    print(f"ratio batch / plain: {b / p:.2f} (target <= 1.5)")
    if not args.dir:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
