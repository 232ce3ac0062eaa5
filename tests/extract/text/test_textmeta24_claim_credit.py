"""Text captures (session 25, reader28): a fact check's claim box, a quotation with its credit
("Source: <body>, <date>") and the verdict under it, keeps its credit and verdict lines in the
body: a "Source:" line right under a quotation is the claim's credit, not boilerplate. A photo's
"Source:" credit under a caption, or a credit line apart from the quotation, stays out."""

from __future__ import annotations

import textwrap

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

CLAIM = ("   “The southern rebels keep the families of the Orlo camp from leaving, and they\n"
         "   block every bus the relief agencies send to the border crossing.”")
STORY = (
    "In a joint statement published on Oct. 25, the Danish defence ministry accused the rebels of blocking "
    "a plan to return the families to their homes before the winter.",
    "Aid workers in the region told reporters that the buses never reached the camp, and that the "
    "families had not been told where they would be taken.",
    "A spokesman for the rebels called the accusation baseless and said the group had no fighters "
    "within ten kilometres of the camp.",
    "The ministry did not answer questions about who had stopped the buses or when they would try again.",
)


def _read(lines: list[str]):
    content = "\n".join(lines)
    return extract_text(Capture(source=Source(path="p.txt", format="text"), content=content))


def _story() -> list[str]:
    """The story's paragraphs as lynx sets them: three columns in, wrapped at 77."""
    return [line for p in STORY for line in (*textwrap.wrap(p, 77, initial_indent="   ", subsequent_indent="   "), "")]


def test_a_claims_source_and_verdict_stay_in_the_body():
    art = _read(["Denmark: Rebels Blocking Refugee Return", "", "   November 18, 2019", "",
                 CLAIM,
                 "   Source: Danish Defence Ministry, October 25, 2019",
                 "   False",
                 "   Information from multiple sources disputes the claims", "",
                 *_story()])
    paragraphs = art.paragraphs()
    at = next(k for k, p in enumerate(paragraphs) if p.startswith("“The southern rebels"))
    assert paragraphs[at + 1 : at + 4] == ["Source: Danish Defence Ministry, October 25, 2019", "False",
                                           "Information from multiple sources disputes the claims"]
    assert paragraphs[at + 4].startswith("In a joint statement")


def test_a_photos_source_credit_stays_out_of_the_body():
    # (negative) a caption and its picture's source between two paragraphs
    art = _read(["Denmark: Rebels Blocking Refugee Return", "", "   November 18, 2019", "",
                 *_story()[:4],
                 "   Families wait at the Orlo camp on Oct. 24.",
                 "   Source: Danish Defence Ministry", "",
                 *_story()[4:]])
    assert "Source: Danish Defence Ministry" not in art.text
    assert art.paragraphs()[-1].startswith("The ministry did not answer")


def test_a_source_line_apart_from_the_quotation_is_not_its_credit():
    # (negative) a blank line between: the page's own credit line, not the claim's
    art = _read(["Denmark: Rebels Blocking Refugee Return", "", "   November 18, 2019", "",
                 CLAIM, "",
                 "   Source: Danish Defence Ministry", "",
                 *_story()])
    assert "Source: Danish Defence Ministry" not in art.text
