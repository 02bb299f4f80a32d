"""The one exception type that carries a sentence meant for the user."""

from __future__ import annotations

from arledger.domain.messages import Message


class UserError(Exception):
    """A problem the user can fix: bad input, an unknown code, a refused action.

    It carries one complete sentence as a :class:`Message` (a code, parameters and an English default); front
    ends render ``message`` in the user's language and print it without a traceback. ``str(error)`` is English.
    A plain string is accepted for sentences that are already data of the user's own (a message read back).
    """

    def __init__(self, message: Message | str) -> None:
        self.message: Message = message if isinstance(message, Message) else Message("", message)
        super().__init__(str(self.message))


class ValidationError(UserError):
    """Bad input at a known place (a file and line, a dialog field)."""

    def __init__(self, message: Message | str, *, field: str | None = None, line: int | None = None,
                 source: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line
        self.source = source
