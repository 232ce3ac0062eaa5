"""reader32: a capture's date line "On Tue, 16/08/2011-13:42" (a time glued to the date by a
hyphen) was dropped from the body and not read, so the header said "no publication date found"."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _article(*header: str):
    text = "\n\n".join((*header, *PARAS))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_date_line_with_its_time_glued_by_a_hyphen_dates_the_capture():
    assert _article(HEADLINE, "On Tue, 16/08/2011-13:42").published == "2011-08-16T13:42"


def test_a_reference_number_shaped_like_a_date_dates_nothing():
    assert _article(HEADLINE, "Ref. 16/08/2011-12").published is None
