"""The project's own error types: everything bad input can cause is one of these."""

from __future__ import annotations


class SideBySideError(Exception):
    """Base class. ``str(err)`` is a one-line message fit to show a user."""

    def __init__(self, message: str, path: str | None = None):
        self.path = path
        self.reason = message
        super().__init__(f"{path}: {message}" if path else message)


class CaptureError(SideBySideError):
    """The file cannot be read as a capture (empty, binary, undecodable, malformed)."""


class ExtractionError(SideBySideError):
    """A capture was read but no article could be extracted from it."""


class NotesError(SideBySideError):
    """The notes store cannot do what was asked."""
