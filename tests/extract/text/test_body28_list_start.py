"""An article that opens with a list (a newsletter's highlights): its first items are short and
cost, so the run of scores starts at its first long item; the items above it in the same list,
each a sentence, are the article's too. A menu's labels right above a list stay out."""

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import body_run
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
MENU = ["* Home", "* Projects", "* Get Involved", "* Blog", "* Contact"]
HIGHLIGHTS = [
    "* Here is our year in review for the harbour lamps!",
    "* The night crew fixed the flicker on the north pier.",
    "* We have just finished the work on the lamp timers, which now wait for the last ferry to dock before they "
    "dim, so the crews who tie up the boats late in the evening no longer work in the dark on the south quay.",
    "* The old cables under the fish market were replaced over two weekends, and the market opened on time "
    "both Mondays; thanks to everyone who came to help carry the reels and to the traders for their patience.",
    "* Volunteers repainted the lamp posts along the promenade in the town's blue, as the council asked in "
    "the spring, and the last of them dried before the first autumn storm reached the coast on Thursday.",
]
TAIL = ["Previous post: Lamps of the month", "Next post: The winter schedule", "© Harbour Lamps Club"]


def _page(menu_glued: bool = False) -> str:
    items = MENU + HIGHLIGHTS if menu_glued else HIGHLIGHTS
    return "\n\n".join(["Harbour Lamps Club", "\n".join(MENU), "These Weeks at the Harbour: Issue 12",
                         "Highlights", "\n".join(items)] + TAIL) + "\n"


def _run_start(text: str) -> str:
    lines = read_lines(text, S)
    start, _ = body_run(lines, S)
    return lines[start].text


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), S)
    return "\n".join(x for x in (article.lead, article.text) if x)


def test_the_short_first_items_of_the_list_the_article_opens_with_are_kept():
    assert _run_start(_page()).startswith("Here is our year in review")
    body = _body(_page())
    assert "year in review" in body and "flicker on the north pier" in body
    assert "last ferry" in body and "first autumn storm" in body


def test_a_menu_above_the_list_stays_out():
    # (even a menu glued to the list, no blank line between: its labels are no sentences)
    assert _run_start(_page(menu_glued=True)).startswith("Here is our year in review")
    body = _body(_page())
    assert "Get Involved" not in body and "Projects" not in body
