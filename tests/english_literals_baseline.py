"""Rewrite tests/english_literals_baseline.txt from the sources: lines that no longer occur are removed.

    python tests/english_literals_baseline.py              # shrink the baseline (refuses when there is a new literal)
    python tests/english_literals_baseline.py --allow-add  # also take new literals in (say why in the commit)

The baseline may only shrink: a new English literal is made a msg(), not added here, unless ``--allow-add`` says
it is one of the exempt kinds the scanner cannot recognise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.english_literals import BASELINE, REPO, baseline_lines, compare, read_baseline, scan, write_baseline


def main(argv: list[str] | None = None, root: Path = REPO, baseline: Path = BASELINE) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--allow-add", action="store_true", help="also add literals the baseline does not hold")
    args = parser.parse_args(argv)
    found = scan(root).found
    new, gone = compare(found, read_baseline(baseline))
    if new and not args.allow_add:
        for literal in new:
            print(literal.complaint(), file=sys.stderr)
        print(f"{len(new)} new literal(s): the baseline is not rewritten (make them msg(), or --allow-add)",
              file=sys.stderr)
        return 1
    write_baseline(baseline_lines(found), baseline)
    print(f"{baseline.name}: {len(gone)} line(s) removed, {len(new)} added, {len(found)} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
