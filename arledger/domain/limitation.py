"""Limitation periods: until when a debt can still be claimed in court, and what restarted the clock.

Rule packs (docs COLLECTIONS.md section 6):

==========  ==========================  ====================================  ================================
pack        period                      runs from                             restarted by
==========  ==========================  ====================================  ================================
cn          3 years (Civil Code 188)    the due date                          demand delivered, acknowledgment,
                                                                              promise, part payment, suit (195)
uk          6 years (Limitation Act     the due date                          signed written acknowledgment,
            1980 s. 5)                                                        part payment (s. 29)
de          3 years (BGB §195)          end of the year the claim fell due    acknowledgment, promise, part
                                        (§199)                                payment (§212); NOT a reminder
us/generic  configurable, default 4     the due date                          signed written acknowledgment
eu          as generic (there is no EU-wide limitation period)
==========  ==========================  ====================================  ================================

Choices, made to warn early rather than late:

* ``limitation_date`` is the last day the claim is safe: the anniversary of the start (for de, 31 Dec
  three years on). From the next day the debt is time-barred. Where a court would count one more day,
  the app is one day cautious.
* A restart begins a new full period from the event's date (anniversary of the event). For de that is
  §212 "Neubeginn": the new period starts the day after the event and ignores the year-end rule of §199.
  A restart never shortens the period: the new date is the later of the current date and the new period's
  end, so an acknowledgment in the year the claim fell due changes nothing in de.
* Only events after the due date and on or before the current limitation date restart the period.
  Events after ``as_of`` are ignored so a past date shows what the ledger knew then.
* cn, Civil Code Art. 192(2): once the period has run, a debtor who agrees to pay (acknowledgment,
  promise, part payment) can no longer rely on it. Such an event after the limitation date *revives* the
  claim: a new full period runs from it, and the status names the reviving event (``revived_by_*``). A
  creditor's demand or suit after expiry revives nothing. Other packs are not revived by the ledger (a
  debtor's later waiver there is a legal question for a lawyer).
* "acknowledgment" means the kind of acknowledgment the pack requires: the caller logs an oral promise as
  "promise", and only a signed written acknowledgment as "acknowledgment" for uk and us/generic.
* de §203: negotiations suspend the period. They are logged as ``negotiation_start`` and
  ``negotiation_end`` events; each start is paired with the next end (an unended negotiation runs to
  ``as_of``). The days of a negotiation that began on or before the limitation date, both ends included,
  are added to it (§209), and the claim is safe at least until three months after the negotiation ended
  (§203 sentence 2). Suspension is applied after any restart. Other suspensions (§204 suit, uk issue of
  proceedings) are not modelled; a suit restarts only cn.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta

from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg, plural_msg

PART_PAYMENT = "part_payment"
ACKNOWLEDGMENT = "acknowledgment"
PROMISE = "promise"
DEMAND_DELIVERED = "demand_delivered"
SUIT = "suit"
NEGOTIATION_START = "negotiation_start"
NEGOTIATION_END = "negotiation_end"
EVENT_KINDS: frozenset[str] = frozenset({PART_PAYMENT, ACKNOWLEDGMENT, PROMISE, DEMAND_DELIVERED, SUIT,
                                         NEGOTIATION_START, NEGOTIATION_END})

WARNING_DAYS = 180
DEFAULT_GENERIC_YEARS = 4

PERIOD_YEARS: dict[str, int] = {"cn": 3, "uk": 6, "de": 3}
RESTARTED_BY: dict[str, frozenset[str]] = {
    "cn": frozenset({DEMAND_DELIVERED, ACKNOWLEDGMENT, PROMISE, PART_PAYMENT, SUIT}),
    "uk": frozenset({ACKNOWLEDGMENT, PART_PAYMENT}),
    "de": frozenset({ACKNOWLEDGMENT, PROMISE, PART_PAYMENT}),
    "generic": frozenset({ACKNOWLEDGMENT}),
}
# Art. 192(2): what revives an expired claim (the debtor's own agreement to pay).
REVIVED_BY: dict[str, frozenset[str]] = {"cn": frozenset({ACKNOWLEDGMENT, PROMISE, PART_PAYMENT})}
# §203: packs whose period negotiations suspend.
SUSPENDED_BY_NEGOTIATION: frozenset[str] = frozenset({"de"})
NEGOTIATION_FLOOR_MONTHS = 3
# Packs without a period of their own.
GENERIC_PACKS: frozenset[str] = frozenset({"us", "generic", "eu"})

# Each statute keeps its own name; the words around the section numbers are the reader's.
_LAW: dict[str, Message] = {
    "cn": msg("limitation.law.cn", "PRC Civil Code Art. 188 and 195"),
    "uk": msg("limitation.law.uk", "Limitation Act 1980 s. 5 and 29"),
    "de": msg("limitation.law.de", "BGB §§195, 199 and 212"),
    "generic": msg("limitation.law.generic", "the ledger's default limitation rule"),
}


@dataclass(frozen=True, slots=True)
class LimitationEvent:
    """A logged event that may restart the limitation clock (a payment, a letter, a contact ...)."""

    on: date
    kind: str
    event_id: int | str = 0


@dataclass(frozen=True, slots=True)
class LimitationStatus:
    """Where an invoice's limitation period stands on ``as_of``."""

    pack: str
    years: int
    limitation_date: date
    restarted_by_event_id: int | str | None
    restarted_on: date | None
    restarted_by_kind: str | None
    as_of: date
    days_left: int
    warning: bool
    time_barred: bool
    basis_message: Message
    revived_by_event_id: int | str | None = None
    revived_on: date | None = None
    revived_by_kind: str | None = None
    suspended_days: int = 0

    @property
    def basis(self) -> str:
        """The basis in English (exports, JSON, handover packs); screens render :attr:`basis_message`."""
        return str(self.basis_message)

    def is_time_barred(self, on: date) -> bool:
        """Whether the claim is barred on another day (ignoring events after this status's as_of)."""
        return on > self.limitation_date

    def warning_from(self) -> date:
        """First day the warning shows."""
        return self.limitation_date - timedelta(days=WARNING_DAYS)


