"""A text browser (lynx) glues a table of data to the line introducing it, no blank line between
("Final standings after 36 races:" right over the header and rows): the table is still the
article's; a line introducing a menu glued to it (no figures) makes no table."""

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
RIDERS = ["Anja Brekke", "Bo Carlsen", "Dita Engel", "Finn Gaard", "Hilde Iversen", "Jon Krogh", "Lise Moe",
          "Nils Ovre", "Pia Quist", "Rolf Sunde", "Siri Tveit", "Uno Vik"]
MENU = ["Home", "News", "Calendar", "Riders and Teams", "Results", "Videos", "Contact", "Advertise"]
SIDEBAR = ["» Columns", "Click on the picture above to see how the riders are ranked in this season of the "
           "cup, race by race and overall, with the points of every round.", "» Advertising"]


def _lynx(blocks: list[list[str]]) -> str:
    """Blocks of lines, each line indented three spaces, blocks set apart by a blank line."""
    return "\n\n".join("\n".join("   " + line for line in block) for block in blocks) + "\n"


def _table() -> list[str]:
    rows = [f"{n:<4} {name:<16} {5040 - 97 * n:>5}  {n % 4:>2}  {n % 3:>2}" for n, name in enumerate(RIDERS, 1)]
    return ["Final standings of the 2021 cup after 36 races:", "Pos. Rider           Points Wins Poles"] + rows


def _page(table: list[str]) -> str:
    head = [[item] for item in MENU] + [["Standings"], [
        "Here you will always find the latest standings of the cup after the last race!"]]
    return _lynx(head + [table] + [[line] for line in SIDEBAR])


def _body(text: str):
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), S)


def test_a_table_glued_to_its_introduction_is_the_body():
    article = _body(_page(_table()))
    body = "\n".join(x for x in (article.lead, article.text) if x)
    assert "Anja Brekke" in body and "Uno Vik" in body and "Siri Tveit" in body


def test_the_rows_under_a_glued_introduction_earn_their_weight():
    lines = read_lines(_page(_table()), S)
    scores = score_lines(lines, S)
    rows = [ln.index for ln in lines if any(ln.text.strip().startswith(f"{n} ") for n in range(1, 13))]
    assert len(rows) == 12 and all(scores[k] > 0 for k in rows)


def test_a_menu_glued_to_an_introduction_is_no_table():
    menu = ["Our other sites:"] + [f"{name} Cycling Club" for name in RIDERS]
    lines = read_lines(_page(menu), S)
    scores = score_lines(lines, S)
    assert all(scores[ln.index] <= 0 for ln in lines if ln.text.strip().endswith("Cycling Club"))
