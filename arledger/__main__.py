"""`python -m arledger` and the `arledger` command: the composition root of the command line and the app."""

import os
import sys
from pathlib import Path

from arledger.cli import main as cli_main
from arledger.domain.errors import UserError
from arledger.domain.messages import msg


def open_app(ledger_path: Path | None, demo: bool) -> int:
    """Open the desktop app; Qt is imported only here, so commands never pay for it."""
    try:
        from arledger.gui.app import run
    except ImportError as exc:
        raise UserError(msg("app.cannot_start", "The desktop app cannot start: {reason}.", reason=str(exc))) from None
    return run(ledger_path, demo=demo)


def main() -> None:
    sys.exit(cli_main(open_app=open_app))


def main_gui() -> None:
    """The `arledger-app` entry point (gui-scripts): on Windows it runs without a console window, so there is
    nowhere to print; errors at start-up are shown by the app in a message box."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
    main()


if __name__ == "__main__":
    main()
