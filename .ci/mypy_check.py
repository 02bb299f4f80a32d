"""Run mypy (strict, configured in pyproject.toml) and hold it to .ci/mypy_baseline.json.

The baseline counts the errors left per file and error code (none now: it is empty). CI fails when any count
grows, a new one appears, or any module of arledger has any at all; a
count that shrank is reported so the baseline can be lowered with ``python .ci/mypy_check.py --update`` (the
baseline only ever shrinks).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "mypy_baseline.json"
ERROR = re.compile(r"^(?P<file>[^:]+):\d+(?::\d+)?: error: .*\[(?P<code>[a-z-]+)\]$")
# strict with no baseline at all: every layer (domain, storage, render, services, cli, gui) and __main__, paths
ZERO_ALLOWED = ("arledger/",)


def current() -> Counter[tuple[str, str]]:
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=HERE.parent, capture_output=True, text=True)
    if run.returncode not in (0, 1) or "error: " in run.stderr:
        sys.exit(f"mypy did not run:\n{run.stdout}\n{run.stderr}")
    found: Counter[tuple[str, str]] = Counter()
    for line in run.stdout.splitlines():
        m = ERROR.match(line)
        if m:
            found[(m["file"], m["code"])] += 1
    return found


def main(update: bool) -> int:
    found = current()
    if update:
        data: dict[str, dict[str, int]] = {}
        for (file, code), n in sorted(found.items()):
            data.setdefault(file, {})[code] = n
        BASELINE.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"mypy baseline written: {sum(found.values())} errors in {len(data)} files.")
        return 0
    base = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    allowed = Counter({(f, c): n for f, codes in base.items() for c, n in codes.items()})
    worse = [(k, n, allowed[k]) for k, n in found.items() if n > allowed[k]]
    strict_broken = [k for k in found if k[0].startswith(ZERO_ALLOWED)]
    better = sum(max(0, allowed[k] - found[k]) for k in allowed)
    for (file, code), n, was in sorted(worse):
        print(f"mypy: {file}: {n} [{code}] errors, the baseline allows {was}")
    for file, code in sorted(set(strict_broken)):
        print(f"mypy: {file} must have no errors ([{code}])")
    if worse or strict_broken:
        print("mypy: run 'python -m mypy' to see them.")
        return 1
    note = f"; {better} fewer than the baseline: lower it with 'python .ci/mypy_check.py --update'" if better else ""
    print(f"mypy: {sum(found.values())} errors, none beyond the baseline{note}.")
    return 0


if __name__ == "__main__":
    sys.exit(main("--update" in sys.argv[1:]))
