"""Sections of an article whose lists lost their bullets (a weekly report copied without its
markup: a heading, items that read as sentences, a short paragraph) are no teaser cards; teaser
cards (a kicker, a headline, a source over a summary) still end the body."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

ARTICLE = [
    "The council approved the budget on Monday after a debate that lasted well into the night, officials said. "
    "The vote was closer than expected, with three members abstaining after a late change to the plan.",
    "Spending on schools rises by four percent while road repairs are postponed until next year, the plan shows. "
    "Libraries keep their opening hours, and the swimming pools reopen in the spring after repairs.",
    "Opposition members said the cuts to transport would hurt commuters in the outer districts the most. "
    "They proposed to fund the buses from the reserves instead, but the motion was defeated.",
    "The mayor defended the plan, saying the city had to balance its books after two difficult years in office. "
    "She said the reserves were needed for the flood defences planned along the river.",
    "A final vote on the transport levy is expected next month, once the committee has heard from the public.",
]


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


def _section(n: int) -> list[str]:
    return [f"Department {n}",
            f"the roads team fixed the drains on the ring road near junction {n} before the winter storms",
            f"the parks team replaced the broken benches along the river path in district {n} this week",
            f"the libraries extended their opening hours on weekday evenings in branch {n} for the exams",
            f"the transport office moved the bus stop outside the station {n} to make room for cyclists",
            f"Work in department {n} goes on next week, once the crews are back from the depot and the new "
            "tools have arrived."]


def _card(n: int) -> list[str]:
    return [f"KICKER {n}", f"A headline of another story, number {n}", f"example.org News {n}",
            f"A short summary of story {n}: what happened, to whom, and why readers may care about it."]


def test_sections_of_unbulleted_sentences_under_a_heading_are_not_teaser_cards():
    sections = [line for n in range(1, 7) for line in _section(n)]
    content = "\n\n".join(["Council report", "By Ann Lee", "4 March 2024", *ARTICLE, *sections, "Privacy Policy"])
    text = extract(content).text
    assert "Work in department 6 goes on next week" in text
    assert "outside the station 5" in text


def test_teaser_cards_still_end_the_body():
    cards = [line for n in range(1, 30) for line in _card(n)]
    content = "\n\n".join(["Council report", "By Ann Lee", "4 March 2024", *ARTICLE, *cards, "Privacy Policy"])
    text = extract(content).text
    assert "motion was defeated" in text
    assert "summary of story 3" not in text
