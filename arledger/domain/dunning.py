"""The escalation policy: which reminder or demand letter is due for a customer, and when to escalate.

Default policy (docs COLLECTIONS.md section 4), editable through :class:`EscalationPolicy`:

=====  ==================  ==========  ============================================================
level  name                due at      reply deadline
=====  ==================  ==========  ============================================================
1      Friendly reminder   due + 7     7 days
2      Second reminder     due + 21    7 days
3      Formal demand       due + 35    14 days
4      Final demand        due + 60    14 days; 30 days for individuals in England & Wales
                                       (Pre-Action Protocol for Debt Claims, with its enclosures)
=====  ==================  ==========  ============================================================

How :func:`letter_due` decides, in this order:

1. A customer-wide pause (do-not-contact, attorney on record, or one passed in) means no letter: Pause.
2. The letter lists every overdue item with an undisputed open amount that no item pause (a pending
   promise, say) covers. If every overdue item is paused: Pause. A customer with nothing open who still
   owes interest or compensation on invoices paid in full after their due date (:func:`interest_claim_item`)
   gets a letter for that claim alone: its items age from their invoices' due dates, like open ones.
3. Each item reaches the highest level whose day count it has passed; the letter's level is the highest
   of its items. A time-barred item reaches level 2 at most (no demand may imply court action on it).
   Nothing at level 1 yet: NotDue, with the day the first item gets there.
4. Nothing below the policy's minimum amount (compared with the total of each currency): NotDue.
5. At least ``min_gap_days`` between letters to one customer: NotDue until the gap has passed.
6. Levels are not skipped: a letter is at most one level above the last letter sent to the customer (any
   episode). A customer's first letter is level 1, or up to ``first_formal_level`` (3) when the policy
   sets ``allow_first_formal`` for very old debts (the letter then says it is a first formal demand).
7. Letters never step down within one episode: if the last letter listed any of the items still open,
   the new letter is at least at the last letter's level. A new letter is due only when the level rises
   or overdue items have appeared that the last letter did not list; otherwise NotDue with the day the
   next level is reached. When the last letter listed none of today's items (everything it claimed was
   settled), a new episode starts from the items' own levels.

After the final level's reply deadline (plus ``escalation_grace_days``) has passed with items still
open, :func:`escalation_due` proposes escalation: lawyer, agency, court or write-off review.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from operator import attrgetter
from typing import NamedTuple

from arledger.domain.bounds import add_days
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, Param, msg, plural_msg
from arledger.domain.messages import sentences as sentences  # re-exported: callers say dunning.sentences
from arledger.domain.model import Customer, CustomerKind, Jurisdiction, Letter
from arledger.domain.money import Money, amount_value

TIME_BARRED_MAX_LEVEL = 2
FIRST_FORMAL_LEVEL = 3  # the highest first letter a policy with allow_first_formal permits
PRE_ACTION_ENCLOSURES: tuple[str, ...] = (
    "statement of account",
    "information sheet",
    "reply form",
    "financial statement",
)
ESCALATION_OPTIONS: tuple[str, ...] = ("lawyer", "collection agency", "court claim", "write-off review")
TIME_BARRED_OPTIONS: tuple[str, ...] = ("collection agency", "write-off review")


_OPTION_TITLES: dict[str, Message] = {
    "lawyer": msg("dunning.option.lawyer", "lawyer"),
    "collection agency": msg("dunning.option.agency", "collection agency"),
    "court claim": msg("dunning.option.court", "court claim"),
    "write-off review": msg("dunning.option.write_off", "write-off review"),
}


def option_title(option: str) -> Message:
    """An escalation option as a person reads it."""
    return _OPTION_TITLES.get(option) or Message("", option)


@dataclass(frozen=True, slots=True)
class DunningLevel:
    """One step of the ladder: reached ``days_after_due`` days after the due date."""

    level: int
    name: str
    days_after_due: int
    reply_days: int
    reply_days_individual_ew: int | None = None


_LEVEL_TITLES: dict[str, Message] = {
    "Friendly reminder": msg("dunning.level.friendly_reminder", "Friendly reminder"),
    "Second reminder": msg("dunning.level.second_reminder", "Second reminder"),
    "Formal demand": msg("dunning.level.formal_demand", "Formal demand"),
    "Final demand": msg("dunning.level.final_demand", "Final demand"),
}


def level_title(name: str) -> Message:
    """A level's name as a person reads it: the default policy's names are messages (read in the reader's
    language); a name the ledger's own policy gives stays as set."""
    return _LEVEL_TITLES.get(name) or Message("", name)


