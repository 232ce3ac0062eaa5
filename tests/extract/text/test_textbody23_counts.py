"""Text captures (session 24): a link's title with its count of comments in brackets ("Title
(148)"), a sidebar's "most commented" list in a copy without blank lines, ends no sentence, so
the list is no prose the body could open with; a year in brackets still ends a line of prose."""

from __future__ import annotations

from harbour_story import PARAS as HARBOUR_PARAS

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.kinds import PROSE
from sidebyside.extract.text.rules import classify
from sidebyside.model import Capture, Source

PARAS = HARBOUR_PARAS[:3]
MOST_COMMENTED = (
    "Quay traders fear a long summer without the bridge (185)",
    "Ferry timetable: what changes for cyclists and walkers next week (148)",
    "Mayor Ilse Marten says the town cannot wait for the repair any longer (142)",
    "Harbour board meets again on Friday to choose the engineers (133)",
    "Mayor says the old bridge is “not safe for lorries” (130)",
)


def test_a_title_with_a_count_of_comments_is_no_prose():
    for line in MOST_COMMENTED:
        assert classify(line) != PROSE, line
    assert classify("The bridge opened in 1911 and was last repaired after the great storm. (1987)") == PROSE
    assert classify("The board approved the plan by a wide margin on Tuesday (14).") == PROSE


def test_a_most_commented_list_above_the_headline_stays_out_of_the_body():
    # a select-all copy without blank lines: the list, the headline, the byline, the story
    content = "\n".join(("Most Commented", *MOST_COMMENTED, "Harbour bridge to close for a year",
                         "Posted by Tam Rhodes on March 3, 2026, 6:21 AM EST", *PARAS))
    art = extract_text(Capture(source=Source(path="p.txt", format="text"), content=content))
    body = "\n".join(x for x in (art.lead, art.text) if x)
    assert "(185)" not in body and "(133)" not in body
    assert all(p[:50] in body for p in PARAS)
    assert art.authors == ("Tam Rhodes",)
    assert art.title == "Harbour bridge to close for a year"
