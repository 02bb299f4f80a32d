"""Pictures of the letters for the README: one page each, 50 dpi, from the render tests' sample documents.

    python resources/screenshots/letters/make_letter_screenshots.py

Needs pdftoppm (Debian poppler-utils). Writes the PNGs next to this file.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from arledger.domain.model import Language  # noqa: E402
from arledger.render.letters import render_letter, render_statement  # noqa: E402
from tests.render import test_letters as samples  # noqa: E402

OUT = Path(__file__).resolve().parent
BASIS = ("Default interest under BGB §288(2) at the Basiszinssatz + 9 points (2.27% + 9 = 11.27% from 2025-04-03), "
         "simple interest per day on a 365-day year from 2025-04-03, plus the EUR 40.00 lump sum under BGB §288(5).",)


def pages() -> dict[str, tuple[bytes, int]]:
    """Picture name -> (PDF, page number)."""
    level4 = render_letter(samples.letter(4, rule_basis=BASIS))
    zh = replace(samples.COMPANY, language=Language.ZH)
    return {
        "en-level1-reminder": (render_letter(samples.letter(1, claim_interest=False, include_appendix=False)), 1),
        "en-level4-letter-before-action": (level4, 1),
        "en-level4-evidence-appendix": (level4, 3),
        "zh-level3-formal-demand": (render_letter(samples.letter(3, "zh", recipient=zh, rule_basis=BASIS)), 1),
        "en-statement": (render_statement(samples.statement()), 1),
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for name, (data, page) in pages().items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(data)
            subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), "-singlefile",
                            str(pdf), str(OUT / name)], check=True)
            print(f"wrote {name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
