"""Speakers a careful reader finds, and credits a careful reader withholds: a word that is as
often a noun used as the verb between a name and a quotation ("Sky News estimates"). Hand-written
paragraphs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if words in q.text)


def test_a_noun_like_verb_between_a_name_and_a_quotation_credits_the_name():
    text = (
        "A powerful earthquake hit the province early Tuesday.\n\n"
        'Although it is unknown how many were injured, Sky News estimates "at least 50 people," and '
        "buildings have collapsed."
    )
    assert speaker_of(text, "at least 50 people") == "Sky News"
    text = 'The storm moved north overnight. Maria Lopez notes "the worst is over" for the coast.'
    assert speaker_of(text, "the worst is over") == "Maria Lopez"


def test_the_same_word_as_a_noun_before_a_quotation_credits_the_speaker_after_it():
    text = 'Government estimates "are far too low," said Jane Smith, an economist at the bank.'
    assert speaker_of(text, "far too low") == "Jane Smith"
    text = "Unemployment rose again in March.\n\nThe Treasury's estimates \"were never credible.\""
    assert speaker_of(text, "never credible") != "the Treasury"
