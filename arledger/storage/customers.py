"""Customers and their contact people: rows <-> domain Customer."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from decimal import Decimal
from typing import Any

from arledger.domain.model import (
    ContactPerson,
    Customer,
    CustomerKind,
    Jurisdiction,
    Language,
    RiskTier,
)
from arledger.storage.rows import inserted_id, now_utc

_COLUMNS = (
    "code", "name", "kind", "email", "phone", "address", "country", "jurisdiction", "language",
    "timezone", "payment_terms_days", "credit_limit", "currency", "risk_tier", "tags",
    "do_not_contact", "attorney_on_record", "on_hold", "contract_rate_bp", "contract_fee", "notes",
    "lpr_factor", "payment_date_agreed", "default_notice",
)
_SELECT = "SELECT id, " + ", ".join(_COLUMNS) + " FROM customers"


def _values(c: Customer) -> list[object]:
    d = asdict(c)
    d["tags"] = ",".join(c.tags)
    for flag in ("do_not_contact", "attorney_on_record", "on_hold", "payment_date_agreed", "default_notice"):
        d[flag] = int(d[flag])
    d["kind"] = c.kind.value
    d["jurisdiction"] = c.jurisdiction.value
    d["language"] = c.language.value
    d["risk_tier"] = c.risk_tier.value if c.risk_tier else None
    d["lpr_factor"] = str(c.lpr_factor) if c.lpr_factor is not None else None
    return [d[k] for k in _COLUMNS]


# Enum lookups by value, built once: calling the Enum per row is the cost of loading many customers.
_KINDS = {e.value: e for e in CustomerKind}
_JURISDICTIONS = {e.value: e for e in Jurisdiction}
_LANGUAGES = {e.value: e for e in Language}
_TIERS = {e.value: e for e in RiskTier}


def _from_row(row: Sequence[Any], contacts: tuple[ContactPerson, ...] = ()) -> Customer:
    (id_, code, name, kind, email, phone, address, country, juris, lang, tz, terms, limit, cur, tier,
     tags, dnc, aor, hold, rate_bp, fee, notes, lpr, agreed, notice) = row
    return Customer(
        id=id_, code=code, name=name, kind=_KINDS[kind], email=email, phone=phone,
        address=address, country=country, jurisdiction=_JURISDICTIONS[juris], language=_LANGUAGES[lang],
        timezone=tz, payment_terms_days=terms, credit_limit=limit, currency=cur,
        risk_tier=_TIERS.get(tier), tags=tuple(t for t in tags.split(",") if t) if tags else (),
        do_not_contact=bool(dnc), attorney_on_record=bool(aor), on_hold=bool(hold),
        contract_rate_bp=rate_bp, contract_fee=fee, notes=notes, contacts=contacts,
        lpr_factor=Decimal(lpr) if lpr is not None else None,
        payment_date_agreed=bool(agreed), default_notice=bool(notice),
    )


def set_contract_terms(conn: sqlite3.Connection, customer_id: int, rate_bp: int | None, fee: int | None,
                       lpr_factor: Decimal | None) -> None:
    conn.execute("UPDATE customers SET contract_rate_bp = ?, contract_fee = ?, lpr_factor = ? WHERE id = ?",
                 (rate_bp, fee, str(lpr_factor) if lpr_factor is not None else None, customer_id))


def insert(conn: sqlite3.Connection, c: Customer) -> int:
    cur = conn.execute(
        f"INSERT INTO customers ({', '.join(_COLUMNS)}, created_at) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
        [*_values(c), now_utc()],
    )
    cid = inserted_id(cur)
    _write_contacts(conn, cid, c.contacts)
    return cid


def insert_many(conn: sqlite3.Connection, customers: Iterable[Customer]) -> None:
    stamp = now_utc()
    conn.executemany(
        f"INSERT INTO customers ({', '.join(_COLUMNS)}, created_at) "
        f"VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
        ([*_values(c), stamp] for c in customers),
    )


def update(conn: sqlite3.Connection, c: Customer) -> None:
    conn.execute(
        f"UPDATE customers SET {', '.join(f'{k} = ?' for k in _COLUMNS)} WHERE id = ?",
        [*_values(c), c.id],
    )
    conn.execute("DELETE FROM contact_people WHERE customer_id = ?", (c.id,))
    _write_contacts(conn, c.id, c.contacts)


def _write_contacts(conn: sqlite3.Connection, cid: int, people: Iterable[ContactPerson]) -> None:
    conn.executemany(
        "INSERT INTO contact_people (customer_id, name, role, phone, email) VALUES (?, ?, ?, ?, ?)",
        [(cid, p.name, p.role, p.phone, p.email) for p in people],
    )


def _contacts(conn: sqlite3.Connection, cid: int) -> tuple[ContactPerson, ...]:
    rows = conn.execute(
        "SELECT name, role, phone, email FROM contact_people WHERE customer_id = ? ORDER BY id", (cid,)
    )
    return tuple(ContactPerson(*r) for r in rows)


def by_code(conn: sqlite3.Connection, code: str) -> Customer | None:
    row = conn.execute(f"{_SELECT} WHERE code = ?", (code,)).fetchone()
    return _from_row(row, _contacts(conn, row[0])) if row else None


def by_id(conn: sqlite3.Connection, cid: int) -> Customer | None:
    row = conn.execute(f"{_SELECT} WHERE id = ?", (cid,)).fetchone()
    return _from_row(row, _contacts(conn, row[0])) if row else None


def ids_by_code(conn: sqlite3.Connection) -> dict[str, tuple[int, str, int]]:
    """Every customer's (id, currency, payment terms) keyed by upper-cased code: for bulk imports."""
    return {
        code.upper(): (cid, cur, terms)
        for cid, code, cur, terms in conn.execute(
            "SELECT id, code, currency, payment_terms_days FROM customers"
        )
    }


def page(conn: sqlite3.Connection, *, after_code: str | None = None, limit: int = 200,
         search: str = "") -> list[Customer]:
    """Customers in code order, one keyset page at a time."""
    where, args = [], []
    if after_code is not None:
        where.append("code > ?")
        args.append(after_code)
    if search:
        where.append("(code LIKE ? OR name LIKE ?)")
        args += [f"%{search}%", f"%{search}%"]
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY code LIMIT ?"
    return [_from_row(r) for r in conn.execute(sql, [*args, limit])]


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])


def customers_by_ids(conn: sqlite3.Connection, ids: Iterable[int]) -> dict[int, Customer]:
    """Many customers at once (without contact people), keyed by id."""

    rows = conn.execute(_SELECT + " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),))
    return {r[0]: _from_row(r) for r in rows}


def all_customers(conn: sqlite3.Connection) -> list[Customer]:
    """Every customer without contact people (for runs over the whole ledger)."""
    return [_from_row(r) for r in conn.execute(_SELECT + " ORDER BY code")]


def set_risk_tiers(conn: sqlite3.Connection, tiers: dict[int, str | None]) -> None:
    conn.executemany("UPDATE customers SET risk_tier = ? WHERE id = ?", [(t, cid) for cid, t in tiers.items()])
