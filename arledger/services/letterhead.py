"""What every letter and statement of a ledger shares: letterhead, page size, the ledger's own templates, the
recipient's address block, and writing a copy where the user asked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel import Locale

from arledger.domain.errors import UserError
from arledger.domain.messages import msg
from arledger.domain.model import Customer, CustomerKind
from arledger.render.letter_data import (
    PAGE_SIZES,
    BankAccount,
    Letterhead,
    Recipient,
)
from arledger.render.pdf_files import write_pdf
from arledger.services import policy
from arledger.services.ledger import Ledger

_US_STATE_ZIP = re.compile(r"[A-Z]{2}\s+\d{5}(-\d{4})?")


_HOUSE_NUMBER = re.compile(r"\d+[A-Za-z]?")


@dataclass(frozen=True, slots=True)
class _Context:
    """What every letter of a ledger shares: letterhead, page size, the ledger's own templates."""

    letterhead: Letterhead
    page_size: str
    templates_dir: Path | None
    home_country: str

    @classmethod
    def load(cls, ledger: Ledger) -> _Context:
        company = ledger.setting("company") or {}
        if not isinstance(company, dict) or not str(company.get("name", "")).strip():
            raise UserError(msg("letter.no_company", "The ledger has no company name for the letterhead; set the "
                                 "company details first."))
        bank_setting = company.get("bank") or {}
        bank = None
        if bank_setting.get("account_name") or bank_setting.get("iban") or bank_setting.get("account_number"):
            keys = ("account_name", "iban", "bic", "bank_name", "account_number", "sort_code")
            bank = BankAccount(**{k: str(bank_setting.get(k) or "") for k in keys})
        logo = None
        if company.get("logo"):
            logo = Path(str(company["logo"])).expanduser()
            if not logo.is_absolute():
                logo = ledger.path.parent / logo
            if not logo.is_file():
                raise UserError(msg("letter.no_logo", "The letterhead logo {logo} does not exist; fix the company "
                                     "details.", logo=str(logo)))
        address = company.get("address") or []
        head = Letterhead(
            name=str(company["name"]).strip(),
            address_lines=tuple(address) if isinstance(address, list) else address_lines(str(address)),
            registration=str(company.get("registration") or ""), email=str(company.get("email") or ""),
            phone=str(company.get("phone") or ""), website=str(company.get("website") or ""),
            contact_person=str(company.get("contact_person") or ""), logo_path=logo, bank=bank)
        size = str(ledger.setting("letters.page_size", "A4") or "A4").strip()
        match = [p for p in PAGE_SIZES if p.lower() == size.lower().removeprefix("us ")]
        if not match:
            raise UserError(msg("letter.page_size", "The page size setting is '{size}'; use A4 or Letter.",
                                size=str(size)))
        own = policy.side_dir(ledger, "templates")
        iban = (bank.iban if bank else "").replace(" ", "")
        home = str(company.get("country") or (iban[:2] if iban[:2].isalpha() else "")).upper()
        return cls(head, match[0], own if own.is_dir() else None, home)


def address_lines(text: str) -> tuple[str, ...]:
    """An address as printed lines: its own lines if it has several, else its comma-separated parts.

    A lone house number joins the street after it ("12, High Street"); a US "ST 12345" part stays on the
    line of its town ("Burlington, VT 05401").
    """
    parts = text.splitlines() if "\n" in text.strip() else text.split(",")
    parts = [p.strip() for p in parts if p.strip()]
    out: list[str] = []
    glue = False
    for p in parts:
        if glue:
            out[-1] = f"{out[-1]} {p}"
            glue = False
        elif out and _US_STATE_ZIP.fullmatch(p):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
            glue = bool(_HOUSE_NUMBER.fullmatch(p))
    return tuple(out)


def _country_line(customer: Customer, home: str) -> str:
    """The destination country in English capitals (as postal services want it), for mail abroad only."""
    code = customer.country.strip().upper()
    if not code or code == home:
        return ""
    try:

        name: str = Locale("en").territories.get(code, code)
    except Exception:  # no locale data: the code is still a valid postal hint
        name = code
    return name.upper()


def _recipient(customer: Customer, home: str) -> Recipient:
    lines = list(address_lines(customer.address))
    country = _country_line(customer, home)
    if country and (not lines or lines[-1].upper() != country):
        lines.append(country)
    attention = ""
    if customer.kind == CustomerKind.COMPANY and customer.contacts:
        attention = customer.contacts[0].name
    return Recipient(name=customer.name, address_lines=tuple(lines), customer_code=customer.code, kind=customer.kind,
                     language=customer.language, attention=attention,
                     jurisdiction=customer.jurisdiction)


def _write_out(out: Path, data: bytes, archived: Path | None, *, sync: bool = True) -> None:
    try:
        write_pdf(Path(out), data, sync=sync)
    except OSError as exc:
        reason = str(exc.strerror or exc)
        if archived:
            raise UserError(msg("letter.write_failed_archived", "The letter was recorded and archived at {archived}, "
                                "but could not write {out}: {reason}.", archived=str(archived), out=str(out),
                                reason=reason)) from None
        raise UserError(msg("letter.write_failed", "Could not write {out}: {reason}.", out=str(out),
                            reason=reason)) from None
