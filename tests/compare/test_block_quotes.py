"""Block quotations without marks: quotes by their markup, credited by a dash line or introduced
by the paragraph before."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.model import Block


def _blocks(text: str, kinds: list[str]) -> tuple[Block, ...]:
    out, start = [], 0
    for para, kind in zip(text.split("\n\n"), kinds):
        out.append(Block(kind, start, start + len(para)))
        start += len(para) + 2
    return tuple(out)


def test_an_unmarked_block_quotation_is_a_quote_of_whoever_issued_it():
    text = (
        "The port authority later issued a statement:\n\n"
        "All ships will be inspected before they enter the harbour.\n\n"
        "Shipping firms said the checks would cause delays."
    )
    quotes = article_quotes(text, _blocks(text, ["paragraph", "blockquote", "paragraph"]))
    assert [(q.text, q.kind) for q in quotes] == [
        ("All ships will be inspected before they enter the harbour.", "statement")
    ]
    assert "port authority" in quotes[0].speaker.lower()
    # without the blocks, plain text has no quotation there
    assert article_quotes(text) == ()


def test_a_dash_credit_line_names_the_speaker_and_is_no_quote():
    text = (
        "The agency posted on social media.\n\n"
        "Roads to the north are closed until further notice.\n\n"
        "— Civil Defence Agency (@cda_example) May 2, 2026"
    )
    quotes = article_quotes(text, _blocks(text, ["paragraph", "blockquote", "blockquote"]))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Roads to the north are closed until further notice.", "Civil Defence Agency")
    ]


def test_a_block_quotation_with_its_own_marks_keeps_them_and_links_stay_valid():
    text = 'Intro "first" here.\n\n"We will stay," he said.\n\nNext "one" and "two".'
    quotes = article_quotes(text, _blocks(text, ["paragraph", "blockquote", "paragraph"]))
    assert [q.text for q in quotes] == ["first", "We will stay", "one", "two"]
    for i, q in enumerate(quotes):
        assert q.utterance <= i and (q.nested_in is None or q.nested_in < i)


def test_nested_or_empty_blockquotes_give_one_quote_at_most():
    text = "Intro line.\n\nOuter words of the letter. Inner words.\n\n   "
    blocks = (
        Block("paragraph", 0, 11),
        Block("blockquote", 13, 52),
        Block("blockquote", 40, 52),
        Block("blockquote", 54, 57),
    )
    quotes = article_quotes(text, blocks)
    assert [q.text for q in quotes] == ["Outer words of the letter. Inner words."]
