"""The project's own error types: everything bad input can cause is one of these."""

from __future__ import annotations

from sidebyside.display import display_path, one_line


class SideBySideError(Exception):
    """Base class. ``str(err)`` is a one-line message fit to show a user: the file name as
    :func:`~sidebyside.display.display_path` shows it, controls escaped, overlong words cut."""

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.reason = message
        # The name is never shortened: it is how the user finds the file.
        super().__init__(f"{display_path(path)}: {one_line(message)}" if path else one_line(message))


class CaptureError(SideBySideError):
    """The file cannot be read as a capture (empty, binary, undecodable, malformed)."""


class ExtractionError(SideBySideError):
    """A capture was read but no article could be extracted from it."""


class NotesError(SideBySideError):
    """The notes store cannot do what was asked."""
