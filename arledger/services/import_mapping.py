"""Which column holds which field, and how the file writes dates and numbers: given, saved as a named profile,
taken from a vendor preset, or proposed by detection for the user to confirm."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from arledger.domain.errors import UserError, ValidationError
from arledger.domain.import_spec import KindSpec, header_key, kind_spec, near_miss
from arledger.domain.messages import Message, msg, plural_msg
from arledger.render.tables import TableFile, cell_text, open_table
from arledger.services.import_formats import (
    DateOrder,
    DateOrderVote,
    NumberFormat,
    NumberFormatVote,
    date_order,
    number_format,
)
from arledger.services.import_presets import PRESETS, best_preset, preset
from arledger.services.ledger import Ledger
from arledger.storage import import_memory

# Columns our own workbook export writes that an import reads past (so an exported sheet re-imports as it is).
EXPORT_ONLY_COLUMNS = {"invoices": ("name", "settled", "open"),
                       "payments": ("name", "applied_to", "unapplied"),
                       "credit_notes": ("name", "unapplied"),
                       "write_offs": ("customer", "name", "currency"),
                       "refunds": ("name",)}


@dataclass(frozen=True)
class ImportSettings:
    """A mapping (field -> column header) plus the file's formats; None means 'as the file says / detect'."""

    columns: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder | None = None
    numbers: str | None = None  # Babel locale naming the number format
    encoding: str | None = None
    sheet: str | None = None
    delimiter: str | None = None
    preset: str | None = None
    # in reports listing every transaction type: the type column and the types that are records of this kind
    type_column: str | None = None
    types: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["date_order"] = self.date_order.value if self.date_order else None
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ImportSettings:
        return cls(columns=dict(d.get("columns") or {}),
                   date_order=DateOrder(d["date_order"]) if d.get("date_order") else None,
                   numbers=d.get("numbers"), encoding=d.get("encoding"), sheet=d.get("sheet"),
                   delimiter=d.get("delimiter"), preset=d.get("preset"), type_column=d.get("type_column"),
                   types=tuple(d.get("types") or ()))


@dataclass(frozen=True)
class Detection:
    """What detection proposes, with a sentence per choice the user should confirm."""

    settings: ImportSettings
    notes: tuple[Message, ...]
    table: TableFile


def parse_map_option(text: str) -> dict[str, str]:
    """'--map field=Column,field=Column' as a dict; a column name may itself contain spaces."""
    out: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise UserError(msg("import.bad_map_part", "--map: '{part}' is not field=Column.",
                    part=part.strip()))
        name, column = part.split("=", 1)
        out[name.strip().lower()] = column.strip()
    return out


def settings_from_options(ledger: Ledger, kind: str, *, profile: str | None = None, preset_name: str | None = None,
                          mapping: dict[str, str] | None = None, date_format: str | None = None,
                          decimal: str | None = None, encoding: str | None = None, sheet: str | None = None
                          ) -> ImportSettings | None:
    """The settings a command line or dialog asked for; None when it asked for nothing (a strict file)."""
    base: ImportSettings | None = None
    if profile:
        row = import_memory.profile(ledger.conn, profile)
        if row is None:
            names = import_memory.profile_names(ledger.conn)
            raise UserError(msg("import.unknown_profile", "There is no import profile named '{profile}'; saved "
                                "profiles: {names}.", profile=profile, names=", ".join(names)) if names else
                            msg("import.unknown_profile_none", "There is no import profile named '{profile}'; none "
                                "is saved yet.", profile=profile))
        if row.kind != kind:
            raise UserError(msg("import.profile_other_kind", "Profile '{profile}' is for {kind}, not {wanted}.",
                                profile=row.name, kind=row.kind, wanted=kind))
        base = ImportSettings.from_json(row.settings)
    if preset_name:
        try:
            p = preset(preset_name)
        except ValueError:
            raise UserError(msg("import.unknown_preset", "'{preset_name}' is not a preset; use one of {presets}.",
                    preset_name=preset_name, presets=', '.join(PRESETS))) from None
        if p.kind != kind:
            raise UserError(msg("import.preset_other_kind", "The {preset} preset reads {kind}, not {wanted}.",
                                preset=p.name, kind=p.kind, wanted=kind))
        base = replace(base or ImportSettings(), preset=p.name, date_order=p.date_order, numbers=p.numbers)
    if mapping:
        spec = kind_spec(kind)
        for name in mapping:
            if name not in spec.names:
                hint = near_miss(name, spec.names)
                raise UserError(msg("import.unknown_field_hint", "--map: '{name}' is not a field of {kind}; did "
                                    "you mean {hint}?", name=name, kind=kind, hint=hint) if hint else
                                msg("import.unknown_field", "--map: '{name}' is not a field of {kind}; the fields "
                                    "are {names}.", name=name, kind=kind, names=", ".join(spec.names)))
        base = replace(base or ImportSettings(), columns={**(base.columns if base else {}), **mapping})
    if date_format or decimal or encoding or sheet:
        base = base or ImportSettings()
        base = replace(base, date_order=date_order(date_format) if date_format else base.date_order,
                       numbers=number_format(decimal).locale if decimal else base.numbers,
                       encoding=encoding or base.encoding, sheet=sheet or base.sheet)
    return base


