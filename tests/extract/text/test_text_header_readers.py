"""The one reader of a text capture's summary points (headline.summary_points): the headline's
score and the story's lead both ask it, so the two read such lines alike."""

from __future__ import annotations

from sidebyside.extract.text import read_lines
from sidebyside.extract.text.headline import summary_points
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
HEADLINE = "Family rescued from sandbank as tide races in around them"
POINTS = [
    "Parents and their daughter were stranded on a strip of sand for half an hour",
    "Lifeboat crew reached them as the water rose to the children's knees",
    "Coastguard urges visitors to check the tide times before walking on the flats",
]
BYLINE = ["By Jane Holloway", "Published: 14:05 GMT, 7 March 2026"]


def _head(lines):
    return next(ln for ln in lines if ln.text == HEADLINE)


def _points(rows: list[str]) -> list[str]:
    lines = read_lines("\n".join(rows) + "\n")
    return [ln.text for ln in summary_points(lines, _head(lines), len(lines), S)]


def test_points_whose_bullets_a_copy_dropped():
    assert _points([HEADLINE, *POINTS, *BYLINE]) == POINTS
    assert _points([HEADLINE, HEADLINE, *POINTS, *BYLINE]) == POINTS  # the headline shown twice


def test_bulleted_points_apart():
    rows = [HEADLINE, ""]
    for point in POINTS[:2]:
        rows += [f"  * {point}", ""]
    assert _points([*rows, *BYLINE]) == POINTS[:2]


def test_no_points():
    assert _points([HEADLINE, POINTS[0], *BYLINE]) == []  # one line: a standfirst, not a summary
    assert _points([HEADLINE, *POINTS, "Weather", *BYLINE]) == []  # no byline right under them
    assert _points([HEADLINE, *POINTS, *POINTS[:2], *BYLINE]) == []  # five: a list of other stories
    sentences = [p + "." for p in POINTS]  # sentences, not lines of a headline's shape
    assert _points([HEADLINE, *sentences, *BYLINE]) == []
    assert _points([HEADLINE, "", *POINTS, *BYLINE]) == []  # set apart from the headline, no bullets
