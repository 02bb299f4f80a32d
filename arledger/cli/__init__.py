"""The command line: the same services as the desktop app, scriptable and headless.

One module per command group (``ledger`` for demo/import/gui, ``reports``, ``letters``, ``collections``,
``export``); ``main`` builds the parser from them and turns user errors into one sentence and exit 1.
"""

from arledger.cli.main import main

__all__ = ["main"]