def _header_index(headers: tuple[str, ...], wanted: str) -> int | None:
    folded = [h.casefold() for h in headers]
    if wanted.strip().casefold() in folded:
        return folded.index(wanted.strip().casefold())
    keys = [header_key(h) for h in headers]
    return keys.index(header_key(wanted)) if header_key(wanted) in keys and header_key(wanted) else None


def _refuse(table: TableFile, problem: Message) -> ValidationError:
    return ValidationError(msg("import.first_line_problem", "{source} line 1: {problem}", source=table.source,
                               problem=problem), line=1, source=table.source)


def resolve_columns(spec: KindSpec, table: TableFile, settings: ImportSettings | None) -> dict[str, int]:
    """field -> column index. Without settings the headers must be the field names themselves (any case) and
    an unknown header is refused with its nearest field named; with settings every mapped column must exist."""
    headers = table.headers
    if settings is None or not (settings.columns or settings.preset):
        index: dict[str, int] = {}
        allowed = EXPORT_ONLY_COLUMNS.get(spec.kind, ())
        for i, h in enumerate(headers):
            if not h:
                continue
            name = h.strip().lower()
            if name in spec.names:
                index[name] = i
            elif name not in allowed:
                hint = near_miss(h, spec.names)
                raise _refuse(table, msg("import.unknown_column_hint", "'{header}' is not a column; did you mean "
                                         "{hint}? Name the columns with --map, --profile, --preset or --detect.",
                                         header=h, hint=hint) if hint else
                              msg("import.unknown_column", "'{header}' is not a column of the {kind} file (it may "
                                  "have {names}); map the columns with --map, --profile or --detect.", header=h,
                                  kind=spec.kind, names=", ".join(spec.names)))
    else:
        columns = dict(settings.columns)
        if settings.preset:
            columns = {**preset(settings.preset).resolve(headers), **columns}
        index = {}
        for name, column in columns.items():
            if not column:
                continue
            at = _header_index(headers, column)
            if at is None:
                hint = near_miss(column, [h for h in headers if h])
                raise _refuse(table, msg("import.unknown_mapped_column_hint", "'{column}' (mapped to {name}) is "
                                         "not a column of the file; did you mean '{hint}'?", column=column,
                                         name=name, hint=hint) if hint else
                              msg("import.unknown_mapped_column", "'{column}' (mapped to {name}) is not a column "
                                  "of the file.", column=column, name=name))
            index[name] = at
    missing = [f for f in spec.required if f not in index]
    if missing:
        names = ", ".join(f"'{m}'" for m in missing)
        raise _refuse(table, plural_msg("import.columns_missing", "the {kind} file has no {names} column (it "
                "needs {required}; it may have {optional}).", "the {kind} file has no {names} columns (it needs "
                "{required}; it may have {optional}).", n=len(missing), kind=spec.kind, names=names,
                required=", ".join(spec.required), optional=", ".join(spec.optional)))
    for group in spec.one_of:
        if not any(g in index for g in group):
            raise _refuse(table, msg("import.needs_one_of", "the {kind} file needs one of the columns {group}.",
                    kind=spec.kind, group=', '.join(group)))
    return index


def open_for(path: Path | str, settings: ImportSettings | None) -> TableFile:
    s = settings or ImportSettings()
    return open_table(path, sheet=s.sheet, encoding=s.encoding, delimiter=s.delimiter)


