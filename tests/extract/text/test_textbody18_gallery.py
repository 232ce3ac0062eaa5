"""A gallery of slides numbered out of the same count ("1/12 Title" over its caption) beside an
article is no part of it: the article is the body, however long the captions; lines that open
with dates or with numbers out of different counts are no gallery."""

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text

ARTICLE = [
    "Hotel owners reveal what guests never see",
    "Most people go to hotels for the pleasure of sleeping in a large bed with clean sheets and waking up to "
    "fresh towels in the morning, but the rooms may not be as clean as they look.",
    "Two owners of small hotel companies answered questions in an online forum about what happens between "
    "one guest leaving a room and the next one arriving, and their answers surprised many readers.",
    "Blankets and bedspreads are often washed far less often than sheets, one of them said, because they are "
    "heavy and costly to clean, so guests should take them off the bed when they arrive.",
    "The other advised guests to put their luggage on the floor or on a metal rack, never on the bed, and to "
    "check the door's peephole before they settle in for the night.",
]


def _slides(count: int) -> list[str]:
    out = []
    for k in range(1, count + 1):
        out += [f"• {k}/{count} Market news number {k} in pictures",
                f"The company behind story {k} reported that its revenues fell by a fifth last year, as "
                "customers bought less and the cost of materials rose faster than the prices it could charge "
                "its largest clients in the region.", "Photo Agency"]
    return out


def test_a_gallery_beside_the_article_is_left_out():
    page = "\n\n".join(["News", "Business", *ARTICLE, "Business news in pictures", *_slides(12), "Comments"]) + "\n"
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=page), S)
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert "metal rack" in body and "Blankets and bedspreads" in body
    assert "story 3 reported" not in body


def test_lines_opening_with_dates_or_other_counts_are_no_gallery():
    rows = [f"{day}/03 The council met again and agreed on the new budget for the coming year, after a long "
            "debate about the roads and the schools of the district." for day in (2, 9, 16, 23)]
    rows += [f"{k}/{k + 3} The council met again and agreed on the new budget for the coming year, after a long "
             "debate about the roads and the schools of the district." for k in (1, 2, 3)]
    lines = read_lines("\n\n".join(rows) + "\n", S)
    scores = score_lines(lines, S)
    assert all(scores[ln.index] > 0 for ln in lines if ln.text)
