"""A document is no speaker: "a statement from X" is X's words, or no one's when no name follows;
the words that end a body's name and are surnames too ("Branch") make a body's name unless a
given name opens it."""

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


def test_a_branch_of_an_agency_is_a_body_not_a_person():
    text = ('The wreck was examined by investigators.\n'
            '"The crew had no time to launch the liferaft," the Marine Accident Investigation Branch said in its report.')
    assert _speakers(text) == ["the Marine Accident Investigation Branch"]


def test_a_given_name_before_branch_keeps_a_person():
    assert _speakers('"I wrote it in a week," said singer Michelle Branch.') == ["Michelle Branch"]


def test_a_given_name_after_a_capitalised_role_before_branch_keeps_a_person():
    text = 'Singer Michelle Branch, who was on board, said the crossing had been "calm until the bang".'
    assert _speakers(text) == ["Michelle Branch"]
