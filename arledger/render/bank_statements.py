"""Reading bank statements: ISO 20022 camt.053 / camt.054 (standard-library XML), OFX/QFX (ofxtools) and
SWIFT MT940 (mt-940). Each gives the same StatementLine values; a file that is not what it claims is one
sentence naming it.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from arledger.domain.bank_matching import StatementLine
from arledger.domain.errors import UserError
from arledger.domain.messages import Message, msg
from arledger.domain.money import MoneyError, check_currency, parse_amount

MAX_STATEMENT_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Statement:
    source: str
    format: str  # camt.053, camt.054, ofx, mt940
    lines: tuple[StatementLine, ...]


def statement_format(path: Path) -> str | None:
    """camt / ofx / mt940 from the file's first bytes, or None (a CSV statement, read through a mapping)."""
    with path.open("rb") as f:
        head = f.read(4096)
    text = head.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \r\n\t")
    if "camt.053" in text or "BkToCstmrStmt" in text:
        return "camt.053"
    if "camt.054" in text or "BkToCstmrDbtCdtNtfctn" in text:
        return "camt.054"
    if text.startswith("OFXHEADER") or "<OFX>" in text.upper():
        return "ofx"
    if re.search(r"^:20:", text, re.M) or text.startswith("{1:"):
        return "mt940"
    return None


