"""A short body read from a page whose sentences run on elsewhere, far longer (a list of
changes under version headings, a product's features), keeps that run too, with the doubt
warning; other stories' teasers (a title over each summary) are never such a run.

Pages written by hand for these tests (names, products and figures invented)."""

from __future__ import annotations

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text, read_lines
from sidebyside.extract.text.body import larger_prose_run
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


RELEASES = {
    "Release 3.4 (2 February 2026)": [
        "Added: a reading list that keeps the articles you save for later",
        "Added: the sidebar can be moved to the right of the window",
        "Improved: searching a large archive takes half as long as before",
        "Fixed: pictures in a printed page were cut at the bottom edge",
    ],
    "Release 3.3 (11 December 2025)": [
        "Added: a dark theme that follows the setting of the system",
        "Improved: the app starts faster on older laptops with slow disks",
        "Fixed: a crash when a folder name ended with a space",
        "Fixed: notes were sorted wrongly when their titles began with a number",
    ],
    "Release 3.2 (20 October 2025)": [
        "Added: export of a whole folder as a single document",
        "Changed: folders now hold at most five thousand notes each",
        "Fixed: links between notes broke after a folder was renamed",
    ],
}
BLOG = [
    "From our blog",
    "",
    "Why we stopped counting words",
    "",
    "For years the editor showed a word count in the corner, and for years people told us it made them "
    "anxious rather than productive, so this spring we tried a month without it.",
    "",
    "Newsletter",
    "",
    "One email a month with what is new. Sign up",
    "",
    "© 2026 Notewell · Privacy · Terms",
]


def _changelog_page() -> str:
    out = ["Notewell · Features · Pricing · Changes · Blog", "", "What's changed", ""]
    for heading, items in RELEASES.items():
        out += [heading, "", *[f"  • {item}" for item in items], ""]
    return "\n".join(out + BLOG)


def test_a_changelog_beside_a_blog_teaser_keeps_its_entries_with_a_warning():
    article = extract(_changelog_page())
    for items in RELEASES.values():
        for item in items:
            assert item in article.text
    assert warn.BODY_DOUBTFUL in article.warnings
    assert "Notewell · Features" not in article.text
    assert "Sign up" not in article.text


TEASERS = [
    ("Council approves the plan for a new swimming pool in the east of the town",
     "The council voted on Tuesday to build a new swimming pool on the site of the old bus depot, ending a "
     "debate that has run for six years and cost two committee chairs their seats."),
    ("Orchard owners warn of a poor harvest after the late frost in April",
     "Fruit growers in the valley say the frost that came three weeks after the blossom has cut this year's "
     "apple crop by half, and some fear they will not be able to pay their pickers."),
    ("Railway station to get a second footbridge and lifts to every platform",
     "Work on the station will begin in the autumn and last eighteen months, the operator said, with trains "
     "running as normal except on four weekends when the line will be closed."),
    ("Library volunteers honoured for forty years of the mobile book service",
     "The volunteers who drive the mobile library to the villages of the upper valley were thanked at a "
     "ceremony on Friday, where the first of them, now ninety, cut a cake."),
]
SHORT_STORY = [
    "Market traders have agreed to a new rota for the Saturday market.",
    "The change moves the food stalls to the square by the church.",
    "Traders said the move would give shoppers more room on busy days.",
]


def _story_and_teasers(titled: bool) -> str:
    page = ["The Valley Post · News · Sport · What's on", "", "Saturday market to change its layout", "",
            "By Ruth Ellery | 4 March 2026", ""]
    page += [x for line in SHORT_STORY for x in (line, "")]
    page += ["Related stories", ""]
    for title, summary in TEASERS:
        page += ([title, ""] if titled else []) + [summary, ""]
    return "\n".join(page + ["© 2026 The Valley Post"])


def test_other_stories_teasers_are_no_larger_run_to_keep():
    """Each summary under a title of its own: teasers, however much heavier than the body."""
    lines = read_lines(_story_and_teasers(titled=True))
    end = max(line.index for line in lines if line.text == SHORT_STORY[-1])
    assert larger_prose_run(lines, kept=200, end=end) is None


def test_the_same_sentences_without_titles_are_a_larger_run():
    lines = read_lines(_story_and_teasers(titled=False))
    end = max(line.index for line in lines if line.text == SHORT_STORY[-1])
    first, last = larger_prose_run(lines, kept=200, end=end)
    assert lines[last].text == TEASERS[-1][1]
    assert larger_prose_run(lines, kept=200, end=end, cut=True) is None  # (below a body cut before them)
