"""When the body read is short and the page's sentences read on around it, the body grows over
them with a warning: never a one-line body from a page that says more."""

from __future__ import annotations

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

MENU = "\n".join(["Home", "Products", "Support", "About us"]) + "\n\n"
HEAD = "Welcome to Harbour Maps\n\nHarbour Maps charts every ferry route in the bay and the times each boat leaves.\n\n"
# a product page: paragraphs of a sentence or two under one-word headings and "Learn more" links
FEATURES = [
    f"{name}\n\n{sentence}\n\nLearn more about {name}\n\n"
    for name, sentence in [
        ("Timetables", "See each ferry's departures, updated each morning by the port."),
        ("Tides", "Check the tide at each pier before you plan a crossing."),
        ("Alerts", "Get a message when your crossing is cancelled by weather."),
        ("Routes", "Draw a route between two piers and share it with friends."),
        ("Offline", "Keep the charts on your phone to sail without a signal."),
    ]
]
LONG = ("Developer Edition keeps a profile of its own so that it runs beside the other versions of the app, "
        "and the charts you saved before are kept in the old profile until you sign in again with your account.\n\n")
FOOTER = "Privacy\n\nTerms\n\nContact\n"


def _article(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


def test_a_short_body_grows_over_the_sentences_around_it_with_a_warning():
    article = _article(MENU + HEAD + LONG + "".join(FEATURES) + FOOTER)
    for sentence in ("updated each morning by the port", "cancelled by weather",
                     "without a signal", "runs beside the other versions"):
        assert sentence in article.text
    assert "Learn more about Routes" in article.text  # (a link between two sentences)
    assert warn.BODY_GROWN in article.warnings
    assert "Privacy" not in article.text and "Products" not in article.text
    assert article.title == "Welcome to Harbour Maps"


def test_a_long_body_is_not_grown():
    paragraphs = "\n\n".join(
        f"The harbour authority voted on the new ferry terminal for the {n} time on Tuesday, ending a planning "
        f"dispute that had lasted more than six years, and the work starts in the spring." for n in range(1, 9))
    teaser = "Other stories\n\nA new bridge opens in the north of the city.\n\n"
    article = _article(MENU + "Ferry terminal approved\n\n" + paragraphs + "\n\n" + teaser + FOOTER)
    assert warn.BODY_GROWN not in article.warnings
    assert "A new bridge opens" not in article.text


def test_teaser_headlines_after_a_short_body_do_not_grow_it():
    """Headlines of other stories do not end a sentence: more than a few in a row stop the growth."""
    body = ("Gaming used to be so simple: we bought a game, sat down in front of a console and played it to "
            "the end, then bought the next one.\n\nNow we spend money over and over on virtual perks, and "
            "the games never end because their makers keep adding new maps.\n\n")
    teasers = "".join(f"{t}\n\n" for t in (
        "Most Popular Videos", "Witnesses Voice Concerns About the Call", "Standoff at a University Campus",
        "Ruling Gives a Glimpse Into the Future", "Residents Banned From Bringing Cars",
        "This sentence after the teasers ends with a full stop and has words enough."))
    article = _article(MENU + "Gaming never ends\n\n" + body + teasers + FOOTER)
    assert "Standoff" not in article.text and "full stop" not in article.text
    assert warn.BODY_GROWN not in article.warnings


def test_a_form_stops_the_growth():
    body = ("The council will publish the plans for the new ferry terminal next week, and readers may send "
            "their views until the end of the month.\n\nThe vote is set for the spring.\n\n")
    form = ("Leave a reply\n\nName * ______________________________\n\n"
            "Save my name and email in this browser for the next time I comment here.\n\n")
    article = _article(MENU + "Plans for the ferry terminal\n\n" + body + form + FOOTER)
    assert "Save my name" not in article.text


def test_teaser_cards_under_a_body_too_short_to_weigh_against_them_remain_with_the_warning():
    """A body the list rules cut before teaser cards keeps its end (tests/extract/test_text_body_ends.py);
    one too short for them to weigh it against the cards is grown over them, and says so."""
    body = ("The council approved the budget on Monday after a debate that lasted well into the night.\n\n"
            "Libraries keep their opening hours, and the pools reopen in the spring after repairs.\n\n")
    cards = "".join(f"KICKER {n}\n\nA headline of another story, number {n}\n\nexample.org News {n}\n\n"
                    f"A short summary of story {n}: what happened, to whom, and why readers care.\n\n"
                    for n in range(1, 6))
    article = _article("Council approves budget\n\nBy Ann Lee\n\n4 March 2024\n\n" + body + cards + FOOTER)
    assert "the pools reopen" in article.text
    assert warn.BODY_GROWN in article.warnings
