"""A masthead with its tagline after a dash or a bar ("Radio Meridia — Listen live") names the
outlet when the page mentions the name again; a headline-like line with a dash does not."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

BODY = (
    "Thousands of people have been moved out of villages below the dam after engineers reported that "
    "cracks in the wall were getting wider, the regional authority said on Tuesday.\n\n"
    "Engineers said the water level would be lowered over the coming days while repairs were planned, "
    "and that the road along the valley would stay closed until further notice.\n\n"
    "Residents who spoke to {again} said they had been given only a few hours to leave their homes, "
    "and several said they did not know when they would be allowed to return.\n"
)


def _outlet(masthead: str, again: str) -> str | None:
    text = f"{masthead}\n\nResidents evacuated over dam fears\n\nTuesday 14 April 2026\n\n" + BODY.format(again=again)
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet


@pytest.mark.parametrize("masthead, name", [
    ("Radio Meridia — Listen live", "Radio Meridia"),
    ("The Valley Courier | News for the valley", "The Valley Courier"),
    ("Harbor Daily – Since 1887", "Harbor Daily"),
])
def test_a_masthead_with_a_tagline_names_the_outlet(masthead, name):
    assert _outlet(masthead, name) == name


def test_a_masthead_with_a_tagline_the_page_never_names_again_names_no_one():
    assert _outlet("Radio Meridia — Listen live", "reporters") is None


def test_a_long_tail_after_the_dash_is_no_tagline():
    assert _outlet("Radio Meridia — the station that covers the whole valley every day", "Radio Meridia") is None
