"""Letters and statements rendered to PDF and read back: figures, appendix, escaping, CJK, layout rules."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from arledger.domain.errors import UserError
from arledger.domain.interest import compute_interest
from arledger.domain.model import Customer, CustomerKind, Invoice, Jurisdiction, Language
from arledger.domain.money import Money
from arledger.domain.rates import DE_BASISZINS, parse_rate_table
from arledger.domain.verzug import AGREED, NOT_IN_DEFAULT, REMINDER, DefaultStart, Reminder
from arledger.paths import letter_templates_dir
from arledger.render.fonts import font_set
from arledger.render.letter_data import (
    AgingBucket,
    BankAccount,
    EarlierLetter,
    EvidenceExhibit,
    HashedFile,
    InterestPeriod,
    LetterDocument,
    Letterhead,
    LetterHistory,
    LetterLine,
    Recipient,
    StatementDocument,
    StatementRow,
    currency_totals,
)
from arledger.render.letters import render_letter, render_statement
from arledger.render.pdf_files import combine_pdfs, write_pdf
from arledger.render.qr import epc_qr_payload
from arledger.render.templates import text_to_paragraphs
from arledger.render.wording import letter_variables

HOSTILE = "<b>Tom & Co</b>"
LETTER_SHA = hashlib.sha256(b"level 1 letter").hexdigest()
PHOTO_SHA = hashlib.sha256(b"delivery note").hexdigest()
EVENT_HASHES = [hashlib.sha256(f"event {i}".encode()).hexdigest() for i in range(3)]
CHAIN_HEAD = hashlib.sha256(b"head").hexdigest()

HEAD = Letterhead(
    name="Northwind Supplies Ltd", address_lines=("12 Harbour Road", "Bristol BS1 4QA", "United Kingdom"),
    registration="Registered in England and Wales no. 08123456", email="accounts@northwind.example",
    phone="+44 117 496 0000", contact_person="Jane Miller",
    bank=BankAccount("Northwind Supplies Ltd", iban="DE89 3704 0044 0532 0130 00", bic="COBADEFFXXX",
                     bank_name="Commerzbank"),
)
COMPANY = Recipient(name=HOSTILE, address_lines=("Musterstraße 5", "50667 Köln", "Germany"), customer_code="C-1042",
                    jurisdiction=Jurisdiction.DE)
INDIVIDUAL_EW = Recipient(name="Tom Jones", address_lines=("3 Mill Lane", "Leeds LS1 1AA"), customer_code="TOM",
                          kind=CustomerKind.INDIVIDUAL, jurisdiction=Jurisdiction.UK)


def de_line() -> LetterLine:
    """DE example of COLLECTIONS.md 5: EUR 5,000 open 60 days at 2.27% + 9 = 11.27% -> 92.63, + EUR 40."""
    period = InterestPeriod(date(2025, 4, 3), date(2025, 6, 1), 60, 500_000, Decimal("11.27"), Decimal(9263),
                            "Basiszinssatz 2.27% (2025-01-01) + 9")
    return LetterLine("INV-0101", date(2025, 3, 3), date(2025, 4, 2), "EUR", 500_000, 0, 500_000, 60,
                      interest=9263, compensation=Money("EUR", 4000), interest_rule="de", interest_rate="11.27%",
                      interest_days=60, interest_from=date(2025, 4, 3), periods=(period,))


def disputed_line() -> LetterLine:
    return LetterLine("INV-0117", date(2025, 3, 20), date(2025, 4, 19), "EUR", 120_000, 20_000, 100_000, 43,
                      disputed=30_000)


def exhibits() -> tuple[EvidenceExhibit, ...]:
    return (
        EvidenceExhibit(1, datetime(2025, 4, 10, 8, 15, tzinfo=UTC), "letter", "Europe/Berlin", "letter",
                        "out", summary="Level 1 reminder sent", tracking="RR123456789DE",
                        files=(HashedFile("letter-1.pdf", LETTER_SHA),), event_seq=3, event_hash=EVENT_HASHES[0]),
        EvidenceExhibit(2, datetime(2025, 4, 24, 13, 5, tzinfo=UTC), "contact", "Europe/Berlin", "phone",
                        "out", person="Herr Weber", summary="Said the invoice is with approvals; will pay by 30 April.",
                        outcome="promise", event_seq=7, event_hash=EVENT_HASHES[1]),
        EvidenceExhibit(3, datetime(2025, 5, 2, 9, 0, tzinfo=UTC), "dispute", "Europe/Berlin", "email", "in",
                        person=HOSTILE, summary="Disputes INV-0117: damaged goods", outcome="dispute",
                        files=(HashedFile("delivery-note.jpg", PHOTO_SHA),), event_seq=9, event_hash=EVENT_HASHES[2]),
    )


def letter(level: int = 3, language: str = "en", **kw) -> LetterDocument:
    fields = dict(letterhead=HEAD, recipient=COMPANY, level=level, date=date(2025, 6, 1), reference="ARL-0007",
                  lines=(de_line(), disputed_line()), reply_by=date(2025, 6, 15), reply_days=14, language=language,
                  include_appendix=level >= 3, exhibits=exhibits(), chain_head=CHAIN_HEAD, chain_length=41,
                  statement=statement() if level >= 3 else None,
                  history=LetterHistory(letters=(EarlierLetter(level - 1, date(2025, 5, 10)),) if level > 1 else ()))
    fields.update(kw)
    return LetterDocument(**fields)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def flat(text: str) -> str:
    """Text with all whitespace removed: robust against line wrapping in the PDF."""
    return "".join(text.split())


# ---------------------------------------------------------------------------------------------------------- data


def test_totals_claim_the_undisputed_part_and_keep_currencies_apart():
    uk_comp = replace(de_line(), invoice_number="X", compensation=Money("GBP", 7000))
    totals = {t.currency: t for t in currency_totals([de_line(), disputed_line(), uk_comp])}
    eur, gbp = totals["EUR"], totals["GBP"]
    assert (eur.principal, eur.interest, eur.compensation, eur.disputed) == (500_000 + 70_000 + 500_000,
                                                                          2 * 9263, 4000, 30_000)
    assert eur.claimed == 1_070_000 + 18_526 + 4000
    assert (gbp.principal, gbp.compensation, gbp.claimed) == (0, 7000, 7000)
    no_interest = currency_totals([de_line()], claim_interest=False)[0]
    assert no_interest.claimed == 500_000


def test_line_with_interest_takes_the_domain_figures():
    table = parse_rate_table("2024-07-01,3.37\n2025-01-01,2.27\n2025-07-01,1.27\n", DE_BASISZINS)
    customer = Customer(code="ACME", name="Acme", jurisdiction=Jurisdiction.DE, currency="EUR",
                        payment_date_agreed=True)
    invoice = Invoice(1, "INV-0101", date(2025, 3, 3), date(2025, 4, 2), 500_000, "EUR")
    result = compute_interest(invoice, customer, date(2025, 6, 1), {DE_BASISZINS: table})
    line = LetterLine("INV-0101", date(2025, 3, 3), date(2025, 4, 2), "EUR", 500_000, 0, 500_000, 60)
    filled = line.with_interest(result)
    assert filled.default is not None and filled.default.basis == "agreed"
    english = tuple(replace(p, source=str(p.source)) for p in filled.periods)  # the source is a message
    assert replace(filled, default=None, periods=english) == de_line()


def test_bad_descriptions_are_refused():
    with pytest.raises(ValueError):
        replace(de_line(), disputed=600_000)
    with pytest.raises(ValueError):
        letter(page_size="Legal")
    with pytest.raises(ValueError):
        letter(language="fr")
    with pytest.raises(ValueError):
        replace(exhibits()[0], at=datetime(2025, 1, 1, 12, 0))


# ------------------------------------------------------------------------------------------------------- figures


def test_de_example_figures_and_basis_are_printed():
    text = pdf_text(render_letter(letter(3)))
    flat_text = flat(text)
    for figure in ("5,000.00", "92.63", "40.00", "EUR5,700.00", "EUR5,832.63", "11.27%", "BGB§288(2)"):
        assert figure in flat_text, figure
    assert "Formal demand for payment: EUR 5,832.63" in text
    assert "15 June 2025" in text and "ARL-0007" in text
    assert "Totalclaimed" in flat_text


def test_disputed_amounts_are_shown_and_not_claimed():
    text = flat(pdf_text(render_letter(letter(2))))
    assert "ofwhichdisputed,notclaimed:EUR300.00" in text
    assert "Disputed,notclaimedEUR300.00" in text
    assert "EUR5,700.00" in text  # 5,000 + 1,000 - 300
    assert "EUR6,000.00" not in text


def test_friendly_reminder_claims_no_interest():
    text = flat(pdf_text(render_letter(letter(1, claim_interest=False, include_appendix=False))))
    assert "Totalclaimed" in text and "EUR5,700.00" in text
    assert "92.63" not in text and "Interestandcompensation" not in text
    assert "Appendix" not in text


def test_several_currencies_are_totalled_apart():
    gbp = LetterLine("INV-UK1", date(2025, 1, 2), date(2025, 2, 1), "GBP", 80_000, 0, 80_000, 120,
                     interest=3000, compensation=Money("GBP", 4000), interest_rule="uk", interest_rate="12.75%",
                     interest_days=120, interest_from=date(2025, 2, 2))
    text = flat(pdf_text(render_letter(letter(3, lines=(de_line(), gbp)))))
    assert "EUR5,132.63" in text and "GBP870.00" in text
    assert "EUR5,132.63andGBP870.00" in text


# ------------------------------------------------------------------------------------------------------ appendix


def test_appendix_lists_exhibits_with_hashes_and_chain_head():
    text = pdf_text(render_letter(letter(4)))
    flat_text = flat(text)
    assert "Appendix: evidence log" in text
    for h in (LETTER_SHA, PHOTO_SHA, *EVENT_HASHES, CHAIN_HEAD):
        assert h in flat_text, h
    assert "2025-04-1010:15" in flat_text and "UTC+02:00" in flat_text  # 08:15 UTC in Berlin summer time
    assert "RR123456789DE" in flat_text and "HerrWeber" in flat_text
    assert "letter-1.pdf" in flat_text and "Logentry#7" in flat_text
    assert "arledger" not in flat_text.lower() and "evidenceverify" not in flat_text
    assert flat("the SHA-256 of the previous entry's hash followed by its own JSON text") in flat_text
    assert flat("for entry 41, the chain head") in flat_text
    assert "Chainhead(41entries)" in flat_text


def test_appendix_on_demand_for_a_reminder_and_not_otherwise():
    assert CHAIN_HEAD in flat(pdf_text(render_letter(letter(1, include_appendix=True))))
    without = pdf_text(render_letter(letter(3, include_appendix=False)))
    assert "Appendix: evidence log" not in without and LETTER_SHA not in flat(without)
    # the chain head is still printed, once, as the anchor of the log on the letter's date
    assert flat(without).count(CHAIN_HEAD) == 1


# ------------------------------------------------------------------------------------------------------ escaping


def test_user_text_prints_literally():
    head = replace(HEAD, name="A & B <i>Trading</i>")
    text = pdf_text(render_letter(letter(4, letterhead=head)))
    assert HOSTILE in text
    assert "A & B <i>Trading</i>" in text
    assert "&amp;" not in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_a_long_email_address_stays_on_one_line_in_the_information_block(language):
    def lines(email: str) -> list[str]:
        data = render_letter(letter(1, language, letterhead=replace(HEAD, email=email)))
        return PdfReader(io.BytesIO(data)).pages[0].extract_text().split("\n")

    for email in ("accounts@brightwater.example", "receivables@brightwater-co.example"):
        assert email in lines(email), email  # set a little smaller where needed, never broken
    very_long = lines("receivables.department@brightwater-supplies.example")
    assert "receivables.department@" in very_long and "brightwater-supplies.example" in very_long


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_payment_reference_is_never_broken_in_the_payment_box(language):
    ref = "C00002-20250630-L4-1"
    text = pdf_text(render_letter(letter(1, language, reference=ref, payment_reference=f"PAY-{ref}")))
    assert text.count(f"PAY-{ref}") == flat(text).count(f"PAY-{ref}") >= 1


def test_chinese_customer_name_in_an_english_letter_uses_the_fallback_face():
    rec = replace(COMPANY, name="上海<示例>贸易有限公司")
    text = pdf_text(render_letter(letter(1, recipient=rec)))
    assert "上海<示例>贸易有限公司" in text


# ------------------------------------------------------------------------------------------------------- Chinese


def test_chinese_letter_renders_cjk_text():
    data = render_letter(letter(3, "zh", recipient=replace(COMPANY, language=Language.ZH)))
    text = pdf_text(data)
    flat_text = flat(text)
    assert "正式催款函" in flat_text
    assert "逾期利息及补偿金" in flat_text and "主张金额合计" in flat_text
    assert "EUR5,832.63" in flat_text
    assert "2025年6月15日" in flat_text
    assert "附件：催收记录" in flat_text and CHAIN_HEAD in flat_text
    assert HOSTILE in text


def test_chinese_labels_beside_the_hashes_are_drawn_in_the_chinese_face():
    text = flat(pdf_text(render_letter(letter(4, "zh"))))
    assert f"记录序号#3,哈希值{EVENT_HASHES[0]}" in text


def test_the_appendix_words_events_from_their_recorded_fields_in_each_language():
    """The appendix gets each event's kind and fields as data; nothing is re-parsed from English sentences."""
    ex = (EvidenceExhibit(1, datetime(2025, 5, 1, 9, 0, tzinfo=UTC), "letter", event_seq=4, event_hash=EVENT_HASHES[0],
                          details=(("level", "2"), ("level_name", "Second reminder"), ("sent_on", "2025-05-01"))),
          EvidenceExhibit(2, datetime(2025, 5, 9, 9, 0, tzinfo=UTC), "payment", event_seq=5, event_hash=EVENT_HASHES[1],
                          details=(("amount", "1234.50"), ("currency", "EUR"), ("date", "2025-05-09"))),
          EvidenceExhibit(3, datetime(2025, 5, 10, 9, 0, tzinfo=UTC), "dispute_opened", summary="two cartons damaged",
                          event_seq=6, event_hash=EVENT_HASHES[2], details=(("invoice", "INV-0117"),
                                                                            ("reason", "quality"))),
          EvidenceExhibit(4, datetime(2025, 5, 11, 9, 0, tzinfo=UTC), "contact", summary="Payment 5 EUR on Friday"))
    zh = flat(pdf_text(render_letter(letter(4, "zh", exhibits=ex))))
    for words in ("2025-05-01 发出第2级信函（第二次催款通知）", "收款：EUR 1,234.50（2025-05-09）",
                  "INV-0117 提出异议：货物或服务质量：two cartons damaged", "Payment 5 EUR on Friday"):
        assert flat(words) in zh, words  # what people typed stays as typed
    en = flat(pdf_text(render_letter(letter(4, exhibits=ex))))
    for words in ("Letter, level 2 (Second reminder), sent 1 May 2025", "Payment EUR 1,234.50, 9 May 2025",
                  "Dispute about INV-0117: the quality of the goods or services: two cartons damaged"):
        assert flat(words) in en, words