def read_statement(path: Path | str) -> Statement:
    """Every booked line of a camt.053/054, OFX/QFX or MT940 file."""
    path = Path(path)
    if not path.is_file():
        raise UserError(msg("import.no_file", "There is no file at {path}.", path=str(path)))
    if path.stat().st_size > MAX_STATEMENT_BYTES:
        raise UserError(msg("bank_file.too_large",
                            "{name} is larger than {size} MB; split the statement.", name=path.name,
                            size=MAX_STATEMENT_BYTES // 2**20))
    fmt = statement_format(path)
    if fmt is None:
        raise UserError(msg("bank_file.unknown_format", "{name} is not a camt.053/054, OFX or MT940 statement; a CSV "
                            "statement needs a mapping (--map or --profile).", name=path.name))
    reader = {"camt.053": _read_camt, "camt.054": _read_camt, "ofx": _read_ofx, "mt940": _read_mt940}[fmt]
    lines = reader(path)
    return Statement(path.name, fmt, tuple(lines))


def _minor(value: Decimal | str, currency: str, source: str, where: Message) -> int:
    try:
        dec = Decimal(str(value).strip())
        code = check_currency(currency)
        minor = parse_amount(str(abs(dec)), code)
    except (InvalidOperation, MoneyError) as exc:
        problem = exc.message if isinstance(exc, MoneyError) else str(exc)
        raise UserError(msg("bank_file.bad_amount",
                            "{source} {where}: '{value}' {currency} is not an amount ({problem}).",
                            source=source, where=where, value=str(value), currency=currency,
                            problem=problem)) from None
    return -minor if dec < 0 else minor


# -- camt ------------------------------------------------------------------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _find(el: ET.Element | None, path: str) -> ET.Element | None:
    """Namespace-blind path lookup: 'A/B/C' matches children by local name."""
    if el is None:
        return None
    for part in path.split("/"):
        nxt = None
        for child in el:
            if _local(child.tag) == part:
                nxt = child
                break
        if nxt is None:
            return None
        el = nxt
    return el


def _findall(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


def _text(el: ET.Element | None, path: str) -> str:
    found = _find(el, path)
    return (found.text or "").strip() if found is not None else ""


def _read_camt(path: Path) -> list[StatementLine]:
    raw = path.read_bytes()
    if b"<!DOCTYPE" in raw[:4096] or b"<!ENTITY" in raw:
        raise UserError(msg("bank_file.doctype",
                            "{name} declares a DOCTYPE or entities; bank statements never do, so it is "
                            "refused.", name=path.name))
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise UserError(msg("bank_file.bad_xml", "{name} is not well-formed XML ({problem}).", name=path.name,
                            problem=str(exc))) from None
    body = root[0] if len(root) else None
    if body is None or _local(body.tag) not in ("BkToCstmrStmt", "BkToCstmrDbtCdtNtfctn"):
        raise UserError(msg("bank_file.not_camt", "{name} is not a camt.053 or camt.054 document.", name=path.name))
    lines: list[StatementLine] = []
    for report in body:
        if _local(report.tag) not in ("Stmt", "Ntfctn"):
            continue
        for n_entry, entry in enumerate(_findall(report, "Ntry"), start=1):
            lines += _camt_entry(path.name, n_entry, entry)
    return lines


def _camt_date(el: ET.Element | None, path: str) -> date | None:
    found = _find(el, path)
    if found is None:
        return None
    text = _text(found, "Dt") or _text(found, "DtTm")[:10]
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _camt_entry(source: str, n: int, entry: ET.Element) -> list[StatementLine]:
    where = msg("bank_file.entry", "entry {n}", n=n)
    amt = _find(entry, "Amt")
    if amt is None:
        raise UserError(msg("bank_file.camt_no_amount", "{source} {where}: has no amount (Amt).", source=source,
                            where=where))
    currency = amt.get("Ccy", "")
    sign = -1 if _text(entry, "CdtDbtInd") == "DBIT" else 1
    booked = _camt_date(entry, "BookgDt") or _camt_date(entry, "ValDt")
    if booked is None:
        raise UserError(msg("bank_file.camt_no_date", "{source} {where}: has no booking date (BookgDt).", source=source,
                            where=where))
    entry_ref = _text(entry, "AcctSvcrRef") or _text(entry, "NtryRef")
    details = []
    for dtls in _findall(entry, "NtryDtls"):
        details += _findall(dtls, "TxDtls")
    amount = sign * _minor(amt.text or "", currency, source, where)
    if len(details) <= 1:
        tx = details[0] if details else None
        return [_camt_line(n, booked, amount, currency, entry_ref, tx, sign)]
    out = []
    for k, tx in enumerate(details, start=1):
        tx_amt = _find(tx, "Amt")
        if tx_amt is None:
            tx_amt = _find(tx, "AmtDtls/TxAmt/Amt")
        part = sign * _minor(tx_amt.text or "", tx_amt.get("Ccy", currency), source,
                                  msg("bank_file.entry_detail", "entry {n}.{k}", n=n, k=k)) \
            if tx_amt is not None else amount
        out.append(_camt_line(n, booked, part, currency, entry_ref, tx, sign, k))
    return out


def _camt_line(n: int, booked: date, amount: int, currency: str, entry_ref: str, tx: ET.Element | None,
               sign: int, k: int = 0) -> StatementLine:
    party = "Dbtr" if sign > 0 else "Cdtr"
    name = iban = remittance = ref = ""
    if tx is not None:
        ref = (_text(tx, "Refs/AcctSvcrRef") or _text(tx, "Refs/EndToEndId") or _text(tx, "Refs/TxId"))
        if ref == "NOTPROVIDED":
            ref = ""
        name = _text(tx, f"RltdPties/{party}/Nm") or _text(tx, f"RltdPties/{party}/Pty/Nm")
        iban = _text(tx, f"RltdPties/{party}Acct/Id/IBAN")
        rmt = _find(tx, "RmtInf")
        parts = []
        if rmt is not None:
            parts += [(u.text or "").strip() for u in _findall(rmt, "Ustrd")]
            for strd in _findall(rmt, "Strd"):
                parts.append(_text(strd, "CdtrRefInf/Ref"))
                parts.append(_text(strd, "AddtlRmtInf"))
        remittance = " ".join(p for p in parts if p)
    reference = ref or entry_ref
    if k and reference == entry_ref and entry_ref:
        reference = f"{entry_ref}/{k}"
    return StatementLine(n, booked, amount, currency, reference, name, iban, remittance)


# -- OFX / QFX -------------------------------------------------------------------------------------------
def _read_ofx(path: Path) -> list[StatementLine]:
    from ofxtools.Parser import OFXTree  # ~0.3 s, only for OFX files

    parser = OFXTree()
    try:
        with path.open("rb") as f:
            parser.parse(f)
        ofx = parser.convert()
    except Exception as exc:  # ofxtools raises its own header/parse/validation errors
        raise UserError(msg("bank_file.bad_ofx", "{name} is not a readable OFX file ({problem}).", name=path.name,
                            problem=f"{type(exc).__name__}: {exc}")) from None
    lines: list[StatementLine] = []
    n = 0
    for stmt in ofx.statements:
        currency = getattr(stmt, "curdef", None) or "EUR"
        for tx in stmt.banktranlist or ():
            n += 1
            posted = tx.dtposted.date() if isinstance(tx.dtposted, datetime) else tx.dtposted
            cur = getattr(getattr(tx, "currency", None), "cursym", None) or currency
            amount = _minor(tx.trnamt, cur, path.name, msg("bank_file.ofx_transaction", "transaction {n} ({id})", n=n,
                                                                 id=str(tx.fitid)))
            name = tx.name or (tx.payee.name if getattr(tx, "payee", None) else "") or ""
            lines.append(StatementLine(n, posted, amount, cur, tx.fitid or "", name, "", tx.memo or ""))
    return lines


# -- MT940 -----------------------------------------------------------------------------------------------
_SUBFIELD = re.compile(r"\?(\d{2})")


def _mt940_details(text: str) -> tuple[str, str, str]:
    """(payer name, IBAN, remittance) from a :86: field; German banks structure it in ?NN subfields."""
    text = (text or "").replace("\n", "").replace("\r", "")
    if "?" not in text:
        return "", "", text.strip()
    parts = _SUBFIELD.split(text)
    fields: dict[str, str] = {}
    for i in range(1, len(parts) - 1, 2):
        fields[parts[i]] = fields.get(parts[i], "") + parts[i + 1]
    remittance = " ".join(fields[k] for k in sorted(fields) if "20" <= k <= "29" or "60" <= k <= "63")
    return (fields.get("32", "") + fields.get("33", "")).strip(), fields.get("31", "").strip(), remittance.strip()


def _read_mt940(path: Path) -> list[StatementLine]:
    import mt940  # only for MT940 files

    try:
        transactions = mt940.parse(str(path))
    except Exception as exc:  # the parser raises plain exceptions for malformed tags
        raise UserError(msg("bank_file.bad_mt940",
                            "{name} is not a readable MT940 statement ({problem}).", name=path.name,
                            problem=f"{type(exc).__name__}: {exc}")) from None
    lines: list[StatementLine] = []
    for n, tx in enumerate(transactions, start=1):
        data = tx.data
        amt = data.get("amount")
        if amt is None:
            raise UserError(msg("bank_file.mt940_no_amount",
                                "{name} transaction {n}: has no amount (:61:).", name=path.name,
                                n=n))
        currency = str(getattr(amt, "currency", "") or data.get("currency", ""))
        amount = _minor(amt.amount, currency, path.name, msg("bank_file.transaction", "transaction {n}", n=n))
        when = data.get("date")
        if when is None:
            raise UserError(msg("bank_file.mt940_no_date", "{name} transaction {n}: has no booking date (:61:).",
                                name=path.name, n=n))
        booked = date(when.year, when.month, when.day)
        if data.get("purpose") is not None or data.get("applicant_name") is not None:  # ?-structured :86:
            name = (data.get("applicant_name") or data.get("recipient_name") or "").strip()
            iban = (data.get("applicant_iban") or "").strip()
            remittance = " ".join(x for x in (data.get("purpose"), data.get("additional_purpose")) if x).strip()
        else:
            name, iban, remittance = _mt940_details(data.get("transaction_details", ""))
        ref = (data.get("bank_reference") or "").strip()
        customer_ref = (data.get("customer_reference") or "").strip()
        if customer_ref and customer_ref != "NONREF":
            remittance = f"{remittance} {customer_ref}".strip()
        lines.append(StatementLine(n, booked, amount, currency, ref, name, iban, remittance))
    return lines
