"""Errors a user can act on: each carries a plain message and the command-line exit code."""


class TipdeskError(Exception):
    """A problem the user can do something about; the message says what and what to do."""

    exit_code = 1


class UsageError(TipdeskError):
    """The command was called the wrong way."""

    exit_code = 2


class AuthenticationFailed(TipdeskError):
    """Unknown user, wrong password or recovery code."""

    exit_code = 3


class PermissionDenied(TipdeskError):
    """The signed-in user's role does not allow this action."""

    exit_code = 3


class BadInput(TipdeskError):
    """A missing file, a file of the wrong kind, or values that fail validation."""

    exit_code = 4


class IntegrityFailure(TipdeskError):
    """The database or its key slots are damaged, tampered with or do not belong together."""

    exit_code = 5


class DiskFull(TipdeskError):
    """No space was left to write; nothing was saved, and what was saved before is intact."""

    exit_code = 1
