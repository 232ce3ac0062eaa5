"""A page whose article is a table of data (a season's standings) under a short introduction:
its rows are the body whether a browser's copy sets the cells apart with tabs or a text browser
prints each row as a block of its own; a menu of links set apart by blank lines is no table."""

from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import score_lines, spaced_table_at
from sidebyside.extract.text.header import _credits_no_one
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
DRIVERS = ["Anna Berg", "Carl Dorn", "Eva Fisk", "Gus Hale", "Ida Juhl", "Kai Lund", "Mia Nord", "Ole Pahl",
           "Rut Sand", "Tor Ulv", "Vera Wik", "Yan Zell"]
MENU = ["Home", "News", "Schedule", "Drivers and Teams", "Results", "Videos", "Contact", "Advertise"] * 3
INTRO = ["Standings", "Here you will always find the latest standings of the championship after the last race!",
         "Final standings of the 2019 series after 36 races:"]
SIDEBAR = ["» Columns", "Click on the picture above to see how the drivers are ranked in this season of the "
           "championship, race by race and overall, with the points of every round.", "» Advertising"]


def _rows(sep: str) -> list[str]:
    header = sep.join(["Pos.", "Driver", "Points", "Wins", "Poles"])
    return [header] + [sep.join([str(n), name, str(5040 - 97 * n), str(n % 4), str(n % 3)])
                       for n, name in enumerate(DRIVERS, 1)]


def _body(text: str) -> str:
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), S)
    return "\n".join(x for x in (article.lead, article.text) if x)


def test_a_table_copied_with_tabs_is_the_body():
    text = "\n\n".join(MENU + INTRO) + "\n\n" + "\n".join(_rows("\t")) + "\n\n" + "\n\n".join(SIDEBAR) + "\n"
    body = _body(text)
    assert "Kai Lund" in body and "Yan Zell" in body


def test_a_table_whose_rows_are_set_apart_by_blank_lines_is_the_body():
    text = "\n\n".join(MENU + INTRO + _rows("  ") + SIDEBAR) + "\n"
    lines = read_lines(text, S)
    first = next(ln.index for ln in lines if ln.text.startswith("1  Anna"))
    assert spaced_table_at(lines, first, S) > first + 20
    body = _body(text)
    assert "Kai Lund" in body and "Yan Zell" in body


def test_a_menu_set_apart_by_blank_lines_is_no_table():
    # (rows of links set apart by two spaces have no figures; a pager's figures stand in one row)
    menu = ["Home  News  Sport", "Weather  Travel  Video", "Music  Film  Books", "Food  Games  Shop"] * 2
    text = "\n\n".join(menu + ["« Previous  1  2  3  Next »"] + MENU) + "\n"
    lines = read_lines(text, S)
    assert all(spaced_table_at(lines, ln.index, S) == ln.index for ln in lines)
    scores = score_lines(lines, S)
    assert max(scores) <= 0


def test_a_section_name_with_an_acronym_credits_no_one():
    plain = frozenset({"standings", "the", "latest"})
    assert _credits_no_one("Standings NASCAR", english=False, settings=S, plain=plain)
    assert not _credits_no_one("Sofia NASCAR", english=False, settings=S, plain=plain)  # (a given name)
    assert not _credits_no_one("Lindqvist Berglund", english=False, settings=S, plain=plain)