_LEVEL_PHRASES: dict[str, Message] = {
    "Friendly reminder": msg("dunning.level_phrase.friendly_reminder", "friendly reminder"),
    "Second reminder": msg("dunning.level_phrase.second_reminder", "second reminder"),
    "Formal demand": msg("dunning.level_phrase.formal_demand", "formal demand"),
    "Final demand": msg("dunning.level_phrase.final_demand", "final demand"),
}


def level_phrase(name: str) -> Message:
    """A level's name inside a sentence ("The final demand of ..."): lower case in English."""
    return _LEVEL_PHRASES.get(name) or Message("", name.lower())


DEFAULT_LEVELS: tuple[DunningLevel, ...] = (
    DunningLevel(1, "Friendly reminder", 7, 7),
    DunningLevel(2, "Second reminder", 21, 7),
    DunningLevel(3, "Formal demand", 35, 14, 30),
    DunningLevel(4, "Final demand", 60, 14, 30),
)


@dataclass(frozen=True, slots=True)
class EscalationPolicy:
    """The ledger's letter ladder; ``min_amount`` is in minor units of each currency."""

    levels: tuple[DunningLevel, ...] = DEFAULT_LEVELS
    min_gap_days: int = 7
    min_amount: int = 0
    escalation_grace_days: int = 0
    allow_first_formal: bool = False

    def __post_init__(self) -> None:
        numbers = [lv.level for lv in self.levels]
        days = [lv.days_after_due for lv in self.levels]
        if not self.levels or numbers != list(range(1, len(numbers) + 1)):
            raise UserError(msg("dunning.level_gaps", "Letter levels must be numbered 1, 2, 3 ... without gaps."))
        if days != sorted(days) or len(set(days)) != len(days) or days[0] < 0:
            raise UserError(msg("dunning.level_order", "Each letter level must be reached later than the one before "
                                "it."))
        if self.min_gap_days < 0 or self.min_amount < 0 or self.escalation_grace_days < 0:
            raise UserError(msg("dunning.negative_setting",
                                "The letter gap, minimum amount and escalation grace cannot be negative."))

    @property
    def final_level(self) -> DunningLevel:
        return self.levels[-1]

    def level(self, number: int) -> DunningLevel:
        """The level with this number; raises UserError if the policy has none."""
        if not 1 <= number <= len(self.levels):
            raise UserError(msg("dunning.no_level", "The letter policy has no level {level}.", level=number))
        return self.levels[number - 1]

    def highest_next_level(self, last_letter: Letter | None) -> int:
        """The highest level the next letter may have: one above the last letter sent, or for a first letter
        level 1 (level 3, a first formal demand, when ``allow_first_formal`` is set)."""
        if last_letter is None:
            first = FIRST_FORMAL_LEVEL if self.allow_first_formal else 1
            return min(first, len(self.levels))
        return min(last_letter.level + 1, len(self.levels))

    def reply_days(self, number: int, customer: Customer) -> int:
        """Days the debtor is given to pay or reply to a letter of this level."""
        lv = self.level(number)
        if lv.reply_days_individual_ew is not None and _individual_in_england_wales(customer):
            return lv.reply_days_individual_ew
        return lv.reply_days


