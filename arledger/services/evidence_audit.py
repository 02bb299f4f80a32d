"""`evidence verify`: everything that shows the evidence log and what it proves were not quietly rewritten.

1. the append-only triggers are still in the file;
2. every link of the hash chain holds, and recorded-at times never run backwards;
3. every record (payment, invoice, credit note, write-off, contact, promise, plan, dispute, letter, attachment,
   limitation event) agrees with the event that recorded it, and every such event still finds its record;
4. every archived letter and attachment has the SHA-256 stated *inside its chained event*;
5. every chain head seen outside the file (witness files, heads printed in archived letters) is still in the
   chain with the same hash: a rewritten, truncated or wiped log cannot match them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from arledger.domain.evidence import ChainCheck, sha256_file
from arledger.domain.messages import Message, items, msg, plural_msg
from arledger.domain.record_words import event_kind_word
from arledger.render.pdf_text import printed_chain_heads
from arledger.services import policy, witness
from arledger.services.ledger import Ledger
from arledger.storage import evidence, evidence_records
from arledger.storage import letters as letter_rows

PRINTED_HEAD_FROM_LEVEL = 3  # levels whose letters carry the evidence appendix by default
# A head commits to every event before it, so the newest printed heads find any rewrite of what they cover;
# reading a few letters keeps verify fast on a ledger with thousands of them.
NEWEST_LETTERS_READ = 5


@dataclass(frozen=True, slots=True)
class EvidenceAudit:
    chain: ChainCheck
    problems: tuple[Message, ...]  # phrases without their final full stop, first found first
    anchors_checked: int
    notes: tuple[Message, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.chain.intact and not self.problems


def _file_problems(ledger: Ledger) -> list[Message]:
    base = policy.side_dir(ledger, "")
    problems: list[Message] = []
    recorded = set()
    for f in evidence_records.file_hashes(ledger.conn):
        recorded.add(f.stored)
        path = base / f.stored
        what = event_kind_word(f.kind)
        if not path.is_file():
            problems.append(msg("evidence.audit.file_missing", "the file of {what} {name} (evidence event {seq}) is "
                                "missing from {path}", what=what, name=f.name, seq=f.seq, path=str(path)))
        elif sha256_file(path) != f.sha256:
            problems.append(msg("evidence.audit.file_differs", "the file of {what} {name} at {path} does not match "
                                "the SHA-256 in its evidence event {seq}", what=what, name=f.name, path=str(path),
                                seq=f.seq))
    root = policy.side_dir(ledger, "letters")
    for path in sorted(root.rglob("*.pdf")) if root.is_dir() else ():
        if path.relative_to(base).as_posix() not in recorded:
            problems.append(msg("evidence.audit.file_unrecorded", "{path} is in the letters archive but no letter "
                                "refers to it", path=str(path)))
    return problems


def _letter_anchors(ledger: Ledger) -> list[witness.Anchor]:

    base = policy.side_dir(ledger, "")
    out = []
    formal = [stored for _lid, stored, level in letter_rows.archived_letter_levels(ledger.conn)
              if level >= PRINTED_HEAD_FROM_LEVEL]
    for stored in formal[-NEWEST_LETTERS_READ:]:
        path = base / stored
        try:
            data = path.read_bytes()
        except OSError:
            continue  # reported by the file check
        out += [witness.Anchor(seq, head, "", str(path)) for seq, head in printed_chain_heads(data)]
    return out


def _anchor_problems(ledger: Ledger, anchors: list[witness.Anchor], length: int) -> list[Message]:
    problems: list[Message] = []
    seen = set()
    for a in sorted(anchors, key=lambda a: (a.seq, a.source)):
        if (a.seq, a.head) in seen or a.seq == 0:
            continue
        seen.add((a.seq, a.head))
        when = msg("evidence.audit.seen_on", " on {at}", at=a.seen_at) if a.seen_at else None
        if a.seq > length:
            problems.append(msg("evidence.audit.truncated", "the log was truncated: {source} saw event {seq}{when} "
                                "(head {head}…), but the log now ends at event {length}", source=a.source,
                                seq=a.seq, when=when, head=a.head[:16], length=length))
        elif evidence.hash_at(ledger.conn, a.seq) != a.head:
            problems.append(msg("evidence.audit.rewritten", "the log was rewritten: event {seq} no longer has the "
                                "hash {source} saw{when} ({head}…)", seq=a.seq, source=a.source, when=when,
                                head=a.head[:16]))
    return problems


def audit_evidence(ledger: Ledger) -> EvidenceAudit:
    """Run every check; problems are phrases without their final full stop, first found first."""
    problems: list[Message] = []
    missing = evidence.missing_guards(ledger.conn)
    if missing:
        problems.append(plural_msg("evidence.audit.guards_missing", "the append-only trigger {names} is missing, so "
                                   "the log could be edited in place", "the append-only triggers {names} are "
                                   "missing, so the log could be edited in place", n=len(missing),
                                   names=items(missing)))
    chain = evidence.verify(ledger.conn)
    problems += evidence_records.record_problems(ledger.conn)
    problems += _file_problems(ledger)
    found, notes = witness.anchors(ledger.database)
    found += _letter_anchors(ledger)
    length = evidence.head(ledger.conn)[0]
    problems += _anchor_problems(ledger, found, length)
    return EvidenceAudit(chain, tuple(problems), len(found), tuple(notes))
