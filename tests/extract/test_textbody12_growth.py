"""A short body grows down over a list that lost its bullets, whose items read as sentences
without their stop (a product's features under "The game:"), not up over such a line (a
headline glued to its dateline), and not over Title Case teasers."""

from __future__ import annotations

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

MENU = "Home\n\nGames\n\nShop\n\nAbout us\n\n"
BODY = ("You are a couple of sailors who have crossed the bay together for years and want to try a new "
        "route, but do not know where to start or which charts to trust.\n\n"
        "You have just bought a boat and want to take it out as soon as the weather allows.\n\n"
        "This game will help you!\n\nHarbour Run:\n\n")
FEATURES = [
    "Hundreds of crossings that will make your weekends at sea fuller and more interesting",
    "Dozens of tricky questions that will help you to know the tides of the bay better",
    "A large variety of boats and sails for fine-tuning each of the crossings you plan",
    "Challenges that need to be finished within a week, even after the season is over",
]
FOOTER = "Share\n\nFacebook\n\nTwitter\n\nPrivacy\n\nTerms\n"


def _article(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


def test_a_short_body_grows_over_the_unbulleted_list_below_it():
    article = _article(MENU + "Harbour Run\n\n" + BODY + "\n".join(FEATURES) + "\n\n" + FOOTER)
    for item in FEATURES:
        assert item in article.text
    assert warn.BODY_GROWN in article.warnings
    assert "Facebook" not in article.text and "Privacy" not in article.text


def test_title_case_teasers_and_short_items_below_do_not_grow_it():
    teasers = ["Witnesses Voice Concerns About the Harbour Call Made Last Night",
               "Standoff at a University Campus Ends After Talks With the Police",
               "Bigger boats", "New sails"]
    article = _article(MENU + "Harbour Run\n\n" + BODY + "\n".join(teasers) + "\n\n" + FOOTER)
    assert "Standoff" not in article.text and "Bigger boats" not in article.text


def test_an_unended_line_above_the_body_is_not_grown_over():
    glued = "Cat found in the harbour after going missing in the bay Updated 11:21 pm, Tuesday, November 19"
    article = _article(MENU + "Breaking News\n\n" + glued + "\n\n" + BODY + FOOTER)
    assert "Updated 11:21" not in article.text
