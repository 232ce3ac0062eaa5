"""A document is no speaker: "a statement from X" is X's words, or no one's when no name follows."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


def test_a_statement_from_a_body_is_the_body_s_words():
    text = ('Ministers have refused to reopen the case of a Sudanese teacher.\n'
            '"We do not comment on individual cases," said a statement from the Home Office.')
    assert _speakers(text) == ["the Home Office"]


def test_a_statement_from_no_one_named_is_no_one_s():
    text = ('The plant will close in March.\n'
            '"We will study the findings," said a statement from the company.')
    assert _speakers(text) == [None]