def detect(path: Path | str, kind: str, *, sheet: str | None = None, encoding: str | None = None) -> Detection:
    """Propose a mapping and formats for the file: a vendor preset when its columns are there, else field names
    and their aliases; the date order and number format that read every row. Reads, never writes."""
    spec = kind_spec(kind)
    table = open_table(path, sheet=sheet, encoding=encoding)
    notes: list[Message] = []
    if table.encoding:
        notes.append(msg("import.note_encoding", "Encoding: {encoding}.", encoding=table.encoding))
    found = best_preset(kind, table.headers, spec.required)
    chosen: dict[str, str] = {}
    if found is not None:
        chosen = found.resolve(table.headers)
        notes.append(msg("import.note_preset", "The columns are those of a {title} export.", title=found.title))
    used = set(chosen.values())
    for f in spec.fields:
        if f.name in chosen:
            continue
        keys = [header_key(f.name), *(header_key(a) for a in f.aliases)]
        for k in keys:
            hit = next((h for h in table.headers if h and h not in used and header_key(h) == k), None)
            if hit:
                chosen[f.name] = hit
                used.add(hit)
                break
    if "amount" in chosen and any(x in chosen for x in spec.line_fields):
        chosen.pop("amount")  # lines are summed; a repeated invoice total is not added on top
    index = {name: table.headers.index(col) for name, col in chosen.items()}
    order, fmt, format_notes = detect_formats(spec, table, index, found.date_order if found else None)
    notes += format_notes
    unmapped = [h for h in table.headers if h and h not in chosen.values()]
    if unmapped:
        notes.append(msg("import.note_ignored", "Ignored columns: {columns}.", columns=", ".join(unmapped)))
    keep = found.row_filter(table.headers) if found else None
    if keep is not None:
        notes.append(msg("import.note_row_filter", "Only rows whose {column} is {values} are read.",
                         column=table.headers[keep[0]], values=" or ".join(sorted(keep[1]))))
    settings = ImportSettings(columns=chosen, date_order=order, numbers=fmt.locale, encoding=table.encoding,
                              sheet=table.sheet if sheet else None, delimiter=table.delimiter,
                              preset=None, type_column=table.headers[keep[0]] if keep else None,
                              types=tuple(sorted(keep[1])) if keep else ())
    return Detection(settings, tuple(notes), table)


def detect_formats(spec: KindSpec, table: TableFile, index: dict[str, int], order: DateOrder | None = None
                   ) -> tuple[DateOrder, NumberFormat, list[Message]]:
    """The date order and number format that read every value of the mapped date and amount columns."""
    notes: list[Message] = []
    dates = {name: DateOrderVote() for name in index if spec.field(name).type == "date"}
    numbers = NumberFormatVote()
    money = [name for name in index if spec.field(name).type == "money"]
    for _line, values in table.rows():
        for name, vote in dates.items():
            v = values[index[name]]
            if isinstance(v, str):
                vote.add(v)
        for name in money:
            v = values[index[name]]
            if isinstance(v, str) and v.strip():
                numbers.add(v)
    if order is None:
        fits = [o for o in DateOrder if all(o in v.fits for v in dates.values() if v.seen)]
        order = fits[0] if fits else DateOrder.YMD
        if len(fits) > 1 and any(v.seen for v in dates.values()):
            notes.append(msg("import.note_dates_ambiguous", "Dates read in more than one order ({orders}); "
                             "{order} is proposed: check it.", orders=", ".join(o.value for o in fits),
                             order=order.value))
        elif any(v.seen for v in dates.values()):
            notes.append(msg("import.note_dates", "Dates: {order}.", order=order.value))
    fmt, ambiguous = numbers.result()
    notes.append(msg("import.note_numbers_ambiguous", "Numbers: like {example}. Every amount reads either way: "
                     "check it.", example=fmt.example) if ambiguous else
                 msg("import.note_numbers", "Numbers: like {example}.", example=fmt.example))
    return order, fmt, notes


def complete_formats(spec: KindSpec, table: TableFile, index: dict[str, int],
                     settings: ImportSettings) -> ImportSettings:
    """Settings with the date order and number format filled in (from the preset, else from the values) where
    the user gave none."""
    if settings.date_order and settings.numbers:
        return settings
    order = settings.date_order or (preset(settings.preset).date_order if settings.preset else None)
    found_order, fmt, _ = detect_formats(spec, table, index, order)
    return replace(settings, date_order=order or found_order, numbers=settings.numbers or fmt.locale)


def save_profile(ledger: Ledger, name: str, kind: str, settings: ImportSettings) -> None:
    """Keep the mapping under a name in the ledger (replacing one of the same name)."""
    if not name.strip():
        raise UserError(msg("import.profile_name_missing", "A profile needs a name."))
    kind_spec(kind)
    with ledger.database.atomic() as conn:
        import_memory.save_profile(conn, name, kind, settings.to_json())


def profile_names(ledger: Ledger, kind: str | None = None) -> list[str]:
    return import_memory.profile_names(ledger.conn, kind)


def preview_rows(table: TableFile, limit: int = 20) -> list[tuple[int, list[str]]]:
    """The first rows as text, for the wizard's sample."""
    return [(line, [cell_text(v) for v in values]) for line, values in table.sample(limit)]


def describe(settings: ImportSettings) -> str:
    return json.dumps(settings.to_json(), ensure_ascii=False)
