"""Dumps of elinks and links2: their first lines listing the page's <link> elements and
elinks' closing "References" list ("Visible links" without a colon) are no text of the page
(hand-written captures of one invented story)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.forms import strip_tool_artifacts, without_link_list
from sidebyside.model import Capture, Source

STORY = [
    "The river council approved a new footbridge on Monday after [4]two years of debate over its",
    "cost, which rose by a third since the first design was shown to residents.",
    "",
    "Engineers said the bridge would carry cyclists and walkers across the widest part of the",
    "river, and that work could begin in the spring if the contract is signed in time.",
    "",
    "Residents of the east bank, who had asked for a crossing for a decade, welcomed the vote",
    "but said the council should publish the full costs before the work begins next year.",
    "",
    "The council's treasurer said the money would come from a regional fund for transport and",
    "that no local taxes would rise to pay for the bridge or for the paths that lead to it.",
]
MENU = ["     • [1]Home", "     • [2]News", "     • [3]Sport"]


def _read(text: str) -> str:
    article = extract_text(Capture(source=Source(path="dump.txt", format="text"), content=text))
    return "\n\n".join(x for x in (article.lead, article.text) if x)


def test_elinks_dump_link_lines_and_references_are_taken_out() -> None:
    head = [f"   Link: [{i}]preconnect" for i in range(1, 30)] + ["   Link: [30]canonical", ""]
    refs = ["", "References", "", "   Visible links", "   2. https://example.org/", "   4. https://example.org/a"]
    text = "\n".join(head + MENU + [""] + STORY + refs) + "\n"
    cleaned, listed = without_link_list(text)
    assert listed and "Link:" not in cleaned and "Visible links" not in cleaned
    body = _read(text)
    assert body.startswith("The river council approved") and "preconnect" not in body
    assert "[4]" not in body and "two years of debate" in body


def test_links2_link_lines_without_a_list_are_taken_out() -> None:
    text = "\n".join(["   Link: amphtml", "   Link: alternate en-US", ""] + STORY) + "\n"
    cleaned, listed = without_link_list(text)
    assert not listed and cleaned.lstrip().startswith("The river council")
    assert "[4]two years" in cleaned  # no list: a bracketed number may be a citation, kept


def test_a_link_line_with_an_address_or_later_in_the_text_is_kept() -> None:
    text = "Link: https://example.org/bridge\n\n" + "\n".join(STORY) + "\n"
    assert strip_tool_artifacts(text) == text
    later = "\n".join(STORY[:3] + ["Link: canonical"] + STORY[3:]) + "\n"
    assert strip_tool_artifacts(later) == later
