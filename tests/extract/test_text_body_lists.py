"""The body's ends in a text capture: lists of other stories and of data around the article."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


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


def _teaser(n: int) -> list[str]:
    summary = (f"Story {n}: our correspondent spent a week with the crews who keep the old trams running through "
               "the winter, and found a service held together by goodwill, spare parts and long night shifts.")
    return [f"Inside tram depot number {n}", "Tom Ellis", f"{n + 4} March 2024", summary]


def test_a_list_of_dated_teasers_longer_than_the_article_is_cut_at_its_first_story():
    teasers = [line for n in range(1, 7) for line in _teaser(n)]
    content = "\n\n".join(["Council approves budget", "By Ann Lee", "4 March 2024", *ARTICLE, *teasers])
    article = extract(content)
    assert article.paragraphs() == ARTICLE
    assert "tram" not in article.text

