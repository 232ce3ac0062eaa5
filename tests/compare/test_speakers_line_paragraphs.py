"""A text copied one paragraph a line (no blank line anywhere) is read a paragraph a line, as the
text extractor reads it: a speaker is not carried over the whole article. Hand-written texts."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.quotes import paragraph_spans

LINES = (
    '"We will rebuild the bridge first," Mayor John Smith said on Monday.\n'
    "The council met later in the week.\n"
    'Its report blames "a river that rose faster than anyone could measure" for the damage.\n'
)


def test_a_text_without_blank_lines_has_a_paragraph_a_line():
    assert [LINES[a:b] for a, b in paragraph_spans(LINES)] == LINES.strip().split("\n")
    blank = LINES.replace("\n", "\n\n")
    assert len(paragraph_spans(blank)) == 3
    assert paragraph_spans("One paragraph only.") == [(0, len("One paragraph only."))]


def test_the_speaker_of_the_first_line_does_not_speak_the_words_quoted_in_the_third():
    quotes = {q.text: q.speaker for q in article_quotes(LINES)}
    assert quotes["We will rebuild the bridge first"] == "John Smith"
    assert quotes["a river that rose faster than anyone could measure"] is None


def test_a_bare_quote_on_the_next_line_still_continues_its_speaker_with_blank_lines_or_without():
    for sep in ("\n", "\n\n"):
        text = sep.join(['Ann Lee, the harbour master, said the port would reopen.',
                         '"We expect the first ships on Friday."'])
        quotes = {q.text: (q.speaker, q.speaker_rule) for q in article_quotes(text)}
        assert quotes["We expect the first ships on Friday."][0] == "Ann Lee", sep
