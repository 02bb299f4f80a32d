"""No English sentence reaches the user from below the GUI: every string literal of domain, storage, services, render
and cli that reads as English prose is exempt by kind (tests/english_literals.py says which kinds and why) or a
line of tests/english_literals_baseline.txt, which may only shrink."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests import english_literals_baseline
from tests.english_literals import (
    BASELINE,
    EXEMPT,
    REPO,
    WHOLE_FILES,
    Literal,
    compare,
    read_baseline,
    reads_as_prose,
    scan,
)

FIX = "run python tests/english_literals_baseline.py to shrink the baseline"


@pytest.fixture(scope="module")
def found() -> list[Literal]:
    return scan().found


def test_no_english_literal_outside_the_baseline(found: list[Literal]) -> None:
    new, _ = compare(found, read_baseline())
    assert not new, "\n".join(literal.complaint() for literal in new)


def test_every_baseline_line_still_occurs(found: list[Literal]) -> None:
    """The baseline shrinks as sentences become messages: a line whose literal is gone is taken out."""
    _, gone = compare(found, read_baseline())
    assert not gone, f"{FIX}; no longer in the sources:\n" + "\n".join(gone)


def test_the_baseline_is_sorted_and_every_exemption_has_its_reason() -> None:
    lines = read_baseline()
    assert lines == sorted(lines)
    assert all(why.strip() for why in (*EXEMPT.values(), *WHOLE_FILES.values()))
    assert all((REPO / path).is_file() for path in WHOLE_FILES)


@pytest.mark.parametrize(("text", "prose"), [
    ("Some English sentence", True), ("Total of {x} overdue", True), ("No letter is due.", True),
    ("customer_code", False), ("%Y-%m-%d", False), ("{path}: {line}", False), ("utf-8", False),
    ("SELECT id FROM invoices WHERE customer_id = ?", True),  # two words; the scanner exempts it as SQL
])
def test_what_reads_as_prose(text: str, prose: bool) -> None:
    assert reads_as_prose(text) is prose


# What a careless change would add, and where; each must be caught. The exempt kinds beside them must not be.
LEAKS = {
    "a UserError with an English sentence": ("services/customers.py", 'raise UserError("Some English sentence")'),
    "a subclass of UserError": ("services/imports.py", 'raise ValidationError("The file has no header row")'),
    "an f-string printed by the command line": ("cli/reports.py", 'print(f"Total of {x} overdue")'),
    "an English parameter inside a message": ("domain/aging.py", 'msg("aging.x", "{what} failed", what="the import")'),
    "a message without a code": ("services/customers.py", 'raise UserError(Message("", "Some English sentence"))'),
    "a returned label": ("render/tables.py", 'return "Open amount"'),
    "an option's English help": ("cli/reports.py", 'p.add_argument("--x", help="the day the report is made for")'),
    "a command's English help": ("cli/reports.py", 'p.add_parser("aging", help="aged receivables as of a date")'),
    "a command group's English help": ("cli/reports.py", 'group(p, "report", "the reports of the ledger")'),
    "an English description": ("cli/main.py", 'Parser(prog="arledger", description="Accounts ledger and more")'),
    "a table's code inside a sentence": ("domain/dunning.py", 'return "Send the court claim"'),
}
EXEMPT_KINDS = {
    "a programmer error": ("services/customers.py", 'raise ValueError("Some English sentence")'),
    "an assertion": ("services/customers.py", 'assert x, "Some English sentence"'),
    "a message's English default": ("services/customers.py", 'msg("customer.x", "Some English sentence")'),
    "a counted message": ("cli/reports.py", 'plural_msg("x.n", "{n} letter is due", "{n} letters are due", n=x)'),
    "a log line": ("services/customers.py", 'log.warning("Some English sentence %s", x)'),
    "argparse help as a message": ("cli/reports.py", 'p.add_argument("--x", help=help_text(msg("cli.help.x", '
                                                     '"the day the report is made for")))'),
    "argparse names, metavar and choices": ("cli/reports.py", 'p.add_argument("--as-of", dest="as of", '
                                                              'metavar="NAME OR CODE", choices=("paid late", "on '
                                                              'hold"), default="on hold")'),
    "a docstring": ("services/customers.py", '"""Some English sentence."""'),
    "a comparison with data": ("services/customers.py", 'x == "Some English sentence"'),
    "SQL": ("storage/customers.py", 'conn.execute("SELECT name FROM customers WHERE code = ?", (x,))'),
    "an enum member": ("domain/model.py", 'class Stage(StrEnum):\n        LATE = "paid late"'),
    "a language branch": ("render/tables.py", 'x = "Seite" if language == "de" else "Some English sentence"'),
    "a code a message table translates": ("domain/dunning.py", 'return ("collection agency", "Final demand")'),
}


@pytest.fixture(scope="module")
def package_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    top = tmp_path_factory.mktemp("copy")
    shutil.copytree(REPO / "arledger", top / "arledger", ignore=shutil.ignore_patterns("__pycache__"))
    return top


def _inject(copy: Path, rel: str, statement: str) -> list[str]:
    """The complaints the scan of ``copy`` makes with ``statement`` in a function at the end of ``rel`` (that
    module alone is scanned, against its lines of the baseline; unchanged, it has none)."""
    module = f"arledger/{rel}"
    baseline = [line for line in read_baseline() if line.startswith(f"{module}: ")]
    target = copy / module
    original = target.read_text(encoding="utf-8")
    assert compare(scan(copy, only=module).found, baseline) == ([], [])
    try:
        target.write_text(original + "\n\ndef _injected(x, p, conn, log, language):\n    " + statement + "\n",
                          encoding="utf-8")
        new, _ = compare(scan(copy, only=module).found, baseline)
    finally:
        target.write_text(original, encoding="utf-8")
    return [literal.complaint() for literal in new]


@pytest.mark.parametrize("what", list(LEAKS))
def test_each_leak_is_caught(package_copy: Path, what: str) -> None:
    rel, statement = LEAKS[what]
    complaints = _inject(package_copy, rel, statement)
    assert len(complaints) == 1, complaints
    assert complaints[0].startswith(f"user-facing English in arledger/{rel}:")
    assert "make it a msg()" in complaints[0]


@pytest.mark.parametrize("what", list(EXEMPT_KINDS))
def test_each_exempt_kind_passes(package_copy: Path, what: str) -> None:
    rel, statement = EXEMPT_KINDS[what]
    assert _inject(package_copy, rel, statement) == []


def test_the_baseline_script_only_removes_lines_unless_told(tmp_path: Path) -> None:
    module = tmp_path / "arledger" / "services" / "notes.py"
    module.parent.mkdir(parents=True)
    module.write_text('def note(x):\n    return f"Total of {x} overdue" if x else "Nothing is overdue"\n',
                      encoding="utf-8")
    baseline = tmp_path / "baseline.txt"
    current = ["arledger/services/notes.py: Nothing is overdue", "arledger/services/notes.py: Total of {x} overdue"]
    baseline.write_text("\n".join([*current, "arledger/services/notes.py: A sentence fixed since"]) + "\n",
                        encoding="utf-8")
    assert english_literals_baseline.main([], tmp_path, baseline) == 0
    assert read_baseline(baseline) == current  # the fixed line is gone, nothing else changed

    baseline.write_text(current[0] + "\n", encoding="utf-8")  # a literal the baseline lacks
    assert english_literals_baseline.main([], tmp_path, baseline) == 1
    assert read_baseline(baseline) == current[:1]  # refused: unchanged
    assert english_literals_baseline.main(["--allow-add"], tmp_path, baseline) == 0
    assert read_baseline(baseline) == current


def test_the_baseline_file_is_the_scripts_output() -> None:
    assert BASELINE.read_text(encoding="utf-8") == "".join(line + "\n" for line in read_baseline())
