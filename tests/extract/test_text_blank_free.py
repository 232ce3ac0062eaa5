"""A text capture printed without blank lines between its blocks (a browser copy that drops
them, a dump cleaned of its empty lines) is read as the same capture with them: the body is
the article, not a few lines of it nor the whole page.

Pages written by hand for these tests (names, places and figures invented)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.forms import with_blocks
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

TEXT = DEFAULT.extract.text


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


def _with_blocks(text: str) -> str:
    return with_blocks(text, TEXT.few_blanks_share, TEXT.few_blanks_min_lines, TEXT.prose_min_weight)


MENU = ["Harbour Gazette", "Home", "News", "Sport", "Business", "Culture", "Opinion", "Weather", "Subscribe"]
HEAD = ["Ferry service to the islands resumes after storm repairs", "By Maren Holt", "12 March 2025"]
ARTICLE = [
    "The ferry to the outer islands sailed again on Tuesday morning, three weeks after a storm tore the "
    "landing stage at Kell Point from its moorings and left two hundred residents without a crossing.",
    "Engineers worked in shifts through the night to fix the new pontoon in place, the harbour master said, "
    "and the first boat left on time with a full load of post, medicine and school children.",
    "Islanders had relied on a fishing boat chartered by the council for their most urgent trips, and several "
    "said they had run short of fuel for their heating during the coldest week of the winter.",
    "The operator said the timetable would return to normal on Monday, with an extra evening sailing on "
    "Fridays until the end of April to clear the backlog of freight waiting on the quay.",
    "A review of the landing stage's design will report in the summer, the council said, after residents "
    "asked why the structure had failed in a storm that was strong but not unusual for the season.",
]
# (headlines long enough to weigh as much as a paragraph's line, none ending a sentence)
RELATED = ["Most read", "Bridge tolls on the coast road to rise in May, the council confirms",
           "New primary school opens in Eastgate after two years of building work",
           "Lifeboat crew honoured for the rescue of three walkers cut off by the tide",
           "Market hall to close for a month while its roof is repaired and painted",
           "Weekend weather: gales again along the coast, with rain spreading from the west",
           "Harbour museum wins a national award for its new gallery of ship models"]
FOOTER = ["© 2025 Harbour Gazette", "Privacy", "Terms", "Contact"]


def _page(blank: bool) -> str:
    blocks = [MENU, HEAD[:1], HEAD[1:], *[[p] for p in ARTICLE], RELATED, FOOTER]
    sep = "\n\n" if blank else "\n"
    return sep.join("\n".join(block) for block in blocks)


def test_a_capture_without_blank_lines_reads_the_same_body_as_with_them():
    with_blanks, without = extract(_page(blank=True)), extract(_page(blank=False))
    assert without.text == with_blanks.text
    for paragraph in ARTICLE:
        assert paragraph in without.text
    for line in MENU[1:] + RELATED[1:] + FOOTER:
        assert line not in without.text


def test_blank_lines_go_between_paragraphs_and_around_a_list_not_between_its_items():
    text = "\n".join(MENU + HEAD + ARTICLE[:3] + ["• " + x for x in RELATED[1:4]] + ARTICLE[3:] + FOOTER)
    blocked = _with_blocks(text).split("\n\n")
    assert "\n".join(MENU + HEAD) == blocked[0]  # short lines in a row stay one block
    assert blocked[1:4] == ARTICLE[:3]
    assert blocked[4] == "\n".join("• " + x for x in RELATED[1:4])
    assert blocked[5:7] == ARTICLE[3:]


def test_a_capture_with_its_blank_lines_is_left_as_it_is():
    page = _page(blank=True)
    assert _with_blocks(page) == page


def test_a_short_text_without_blank_lines_is_left_as_it_is():
    text = "\n".join(HEAD + ARTICLE[:2])
    assert _with_blocks(text) == text
