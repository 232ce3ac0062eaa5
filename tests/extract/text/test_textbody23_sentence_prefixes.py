"""Text captures (session 24): a furniture prefix that is also a sentence's first words ("Back to
", "Follow ") makes a line furniture only when it holds no second sentence (reader27: "Back to
Taylor! It's her music, so why can't she sing it?" dropped); labels stay furniture."""

from __future__ import annotations

from harbour_story import PARAS as HARBOUR_PARAS

from sidebyside.extract.text import extract_text
from sidebyside.extract.text.kinds import FURNITURE
from sidebyside.extract.text.rules import classify
from sidebyside.model import Capture, Source

PARAS = HARBOUR_PARAS[:3]


def test_a_sentence_opening_with_a_furniture_prefix_is_the_storys():
    line = "Back to the bridge! It is the town's oldest, so why can't the board repair it?"
    assert classify(line) != FURNITURE
    art = extract_text(Capture(source=Source(path="p.txt", format="text"), content="\n\n".join(
        ("Harbour bridge to close for a year", "By Tam Rhodes", PARAS[0], PARAS[1], line, PARAS[2]))))
    assert line in art.text


def test_furniture_prefixes_and_labels_stay_furniture():
    for line in ("Back to top", "Back to the homepage", "Follow us on Mastodon", "Read more: Bridge closures explained",
                 "Related: Bridge closures. Ferry times.", "Share this article", "Click here to see the map"):
        assert classify(line) == FURNITURE, line


def test_a_bracketed_image_credit_is_a_credit_not_the_storys():
    from sidebyside.extract.text.kinds import CREDIT

    for line in ("(Image credit: Harbour Board)", "(Image credits: Jo Marsh/Harbour Board, Tam Rhodes)",
                 "(Photo credit: Ilse Marten)"):
        assert classify(line) == CREDIT, line
    # a sentence that speaks of an image's credit is the story's
    assert classify("The board said the image credit went to a local photographer, Ilse Marten.") != CREDIT


def test_more_and_a_promo_noun_heads_a_promo_block():
    from sidebyside.extract import cues

    for line in ("More Great Harbour Stories", "More Blog Stories", "MORE TOP VIDEOS"):
        assert cues.is_promo_header(line), line
    # a sentence's words, lower-case or with a figure, are no header
    for line in ("More people read the news", "More than 300 stories", "More People Read The News Today"):
        assert not cues.is_promo_header(line), line
    art = extract_text(Capture(source=Source(path="p.txt", format="text"), content="\n\n".join(
        ("Harbour bridge to close for a year", "By Tam Rhodes", *PARAS, "More Great Harbour Stories",
         "  • Ferry timetable: what changes for cyclists next week\n  • Quay traders count the cost of the closure"
         "\n  • Engineers inspect the rusted gears of the old bridge"))))
    assert "Ferry timetable" not in art.text and PARAS[2] in art.text
