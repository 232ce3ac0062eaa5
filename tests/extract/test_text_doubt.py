"""When the text extractor doubts the body it read, it says so and keeps more rather than less.

Captures written by hand for these tests (names, places and figures invented), in the shapes
where the body chooser cannot be sure, and ordinary pages where it must stay quiet.
"""

from __future__ import annotations

import dataclasses

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

TEXT = DEFAULT.extract.text


def _article(content: str, settings=TEXT):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content), settings)


def _body_warnings(article) -> list[str]:
    return [w for w in article.warnings if w not in (warn.NO_DATE, warn.NO_TITLE)]


def _paragraphs(*sentences: str) -> str:
    return "\n\n".join(sentences)


# a timetable-change list (the page's content, all short bulleted items) beside two prose teasers
TIMETABLE_PAGE = "\n".join([
    "Northline Rail · Tickets · Timetables · Service updates · News",
    "",
    "Timetable changes",
    "",
    "From 8 December 2025",
    "",
    *[f"  • {item}" for item in (
        "Route 4: first train leaves Harlow Junction ten minutes earlier",
        "Route 4: extra evening service to Bramford on Fridays",
        "Route 7: Kestrel Park stop closed for platform works",
        "Route 7: weekend trains run every twenty minutes",
        "Route 9: new direct service to the airport at peak hours",
        "Route 9: last train from Ostley moved to 23:40",
    )],
    "",
    "From 6 October 2025",
    "",
    *[f"  • {item}" for item in (
        "Route 2: Saturday timetable now matches weekdays",
        "Route 2: bicycles allowed outside peak hours",
        "Route 5: replacement buses between Fenwick and Mott during works",
        "Route 5: new stop at Linden Hospital",
        "Route 11: fewer early services on Sundays",
    )],
    "",
    "From our blog",
    "",
    "Why we are rebuilding the Kestrel Park platforms",
    "",
    "The platforms at Kestrel Park were built for trains half as long as the ones we run",
    "today, and on busy mornings passengers wait at the far end where the roof stops.",
    "",
    "What happens to your ticket when a train is cancelled",
    "",
    "If your train is cancelled you can travel on the next service with the same ticket,",
    "or ask for a full refund at any station within twenty-eight days of the journey.",
    "",
    "© 2025 Northline Rail · Privacy · Accessibility",
])

# two articles' worth of prose on one page, the second scoring nearly as high as the first
TWO_BLOCKS_PAGE = "\n".join([
    "The Valley Courier · Home · Local · Sport",
    "",
    "Library reopens after flood repairs",
    "",
    _paragraphs(
        "The town library reopened on Monday after four months of repairs to the ground floor, which was flooded when the river broke its banks in the spring.",
        "Staff said about two thousand books had been lost, most of them from the children's section, and that donations had already replaced half of them.",
        "The reading room now has raised shelving and a new floor that can be cleaned and dried within days if the water returns.",
    ),
    "",
    "Share · Print",
    "",
    "Menu",
    "Home",
    "Local",
    "Sport",
    "Weather",
    "Contact",
    "Jobs",
    "",
    _paragraphs(
        "Volunteers who helped move the collection upstairs in the spring were thanked at a small ceremony in the reading room on Monday afternoon.",
        "The mayor said the repairs had cost less than feared because the volunteers had saved the rare local history archive before the water reached it.",
        "A plaque listing the names of the forty volunteers will be placed by the entrance once the last of the shelves are filled again.",
    ),
    "",
    "© The Valley Courier",
])


def test_a_side_column_of_prose_read_instead_of_a_list_is_flagged():
    article = _article(TIMETABLE_PAGE)
    assert warn.BODY_DOUBTFUL in article.warnings
    assert "Kestrel Park platforms" in article.text or "cancelled" in article.text


def test_two_blocks_scored_alike_are_both_kept_and_flagged():
    article = _article(TWO_BLOCKS_PAGE)
    assert warn.BODY_DOUBTFUL in article.warnings
    assert "two thousand books" in article.text
    assert "rare local history archive" in article.text
    assert article.text.index("two thousand books") < article.text.index("rare local history archive")


def test_without_the_doubt_the_second_block_is_lost():
    """The same page with the runner-up rule switched off: one block only (what the rule adds)."""
    never = dataclasses.replace(TEXT, doubt_runner_up_share=1e9, doubt_short_chars=0)
    article = _article(TWO_BLOCKS_PAGE, never)
    assert warn.BODY_DOUBTFUL not in article.warnings
    assert ("two thousand books" in article.text) != ("rare local history archive" in article.text)