def assess_limitation(
    due_date: date,
    pack: str,
    events: Iterable[LimitationEvent],
    as_of: date,
    *,
    generic_years: int = DEFAULT_GENERIC_YEARS,
) -> LimitationStatus:
    """The limitation date of a claim that fell due on ``due_date``, given the logged events.

    ``pack`` is a jurisdiction value (cn, uk, de, eu, us, generic); eu, us and generic use
    ``generic_years`` restarted by signed written acknowledgment. Raises UserError for an unknown pack or
    event kind. Warns from 180 days before the limitation date.
    """
    rules = "generic" if pack in GENERIC_PACKS else pack
    if rules not in RESTARTED_BY:
        raise UserError(msg("limitation.unknown_rule", "'{rule}' is not a limitation rule; use cn, uk, de, eu, us "
                            "or generic.", rule=pack))
    if generic_years < 1:
        raise UserError(msg("limitation.short_period", "The default limitation period must be at least one year."))
    years = PERIOD_YEARS.get(rules, generic_years)
    limit = add_years(date(due_date.year, 12, 31), years) if rules == "de" else add_years(due_date, years)
    restarting = RESTARTED_BY[rules]
    reviving = REVIVED_BY.get(rules, frozenset())
    restart: LimitationEvent | None = None
    revival: LimitationEvent | None = None
    ordered = sorted(events, key=lambda e: e.on)
    for event in ordered:
        if event.kind not in EVENT_KINDS:
            raise UserError(msg("limitation.unknown_event", "'{kind}' is not a limitation event; use one of {kinds}.",
                                kind=event.kind, kinds=", ".join(sorted(EVENT_KINDS))))
    for event in ordered:
        if event.on > as_of or event.on <= due_date:
            continue
        if event.on > limit:
            if event.kind in reviving:
                limit, revival = add_years(event.on, years), event
            continue
        if event.kind in restarting:
            new_limit = add_years(event.on, years)
            if new_limit > limit:
                limit, restart = new_limit, event
    suspended = 0
    if rules in SUSPENDED_BY_NEGOTIATION:
        limit, suspended = _suspend(limit, ordered, due_date, as_of)
    days_left = (limit - as_of).days
    barred = as_of > limit
    return LimitationStatus(
        pack=pack,
        years=years,
        limitation_date=limit,
        restarted_by_event_id=restart.event_id if restart else None,
        restarted_on=restart.on if restart else None,
        restarted_by_kind=restart.kind if restart else None,
        as_of=as_of,
        days_left=days_left,
        warning=not barred and days_left <= WARNING_DAYS,
        time_barred=barred,
        basis_message=_basis(rules, years, due_date, limit, restart, revival, suspended),
        revived_by_event_id=revival.event_id if revival else None,
        revived_on=revival.on if revival else None,
        revived_by_kind=revival.kind if revival else None,
        suspended_days=suspended,
    )


