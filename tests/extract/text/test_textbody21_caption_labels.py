"""The labels a page gives a screen reader before a picture's caption or credit ("Image caption
...", "Media caption...", "Image copyright ..."), printed by a text dump, open a caption, not a
paragraph of the article; a sentence that merely starts with those words stays in the body."""

from __future__ import annotations

from sidebyside.extract import cues
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.kinds import CREDIT
from sidebyside.extract.text.rules import classify
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


PARAGRAPHS = [
    "The ferry operator said on Tuesday that its two oldest boats would be withdrawn from the northern route by "
    "the end of the summer, after a second engine failure in as many months.",
    "Passengers on the crossing to Tarrow Island were kept on board for four hours last week while engineers "
    "worked on the stalled vessel, the company confirmed in a statement.",
    "The regional council has asked the operator to publish a timetable for the replacement boats before the "
    "holiday season begins, when traffic on the route doubles.",
]


def test_label_lines_are_captions_and_credits():
    for line in ("Image caption The stalled ferry was towed back to Millhaven harbour",
                 "Media captionPassengers describe four hours on the stalled ferry",
                 "Image copyright Harbour Photo Agency",
                 "Image Copyright @tarrowferries @tarrowferries",
                 'Media caption "We were never told what was wrong", says one passenger'):
        assert classify(line) == CREDIT, line


def test_a_sentence_opening_with_the_words_is_no_label():
    for line in ("Image copyright law was changed in 2014 to cover photographs taken on public land.",
                 "Image captions are written by the picture desk, the editor said.",
                 "Media captioning services are offered for every broadcast, the council added."):
        assert not cues.CAPTION_LABEL.match(line), line
        assert classify(line) != CREDIT, line


def test_captions_between_paragraphs_leave_the_body():
    content = "\n\n".join([
        "Ferry operator withdraws oldest boats", PARAGRAPHS[0],
        "Image copyright Harbour Photo Agency",
        "Image caption The stalled ferry was towed back to Millhaven harbour on Thursday evening after a long wait",
        PARAGRAPHS[1],
        "Media captionPassengers describe four hours on board the stalled ferry in the middle of the strait",
        PARAGRAPHS[2],
    ])
    article = extract(content)
    assert [article.lead, *article.paragraphs()] == PARAGRAPHS  # (the first paragraph read as the lead)
    assert any(c.startswith("Image caption The stalled ferry") for c in article.captions)
