"""The text extractor's header reads the settings it was called with, not the defaults: a
changed ``menu_name_words`` reaches the menu test of a lone line over the date and of a dated
cluster. Invented German story (fixtext21_story)."""

from __future__ import annotations

import dataclasses

import pytest

from fixtext21_story import HEADLINE, PARAS
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

MENU = "Ratgeber Freizeit Reisen Garten"  # four capitalised words, no known given name


def _authors(header: str, **changes) -> tuple[str, ...]:
    settings = dataclasses.replace(DEFAULT.extract.text, **changes)
    text = "\n\n".join((HEADLINE, header, *PARAS))
    page = extract_text(Capture(source=Source(path="hallenbad.txt", format="text"), content=text), settings)
    assert page.title == HEADLINE
    return page.authors


@pytest.mark.parametrize("header", [f"{MENU}\n6. Dezember 2026, 14:05", f"{MENU} | 6. Dezember 2026, 14:05"])
def test_menu_name_words_reaches_the_header(header):
    assert _authors(header) == ()  # the default: four such words are a menu's
    assert _authors(header, menu_name_words=4) == ()
    # five words needed for a menu: the four read as a name (the setting was passed down)
    assert _authors(header, menu_name_words=5) == (MENU,)


def test_a_person_is_credited_whatever_the_menu_length():
    for words in (3, 4, 5):
        assert _authors("Jana Pfeiffer\n6. Dezember 2026, 14:05", menu_name_words=words) == ("Jana Pfeiffer",)
