"""The one exception type that carries a sentence meant for the user."""


class UserError(Exception):
    """A problem the user can fix: bad input, an unknown code, a refused action.

    The message is one complete sentence; front ends print it without a traceback.
    """


class ValidationError(UserError):
    """Bad input at a known place (a file and line, a dialog field)."""

    def __init__(self, message: str, *, field: str | None = None, line: int | None = None,
                 source: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line
        self.source = source