def _suspend(limit: date, events: list[LimitationEvent], due_date: date, as_of: date) -> tuple[date, int]:
    """The limitation date moved by every negotiation that began before it ran out (§§203, 209)."""
    windows: list[tuple[date, date | None]] = []
    for event in events:
        if event.on > as_of or event.on <= due_date:
            continue
        if event.kind == NEGOTIATION_START and (not windows or windows[-1][1] is not None):
            windows.append((event.on, None))
        elif event.kind == NEGOTIATION_END and windows and windows[-1][1] is None:
            windows[-1] = (windows[-1][0], event.on)
    suspended = 0
    for start, end in windows:
        if start > limit:
            break
        last = end or as_of
        days = (last - start).days + 1
        suspended += days
        limit = limit + timedelta(days=days)
        if end is not None:
            limit = max(limit, add_months(end, NEGOTIATION_FLOOR_MONTHS))
    return limit, suspended


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has no such day."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("every month has a 28th")


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February (the earlier, cautious choice). Beyond the
    calendar's last year the result is its last day (a far-future date stored in an old ledger)."""
    if not MINYEAR <= day.year + years <= MAXYEAR:
        return date.max if years > 0 else date.min
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _basis(rules: str, years: int, due_date: date, limit: date, restart: LimitationEvent | None,
           revival: LimitationEvent | None, suspended: int) -> Message:
    law = _LAW[rules]
    pause = plural_msg("limitation.basis.suspended", " and suspended for {n} day of negotiations (BGB §203)",
                       " and suspended for {n} days of negotiations (BGB §203)", n=suspended) if suspended else None
    if revival is not None:
        return msg("limitation.basis.revived", "{years}-year limitation period ({law}) had run, but the debtor's "
                   "{kind} of {on} revived the claim (PRC Civil Code Art. 192(2)); claims are barred after {limit}.",
                   years=years, law=law, kind=event_name(revival.kind), on=revival.on, limit=limit)
    if restart is not None:
        return msg("limitation.basis.restarted", "{years}-year limitation period ({law}) restarted by the {kind} of "
                   "{on}{pause}; claims are barred after {limit}.", years=years, law=law,
                   kind=event_name(restart.kind), on=restart.on, pause=pause, limit=limit)
    if rules == "de":
        return msg("limitation.basis.year_end", "{years}-year limitation period ({law}) from the end of {year}{pause}; "
                   "claims are barred after {limit}.", years=years, law=law, year=due_date.year, pause=pause,
                   limit=limit)
    return msg("limitation.basis.due", "{years}-year limitation period ({law}) from the due date {due}{pause}; "
               "claims are barred after {limit}.", years=years, law=law, due=due_date, pause=pause, limit=limit)


_EVENT_NAMES: dict[str, Message] = {
    PART_PAYMENT: msg("limitation.event.part_payment", "part payment"),
    ACKNOWLEDGMENT: msg("limitation.event.acknowledgment", "acknowledgment"),
    PROMISE: msg("limitation.event.promise", "promise"),
    DEMAND_DELIVERED: msg("limitation.event.demand_delivered", "demand delivered"),
    SUIT: msg("limitation.event.suit", "suit"),
    NEGOTIATION_START: msg("limitation.event.negotiation_start", "negotiation start"),
    NEGOTIATION_END: msg("limitation.event.negotiation_end", "negotiation end"),
}


def event_name(kind: str) -> Message | str:
    """An event kind as words ("part_payment" reads "part payment")."""
    return _EVENT_NAMES.get(kind) or kind.replace("_", " ")


def restarted_by(pack: str, kind: str) -> bool:
    """Whether an event of ``kind`` restarts limitation under rule pack ``pack`` (a jurisdiction value)."""
    rules = "generic" if pack in GENERIC_PACKS else pack
    return kind in RESTARTED_BY.get(rules, frozenset())
