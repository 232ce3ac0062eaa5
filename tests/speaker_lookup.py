"""The speaker the engine gives a quotation, found by the words it opens with: the one lookup the
speaker tests share."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speaker_of(text: str, start: str) -> str | None:
    for q in article_quotes(text):
        if q.text.startswith(start):
            return q.speaker
    raise AssertionError(f"no quotation opens with {start!r}")
