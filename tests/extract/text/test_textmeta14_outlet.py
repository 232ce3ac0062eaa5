"""The outlet of a text capture from its opening line: the masthead in capitals, beside the
site's buttons, after a skip link, over a menu bar, before a tagline in lower case, named again
in lower case or by its initials; and never a menu item, a section's name or the headline."""

from __future__ import annotations

import pytest

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

from dock_story import HEADLINE, PARAS


def _outlet(*top: str, body: list[str] = PARAS, headline: str = HEADLINE) -> str | None:
    text = "\n\n".join((*top, headline, "By Sam Okafor", "2 June 2026", *body))
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet


def _mentioning(sentence: str) -> list[str]:
    return [*PARAS[:2], PARAS[2] + " " + sentence]


def test_a_masthead_in_capitals_named_again_in_the_text_is_spelled_as_the_text_spells_it():
    assert _outlet("HARBOUR POST", body=_mentioning("Harbour Post staff contributed.")) == "Harbour Post"


def test_a_masthead_named_again_with_a_lower_case_the_names_the_outlet():
    body = _mentioning("Get the Quayside Times business briefing every morning.")
    assert _outlet("The Quayside Times", body=body) == "The Quayside Times"


def test_a_masthead_beside_the_sites_buttons_names_the_outlet():
    assert _outlet("EVENING BUGLE  |  Sign in") == "EVENING BUGLE"
    assert _outlet("Harbour Post | Sign in | Subscribe") == "Harbour Post"


def test_a_masthead_after_a_skip_link_over_a_menu_bar_names_the_outlet():
    assert _outlet("Skip to main content", "The Western Ledger", "News | Region | Opinion | Sport") == "The Western Ledger"


def test_a_masthead_before_a_tagline_in_lower_case_names_the_outlet():
    assert _outlet("The Upland Voice — hills, farms and families") == "The Upland Voice"


def test_a_masthead_named_by_its_initials_names_the_outlet():
    body = ["ALVIK, June 2 (NWS) - " + PARAS[0], *PARAS[1:]]
    assert _outlet("North Wire Service", body=body) == "North Wire Service"


@pytest.mark.parametrize("top", [
    ("Harbour Post",),  # a name alone, never named again, no chrome around it
    ("Harbour Post — Dockers Reject Offer",),  # a capitalised phrase after the dash: a headline's
    ("World | Sign in",),  # a section's name, one word
    ("Home", "Harbour Post", "News | Region | Opinion"),  # a line under a menu item is no masthead
    ("Sign in | Subscribe | Menu",),  # buttons only
    ("Latest News", "Sign in"),  # no menu bar under it
])
def test_a_line_without_the_marks_of_a_masthead_names_no_outlet(top):
    assert _outlet(*top) is None


def test_a_section_name_opening_the_menu_is_not_the_outlet_though_the_page_names_it():
    # "International" ... "International Editions": a word that opens a longer name
    body = _mentioning("More from our International Editions.")
    assert _outlet("International", "Trending", "Politics", body=body) is None
    # the menu's second item, named again, stays a menu item
    assert _outlet("Home", "Sport", "Opinion", body=_mentioning("Sport is on page four.")) is None


def test_the_headline_opening_the_page_is_not_the_outlet():
    text = "\n\n".join(("Harbour Post", "2 June 2026", *_mentioning("Readers of the Harbour Post wrote in.")))
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))
    assert article.outlet is None or article.title != article.outlet


def test_a_masthead_in_capitals_named_again_without_its_last_word_names_the_outlet():
    body = _mentioning("The fire chief told Evening Courier that crews were ready.")
    assert _outlet("EVENING COURIER ONLINE", body=body) == "EVENING COURIER ONLINE"
    assert _outlet("Evening Courier Online", body=body) is None  # not a logo's capitals: the whole name is wanted


def test_a_wires_name_over_its_dateline_is_the_outlet_not_the_headline():
    text = "\n\n".join(("North Wire Service", "ALVIK, June 2 (NWS) - " + PARAS[0], *PARAS[1:]))
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))
    assert (article.title, article.outlet) == (None, "North Wire Service")
    # initials that are not the line's: the line stays the headline
    text = "\n\n".join((HEADLINE, "ALVIK, June 2 (NWS) - " + PARAS[0], *PARAS[1:]))
    assert extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).title == HEADLINE


def test_a_copyright_holder_cut_short_in_a_narrow_cell_is_not_the_outlet():
    top = ("Menu",)
    body = _mentioning("The New shipping rules were published in March.")
    text = "\n\n".join((*top, HEADLINE, "By Sam Okafor", "2 June 2026", *body, "© 2019 The New",
                        "Contact the newsroom", "© 2019 The New Harbour Courier Company"))
    assert extract_text(Capture(source=Source(path="page.txt", format="text"), content=text)).outlet is None


def test_a_name_cut_by_a_narrow_cell_is_not_the_outlet():
    # a table layout's first row: the masthead's cell cut short beside a cell that holds it whole
    body = _mentioning("Readers of The Fenland Ledger wrote in.")
    assert _outlet("The Fenland    The Fenland Ledger — fields, rivers", body=body) is None
    assert _outlet("The Fenland", "Ledger", body=body) is None


def test_a_menu_item_named_again_in_a_cell_of_its_own_is_not_a_masthead():
    # a table layout sets the menu's items in cells beside the article's lines
    body = [PARAS[0], "    • Physics          " + PARAS[1][:60], *PARAS[2:]]
    assert _outlet("Physics", "Mathematics", "Biology", body=body) is None
