"""A chart's labels and values printed one a line in a block (a capture without blank lines
keeps them together) are no menu: the article reads on past them (hand-written text of one
invented story)."""

from __future__ import annotations

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

BEFORE = [
    "The city's water bills will rise by a fifth over the next three years, the utility said on Tuesday, as it replaces pipes laid more than a century ago.",
    "The utility said the work could not wait any longer, after a winter in which more than two hundred mains burst and left whole streets without water.",
    "Its chief engineer said most of the old pipes were cast iron, and that many of them had cracked in the cold weather of the last two winters in a row.",
    "The plan would replace about forty miles of mains each year, starting with the oldest districts near the river, where the bursts have been most common.",
]
AFTER = [
    "Consumer groups said the rise would fall hardest on families on low incomes, and asked the council to spread the cost over a longer period of time.",
    "The council will vote on the plan next month, after a public consultation that opens on Monday and runs for six weeks in libraries and online.",
    "The utility's last rise, four years ago, was smaller, and it was spent mostly on a new treatment plant that opened on the north side of the city.",
    "Its board said that without the new money it would have to borrow, and that the interest would in the end cost customers more than the rise itself.",
    "Residents who spoke at the first meeting on the plan asked why the repairs had been put off for so long, and who had decided to put them off.",
    "The mayor said she would answer those questions at the council's next session, and that an outside review of the utility's accounts was under way.",
]
CHART = ["Average yearly bill", "$612", "$540", "$480", "2024", "2025", "2026", "2027", "Source: city utility"]
MENU = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Travel", "Weather", "Opinion"]


def _text(middle: list[str]) -> str:
    return "\n".join(["Water bills to rise by a fifth"] + BEFORE + middle + AFTER) + "\n"


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="copy.txt", format="text"), content=text))
    return "\n\n".join(x for x in (article.lead, article.text) if x)


def test_the_article_reads_on_past_a_chart_block() -> None:
    body = _body(_text(CHART))
    assert "pipes laid more than a century ago" in body and "six weeks in libraries" in body


def test_a_chart_block_costs_what_short_lines_cost_and_a_menu_block_more() -> None:
    settings = DEFAULT.extract.text
    short = dict(settings.line_costs)["short"]
    for middle, cost in ((CHART, short), (MENU, settings.list_run_cost)):
        lines = read_lines(_text(middle), settings)
        scores = score_lines(lines, settings)
        costs = {-scores[line.index] for line in lines if line.text in middle and line.kind == "short"}
        assert costs == {cost}, (middle[0], costs)
