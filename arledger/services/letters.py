"""Letters: build the letter due for a customer, or send it (decide -> gather the facts -> render -> archive the
PDF -> log it as evidence). The decision and the document are in :mod:`letter_document`, archiving in
:mod:`letter_archive`, batch runs in :mod:`letter_batch`, statements of account in :mod:`statements`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from arledger.domain.messages import msg
from arledger.render.letter_data import (
    LetterDocument,
)
from arledger.services.ledger import Ledger
from arledger.services.letter_archive import ByEmail, SentLetter, _archive_slot, _send, reconcile_archive
from arledger.services.letter_document import _decide, _document, letter_customer
from arledger.services.letterhead import _Context
from arledger.services.output_paths import check_output_file


def build_letter(ledger: Ledger, code: str, on: date, *, level: int | None = None, appendix: bool | None = None
                 ) -> LetterDocument:
    """The letter due for a customer on ``on`` (or at the chosen ``level``), with every fact it states.

    ``appendix`` True or False includes the evidence appendix or leaves it out; None follows the policy
    (levels 3 and 4 carry it). Raises UserError with one sentence when nothing is overdue, letters are
    paused, no letter is due (and no level was chosen), a chosen level would skip one, or the policy has no
    such level.
    """
    customer = letter_customer(ledger, code)
    ctx = _Context.load(ledger)
    plan = _decide(ledger, customer, on, level)
    number, _path = _archive_slot(ledger, customer, on, plan.level)
    return _document(ledger, ctx, plan, on, appendix=appendix, number=number)[0]


def send_letter(ledger: Ledger, code: str, on: date, *, level: int | None = None, appendix: bool | None = None,
                out: Path | None = None, preview: bool = False, by_email: ByEmail | None = None) -> SentLetter:
    """Render the letter due (or at ``level``) and, unless ``preview``, archive it and log it as evidence.

    ``appendix``: True or False includes the evidence appendix or leaves it out; None follows the policy. A
    stale rate table is reported in :attr:`SentLetter.warnings`, never in the letter. The archived PDF, the
    SHA-256 in the evidence event and the bytes written to ``out`` are the same. A preview writes ``out``
    only and records nothing. With ``by_email`` it is recorded only once the mail server accepted it.
    """
    if out is not None:
        check_output_file(ledger.path, out, msg("output.what_letter", "the letter"))
    customer = letter_customer(ledger, code)
    ctx = _Context.load(ledger)
    plan = _decide(ledger, customer, on, level)
    if not preview:
        reconcile_archive(ledger)
    return _send(ledger, ctx, plan, on, appendix=appendix, out=Path(out) if out else None, preview=preview,
                 by_email=by_email)