class DunningItem(NamedTuple):
    """An open invoice as dunning sees it: ``open_amount`` is the undisputed part still open.

    A NamedTuple (immutable like the other records) because letter runs build one per overdue invoice of
    the whole ledger, and tuples are several times cheaper to make than frozen dataclasses.
    """

    invoice_id: int
    number: str
    due_date: date
    open_amount: int
    currency: str
    time_barred: bool = False
    claim_only: bool = False  # paid in full after its due date: open_amount is the interest and compensation owed


def interest_claim_item(invoice_id: int, number: str, due_date: date, currency: str, interest: int,
                        compensation: Money | None) -> DunningItem | None:
    """An invoice paid in full after its due date whose interest and/or compensation is still owed, as an item
    a letter can claim (None when nothing is owed). Its amount is the interest plus the compensation when both
    are in the invoice's currency (the rule packs' compensation always is); it ages from the invoice's due date,
    so the ladder treats it as the invoice it comes from."""
    owed = interest + (compensation.minor if compensation is not None and compensation.currency == currency else 0)
    if owed <= 0:
        return None
    return DunningItem(invoice_id, number, due_date, owed, currency, claim_only=True)


@dataclass(frozen=True, slots=True)
class DunningPause:
    """A reason not to send letters, until a day (included) or until cleared (``until`` None).

    With ``invoice_ids`` it pauses only those invoices (a pending promise); without, the whole customer.
    """

    reason: Message
    until: date | None = None
    invoice_ids: tuple[int, ...] = ()

    def active(self, as_of: date) -> bool:
        return self.until is None or as_of <= self.until


_DUE_THEN_NUMBER = attrgetter("due_date", "number")  # the order of a letter's items


class ListedItem(NamedTuple):
    """An item on a letter with its days overdue and the level it has reached (0: none yet)."""

    item: DunningItem
    days_overdue: int
    level: int


@dataclass(frozen=True, slots=True)
class LetterDecision:
    """A letter is due: its level, items, totals per currency, deadline and the reasons why.

    The reasons are built when read, from the items and the ladder: a letter run decides for every customer but
    a screen shows a page of them (each item's reason is a sentence per overdue invoice of the ledger)."""

    level: int
    level_name: str
    items: tuple[ListedItem, ...]
    totals: tuple[Money, ...]
    reply_days: int
    reply_by: date
    enclosures: tuple[str, ...]
    evidence_appendix: bool
    court_action_allowed: bool
    notes: tuple[Message, ...]  # reasons about the letter as a whole, after the items' own
    policy: EscalationPolicy

    def item_reason(self, index: int) -> Message:
        """Why the item at ``index`` is on the letter."""
        return _item_reason(self.policy, self.items[index])

    @property
    def reasons(self) -> tuple[Message, ...]:
        """Each item's reason, in item order, then the notes about the letter as a whole."""
        return (*(_item_reason(self.policy, li) for li in self.items), *self.notes)


@dataclass(frozen=True, slots=True)
class NotDue:
    """No letter now; ``due_on`` is the next day something changes on its own (None: nothing will)."""

    reason: Message
    due_on: date | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    """Letters are paused; ``until`` is the last paused day, None while a pause lasts until cleared."""

    reasons: tuple[Message, ...]
    until: date | None


@dataclass(frozen=True, slots=True)
class EscalationProposal:
    """The final demand's deadline has passed: the work queue proposes the next step."""

    reason: Message
    since: date
    options: tuple[str, ...]  # codes of ESCALATION_OPTIONS; option_title names them
    court_action_allowed: bool


def customer_pauses(customer: Customer) -> tuple[DunningPause, ...]:
    """Pauses that follow from the customer's flags (do-not-contact, attorney on record)."""
    out = []
    if customer.do_not_contact:
        out.append(DunningPause(msg("dunning.do_not_contact", "{name} asked not to be contacted.",
                                    name=customer.name)))
    if customer.attorney_on_record:
        out.append(DunningPause(msg("dunning.attorney", "An attorney represents {name}; write to the attorney "
                                    "instead.", name=customer.name)))
    return tuple(out)