def test_chinese_font_is_embedded_truetype():
    assert font_set("zh").embedded
    reader = PdfReader(io.BytesIO(render_letter(letter(1, "zh"))))
    names = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            obj = font.get_object()
            names.add(str(obj["/BaseFont"]))
            if "WenQuanYi" in str(obj["/BaseFont"]):
                assert "/FontFile2" in obj["/FontDescriptor"].get_object()
    assert any("WenQuanYi" in n for n in names)


def test_cny_is_written_the_chinese_way():
    line = LetterLine("FP-001", date(2025, 1, 1), date(2025, 1, 31), "CNY", 1_234_500, 0, 1_234_500, 40)
    text = flat(pdf_text(render_letter(letter(2, "zh", lines=(line,)))))
    assert "人民币12,345.00元" in text


# ------------------------------------------------------------------------------------------------- page and bytes


@pytest.mark.parametrize(("size", "expected"), [("A4", (595.28, 841.89)), ("Letter", (612.0, 792.0))])
def test_page_sizes(size, expected):
    reader = PdfReader(io.BytesIO(render_letter(letter(4, page_size=size))))
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width), 2), round(float(box.height), 2)) == expected


def test_page_x_of_y_on_every_page():
    reader = PdfReader(io.BytesIO(render_letter(letter(4))))
    n = len(reader.pages)
    assert n >= 2
    for i, page in enumerate(reader.pages, start=1):
        assert f"Page {i} of {n}" in page.extract_text()


