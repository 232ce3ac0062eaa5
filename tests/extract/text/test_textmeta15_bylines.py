"""A byline that names the outlet itself (its name, one of its words alone, its initials) credits
no person; a person's name beside the outlet's is kept."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.outlet import names_outlet
from sidebyside.model import Capture, Source

from dock_story import PARAS


def _article(byline: str, *top: str):
    text = "\n\n".join((*top, "Dock workers walk out over automation plan", byline, "2 June 2026", *PARAS))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


@pytest.mark.parametrize("author,outlet", [
    ("TMZ", "TMZ"), ("Vortex", "Vortex Cannon Entertainment"), ("HNN", "Hawaii News Now"),
])
def test_the_outlets_name_a_word_of_it_or_its_initials_is_the_outlet(author, outlet):
    assert names_outlet(author, outlet)


@pytest.mark.parametrize("author,outlet", [
    ("Jane News", "Hawaii News Now"),  # a person's full name sharing a word
    ("Madonna", "Hawaii News Now"),
    ("HN", "Hawaii News"),  # two letters: too short for initials
    ("Vortex", None),
    ("Jane Roe", "Jane Roe"),  # a personal site's masthead is its author's name
])
def test_a_person_or_a_name_unlike_the_outlet_is_not_the_outlet(author, outlet):
    assert not names_outlet(author, outlet)


@pytest.mark.parametrize("byline,top", [
    ("By HARBOUR", ("The Harbour Courier", "News | Sport | Opinion | Business")),
    ("By Courier", ("HARBOUR COURIER", "News | Sport | Opinion | Business")),
    ("By HEN", ("Harbour Evening News logo",)),
])
def test_a_byline_naming_the_outlet_credits_no_one(byline, top):
    article = _article(byline, *top)
    assert article.outlet is not None
    assert article.authors == ()


def test_a_persons_byline_is_kept_beside_the_outlet():
    article = _article("By Sam Okafor", "Harbour Evening News logo")
    assert article.outlet == "Harbour Evening News"
    assert article.authors == ("Sam Okafor",)


def _blog(masthead: str, notice: str):
    text = "\n\n".join((masthead, "About", "Subscribe", "Dock workers walk out over automation plan", *PARAS,
                        "Share this post", notice))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_a_personal_sites_masthead_named_in_its_copyright_line_is_the_author():
    assert _blog("Tovi Marang", "© Tovi Marang 2016-2020").authors == ("Tovi Marang",)


@pytest.mark.parametrize("masthead,notice", [
    ("Tovi Marang", "© Quayside Marang 2016-2020"),  # another name in the notice
    ("Dockside Notes", "© Tovi Marang 2016-2020"),  # the masthead is not the holder
])
def test_a_holder_unknown_as_a_person_and_not_the_masthead_is_no_author(masthead, notice):
    assert _blog(masthead, notice).authors == ()
