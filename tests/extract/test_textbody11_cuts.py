"""A text capture's article read whole: a paragraph a tool cut at its longest line, and a
program's table whose cells hold dates inside a technical article."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.unwrap import _rejoin_cut_lines, unwrap
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


SENTENCE = "The harbour board met again on Tuesday to weigh the dredging plan against the cost of new quays, "


def test_a_paragraph_cut_at_the_tools_longest_line_is_joined_back():
    # w3m at 10,000 columns still breaks a line near 1,020 columns, mid-sentence
    long_line = (SENTENCE * 12).rstrip(", ")[:1010].rsplit(" ", 1)[0]
    rest = "and the board agreed to publish its figures in the spring."
    content = "\n".join(["Harbour plan", "", long_line, rest, "", "Another paragraph ends here."])
    lines = unwrap(content).splitlines()
    assert lines[2] == long_line + " " + rest
    assert lines[3] == ""


def test_a_long_line_that_ends_a_sentence_or_is_short_is_not_joined():
    ended = (SENTENCE * 12)[:1000].rsplit(" ", 1)[0] + "."
    short = "A line that stops mid-sentence but is short"
    for first in (ended, short):
        lines = ["Title", "", first, "next line of its own", "", "End."]
        assert _rejoin_cut_lines(lines) == lines


def test_a_long_rule_is_not_joined_to_the_line_under_it():
    content = "\n".join(["━" * 1020, "sponsored links", "", "End of the page."])
    assert unwrap(content).splitlines()[1] == "sponsored links"


ARTICLE = [
    "Anomalies in a server's log are values that stand far from what the recent past makes reasonable, "
    "and a query can find them before a customer does, without any tool beyond the database itself.",
    "We first count the requests of each status code per minute, then compare each minute with the mean "
    "and the standard deviation of the hour before it, which the query computes over a sliding window.",
    "The rows below are the minutes whose z-score passed the threshold; each is an alert the system would send.",
    "A z-score says how many standard deviations a value lies from the mean: a minute with a z-score of "
    "three or more is rare enough, in a log this regular, to be worth a look by whoever is on call.",
    "Thresholds matter as much as the statistic: a status code that is seen twice an hour jumps to a high "
    "z-score when it is seen five times, although nothing is wrong with the service at all.",
]
TABLE = [
    "status_code │  period  │ entries │  zscore  │ alert",
    "────────────┼──────────────────┼─────────┼──────────┼───────",
    "400 │ 2020-08-01 18:00:00+00 │  24 │  6.82 │ t",
    "500 │ 2020-08-01 11:29:00+00 │  5001 │  3.17 │ t",
    "404 │ 2020-08-01 07:20:00+00 │  23 │  5.14 │ t",
]
AFTER = [
    "After eliminating the anomalies with fewer than ten entries, we get far fewer alerts, and the ones "
    "left are those an engineer would want to hear about in the middle of the night.",
    "The same query, run every minute, becomes the alerting system: it fires once per anomaly and stays "
    "quiet while the anomaly lasts, which is what the team asked for in the first place.",
]


def test_a_programs_table_with_dates_in_its_cells_opens_no_other_story():
    heading = "Eliminating repeating alerts"
    content = "\n\n".join([*ARTICLE, heading, "\n".join(TABLE[2:]), *AFTER])
    article = extract(content)
    for paragraph in AFTER:
        assert paragraph in article.text


def test_a_headline_over_a_dated_byline_after_the_article_still_starts_another_story():
    teaser = ["Inside the tram depot", "Tom Ellis", "4 March 2024",
              "Our correspondent spent a week with the crews who keep the old trams running through the "
              "winter, and found a service held together by goodwill and spare parts."]
    content = "\n\n".join([*ARTICLE, *AFTER, *teaser])
    article = extract(content)
    assert AFTER[-1] in article.text
    assert "tram" not in article.text
