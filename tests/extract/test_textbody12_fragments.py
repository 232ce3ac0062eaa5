"""An article fragmented into short paragraphs by "Advertisement" lines, captions and a "Read
more" link, beside a "Most read" list of teasers with longer summaries: the article is the body,
the teasers are not; furniture in runs (a menu, a share bar) still costs what it costs."""

from __future__ import annotations

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines
from sidebyside.model import Capture, Source

MENU = ["Coast Courier", "News", "Islands", "Business", "Sport", "Opinion"]
ARTICLE = [
    "Ferry crews and islanders clash over winter timetable", "By Morag Keir · 4 November 2025",
    "Islanders packed the village hall on Monday night.",
    "They came to hear why the winter ferry timetable cuts two sailings a day.",
    "Advertisement",
    "The operator says it has too few crew for the dark months.",
    "Too few hands",
    "Eleven deckhands left the company this year, its manager told the meeting.",
    "Advertisement",
    "Parents said the first sailing now leaves after school starts on the mainland.",
    "Some children will miss an hour of lessons each morning.",
    "Read more: Pier repairs delayed until spring",
    "A district nurse said she would have to stay overnight on the mainland twice a week.",
    "The council's transport convener promised to raise the matter with the operator.",
    "Advertisement", "Share on Facebook", "Email",
]
TEASERS = ["Most read"] + [line for title, summary in [
    ("Harbour master retires after forty years at the quay",
     "The harbour master who guided ships into the bay through four decades of storms has stepped down. "
     "He says he will miss the early mornings most, and plans to spend his time fishing."),
    ("School roof to be replaced after winter leaks",
     "The island primary school will get a new roof next summer after rain came through the ceiling of two "
     "classrooms last winter. The council has set aside the money in its budget."),
    ("New bakery opens on the high street",
     "A couple who moved to the island last year have opened a bakery in the old post office. They bake "
     "bread, pies and cakes each morning and say the queue stretched past the church."),
    ("Lifeboat crew called out twice in one night",
     "Volunteers from the island lifeboat station were called out twice on Saturday night, first to a yacht "
     "with engine trouble and then to a fishing boat whose crew had been hurt by a falling winch."),
] for line in (title, summary)]
FOOTER = ["About us · Contact · Privacy · © 2025 Coast Courier"]


def extract(lines: list[str]):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content="\n\n".join(lines)))


def test_a_fragmented_article_beside_a_list_of_teasers_is_the_body():
    text = extract(MENU + ARTICLE + TEASERS + FOOTER).text
    for sentence in ("winter ferry timetable cuts", "too few crew", "Eleven deckhands", "miss an hour",
                     "stay overnight on the mainland", "transport convener"):
        assert sentence in text
    assert "Advertisement" not in text and "Read more" not in text
    assert "harbour master" not in text and "bakery" not in text


def test_teasers_under_a_promo_header_earn_nothing_but_an_article_under_one_heading_does():
    lines = read_lines("\n\n".join(TEASERS))
    scores = score_lines(lines)
    assert all(score <= 0 for score in scores)
    # (fewer than three title-summary pairs: not a list of other stories)
    lines = read_lines("\n\n".join(TEASERS[:5]))
    assert max(score_lines(lines)) > 0


def test_only_a_lone_furniture_line_between_paragraphs_is_cheap():
    lines = read_lines("\n\n".join(ARTICLE))
    scores = score_lines(lines)
    cost = {line.text: score for line, score in zip(lines, scores) if line.text.startswith(("Advert", "Share", "Read"))}
    assert cost["Read more: Pier repairs delayed until spring"] == -20
    assert cost["Share on Facebook"] < -20  # (a share bar: furniture beside furniture)
    assert sum(1 for line, score in zip(lines, scores) if line.text == "Advertisement" and score == -20) == 2