def letter_due(
    policy: EscalationPolicy,
    customer: Customer,
    items: Sequence[DunningItem],
    last_letter: Letter | None,
    pauses: Iterable[DunningPause],
    as_of: date,
) -> LetterDecision | NotDue | Pause:
    """Decide whether a letter is due for one customer on ``as_of``, and at which level (see module doc).

    ``items`` are the customer's open invoices with their undisputed open amounts; ``last_letter`` is the
    latest letter sent to the customer (any level), or None.
    """
    active = [p for p in (*customer_pauses(customer), *pauses) if p.active(as_of)]
    whole = [p for p in active if not p.invoice_ids]
    if whole:
        return Pause(tuple(p.reason for p in whole), _latest_until(whole))

    overdue = [i for i in items if i.open_amount > 0 and as_of > i.due_date]
    still_open = [i for i in overdue if not i.claim_only]
    if still_open:
        # while an invoice is open the letter is about it; interest on invoices paid late joins it as lines
        # from the level that claims interest
        overdue = still_open
    if not overdue:
        return NotDue(msg("dunning.nothing_overdue", "No undisputed amount is overdue."))
    paused_ids = {inv for p in active for inv in p.invoice_ids}
    eligible = [i for i in overdue if i.invoice_id not in paused_ids] if paused_ids else overdue
    if not eligible:
        covering = [p for p in active if paused_ids & set(p.invoice_ids)]
        dated = [p.until for p in covering if p.until is not None]
        reasons: list[Message] = []
        for p in covering:
            if p.reason not in reasons:  # messages compare by value; a promise covering two invoices says so once
                reasons.append(p.reason)
        return Pause(tuple(reasons), min(dated) if dated else None)

    thresholds = tuple(lv.days_after_due for lv in policy.levels)
    eligible.sort(key=_DUE_THEN_NUMBER)  # a list of this call's own
    listed = tuple([_listed(thresholds, i, as_of) for i in eligible])
    reached = max(li.level for li in listed)
    if reached == 0:
        first = policy.level(1)
        soonest = min(listed, key=lambda li: li.item.due_date)
        return NotDue(
            msg("dunning.first_level_later", "{number} is {days} days overdue; level 1 ({name}) is due at {due_days} "
                "days.", number=soonest.item.number, days=soonest.days_overdue, name=level_title(first.name),
                due_days=first.days_after_due),
            add_days(soonest.item.due_date, first.days_after_due),
        )

    sums: dict[str, int] = {}
    for li in listed:
        sums[li.item.currency] = sums.get(li.item.currency, 0) + li.item.open_amount
    totals = tuple(sorted(Money(currency, minor) for currency, minor in sums.items()))
    if all(t.minor < policy.min_amount for t in totals):
        below = [msg("dunning.below_minimum_amount", "{total} is below {minimum}",
                     total=t.as_amount(), minimum=amount_value(policy.min_amount, t.currency)) for t in totals]
        return NotDue(msg("dunning.below_minimum", "The overdue total is below the letter minimum ({totals}).",
                          totals=below))

    notes: list[Message] = []  # about the letter as a whole; each item's own reason is built when read
    cap = policy.highest_next_level(last_letter)
    level = min(reached, cap)
    if level < reached:
        notes.append(_capped_reason(last_letter, cap))
    if last_letter is not None:
        gap_ends = add_days(last_letter.sent_on, policy.min_gap_days)
        last_name = policy.level(min(last_letter.level, len(policy.levels))).name
        if as_of < gap_ends:
            return NotDue(
                msg("dunning.gap", "The last letter (level {level}, {name}) was sent on {sent_on}; the next may go "
                    "from {next_on}.", level=last_letter.level, name=level_title(last_name),
                    sent_on=last_letter.sent_on, next_on=gap_ends),
                gap_ends,
            )
        listed_ids = {li.item.invoice_id for li in listed}
        last_ids = set(last_letter.invoice_ids)
        if not last_ids or last_ids & listed_ids:
            new_items = [li for li in listed if last_ids and li.item.invoice_id not in last_ids]
            level = max(level, min(last_letter.level, len(policy.levels)))
            if level <= last_letter.level and not new_items:
                return _not_due_after(policy, listed, last_letter, last_name)
            if level > reached and level == last_letter.level:
                notes.append(msg("dunning.no_step_down", "Level {level} ({name}) was already sent on {sent_on}; "
                                   "letters do not step down.", level=last_letter.level, name=level_title(last_name),
                                   sent_on=last_letter.sent_on))
            if new_items:
                notes.append(msg("dunning.new_items", "Overdue since the last letter: {numbers}.",
                                   numbers=", ".join(li.item.number for li in new_items)))

    chosen = policy.level(level)
    barred = [li.item.number for li in listed if li.item.time_barred]
    if barred:
        notes.append(msg("dunning.time_barred", "Time-barred: {numbers}; the letter must not mention court "
                           "action.", numbers=", ".join(barred)))
    reply_days = policy.reply_days(level, customer)
    enclosures: tuple[str, ...] = ("statement of account",) if level >= 3 else ()
    if level >= 3 and _individual_in_england_wales(customer):
        # Pre-Action Protocol for Debt Claims: a formal demand to an individual is a letter of claim
        enclosures = PRE_ACTION_ENCLOSURES
    return LetterDecision(
        level=level,
        level_name=chosen.name,
        items=listed,
        totals=totals,
        reply_days=reply_days,
        reply_by=as_of + timedelta(days=reply_days),
        enclosures=enclosures,
        evidence_appendix=level >= 3,
        court_action_allowed=not barred,
        notes=tuple(notes),
        policy=policy,
    )


