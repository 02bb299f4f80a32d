"""`python -m arledger` and the `arledger` command: the composition root of the command line and the app."""

import sys
from pathlib import Path

from arledger.cli import main as cli_main
from arledger.domain.errors import UserError


def open_app(ledger_path: Path | None, demo: bool) -> int:
    """Open the desktop app; Qt is imported only here, so commands never pay for it."""
    try:
        from arledger.gui.app import run
    except ImportError as exc:
        raise UserError(f"The desktop app cannot start: {exc}.") from None
    return run(ledger_path, demo=demo)


def main() -> None:
    sys.exit(cli_main(open_app=open_app))


if __name__ == "__main__":
    main()
