"""Collection cases (docs COLLECTIONS.md section 10): each customer in collection has an owner and a stage.

Stages run monitoring -> active -> promise / plan / dispute -> handed over (lawyer, agency, court) ->
closed (paid, settled, written off). Any stage may follow any other (a plan can break back to active, a
settled case can reopen), but a change must change something, and a case handed over or closed no longer
receives the ledger's own letters.

Team figures per owner (section 10): accounts owned, contacts made on them, promises obtained and kept,
amount collected and the average days from the first collection action to payment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg


class CaseStage(StrEnum):
    MONITORING = "monitoring"
    ACTIVE = "active"
    PROMISE = "promise"
    PLAN = "plan"
    DISPUTE = "dispute"
    LAWYER = "lawyer"
    AGENCY = "agency"
    COURT = "court"
    PAID = "paid"
    SETTLED = "settled"
    WRITTEN_OFF = "written-off"


HANDED_OVER = frozenset({CaseStage.LAWYER, CaseStage.AGENCY, CaseStage.COURT})
CLOSED = frozenset({CaseStage.PAID, CaseStage.SETTLED, CaseStage.WRITTEN_OFF})

STAGE_TITLES: dict[CaseStage, Message] = {
    CaseStage.MONITORING: msg("cases.stage.monitoring", "monitoring"),
    CaseStage.ACTIVE: msg("cases.stage.active", "active"),
    CaseStage.PROMISE: msg("cases.stage.promise", "promise"),
    CaseStage.PLAN: msg("cases.stage.plan", "plan"),
    CaseStage.DISPUTE: msg("cases.stage.dispute", "dispute"),
    CaseStage.LAWYER: msg("cases.stage.lawyer", "handed over: lawyer"),
    CaseStage.AGENCY: msg("cases.stage.agency", "handed over: agency"),
    CaseStage.COURT: msg("cases.stage.court", "handed over: court"),
    CaseStage.PAID: msg("cases.stage.paid", "closed: paid"),
    CaseStage.SETTLED: msg("cases.stage.settled", "closed: settled"),
    CaseStage.WRITTEN_OFF: msg("cases.stage.written_off", "closed: written off"),
}


def parse_stage(text: str) -> CaseStage:
    """A stage from its name; one sentence listing the stages when it is not one."""
    try:
        return CaseStage(text.strip().lower().replace("_", "-").replace(" ", "-"))
    except ValueError:
        raise UserError(msg("cases.unknown_stage", "'{text}' is not a case stage; use one of {stages}.", text=text,
                            stages=", ".join(s.value for s in CaseStage))) from None


def stage_message(stage: CaseStage) -> Message:
    """A stage as a person names it, in the reader's language when rendered."""
    return STAGE_TITLES[stage]


def stage_title(stage: CaseStage) -> str:
    """A stage's English name (for JSON, the evidence log and the sentences still made in English)."""
    return str(STAGE_TITLES[stage])


def pauses_letters(stage: CaseStage | None) -> bool:
    """Whether the ledger's own letters stop: the case is with a lawyer, agency or court, or closed."""
    return stage in HANDED_OVER or stage in CLOSED


def check_stage_change(current: CaseStage | None, new: CaseStage, owner: str) -> None:
    """Refuse a change that changes nothing, or a handover without an owner to answer for it."""
    if current == new:
        raise UserError(msg("cases.same_stage", "The case is already at stage '{stage}'.", stage=stage_message(new)))
    if new in HANDED_OVER and not owner.strip():
        raise UserError(msg("cases.needs_owner", "Give the case an owner before handing it over; someone must answer "
                            "the lawyer or agency."))


@dataclass(frozen=True, slots=True)
class StageChange:
    """One entry of a case's history (oldest first when listed)."""

    stage: CaseStage
    owner: str
    on: date
    note: Message  # someone's own note is shown as written; a note the ledger writes reads in each language
    evidence_seq: int


@dataclass(frozen=True, slots=True)
class OwnerActivity:
    """What one owner's accounts did in a period; amounts per currency in minor units."""

    owner: str
    accounts: int
    contacts: int
    promises_obtained: int
    promises_kept: int
    promises_evaluated: int
    collected: tuple[tuple[str, int], ...]  # (currency, amount)
    collection_spans: tuple[tuple[date, date], ...]  # (first action, paid in full) per invoice


@dataclass(frozen=True, slots=True)
class TeamFigures:
    owner: str
    accounts: int
    contacts: int
    promises_obtained: int
    promises_kept: int
    promise_kept_rate: Decimal | None
    collected: tuple[tuple[str, int], ...]
    average_days_to_collect: Decimal | None


def team_figures(activity: Iterable[OwnerActivity]) -> list[TeamFigures]:
    """Per owner: the counts as given, kept / evaluated promises in percent and the mean days to collect
    (both rounded half-up to two places, None when there is nothing to divide by); sorted by owner, the
    unassigned accounts (owner "") last."""
    out = []
    for a in activity:
        rate = (None if not a.promises_evaluated else
                (Decimal(a.promises_kept) * 100 / a.promises_evaluated).quantize(Decimal("0.01"), ROUND_HALF_UP))
        spans = [(paid - first).days for first, paid in a.collection_spans]
        days = (Decimal(sum(spans)) / len(spans)).quantize(Decimal("0.01"), ROUND_HALF_UP) if spans else None
        out.append(TeamFigures(a.owner, a.accounts, a.contacts, a.promises_obtained, a.promises_kept, rate,
                               tuple(sorted(a.collected)), days))
    return sorted(out, key=lambda f: (f.owner == "", f.owner.lower()))
