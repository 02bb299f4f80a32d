"""Smoke test of an installed arledger: the wheel in a fresh virtual environment, or the PyInstaller bundle.

    python packaging/smoke.py /tmp/venv/bin/arledger
    python packaging/smoke.py dist/arledger/arledger

Runs the given executable as a user would, in an empty temporary folder with its own HOME (so nothing of
the checkout or of this machine's settings can help it), and checks what comes out:

* a sample ledger; `report interest` with non-zero figures under the UK and German rules;
* `init` and `import` of customers writing in English and Chinese; a letter in each language, every font
  in it embedded (poppler's `pdffonts`); a statement;
* the Excel export (a workbook with the accountant's sheets);
* `backup`, `restore` into a new file, `check`;
* the window started offscreen with the Chinese translation, its pages named in Chinese, every icon drawn,
  the talk tracks loaded.

Only the standard library is used here, so any Python 3.11 runs it against any build. Exit status 0 when
every check passes; each step's time is printed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from decimal import Decimal
from pathlib import Path

AS_OF = "2025-06-30"
CUSTOMERS = """code,name,kind,address,country,jurisdiction,language,currency,email
UK1,Brightside Retail Ltd,company,"1 High Street
Leeds LS1 1AA",GB,uk,en,GBP,ap@brightside.test
CN1,上海华东贸易有限公司,company,上海市浦东新区世纪大道100号,CN,cn,zh,CNY,ar@huadong.test
"""
INVOICES = """customer,number,issue_date,due_date,amount
UK1,INV-1001,2025-01-10,2025-02-09,4250.00
CN1,FP-2001,2025-01-15,2025-02-14,86000.00
"""
EXPECTED_SHEETS = {"Aging summary", "Open items", "Invoices", "Payments", "Customers"}


class SmokeFailure(Exception):
    pass


class Smoke:
    def __init__(self, command: list[str], work: Path) -> None:
        self.command = command
        self.work = work
        self.env = {**os.environ, "HOME": str(work / "home"), "XDG_CONFIG_HOME": str(work / "home" / ".config"),
                    "XDG_DATA_HOME": str(work / "home" / ".local" / "share"), "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONPATH": "", "PYTHONNOUSERSITE": "1"}
        self.env.pop("ARLEDGER_LEDGER", None)
        (work / "home").mkdir(parents=True, exist_ok=True)
        self.timings: list[tuple[str, float]] = []

    def run(self, *args: str, extra_env: dict[str, str] | None = None, timeout: int = 300) -> str:
        proc = subprocess.run([*self.command, *args], cwd=self.work, env={**self.env, **(extra_env or {})},
                              capture_output=True, text=True, timeout=timeout, check=False)
        if proc.returncode != 0:
            raise SmokeFailure(f"`arledger {' '.join(args)}` exited {proc.returncode}:\n{proc.stdout}\n{proc.stderr}")
        return proc.stdout

    def step(self, name: str, fn) -> None:
        start = time.perf_counter()
        fn()
        elapsed = time.perf_counter() - start
        self.timings.append((name, elapsed))
        print(f"ok  {elapsed:6.1f} s  {name}", flush=True)

    # -- steps ---------------------------------------------------------------------------------------------
    def version(self) -> None:
        out = self.run("--version")
        if not out.startswith("arledger "):
            raise SmokeFailure(f"--version printed {out!r}")

    def demo_interest(self) -> None:
        self.run("demo", "--ledger", "demo.sqlite", "--today", AS_OF)
        report = json.loads(self.run("report", "interest", "--ledger", "demo.sqlite", "--as-of", AS_OF,
                                     "--format", "json"))
        totals: dict[str, Decimal] = {}
        for row in report["rows"]:
            totals[row["rule"]] = totals.get(row["rule"], Decimal(0)) + Decimal(row["interest"])
        for rule in ("uk", "de"):
            if totals.get(rule, Decimal(0)) <= 0:
                raise SmokeFailure(f"report interest gave no {rule} interest: {totals}")
        print(f"    interest by rule: { {k: str(v) for k, v in sorted(totals.items())} }")

    def letters(self) -> None:
        (self.work / "customers.csv").write_text(CUSTOMERS, encoding="utf-8")
        (self.work / "invoices.csv").write_text(INVOICES, encoding="utf-8")
        self.run("init", "--ledger", "books.sqlite", "--company", "Northwind Supplies Ltd", "--currency", "GBP",
                 "--jurisdiction", "uk")
        self.run("import", "customers", "customers.csv", "--ledger", "books.sqlite")
        self.run("import", "invoices", "invoices.csv", "--ledger", "books.sqlite")
        # a first letter at level 3 (a formal demand, with the statement enclosed) exercises the most fonts
        self.run("settings", "set", "letters.allow_first_formal", "true", "--ledger", "books.sqlite")
        for code, language, needle in (("UK1", "en", "LiberationSans"), ("CN1", "zh", "WenQuanYiMicroHei")):
            out = self.work / f"letter-{language}.pdf"
            self.run("letters", "render", "--customer", code, "--level", "3", "--on", AS_OF, "-o", out.name,
                     "--ledger", "books.sqlite")
            self.fonts_embedded(out, needle)
        self.run("statement", "--customer", "CN1", "--to", AS_OF, "-o", "statement-zh.pdf", "--ledger", "books.sqlite")
        self.fonts_embedded(self.work / "statement-zh.pdf", "WenQuanYiMicroHei")

    def fonts_embedded(self, pdf: Path, needle: str) -> None:
        if not pdf.is_file() or not pdf.read_bytes().startswith(b"%PDF-"):
            raise SmokeFailure(f"{pdf.name} was not written as a PDF")
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
        not_embedded = [r[0] for r in rows if r[-5] != "yes"]
        if not rows or not_embedded or needle not in listing:
            raise SmokeFailure(f"{pdf.name}: fonts not embedded {not_embedded} or {needle} missing:\n{listing}")
        print(f"    {pdf.name}: {len(rows)} fonts, all embedded ({', '.join(r[0].split('+')[-1] for r in rows)})")

    def excel(self) -> None:
        self.run("export", "xlsx", "books.xlsx", "--ledger", "demo.sqlite", "--as-of", AS_OF)
        with zipfile.ZipFile(self.work / "books.xlsx") as zf:
            workbook = zf.read("xl/workbook.xml").decode("utf-8")
        missing = [s for s in EXPECTED_SHEETS if f'name="{s}"' not in workbook]
        if missing:
            raise SmokeFailure(f"the workbook lacks the sheets {missing}")

    def backup_restore(self) -> None:
        self.run("backup", "--ledger", "books.sqlite", "-o", "books.zip")
        self.run("restore", "books.zip", "--ledger", "restored/books.sqlite")
        self.run("check", "--ledger", "restored/books.sqlite")
        a = json.loads(self.run("report", "aging", "--ledger", "books.sqlite", "--as-of", AS_OF, "--format", "json"))
        b = json.loads(self.run("report", "aging", "--ledger", "restored/books.sqlite", "--as-of", AS_OF,
                                "--format", "json"))
        if a != b:
            raise SmokeFailure("the restored ledger ages differently from the original")

    def window(self) -> None:
        report_path = self.work / "self-test.json"
        self.run("gui", "--ledger", "demo.sqlite", extra_env={"ARLEDGER_SELF_TEST": str(report_path),
                                                              "ARLEDGER_LANGUAGE": "zh_CN"}, timeout=180)
        report = json.loads(report_path.read_text(encoding="utf-8"))
        if report["language"] != "zh_CN" or "仪表板" not in report["pages"]:
            raise SmokeFailure(f"the Chinese translation did not load: {report}")
        if not report["app_icon_drawn"] or not report["page_icons_drawn"] or not all(report["page_icons_drawn"]):
            raise SmokeFailure(f"icons are missing: {report}")
        if len(report["talk_track_excuses"]) < 5:
            raise SmokeFailure(f"the talk tracks did not load: {report}")
        print(f"    window: {report['window_title']!r}, pages {report['pages']}, resources from {report['resources']}")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    command = [str(Path(argv[0]).resolve()) if Path(argv[0]).exists() else argv[0], *argv[1:]]
    if shutil.which("pdffonts") is None:
        print("smoke: pdffonts (poppler-utils) is needed to check the letters' fonts", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="arledger-smoke-"))
    smoke = Smoke(command, work)
    print(f"smoke test of {' '.join(command)} in {work}")
    try:
        smoke.step("--version", smoke.version)
        smoke.step("sample ledger and interest (UK and DE non-zero)", smoke.demo_interest)
        smoke.step("init, import, letters in English and Chinese with embedded fonts", smoke.letters)
        smoke.step("Excel export", smoke.excel)
        smoke.step("backup, restore, check", smoke.backup_restore)
        smoke.step("window offscreen in Chinese with icons", smoke.window)
    except (SmokeFailure, subprocess.SubprocessError) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        print(f"(the work folder is kept: {work})", file=sys.stderr)
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test passed: {len(smoke.timings)} steps in {sum(t for _n, t in smoke.timings):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
