"""The page an archive file holds (MHTML, WARC/WACZ, Safari web archive), before it is read as HTML.

Each archive reader answers with this one record, so the capture step hands every archived page to
the HTML path the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArchivedPage:
    payload: bytes  # the page's bytes, transfer encoding and compression undone
    charset: str | None  # as the archive declares it; the HTML path still sniffs
    url: str | None  # only an http(s) address: nothing else is ever shown as the page's source
    captured: str | None = None  # ISO date the archive was made, if it says
    warnings: list[str] = field(default_factory=list)