def test_rendering_is_deterministic_within_and_across_processes(tmp_path):
    doc = letter(4)
    first = render_letter(doc)
    assert render_letter(doc) == first
    script = (
        "import sys, tests.render.test_letters as t;"
        "from arledger.render.letters import render_letter;"
        "sys.stdout.buffer.write(render_letter(t.letter(4)))"
    )
    root = Path(__file__).resolve().parents[2]
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True, cwd=root).stdout
    assert hashlib.sha256(other).hexdigest() == hashlib.sha256(first).hexdigest()
    assert b"CreationDate" not in first or b"D:20000101000000" in first


def test_write_pdf_is_atomic(tmp_path):
    target = tmp_path / "out" / "letter.pdf"
    write_pdf(target, b"%PDF-1.4 test")
    assert target.read_bytes() == b"%PDF-1.4 test"
    assert [p.name for p in target.parent.iterdir()] == ["letter.pdf"]


def test_combined_batch_keeps_every_page_and_is_deterministic():
    parts = [render_letter(letter(1)), render_letter(letter(4)), render_letter(letter(3, "zh"))]
    combined = combine_pdfs(parts)
    pages = [page for p in parts for page in PdfReader(io.BytesIO(p)).pages]
    reader = PdfReader(io.BytesIO(combined), strict=True)
    assert [p.extract_text() for p in reader.pages] == [p.extract_text() for p in pages]
    assert [p.mediabox for p in reader.pages] == [p.mediabox for p in pages]
    counts = [len(PdfReader(io.BytesIO(p)).pages) for p in parts]
    assert f"Page 1 of {counts[1]}" in reader.pages[counts[0]].extract_text()
    assert combine_pdfs(parts) == combined