# a story in a table layout whose column a tool set beside a rail of figures with one space
# between them: the splitter cannot separate them, the rules read one line (the lead) at most
RATES_PAGE = "\n".join([
    'Harbour Post Markets Economy World Log in',
    '',
    'Freight rates',
    '',
    'SHA/RTM 1.0921    +0.79%',
    'SHA/LAX 1.2947    +0.35%',
    'SIN/RTM 147.32    -0.03%',
    'SIN/NYC 0.8812    -0.41%',
    'BOM/FXT 0.6318    +0.22%',
    'HKG/HAM 1.4402    -0.12% Port strike ends after dock workers accept deal',
    'PUS/LAX 0.5733    +0.18%',
    'YTN/LGB 0.8435    +0.44% By Tomas Lindgren · 14 May 2025',
    'NGB/RTM 160.88    +0.76%',
    'XMN/ANR 7.2405    -0.17% Dock workers at the eastern terminals went back on',
    'TAO/FXT 87.12     +0.05% Wednesday after their union accepted a rise of six',
    'DLC/HAM 20.14     -0.61% percent spread over two years, ending the strike.',
    'TSN/NYC 5.81      -0.33%',
    'SZX/LAX 18.27     -0.48% Shipping lines said it would take about a week to',
    'CAN/RTM 36.55     +0.09% clear the queue of container ships waiting outside',
    'KEL/ANR 10.08     -0.95% the port, and that some cargo had been diverted to',
    'KHH/HAM 10.71     -0.62% Bremen.',
    'TPE/LAX 3.86      -0.88%',
    'MNL/RTM 1,452.10  -0.21% Port officials said night shifts would be added to',
    'JKT/HAM 1.3354    -0.27% the schedule until the backlog was cleared, which',
    'BKK/NYC 7.7731    +0.01% they expect by the end of the month.',
    'Bunker  2,918.40  +0.21%',
    '(oz)',
    'Brent   69.84     -0.63%',
    '(bbl)',
    'Diesel  812.40    +2.68%',
    '',
    'Rates at 16:00 GMT',
    '',
    '© 2025 Harbour Post. Rates are indicative and for information only.',
])


def test_a_layout_read_as_one_line_keeps_the_page_s_sentences_and_warns():
    article = _article(RATES_PAGE)
    body = " ".join(x for x in (article.lead, article.text) if x)
    assert _body_warnings(article)
    assert warn.BODY_DOUBTFUL in article.warnings
    assert "went back on" in body and "container ships" in body and "night shifts" in body  # more than the one line


# ------------------------------------------------------------------ where it must stay quiet

ARTICLE = _paragraphs(
    "The county council approved a plan on Thursday to reopen the old mill bridge to cyclists and walkers, twelve years after it was closed as unsafe.",
    "Engineers found that the stone arches were sound and that only the deck and the railings needed replacing, which cut the expected cost by half.",
    "Work is due to start in March and take about eight months, during which the riverside path will be diverted through the park on the far bank.",
    "Residents who had campaigned for the reopening said the bridge would shorten the walk from the village to the station by more than a mile.",
    "The council said it would also add lighting along the approach, after complaints that the path was too dark to use safely in winter evenings.",
    "A public meeting to present the final design will be held at the village hall on the second Tuesday of next month, the council said.",
)


def test_an_article_with_a_long_comment_thread_is_not_flagged():
    comments = "\n\n".join(
        f"Reader{k} · {k} hours ago\n\nI have walked that path for {k + 2} years and I think this is a sensible "
        f"decision, though I wonder whether the lighting will bother the houses along the river at night. Reply"
        for k in range(1, 16))
    page = "\n".join([
        "Riverside Gazette · News · Sport · Opinion", "", "Old mill bridge to reopen for cyclists", "",
        "By Ana Ferreira · 12 June 2025", "", ARTICLE, "", "15 comments", "", comments, "",
        "© Riverside Gazette"])
    article = _article(page)
    assert warn.BODY_DOUBTFUL not in article.warnings
    assert "old mill bridge" in article.text and "I have walked that path" not in article.text


def test_a_short_news_brief_on_a_short_page_is_not_flagged():
    page = "\n".join([
        "Coastal Times · News", "", "Ferry services resume", "", "By Lee Morgan · 3 April 2025", "",
        "Ferry services between the mainland and the islands resumed on Thursday morning after two days "
        "of gales, the operator said, with extra sailings planned for the weekend.", "",
        "© Coastal Times"])
    article = _article(page)
    # (a body this short is flagged low confidence, as ever; no doubt about which part it is)
    assert not {warn.BODY_DOUBTFUL, warn.BODY_WIDENED, warn.BODY_GROWN} & set(article.warnings)
    assert "Ferry services" in article.text


def test_a_clear_article_beside_a_related_stories_rail_is_not_flagged():
    rail = "\n".join(f"  • {title}" for title in (
        "Council sets date for budget vote", "New bus route to the hospital from May",
        "Town hall clock repaired after two years", "Library extends opening hours in summer",
        "Police appeal after break-in at the sports club", "School wins regional science prize",
        "Market square to be closed for resurfacing", "Planning talks on new homes by the river"))
    page = "\n".join([
        "Riverside Gazette · News · Sport · Opinion", "", "Old mill bridge to reopen for cyclists", "",
        "By Ana Ferreira · 12 June 2025", "", ARTICLE, "", "Related stories", "", rail, "",
        "© Riverside Gazette"])
    article = _article(page)
    assert _body_warnings(article) == []
    assert "public meeting" in article.text and "budget vote" not in article.text