def escalation_due(
    policy: EscalationPolicy,
    customer: Customer,
    items: Sequence[DunningItem],
    last_letter: Letter | None,
    pauses: Iterable[DunningPause],
    as_of: date,
) -> EscalationProposal | None:
    """Propose escalation when the final demand's deadline (+ grace) has passed with its items still open."""
    final = policy.final_level
    if last_letter is None or last_letter.level < final.level:
        return None
    active = [p for p in (*customer_pauses(customer), *pauses) if p.active(as_of)]
    if any(not p.invoice_ids for p in active):
        return None
    paused_ids = {inv for p in active for inv in p.invoice_ids}
    last_ids = set(last_letter.invoice_ids)
    still_open = [
        i for i in items
        if i.open_amount > 0 and as_of > i.due_date and i.invoice_id not in paused_ids
        and (not last_ids or i.invoice_id in last_ids)
    ]
    deadline = add_days(last_letter.sent_on, policy.reply_days(final.level, customer))
    since = add_days(deadline, policy.escalation_grace_days + 1)
    if not still_open or as_of < since:
        return None
    barred = all(i.time_barred for i in still_open)
    reason = plural_msg("dunning.escalation_open", "The {final} of {sent_on} gave until {deadline}; {numbers} is "
                        "still open.", "The {final} of {sent_on} gave until {deadline}; {numbers} are still open.",
                        n=len(still_open), final=level_phrase(final.name), sent_on=last_letter.sent_on,
                        deadline=deadline, numbers=", ".join(i.number for i in still_open))
    if barred:
        reason = msg("dunning.escalation_barred", "{reason} Every open item is time-barred, so court action is not an "
                     "option.", reason=reason)
    return EscalationProposal(reason, since, TIME_BARRED_OPTIONS if barred else ESCALATION_OPTIONS, not barred)


def _listed(thresholds: tuple[int, ...], item: DunningItem, as_of: date) -> ListedItem:
    """thresholds: each level's days after due, in level order (increasing, as the policy guarantees)."""
    days = (as_of - item.due_date).days
    level = bisect_right(thresholds, days)
    if item.time_barred:
        level = min(level, TIME_BARRED_MAX_LEVEL)
    return ListedItem(item, days, level)


