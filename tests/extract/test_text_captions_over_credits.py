"""A picture's caption printed right above its photo credit, with no blank line between, is a
caption, not a paragraph of the article; a paragraph set apart by a blank line is not."""

from __future__ import annotations

from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source


def extract(content: str):
    return extract_text(Capture(source=Source(path="capture.txt", format="text"), content=content))


PARAGRAPHS = [
    "Another cloud of smoke and dust is set to settle over the city this week, with forecasters warning that the "
    "air quality index could reach its highest reading of the year by Thursday.",
    "It is the latest wave of severe pollution in recent weeks, and the city's schools have closed for three days "
    "while officials hand out masks at the busiest stations and markets.",
    "The haze led to cancelled flights and a public health emergency, and doctors say the hospitals have seen "
    "twice as many patients with breathing problems as in the same week last year.",
]
CAPTION = ["A view of the city gate amid smog on a Friday morning.", "Air pollution is surging again in the capital.",
           "Sanjeev Verma/Metro Times/Getty Images"]


def test_caption_lines_above_a_credit_are_a_caption():
    content = "\n\n".join([PARAGRAPHS[0], "\n".join(CAPTION), *PARAGRAPHS[1:]])
    article = extract(content)
    assert article.paragraphs() == PARAGRAPHS
    assert "A view of the city gate amid smog on a Friday morning." in article.captions


def test_a_paragraph_apart_from_the_credit_stays_in_the_body():
    content = "\n\n".join([PARAGRAPHS[0], CAPTION[1], CAPTION[2], *PARAGRAPHS[1:]])
    assert CAPTION[1] not in extract(content).captions


def test_a_caption_that_ends_with_its_credit_leaves_the_paragraph_above_it_alone():
    caption = "School students cover their faces with masks during light rain on Monday. (Credit: Getty Images)"
    content = "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1] + "\n" + caption, PARAGRAPHS[2]])
    assert extract(content).paragraphs() == PARAGRAPHS
