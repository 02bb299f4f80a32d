"""arledger: an accounts-receivable ledger and collections tool for small businesses."""

__version__ = "0.1.0"
