"""A plural's possessive mark before a scare quote is the end of a word, not a quotation mark
(issue 12; reader26's 'the rivals’ ‘plan’'): the quoted word is a fragment as after any other
word, and one inside a statement is the statement's speaker's like the rest of it. Hand-written
texts, each with a negative: after a colon it stays a statement."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in article_quotes(text)]


def test_a_scare_quote_after_a_plural_possessive_is_a_fragment():
    assert _kinds("The council rejected the farmers’ “plan” on Monday.") == [("plan", "fragment")]
    assert _kinds("The council rejected the farmers' \"plan\" on Monday.") == [("plan", "fragment")]


def test_a_quotation_after_a_colon_stays_a_statement():
    assert _kinds("The council heard the farmers’ answer: “No.”") == [("No.", "statement")]


def test_scare_quotes_inside_a_statement_share_its_speaker():
    quotes = article_quotes("“With the rivals’ ‘plan’ and ‘deal’ stories in shambles, the town should not endure "
                            "this charade,” Ada Moss said.")
    assert [q.speaker for q in quotes] == ["Ada Moss"] * 3
    assert [q.kind for q in quotes[1:]] == ["fragment", "fragment"]