def _inheriting_pdf() -> bytes:
    """A one-page PDF whose page inherits its media box from the page tree (reportlab never writes that)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 300 400] >>",
               b"<< /Type /Page /Parent 2 0 R /Resources << >> /Contents 4 0 R >>",
               b"<< /Length 12 >>\nstream\n0 0 10 10 re f\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_a_part_in_another_shape_is_combined_too():
    odd = _inheriting_pdf()
    parts = [render_letter(letter(2)), odd]
    reader = PdfReader(io.BytesIO(combine_pdfs(parts)))
    assert len(reader.pages) == len(PdfReader(io.BytesIO(parts[0])).pages) + 1
    assert [float(x) for x in reader.pages[-1].mediabox] == [0, 0, 300, 400]
    assert combine_pdfs(parts) == combine_pdfs(parts)


def test_table_cells_are_plain_strings_only_where_a_paragraph_would_print_the_same():
    from reportlab.platypus import Paragraph

    from arledger.render.letters import _LetterLayout
    from arledger.render.wording import Formatter as _Formatter

    doc = letter(1)
    layout = _LetterLayout(doc, _Formatter("en", "", "A4"), {"subject": "S"})
    texts = ["INV-0101", HOSTILE, "上海贸易", "two  spaces", "soft\xadhyphen", "a long text " * 5, "", "line\nnext"]
    rows, commands = layout.resolve([[layout.cell(t) for t in texts]], [80.0] * len(texts), 3, 3)
    plain = [isinstance(v, str) for v in rows[0]]
    assert plain == [True, True, False, False, False, False, False, True]
    assert rows[0][1] == HOSTILE  # drawn as it is: a string is never markup
    assert all(isinstance(v, Paragraph) for v, p in zip(rows[0], plain, strict=True) if not p and v)
    assert ("FONTSIZE", (0, 0), (0, 0), 8.5) in commands


# ----------------------------------------------------------------------------------------------------- QR payload


def test_epc_qr_payload():
    payload = epc_qr_payload("Northwind Supplies Ltd", "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", 513_263,
                             "ARL-0007")
    assert payload.split("\n") == ["BCD", "002", "1", "SCT", "COBADEFFXXX", "Northwind Supplies Ltd",
                                   "DE89370400440532013000", "EUR5132.63", "", "", "ARL-0007"]
    assert "EUR" not in epc_qr_payload("N", "DE89370400440532013000", "", None, "R").split("\n")[7]


def test_qr_code_only_for_euro_with_an_iban():
    def images(doc: LetterDocument) -> int:
        # The QR code is drawn as many small filled rectangles ("re" operators) on the first pages.
        reader = PdfReader(io.BytesIO(render_letter(doc)))
        return sum(page.get_contents().get_data().count(b" re") for page in reader.pages)

    gbp = replace(de_line(), currency="GBP", compensation=None, interest=0, interest_rule="")
    with_qr = images(letter(1, include_appendix=False))
    without = images(letter(1, include_appendix=False, lines=(gbp,)))
    no_iban = images(letter(1, include_appendix=False, letterhead=replace(HEAD, bank=replace(HEAD.bank, iban=""))))
    assert with_qr > without + 100
    assert with_qr > no_iban + 100


# ---------------------------------------------------------------------------------------------------- legal rules


def test_no_court_wording_when_court_action_is_not_allowed():
    barred = replace(de_line(), time_barred=True)
    for language, words in (("en", ("court proceedings", "issue court", "Letter before action")),
                            ("zh", ("提起诉讼，", "诉前通知", "向有管辖权"))):
        for level in (3, 4):
            doc = letter(level, language, lines=(barred, disputed_line()), court_action_allowed=False)
            text = pdf_text(render_letter(doc))
            for w in words:
                assert w not in text, (language, level, w)
    text = flat(pdf_text(render_letter(letter(4, lines=(barred,), court_action_allowed=False))))
    assert "Finaldemandforpayment" in text
    assert "limitationperiodforINV-0101hasexpired" in text
    assert "wewillnottakecourtactiontorecoverit" in text


def test_letter_before_action_names_court_proceedings_when_allowed():
    text = pdf_text(render_letter(letter(4)))
    assert "Letter before action" in text
    assert "court" in text and "proceedings" in text


def test_individual_in_england_and_wales_gets_the_protocol_letter():
    from arledger.domain.dunning import PRE_ACTION_ENCLOSURES
    from arledger.render.letter_data import PROTOCOL_FORMS, AgreementDetails

    doc = letter(4, recipient=INDIVIDUAL_EW, reply_by=date(2025, 7, 1), reply_days=30,
                 individual_in_england_wales=True, protocol_forms=True,
                 agreement=AgreementDetails(HEAD.name, "Tom Jones", invoices=(("INV-0101", date(2025, 3, 3), ""),)))
    assert (*doc.enclosures[:1], *PROTOCOL_FORMS) == PRE_ACTION_ENCLOSURES == doc.enclosures
    text = flat(pdf_text(render_letter(doc)))
    assert "Pre-ActionProtocolforDebtClaims" in text
    assert "(30daysfromthedateofthisletter)" in text and "1July2025" in text
    for enclosure in ("Statementofaccount", "Informationsheet", "Replyform", "Financialstatement"):
        assert enclosure in text, enclosure
    assert "DearTomJones" in text and "Yourssincerely" in text


def test_company_gets_fourteen_days_and_no_protocol_wording():
    text = flat(pdf_text(render_letter(letter(4, recipient=replace(COMPANY, jurisdiction=Jurisdiction.UK)))))
    assert "(14daysfromthedateofthisletter)" in text
    assert "Pre-ActionProtocolforDebtClaims" not in text
    assert "PracticeDirectiononPre-ActionConductandProtocols" in text


# ------------------------------------------------------------------------------------------------------ templates


def test_every_level_and_language_renders():
    for language in ("en", "zh"):
        for level in (1, 2, 3, 4):
            assert render_letter(letter(level, language)).startswith(b"%PDF")


def test_ledger_override_wins_over_the_shipped_template(tmp_path):
    shipped = (letter_templates_dir() / "en" / "level1.txt.j2").read_text(encoding="utf-8")
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "level1.txt.j2").write_text(shipped.replace("Payment reminder", "Gentle nudge"),
                                                   encoding="utf-8")
    assert "Gentle nudge" in pdf_text(render_letter(letter(1), templates_dir=tmp_path))
    assert "Gentle nudge" not in pdf_text(render_letter(letter(2), templates_dir=tmp_path))


def _broken(tmp_path: Path, body: str) -> Path:
    (tmp_path / "en").mkdir(exist_ok=True)
    path = tmp_path / "en" / "level1.txt.j2"
    path.write_text(body, encoding="utf-8")
    return path


GOOD_BLOCKS = ("{% block subject %}S{% endblock %}\n{% block salutation %}Hi{% endblock %}\n"
               "{% block next_steps %}N{% endblock %}\n{% block closing %}C{% endblock %}\n")


@pytest.mark.parametrize(("body", "line", "words"), [
    ("{% block opening %}\nfine\n{% if %}\n{% endblock %}\n", 3, "has an error"),
    ("{% block opening %}\nline two\n{{ no_such_variable }}\n{% endblock %}\n", 3, "no_such_variable"),
    ("{% block opening %}\n\n\n{{ ''.__class__.__mro__ }}\n{% endblock %}\n", 4, "unsafe"),
    ("{% block opening %}\n{{ customer.name.__class__ }}\n{% endblock %}\n", 2, "unsafe"),
    ("{% block opening %}\n{{ 1 / 0 }}\n{% endblock %}\n", 2, "division"),
])
def test_broken_template_is_a_user_error_naming_file_and_line(tmp_path, body, line, words):
    path = _broken(tmp_path, GOOD_BLOCKS + body)
    offset = GOOD_BLOCKS.count("\n")
    with pytest.raises(UserError) as caught:
        render_letter(letter(1), templates_dir=tmp_path)
    message = str(caught.value)
    assert str(path) in message
    assert f"line {line + offset}" in message
    assert words in message


def test_missing_block_and_missing_template_are_user_errors(tmp_path):
    _broken(tmp_path, "{% block subject %}S{% endblock %}")
    with pytest.raises(UserError, match="has no block 'salutation'"):
        render_letter(letter(1), templates_dir=tmp_path)
    with pytest.raises(UserError, match=r"level9\.txt\.j2 does not exist"):
        render_letter(letter(9))


def test_sandbox_refuses_attribute_escape():
    from jinja2.exceptions import SecurityError

    from arledger.render.templates import _environment

    env = _environment("en", "")
    with pytest.raises(SecurityError):
        env.from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}").render()


def test_paragraph_rules_of_template_text():
    from arledger.render.templates import PARAGRAPH

    text = f"one\ntwo\n\n{PARAGRAPH}\n- a\n- b\nc\n{PARAGRAPH}中文\n文本"
    assert text_to_paragraphs(text) == [("p", "one two"), ("bullet", "a"), ("bullet", "b c"), ("p", "中文文本")]


def test_a_false_condition_never_splits_a_paragraph(tmp_path):
    _broken(tmp_path, GOOD_BLOCKS + "{% block opening %}\nAlpha\n{% if false %}gone{% endif %}\nbeta{% if true %}"
                                    " gamma{% endif %}\ndelta.\n\nNext.\n{% endblock %}\n")
    text = pdf_text(render_letter(letter(1), templates_dir=tmp_path))
    assert "Alpha beta gamma delta." in text


def test_readme_documents_every_template_variable():
    readme = (letter_templates_dir() / "README.md").read_text(encoding="utf-8")
    for name in letter_variables(letter(4)):
        assert f"`{name}`" in readme, name


# ----------------------------------------------------------------------------------------------------- statements


def statement(language: str = "en", **kw) -> StatementDocument:
    rows = (
        StatementRow(date(2025, 3, 3), "invoice", "INV-0101", "EUR", 500_000, 0, 620_000, date(2025, 4, 2)),
        StatementRow(date(2025, 3, 20), "invoice", "INV-0117", "EUR", 120_000, 0, 740_000, date(2025, 4, 19)),
        StatementRow(date(2025, 4, 1), "payment", "Bank transfer 88412", "EUR", 0, 140_000, 600_000),
        StatementRow(date(2025, 4, 5), "credit_note", "CN-7", "EUR", 0, 100_000, 500_000, note=HOSTILE),
    )
    fields = dict(letterhead=HEAD, recipient=COMPANY, date=date(2025, 6, 1), period_to=date(2025, 5, 31),
                  period_from=date(2025, 3, 1), opening_balances=(Money("EUR", 120_000),), rows=rows,
                  aging=(AgingBucket("current", "EUR", 0), AgingBucket("1-30", "EUR", 0),
                         AgingBucket("31-90", "EUR", 500_000), AgingBucket("91-180", "EUR", 0),
                         AgingBucket("180+", "EUR", 0)),
                  reference="ST-C1042-2025-05", language=language)
    fields.update(kw)
    return StatementDocument(**fields)


def test_statement_shows_opening_movements_running_and_closing_balance():
    text = pdf_text(render_statement(statement()))
    flat_text = flat(text)
    assert "Statement of account" in text
    assert "Openingbalance" in flat_text and "1,200.00" in flat_text
    assert "INV-0117" in flat_text and "7,400.00" in flat_text and "1,400.00" in flat_text
    assert "Closingbalance" in flat_text and "5,000.00" in flat_text
    assert "Agingsummary" in flat_text and "31-90" in flat_text
    assert "ThebalancedueisEUR5,000.00" in flat_text
    assert HOSTILE in text


def test_statement_in_chinese_and_on_letter_paper():
    data = render_statement(statement("zh", page_size="Letter"))
    reader = PdfReader(io.BytesIO(data))
    assert round(float(reader.pages[0].mediabox.height)) == 792
    flat_text = flat(pdf_text(data))
    assert "对账单" in flat_text and "期末余额" in flat_text and "EUR5,000.00" in flat_text
    assert render_statement(statement("zh", page_size="Letter")) == data


def test_qr_code_scans_back_to_the_epc_payload(tmp_path):
    import shutil

    if not (shutil.which("zbarimg") and shutil.which("pdftoppm")):
        pytest.skip("zbarimg (Debian zbar-tools) and pdftoppm (poppler-utils) are needed to scan the code")
    pdf = tmp_path / "l.pdf"
    pdf.write_bytes(render_letter(letter(1, claim_interest=False, include_appendix=False)))
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    page = next(tmp_path.glob("p*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True).stdout.strip()
    assert scanned == epc_qr_payload(HEAD.bank.account_name, HEAD.bank.iban, HEAD.bank.bic, 570_000, "ARL-0007")


# ------------------------------------------------------------------------------------- bounded, folder-bound templates


def _ledger_templates(tmp_path: Path, body: str) -> Path:
    shipped = (letter_templates_dir() / "en" / "level1.txt.j2").read_text(encoding="utf-8")
    (tmp_path / "en").mkdir(exist_ok=True)
    (tmp_path / "en" / "level1.txt.j2").write_text(shipped.replace("{% block opening %}", "{% block opening %}" + body),
                                                   encoding="utf-8")
    return tmp_path


def test_a_template_linked_from_outside_its_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("{% block subject %}s{% endblock %}", encoding="utf-8")
    folder = tmp_path / "templates"
    (folder / "en").mkdir(parents=True)
    (folder / "en" / "level2.txt.j2").symlink_to(secret)
    with pytest.raises(UserError, match="is not a file inside the template folder"):
        render_letter(letter(2), templates_dir=folder)
    _ledger_templates(folder, '{% include "secret.j2" %}')
    (folder / "en" / "secret.j2").symlink_to(secret)
    with pytest.raises(UserError, match=r"secret\.j2 is not a file inside the template folder"):
        render_letter(letter(1), templates_dir=folder)
    _ledger_templates(folder, '{% include "../../secret.txt" %}')
    with pytest.raises(UserError, match="does not exist"):
        render_letter(letter(1), templates_dir=folder)


@pytest.mark.parametrize(("body", "words"), [
    ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "ran longer than"),
    ("{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}", "more than 200,000 characters"),
    ("{{ 'x' * 10000000 }}", "repeated value in it is too large"),
])
def test_a_template_that_runs_away_is_stopped_with_one_sentence(tmp_path, monkeypatch, body, words):
    from arledger.render import templates

    monkeypatch.setattr(templates, "RENDER_SECONDS", 0.3)
    folder = _ledger_templates(tmp_path, body)
    with pytest.raises(UserError, match=words) as caught:
        render_letter(letter(1), templates_dir=folder)
    assert str(caught.value).startswith("The letter template ") and str(caught.value).count(". ") == 0


# -------------------------------------------------------------------------------------------- long text, periods


def test_a_huge_name_and_summary_are_shortened_with_a_marker():
    name = ("Überlange Handelsgesellschaft " * 70)[:2000]
    huge = EvidenceExhibit(4, datetime(2025, 5, 20, 9, 0, tzinfo=UTC), "contact", summary="blah " * 20_000,
                           person="X" * 5000, event_seq=12, event_hash=EVENT_HASHES[0])
    for language in ("en", "zh"):
        doc = letter(4, language, recipient=replace(COMPANY, name=name, attention="Y" * 3000),
                     exhibits=(*exhibits(), huge))
        text = flat(pdf_text(render_letter(doc)))
        marker = "[shortened;fulltextinlogentry12]" if language == "en" else "[内容过长已截断，全文见第12条记录]"
        assert marker in text and "…" in text
        assert len(PdfReader(io.BytesIO(render_letter(doc))).pages) < 12


def test_interest_is_one_line_per_period_never_stacked_rates():
    table = parse_rate_table("2024-07-01,3.37\n2025-01-01,2.27\n2025-07-01,1.27\n", DE_BASISZINS)
    customer = Customer(code="ACME", name="Acme", jurisdiction=Jurisdiction.DE, currency="EUR",
                        payment_date_agreed=True)
    invoice = Invoice(1, "INV-0101", date(2025, 3, 3), date(2025, 4, 2), 500_000, "EUR")
    result = compute_interest(invoice, customer, date(2025, 8, 31), {DE_BASISZINS: table})
    line = LetterLine("INV-0101", date(2025, 3, 3), date(2025, 4, 2), "EUR", 500_000, 0, 500_000, 151)
    line = line.with_interest(result)
    # 5,000 x 11.27% x 89 / 365 = 137.40; 5,000 x 10.27% x 62 / 365 = 87.22; the invoice's interest is the sum
    # of its periods as printed: 224.62
    for language in ("en", "zh"):
        text = flat(pdf_text(render_letter(letter(3, language, lines=(line,), date=date(2025, 8, 31)))))
        assert "11.27%/10.27%" not in text
        for days, rate, figure in ((89, "11.27%", "137.40"), (62, "10.27%", "87.22")):
            assert f"{days}EUR5,000.00{rate}EUR{figure}" in text, (language, days)
        assert "EUR224.62" in text


def test_german_default_is_worded_per_invoice_from_its_basis():
    """Two invoices in default on different grounds: each named with its own paragraph of BGB §286."""
    agreed = replace(de_line(), default=DefaultStart(AGREED, date(2025, 4, 3), date(2025, 4, 3)))
    first_reminder = replace(disputed_line(), default=DefaultStart(NOT_IN_DEFAULT, None, None))
    doc = letter(2, "de", lines=(agreed, first_reminder))
    variables = letter_variables(doc)
    assert [(d["basis"], d["numbers"]) for d in variables["default_bases"]] == [
        ("agreed", "INV-0101"), ("not_in_default", "INV-0117")]
    text = " ".join(pdf_text(render_letter(doc)).split())
    assert ("Zur Rechnung INV-0101: Sie befinden sich seit Ablauf des vereinbarten Zahlungstermins ohne Mahnung in "
            "Verzug (§ 286 Abs. 2 Nr. 1 BGB).") in text
    assert "Zur Rechnung INV-0117: Mit Zugang dieser Mahnung geraten Sie in Verzug (§ 286 Abs. 1 BGB)." in text
    # one basis for the whole letter: no invoice is named in front of it
    reminded = DefaultStart(REMINDER, date(2025, 4, 13), date(2025, 4, 14), Reminder(date(2025, 4, 10)))
    one = letter(2, "de", lines=(replace(de_line(), default=reminded),))
    text = " ".join(pdf_text(render_letter(one)).split())
    assert ("Sie befinden sich seit Zugang unserer Mahnung vom 10. April 2025 am 13. April 2025 in Verzug "
            "(§ 286 Abs. 1 BGB).") in text and "Zur Rechnung" not in text
    # outside the de pack nothing about §286 is said
    uk = letter(2, "en", lines=(replace(de_line(), default=None),), recipient=replace(COMPANY,
                jurisdiction=Jurisdiction.UK))
    assert "286" not in pdf_text(render_letter(uk))