def _item_reason(policy: EscalationPolicy, li: ListedItem) -> Message:
    """Why an item is on the letter; ``more`` (None here) is where a summary counts the other items."""
    head = msg("dunning.item_overdue", "{number} is {days} days overdue", number=li.item.number,
               days=li.days_overdue)
    if li.item.claim_only:
        head = msg("dunning.item_claim_only", "{number} was paid after its due date and {owed} of interest and "
                   "compensation is still owed, {days} days after the due date", number=li.item.number,
                   owed=amount_value(li.item.open_amount, li.item.currency), days=li.days_overdue)
    if li.level == 0:
        first = policy.level(1)
        return msg("dunning.item_not_yet", "{head}; level 1 ({name}) is due at {due_days} days{more}.", head=head,
                   name=level_title(first.name), due_days=first.days_after_due, more=None)
    lv = policy.level(li.level)
    capped = li.item.time_barred and li.level == TIME_BARRED_MAX_LEVEL
    return msg("dunning.item_level", "{head}; level {level} ({name}) due at {due_days} days{capped}{more}.",
               head=head, level=lv.level, name=level_title(lv.name), due_days=lv.days_after_due, more=None,
               capped=msg("dunning.item_capped", " (time-barred items go no higher)") if capped else None)


def with_more_items(reason: Message, more: int) -> Message:
    """An item's reason that also says how many more invoices the letter lists ("... (+2 more invoices).")."""
    if more <= 0 or "more" not in reason.params:
        return reason
    counted = plural_msg("dunning.more_items", " (+{n} more invoice)", " (+{n} more invoices)", n=more)
    # made directly: dataclasses.replace costs several times more, and a work queue does this per letter
    return Message(reason.code, reason.default, {**reason.params, "more": counted}, reason.plural)


def _not_due_after(policy: EscalationPolicy, listed: tuple[ListedItem, ...], last: Letter, last_name: str) -> NotDue:
    sent: dict[str, Param] = {"level": last.level, "name": level_title(last_name), "sent_on": last.sent_on}
    if last.level >= policy.final_level.level:
        return NotDue(msg("dunning.after_final", "Level {level} ({name}) was sent on {sent_on}; no further letter is "
                          "due (escalation follows its deadline).", **sent))
    following = policy.level(last.level + 1)
    climbing = [li for li in listed if not (li.item.time_barred and following.level > TIME_BARRED_MAX_LEVEL)]
    if not climbing:
        return NotDue(msg("dunning.after_barred", "Level {level} ({name}) was sent on {sent_on}; the open items are "
                          "time-barred and are not escalated further.", **sent))
    oldest = min(climbing, key=lambda li: li.item.due_date)
    when = add_days(oldest.item.due_date, following.days_after_due)
    return NotDue(
        msg("dunning.next_level_on", "Level {level} ({name}) was sent on {sent_on}; level {next_level} ({next_name}) "
            "is due when {number} reaches {due_days} days on {next_on}.", next_level=following.level,
            next_name=level_title(following.name), number=oldest.item.number, due_days=following.days_after_due,
            next_on=when, **sent),
        when,
    )


def _capped_reason(last_letter: Letter | None, cap: int) -> Message:
    if last_letter is None:
        return msg("dunning.first_capped", "No letter has been sent yet, so the first is level {level} (levels are "
                   "not skipped).", level=cap)
    return msg("dunning.capped", "The last letter was level {last} on {sent_on}, so this one is level {level} at "
               "most (levels are not skipped).", last=last_letter.level, sent_on=last_letter.sent_on,
               level=cap)


def _latest_until(pauses: list[DunningPause]) -> date | None:
    if any(p.until is None for p in pauses):
        return None
    return max(p.until for p in pauses if p.until is not None)


def _individual_in_england_wales(customer: Customer) -> bool:
    # individuals and sole traders: the Pre-Action Protocol for Debt Claims covers every debtor but a company
    return customer.kind != CustomerKind.COMPANY and customer.jurisdiction == Jurisdiction.UK

