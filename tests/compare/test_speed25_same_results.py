"""Speed changes that must leave results as they were: each rewritten step gives what the
plain reading of it gives, on hand-written words and text (and cases where it must change nothing)."""

from __future__ import annotations

from sidebyside.compare.distinctive import outside_quotes
from sidebyside.compare.tokens import tokenize


def _plain_outside_quotes(tokens, spans):
    """The plain reading: every token tested against the spans, one at a time."""
    if not spans:
        return tokens
    out, cut = [], False
    for tok in tokens:
        if any(s <= tok.start < e for s, e in spans):
            cut = True
            continue
        out.append(tok._replace(gap="\n") if cut else tok)
        cut = False
    return out


def _spans_of(text: str, *quoted: str) -> list[tuple[int, int]]:
    spans = []
    for q in quoted:
        at = text.index(q)
        spans.append((at, at + len(q)))
    return sorted(spans)


TEXT = ('"We will rebuild," the mayor said on Monday. Critics called the plan "a fantasy" and '
        '"a waste". The council meets again "next week" "or later" to vote.')


def test_words_outside_quotations_as_the_plain_reading():
    tokens = tokenize(TEXT)
    cases = [
        [],
        _spans_of(TEXT, '"We will rebuild,"'),  # a quotation opening the text
        _spans_of(TEXT, '"a fantasy"', '"a waste"'),
        _spans_of(TEXT, '"next week"', '"or later"'),  # two quotations with no word between them
        _spans_of(TEXT, '"We will rebuild,"', '"a fantasy"', '"a waste"', '"next week"', '"or later"'),
        _spans_of(TEXT, "to vote."),  # a span closing the text
        [(len(TEXT) + 5, len(TEXT) + 9)],  # a span past the text: nothing left out
        [(TEXT.index("mayor") + 1, TEXT.index("mayor") + 3)],  # a span holding no token's start
    ]
    for spans in cases:
        assert outside_quotes(tokens, spans) == _plain_outside_quotes(tokens, spans), spans


def test_the_word_after_a_quotation_opens_a_clause():
    tokens = tokenize(TEXT)
    out = outside_quotes(tokens, _spans_of(TEXT, '"a fantasy"', '"a waste"'))
    words = [t.norm for t in out]
    assert "fantasy" not in words and "waste" not in words
    assert out[words.index("and")].gap == "\n"  # after "a fantasy"
    assert out[words.index("the")].gap != "\n"  # "the mayor": no quotation before it
    assert out[words.index("council")].gap == " "  # "The council": not the first word after the quotation
