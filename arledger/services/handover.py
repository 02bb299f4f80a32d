"""The handover pack for a lawyer, collection agency or court (COLLECTIONS.md section 10).

One indexed PDF: claim summary (parties, contract basis, principal, interest per period, fixed compensation,
costs, totals, as of a date), the statement of account, every claimed invoice's details with its attached
documents (PDFs merged as they are; other files listed with their SHA-256), every letter sent with its dispatch
and delivery records (the archived PDFs merged), the customer's evidence log with the chain head and how to
verify it, disputes and their resolution, and limitation status. Beside it a zip with the same data as CSV and
JSON. Recording the handover is one evidence event (with both files' SHA-256) and moves the case to the
handed-over stage, which stops the ledger's own letters.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from arledger.domain.cases import CaseStage
from arledger.domain.errors import UserError
from arledger.domain.evidence import sha256_file
from arledger.domain.messages import Message, message_from_data, msg
from arledger.domain.money import format_amount
from arledger.domain.record_words import dispute_reason_word, event_kind_word
from arledger.render.casefile import Document, Section, Table, indexed_pdf, render_document
from arledger.render.messages import translate, write_percent
from arledger.render.pdf_files import write_pdf
from arledger.render.wording import Formatter
from arledger.services import cases, evidence_log, interest_claims, limitations, policy
from arledger.services.bulk import without_gc_pauses
from arledger.services.evidence_view import describe
from arledger.services.ledger import Ledger
from arledger.services.statements import write_statement
from arledger.storage import collections as rows
from arledger.storage import evidence
from arledger.storage import invoices as invoice_rows

RECIPIENTS = {"lawyer": CaseStage.LAWYER, "agency": CaseStage.AGENCY, "court": CaseStage.COURT}
RECIPIENT_NAMES = {"lawyer": msg("handover.to.lawyer", "a lawyer"),
                   "agency": msg("handover.to.agency", "a collection agency"),
                   "court": msg("handover.to.court", "a court")}
VERIFY_TEXT = msg(
    "handover.verify", "Each event's hash = SHA-256( previous event's hash + a line feed + the canonical JSON of "
    "{seq, at, kind, actor, customer_id, payload} with sorted keys, no spaces, UTF-8 ). The first event's previous "
    "hash is 64 zeros. "
    "Recomputing the chain from the ledger file ('arledger evidence verify') must reproduce every hash listed here "
    "and end at the chain head printed above; any later change to a recorded event breaks the chain at that event. "
    "Each document's SHA-256 (letters, attachments) can be checked with 'sha256sum FILE'.")


@dataclass(frozen=True, slots=True)
class HandoverPack:
    pdf: Path
    bundle: Path
    pdf_sha256: str
    bundle_sha256: str
    pages: int
    parts: tuple[str, ...]
    evidence_seq: int
    stage: CaseStage
    totals: tuple[tuple[str, int, int, int], ...]  # (currency, principal, interest, compensation)


def _csv(header: list[str], body: list[list[object]]) -> bytes:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for r in body:
        # spreadsheet formula prefixes in user text are neutralised, as in every export
        w.writerow(["'" + c if isinstance(c, str) and c[:1] in "=+-@" else c for c in r])
    return out.getvalue().encode("utf-8")


@without_gc_pauses
def build_handover(ledger: Ledger, code: str, out_dir: Path, *, to: str = "lawyer", on: date | None = None,
                   note: str = "") -> HandoverPack:
    """Write the pack into out_dir, record the handover and move the case stage; one transaction for the records."""
    if to not in RECIPIENTS:
        raise UserError(msg("handover.bad_recipient", "Hand over to a lawyer, agency or court, not '{to}'.",
                to=to))
    customer = ledger.customer(code)
    on = on or ledger.today()
    company = ledger.setting("company") or {}
    if not isinstance(company, dict) or not str(company.get("name", "")).strip():
        raise UserError(msg("handover.no_company", "The ledger has no company name for the claim; set the "
                "company details first."))
    state = cases.case_state(ledger, customer, on)
    stage = RECIPIENTS[to]
    if state.recorded and state.stage is stage:
        raise UserError(msg("handover.already_handed_over", "The case of {customer_code} is already handed over to "
                "a {to}.", customer_code=customer.code, to=to))
    owner = state.owner or ledger.actor()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    lang = customer.language.value  # the pack speaks the customer's language (en, zh or de)

    def t(message: Message) -> str:
        return translate(message, lang)

    fmt = Formatter(lang, "", str(ledger.setting("letters.page_size", "A4") or "A4"))  # as its letters write them
    money, day = fmt.money, fmt.date

    size = str(ledger.setting("letters.page_size", "A4") or "A4")
    footer = t(msg("handover.footer", "{company} · claim against {customer} ({code}) · as of {on}",
                   company=str(company["name"]), customer=customer.name, code=customer.code, on=on))
    recipient = t(RECIPIENT_NAMES[to])

    # -- the claim -------------------------------------------------------------------------------------------
    items = rows.overdue_items(ledger.conn, on, customer.id)
    # every invoice with interest or compensation still claimable, including those paid in full late
    lines = interest_claims.interest_lines(ledger, on, customer.code)
    if not items and not lines:
        raise UserError(msg("handover.nothing_overdue", "{customer_code} has nothing overdue on {on}; there "
                "is no claim to hand over.", customer_code=customer.code, on=on))
    line_of = {ln.invoice.id: ln for ln in lines}
    open_of = {r.invoice_id: (r.open, r.disputed) for r in items}
    invoices = invoice_rows.by_ids(ledger.conn, set(open_of) | set(line_of))
    order = sorted(invoices.values(), key=lambda i: (i.due_date, i.number))
    totals: dict[str, list[int]] = {}
    claim_rows, period_rows, detail_rows, data_invoices, data_periods = [], [], [], [], []
    for inv in order:
        iid, number, due, cur = inv.id, inv.number, inv.due_date.isoformat(), inv.currency
        open_, disputed = open_of.get(iid, (0, 0))
        ln = line_of.get(iid)
        barred = bool(ln and ln.time_barred)
        interest = ln.claimable_interest if ln and not barred else 0
        claim_comp = ln.claimable_compensation if ln and not barred else None
        comp = claim_comp.minor if claim_comp else 0
        comp_cur = claim_comp.currency if claim_comp else cur
        acc = totals.setdefault(cur, [0, 0, 0])
        acc[0] += open_
        acc[1] += interest
        if comp_cur == cur:
            acc[2] += comp
        claim_rows.append((number, day(inv.issue_date), day(inv.due_date), money(inv.amount, cur), money(open_, cur),
                           money(disputed, cur) if disputed else "", money(interest, cur),
                           money(comp, comp_cur) if comp else ""))
        detail_rows.append((number, inv.reference, day(inv.issue_date), day(inv.due_date), money(inv.amount, cur),
                            money(open_, cur)))
        data_invoices.append({"invoice": number, "issue_date": inv.issue_date.isoformat(), "due_date": due,
                              "reference": inv.reference, "currency": cur, "amount": format_amount(inv.amount, cur),
                              "open": format_amount(open_, cur), "disputed": format_amount(disputed, cur),
                              "interest": format_amount(interest, cur),
                              "compensation": format_amount(comp, comp_cur), "compensation_currency": comp_cur,
                              "time_barred": barred, "basis": ln.result.basis if ln else ""})
        for seg in ln.result.segments if ln else ():
            period_rows.append((number, day(seg.start), day(seg.end), str(seg.days),
                                money(seg.open_amount, cur), write_percent(seg.annual_rate, lang), t(seg.source),
                                money(seg.interest, cur)))
            data_periods.append({"invoice": number, "from": seg.start.isoformat(), "to": seg.end.isoformat(),
                                 "days": seg.days, "open": format_amount(seg.open_amount, cur),
                                 "annual_rate": str(seg.annual_rate), "source": seg.rate_source,
                                 "interest": format_amount(seg.interest, cur)})
    total_rows = tuple((cur, money(p, cur), money(i, cur), money(c, cur), money(0, cur), money(p + i + c, cur))
                       for cur, (p, i, c) in sorted(totals.items()))
    basis = [t(msg("handover.basis.terms", "Payment terms: {days} days from the invoice date.",
                   days=customer.payment_terms_days)),
             t(msg("handover.basis.rules", "Rule pack for interest, compensation and limitation: {pack}.",
                   pack=customer.jurisdiction.value.upper()))]
    if customer.contract_rate_bp is not None:
        basis.append(t(msg("handover.basis.rate", "Contractual late-payment rate: {rate}% a year.",
                           rate=f"{customer.contract_rate_bp / 100:.2f}")))
    if customer.contract_fee is not None:
        basis.append(t(msg("handover.basis.fee", "Contractual fixed fee per invoice: {fee}.",
                           fee=money(customer.contract_fee, customer.currency))))
    h_invoice, h_issued, h_due, h_amount, h_open, h_interest, h_comp, h_currency, h_reason = (t(m) for m in (
        msg("handover.col.invoice", "Invoice"), msg("handover.col.issued", "Issued"), msg("handover.col.due", "Due"),
        msg("handover.col.amount", "Amount"), msg("handover.col.open", "Open"),
        msg("handover.col.interest", "Interest"), msg("handover.col.compensation", "Compensation"),
        msg("handover.col.currency", "Currency"), msg("handover.col.reason", "Reason")))
    creditor = [str(company.get("name", "")), *str(company.get("address", "")).splitlines(),
                str(company.get("registration", "")), str(company.get("email", "")), str(company.get("phone", ""))]
    claim_title = t(msg("handover.part.claim", "Claim summary"))
    claim = Document(
        claim_title, footer, (
            Section(t(msg("handover.parties", "Parties")), facts=(
                (t(msg("handover.creditor", "Creditor")), "\n".join(x for x in creditor if x)),
                (t(msg("handover.debtor", "Debtor")), "\n".join([customer.name, *customer.address.splitlines()])),
                (t(msg("handover.customer_code", "Customer code")), customer.code),
                (t(msg("handover.debtor_is", "Debtor is")), t(
                    msg("handover.debtor.company", "a company") if customer.kind.value == "company"
                    else msg("handover.debtor.person", "an individual or sole trader"))),
                (t(msg("handover.handed_over_to", "Handed over to")),
                 t(msg("handover.handed_over_on", "{recipient}, on {on}", recipient=recipient, on=on))),
                (t(msg("handover.case_owner", "Case owner")), owner))),
            Section(t(msg("handover.contract_basis", "Contract basis")), tuple(basis)),
            Section(t(msg("handover.per_invoice", "Principal, interest and compensation per invoice")), tables=(Table(
                (h_invoice, h_issued, h_due, h_amount, h_open, t(msg("handover.col.disputed", "Disputed")),
                 h_interest, h_comp),
                tuple(claim_rows), (3, 4, 5, 6, 7), (1.4, 1.1, 1.1, 1.2, 1.2, 1.1, 1.1, 1.2)),)),
            Section(t(msg("handover.per_period", "Interest per period")), tables=(Table(
                (h_invoice, *(t(m) for m in (msg("handover.col.from", "From"), msg("handover.col.to", "To"),
                                              msg("handover.col.days", "Days"), msg("handover.col.on", "On"),
                                              msg("handover.col.rate", "Rate"),
                                              msg("handover.col.rate_source", "Rate source"))), h_interest),
                tuple(period_rows), (3, 4, 5, 7), (1.3, 1.1, 1.1, 0.6, 1.3, 0.8, 2.4, 1.1)),),
                notes=(t(msg("handover.interest_note", "Simple interest, daily, 365-day year, on each invoice's "
                             "undisputed open amount from the day after the due date; the same figures as "
                             "'arledger report interest' on this date.")),)),
            Section(t(msg("handover.totals", "Totals as of {on}", on=on)), tables=(Table(
                (h_currency, t(msg("handover.col.principal", "Principal")), h_interest, h_comp,
                 t(msg("handover.col.costs", "Costs")), t(msg("handover.col.total", "Total"))), total_rows,
                (1, 2, 3, 4, 5)),),
                notes=(t(msg("handover.no_costs", "No costs are recorded in the ledger; costs of the proceedings "
                             "are for the recipient to add.")),)),
        ), language=lang, page_size=size, subtitle=t(msg("handover.as_of", "As of {on}", on=on)))
    parts: list[tuple[str, bytes]] = [(claim_title, render_document(claim))]

    # -- the statement of account (the letters service's own statement) -------------------------------------

    with tempfile.TemporaryDirectory() as tmp:
        statement = Path(tmp) / "statement.pdf"
        write_statement(ledger, customer.code, None, on, statement)
        parts.append((t(msg("handover.part.statement", "Statement of account")), statement.read_bytes()))

    # -- invoices and their documents ----------------------------------------------------------------------
    base = policy.side_dir(ledger, "")
    attachments = rows.attachments_for(ledger.conn, customer.id)
    claimed_ids = set(invoices)
    doc_rows, data_docs, merged_docs = [], [], []
    for _aid, inv_id, kind, filename, digest, stored, seq in attachments:
        if inv_id is not None and inv_id not in claimed_ids:
            continue
        path = base / stored
        number = invoices[inv_id].number if inv_id in invoices else t(msg("handover.doc.customer", "(customer)"))
        present = path.is_file()
        actual = sha256_file(path) if present else ""
        if present and actual != digest:
            raise UserError(msg("handover.document_changed", "The kept copy of {filename} no longer matches its "
                    "logged SHA-256 (evidence event {seq}); it cannot go into the pack.", filename=filename,
                    seq=seq))
        is_pdf = present and path.read_bytes()[:5] == b"%PDF-"
        how = t(msg("handover.doc.merged", "merged below") if is_pdf else (
            msg("handover.doc.listed", "listed only (not a PDF)") if present
            else msg("handover.doc.missing", "MISSING from the archive")))
        doc_rows.append((number, kind, filename, digest, str(seq), how))
        data_docs.append({"invoice": number, "kind": kind, "file": filename, "sha256": digest, "evidence_seq": seq,
                          "in_pack": is_pdf})
        if is_pdf:
            merged_docs.append((t(msg("handover.part.document", "Document: {file} ({invoice})", file=filename,
                                      invoice=number)), path.read_bytes()))
    h_event = t(msg("handover.col.event", "Event"))
    invoices_title = t(msg("handover.part.invoices", "Invoices and their documents"))
    parts.append((invoices_title, render_document(Document(
        invoices_title, footer, (
            Section(t(msg("handover.invoices_claimed", "Invoices claimed")), tables=(Table(
                (h_invoice, t(msg("handover.col.reference", "Reference")), h_issued, h_due, h_amount, h_open),
                tuple(detail_rows), (4, 5)),)),
            Section(t(msg("handover.attached", "Attached documents")), (t(msg(
                "handover.attached_note", "Documents kept as evidence for these invoices, each with the SHA-256 "
                "logged when it was attached. PDF documents follow as pages of this pack; other files are listed "
                "here and included in the bundle.")),),
                    tables=(Table((h_invoice, t(msg("handover.col.kind", "Kind")), t(msg("handover.col.file", "File")),
                                   "SHA-256", h_event, t(msg("handover.col.in_pack", "In this pack"))),
                                  tuple(doc_rows), (), (1, 0.9, 1.4, 3.6, 0.5, 1.1)),) if doc_rows else (),
                    notes=() if doc_rows else (t(msg("handover.no_documents",
                                                     "No documents are attached to these invoices.")),)),
        ), language=lang, page_size=size))))
    parts += merged_docs

    # -- letters with dispatch and delivery ----------------------------------------------------------------
    letters = rows.letters_for(ledger.conn, customer.id)
    events = evidence.for_customer(ledger.conn, customer.id)
    # how each letter left (email with Message-ID and acceptance, post with tracking) and when it arrived
    dispatch_kinds = {"letter_emailed", "letter_posted", "letter_delivered", "demand_delivered"}
    dispatch = [e for e in events if e.kind in dispatch_kinds]
    contacts = [c for c in rows.contacts_for(ledger.conn, customer.id) if c.tracking or c.channel.value == "letter"]
    letter_rows, data_letters, merged_letters = [], [], []
    for lt in letters:
        letter_path = base / lt.path if lt.path else None
        present = bool(letter_path and letter_path.is_file())
        letter_rows.append((str(lt.id), str(lt.level), day(lt.sent_on), lt.sha256 or "-",
                            t(msg("handover.doc.merged", "merged below") if present
                              else msg("handover.letter.no_copy", "no archived copy"))))
        data_letters.append({"id": lt.id, "level": lt.level, "sent_on": lt.sent_on.isoformat(), "sha256": lt.sha256,
                             "file": Path(lt.path).name if lt.path else ""})
        if present and letter_path is not None:
            merged_letters.append((t(msg("handover.part.letter", "Letter level {level} of {sent_on}", level=lt.level,
                                         sent_on=day(lt.sent_on))), letter_path.read_bytes()))
    dispatch_rows = tuple((str(e.seq), e.at[:16].replace("T", " "), e.kind.replace("_", " "),
                           _record_text(evidence.payload(e), t)) for e in dispatch)
    dispatch_rows += tuple((t(msg("handover.contact", "contact")), c.at.isoformat(timespec="minutes"),
                            f"{c.channel.value} {c.direction.value}",
                            " ".join([c.summary, *([t(msg("handover.tracking", "tracking {number}",
                                                           number=c.tracking))] if c.tracking else [])]).strip())
                           for c in contacts)
    letters_title = t(msg("handover.part.letters", "Letters sent, dispatch and delivery"))
    parts.append((letters_title, render_document(Document(
        letters_title, footer, (
            Section(t(msg("handover.letters", "Letters")), tables=(Table(tuple(t(m) for m in (
                msg("handover.col.no", "No."), msg("handover.col.level", "Level"), msg("handover.col.sent", "Sent"),
                msg("handover.col.pdf_sha256", "SHA-256 of the PDF"), msg("handover.col.copy", "Copy"))),
                tuple(letter_rows), (0, 1), (0.5, 0.5, 1, 4, 1.2)),) if letter_rows else (),
                    notes=() if letter_rows else (t(msg("handover.no_letters",
                                                        "No letters were sent from the ledger.")),)),
            Section(t(msg("handover.dispatch", "Dispatch and delivery records")), tables=(Table(
                (h_event, t(msg("handover.col.when_utc", "When (UTC)")), t(msg("handover.col.what", "What")),
                 t(msg("handover.col.record", "Record"))), dispatch_rows, (), (0.6, 1.2, 1.2, 4)),)
                    if dispatch_rows else (),
                    notes=() if dispatch_rows else (t(msg("handover.no_dispatch",
                                                          "No dispatch or delivery was recorded.")),)),
        ), language=lang, page_size=size))))
    parts += merged_letters

    # -- the evidence log ----------------------------------------------------------------------------------
    check = evidence_log.verify_evidence(ledger)
    ev_rows = tuple((str(e.seq), e.at.replace("T", " ")[:19], t(event_kind_word(e.kind)), e.actor,
                     t(describe(e.kind, evidence.payload(e))), e.hash) for e in events)
    evidence_title = t(msg("handover.part.evidence", "Evidence log"))
    parts.append((evidence_title, render_document(Document(
        evidence_title, footer, (
            Section(t(msg("handover.chain", "Chain")), facts=(
                (t(msg("handover.chain.events", "Events in the ledger's log")), fmt.count(check.events)),
                (t(msg("handover.chain.head", "Chain head")), check.head),
                (t(msg("handover.chain.check", "Chain check")), t(
                    msg("handover.chain.intact", "intact") if check.intact else
                    msg("handover.chain.broken", "BROKEN at event {seq}: {problem}", seq=check.first_bad_seq,
                        problem=check.problem))),
                (t(msg("handover.chain.customer_events", "Events of this customer")), fmt.count(len(events))))),
            Section(t(msg("handover.how_to_verify", "How to verify")), (t(VERIFY_TEXT),)),
            Section(t(msg("handover.events", "Events")), tables=(Table(tuple(t(m) for m in (
                msg("handover.col.seq", "Seq"), msg("handover.col.at_utc", "At (UTC)"),
                msg("handover.col.kind", "Kind"), msg("handover.col.actor", "Actor"),
                msg("handover.col.record", "Record"), msg("handover.col.hash", "Hash"))), ev_rows, (0,),
                (0.5, 1.3, 1.0, 0.8, 3.0, 2.4)),)),
        ), language=lang, page_size=size))))

    # -- disputes and limitation ---------------------------------------------------------------------------
    disputes = rows.disputes(ledger.conn, customer.id)
    all_invoices = invoice_rows.by_ids(ledger.conn, [d.invoice_id for d in disputes])
    dispute_rows = tuple((all_invoices[d.invoice_id].number, day(d.opened_on),
                          t(dispute_reason_word(d.reason.value)),
                          money(d.amount, all_invoices[d.invoice_id].currency) if d.amount
                          else t(msg("handover.dispute.whole", "whole invoice")),
                          d.note, day(d.resolved_on) if d.resolved_on
                          else t(msg("handover.dispute.open", "open")), d.resolution)
                         for d in disputes)
    limits = limitations.limitation_statuses(ledger, [(i.id, customer.id, i.due_date.isoformat()) for i in order],
                                             {customer.id: customer}, on)
    limit_rows = tuple((invoices[iid].number, day(s.limitation_date), str(s.days_left),
                        t(msg("handover.limit.barred", "time-barred") if s.time_barred else (
                            msg("handover.limit.warning", "warning") if s.warning
                            else msg("handover.limit.running", "running"))),
                        t(msg("handover.limit.restarted", "{kind} on {on}",
                              kind=event_kind_word(s.restarted_by_kind or ""), on=s.restarted_on))
                        if s.restarted_on else "", t(s.basis_message))
                       for iid, s in limits.items())
    disputes_title = t(msg("handover.part.disputes", "Disputes and limitation"))
    parts.append((disputes_title, render_document(Document(
        disputes_title, footer, (
            Section(t(msg("handover.disputes", "Disputes")), tables=(Table((
                h_invoice, t(msg("handover.col.opened", "Opened")), h_reason, h_amount, *(t(m) for m in (
                msg("handover.col.note", "Note"), msg("handover.col.resolved", "Resolved"),
                msg("handover.col.resolution", "Resolution")))), dispute_rows),) if dispute_rows else (),
                    notes=() if dispute_rows else (t(msg("handover.no_disputes",
                                                         "No dispute was ever recorded for this customer.")),)),
            Section(t(msg("handover.limitation", "Limitation")), tables=(Table((h_invoice, *(t(m) for m in (
                msg("handover.col.limitation_date", "Limitation date"), msg("handover.col.days_left", "Days left"),
                msg("handover.col.status", "Status"), msg("handover.col.restarted_by", "Restarted by"),
                msg("handover.col.basis", "Basis")))), limit_rows, (2,), (1, 1, 0.7, 0.8, 1.3, 3.5)),)),
        ), language=lang, page_size=size))))

    # -- write the pack and the bundle ---------------------------------------------------------------------
    stem = f"{_safe(customer.code)}-handover-{on.isoformat()}"
    pdf_path, zip_path = out_dir / f"{stem}.pdf", out_dir / f"{stem}.zip"
    intro = (t(msg("handover.intro", "Handover of the claim of {company} against {customer} ({code}) to "
                   "{recipient}, as of {on}.", company=str(company["name"]), customer=customer.name,
                   code=customer.code, recipient=recipient, on=on)),
             t(msg("handover.intro.chain", "Chain head of the evidence log: {head}.", head=check.head)),
             t(msg("handover.intro.bundle", "The same data is in {bundle} as CSV and JSON.", bundle=zip_path.name)))
    pdf = indexed_pdf(t(msg("handover.title", "Handover pack: {customer} ({code})", customer=customer.name,
                            code=customer.code)), intro, parts, footer=footer, language=lang, page_size=size)
    write_pdf(pdf_path, pdf)
    data = {"customer": {"code": customer.code, "name": customer.name, "address": customer.address,
                         "kind": customer.kind.value, "jurisdiction": customer.jurisdiction.value},
            "creditor": company.get("name"), "as_of": on.isoformat(), "handed_over_to": to, "owner": owner,
            "totals": [{"currency": c, "principal": format_amount(p, c), "interest": format_amount(i, c),
                        "compensation": format_amount(k, c), "costs": format_amount(0, c),
                        "total": format_amount(p + i + k, c)} for c, (p, i, k) in sorted(totals.items())],
            "invoices": data_invoices, "interest_periods": data_periods, "documents": data_docs,
            "letters": data_letters, "chain_head": check.head, "chain_intact": check.intact,
            "evidence": [{"seq": e.seq, "at": e.at, "kind": e.kind, "actor": e.actor, "payload": evidence.payload(e),
                          "prev_hash": e.prev_hash, "hash": e.hash} for e in events],
            "disputes": [dict(zip(("invoice", "opened_on", "reason", "amount", "note", "resolved_on", "resolution"),
                                  r, strict=True)) for r in dispute_rows],
            "limitation": [dict(zip(("invoice", "limitation_date", "days_left", "status", "restarted_by", "basis"),
                                    r, strict=True)) for r in limit_rows],
            "pack_pdf": pdf_path.name}
    tmp_zip = zip_path.with_name(zip_path.name + ".partial")
    with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as z:
        def put(name: str, blob: bytes) -> None:
            info = zipfile.ZipInfo(name, date_time=(on.year, on.month, on.day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, blob)

        put("claim.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
        put("invoices.csv", _csv(list(data_invoices[0]), [list(d.values()) for d in data_invoices]))
        put("interest_periods.csv", _csv(["invoice", "from", "to", "days", "open", "annual_rate", "source", "interest"],
                                         [list(d.values()) for d in data_periods]))
        put("documents.csv", _csv(["invoice", "kind", "file", "sha256", "evidence_seq", "in_pack"],
                                  [list(d.values()) for d in data_docs]))
        put("letters.csv", _csv(["id", "level", "sent_on", "sha256", "file"], [list(d.values()) for d in data_letters]))
        put("evidence.csv", _csv(["seq", "at", "kind", "actor", "record", "hash"], [list(r) for r in ev_rows]))
        put("disputes.csv", _csv(["invoice", "opened_on", "reason", "amount", "note", "resolved_on", "resolution"],
                                 [list(r) for r in dispute_rows]))
        put("limitation.csv", _csv(["invoice", "limitation_date", "days_left", "status", "restarted_by", "basis"],
                                   [list(r) for r in limit_rows]))
        for _aid, inv_id, _kind, filename, digest, stored, _seq in attachments:
            if (inv_id is None or inv_id in claimed_ids) and (base / stored).is_file():
                put(f"documents/{digest[:12]}-{filename}", (base / stored).read_bytes())
    tmp_zip.replace(zip_path)
    pdf_sha, zip_sha = sha256_file(pdf_path), sha256_file(zip_path)


    pages = len(PdfReader(str(pdf_path)).pages)
    with ledger.database.atomic() as conn:
        seq, _ = evidence.append(conn, "handover", ledger.actor(), customer.id, {
            "customer": customer.code, "to": to, "on": on.isoformat(), "pack": pdf_path.name, "pack_sha256": pdf_sha,
            "bundle": zip_path.name, "bundle_sha256": zip_sha, "pages": pages, "chain_head": check.head,
            "note": note.strip()}, ledger.now())
        cases.set_stage(ledger, customer.code, stage, on=on, owner=owner,
                        note=msg("case.note.handed_over", "Handed over to {to} with pack {pack} (event {seq}).",
                                 to=RECIPIENT_NAMES.get(to) or to, pack=pdf_path.name, seq=seq))
    return HandoverPack(pdf_path, zip_path, pdf_sha, zip_sha, pages, tuple(n for n, _ in parts), seq, stage,
                        tuple((c, p, i, k) for c, (p, i, k) in sorted(totals.items())))


def _record_text(payload: dict[str, object], t: Callable[[Message], str]) -> str:
    """Every recorded field of a dispatch or delivery event (method, tracking, Message-ID, acceptance, hashes); a
    sentence the ledger wrote and kept as its message too (a delivered demand's note) in the pack's language."""
    messages = {k for k, v in payload.items() if k.endswith("_message") and isinstance(v, dict)}
    said = {k.removesuffix("_message"): t(message_from_data(payload[k])) for k in messages}
    return "; ".join(f"{k.replace('_', ' ')}: {said.get(k) or (', '.join(map(str, v)) if isinstance(v, list) else v)}"
                     for k, v in payload.items() if k not in messages and k != "customer" and v not in (None, "", []))


def _safe(code: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in code)
