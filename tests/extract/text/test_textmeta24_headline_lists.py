"""Text captures (session 25): a line set left of the body earns a headline's bonus (lynx prints
headings at the left edge, its text three columns in) only when it heads the story, not a list
or a menu: a short label over bulleted teasers ("Most read"), a side cell's menu items one under
the other beside a table's article. A headline over its date, its byline, a standfirst or a
short byline still takes it."""

from __future__ import annotations

from harbour_story import PARAS

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

HEADLINE = "Harbour board closes the old swing bridge for a year"


def _read(content: str):
    return extract_text(Capture(source=Source(path="p.txt", format="text"), content=content))


def _lynx(*paras: str) -> list[str]:
    """Each paragraph as lynx sets it: three columns in, a blank line after."""
    return [line for p in paras for line in ("   " + p, "")]


def test_a_label_over_bulleted_teasers_is_no_headline():
    # (a headline sharing few words with the story, a label sharing more)
    headline = "Commuters face a year of detours as crossing shuts"
    content = "\n".join([
        "Harbour top stories", "",
        "     * Quay traders fear a long summer without the bridge..",
        "     * Ferry timetable: what changes for cyclists next week..",
        "     * Board meets again on Friday to choose the engineers..", "",
        "   " + headline, "",
        "   March 3, 2026", "",
        *_lynx(*PARAS),
    ])
    assert _read(content).title == headline


def test_a_headline_at_the_left_edge_keeps_its_place():
    # (negative) the headline itself set left, as lynx prints an <h1>, over the date and the body
    content = "\n".join([
        "   Harbourside Courier", "",
        "     * News", "     * Sport", "",
        HEADLINE, "",
        "   March 3, 2026", "",
        *_lynx(*PARAS),
    ])
    assert _read(content).title == HEADLINE


def test_a_short_headline_over_a_short_byline_keeps_its_place():
    # (negative) a headline of three words with a name under it, both at the left edge
    content = "\n".join([
        "Bridge closes today", "",
        "Tam Rhodes", "",
        *_lynx(*PARAS),
    ])
    assert _read(content).title == "Bridge closes today"


def test_a_side_cells_menu_beside_a_table_article_is_no_headline():
    # w3m's dump of a table layout: the left cell's menu at the edge, the article's cell beside it
    pad = " " * 15
    content = "\n".join([
        "Home  • Home", "Harbour  • Harbour", "Bridges  • Bridges", "Business  • Business", "",
        pad + HEADLINE, "",
        pad + "By Tam Rhodes", "",
        *[line for p in PARAS for line in (pad + p, "")],
    ])
    assert _read(content).title == HEADLINE
