"""The body's share of the page's sentences: a body holding a small share is flagged, with the
prose beside it kept; one holding the article is not."""

from sidebyside.extract import warnings as warn
from sidebyside.extract.text import extract_text
from sidebyside.extract.text.body import page_prose, prose_share_low
from sidebyside.extract.text.kinds import PROSE, SHORT
from sidebyside.extract.text.lines import Line
from sidebyside.model import Capture, Source
from sidebyside.settings import DEFAULT

S = DEFAULT.extract.text
SENTENCE = "The harbour board met on Monday to discuss the plan for the new quay, which has been delayed twice."


def _line(i: int, text: str, kind: str = PROSE) -> Line:
    return Line(i, text, 0, False, kind, len(text), len(text.split()))


def test_page_prose_counts_lines_ending_a_sentence_up_to_the_comments():
    lines = [_line(0, SENTENCE), _line(1, "Most read stories of the week in the city and region", SHORT),
             _line(2, SENTENCE + " Again."), _line(3, "Comments", "comments"), _line(4, SENTENCE + " A reader.")]
    assert [ln.index for ln in page_prose(lines, S)] == [0, 2]


def test_a_body_with_a_small_share_of_the_page_sentences_is_low():
    prose = [_line(i, SENTENCE) for i in range(20)]
    assert prose_share_low(prose, prose[:2], S)
    assert not prose_share_low(prose, prose[:10], S)


def test_a_short_page_is_never_low():
    prose = [_line(i, SENTENCE) for i in range(3)]
    assert not prose_share_low(prose, [], S)


def test_a_line_holding_the_whole_article_counts_as_the_body():
    prose = [_line(i, SENTENCE) for i in range(20)]
    whole = _line(99, " ".join([SENTENCE] * 20))
    assert not prose_share_low(prose, [whole], S)


def _article(text: str):
    return extract_text(Capture(source=Source(path="page.txt", format="text"), content=text))


def test_an_article_is_not_flagged():
    paragraphs = [f"{SENTENCE} Paragraph {k} of the story goes on with the details the council gave." for k in range(8)]
    article = _article("Harbour plan delayed\n\n" + "\n\n".join(paragraphs) + "\n")
    assert warn.BODY_INCOMPLETE not in article.warnings


def test_a_body_holding_a_small_share_is_flagged_and_keeps_no_teasers():
    import dataclasses

    paragraphs = [f"{SENTENCE} Paragraph {k} of the story goes on with the details the council gave." for k in range(4)]
    teasers = [f"Story {k}\n\nA summary of another story that ends with a full stop like an article's sentence {k}."
               for k in range(6)]
    text = "Harbour plan delayed\n\n" + "\n\n".join(paragraphs) + "\n\nRelated stories\n\n" + "\n\n".join(teasers) + "\n"
    strict = dataclasses.replace(S, incomplete_share=0.9)  # (the article holds about half the page's sentences)
    article = extract_text(Capture(source=Source(path="page.txt", format="text"), content=text), strict)
    assert warn.BODY_INCOMPLETE in article.warnings
    assert "Paragraph 3" in article.text and "another story" not in article.text
    assert warn.BODY_INCOMPLETE not in _article(text).warnings
