"""Speakers a careful reader finds in real same-event coverage: verbs that tell how words were
spoken ("he mumbled", "she muttered"). Hand-written paragraphs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speaker_of(text: str, words: str) -> str | None:
    return next(q.speaker for q in article_quotes(text) if words in q.text)


def test_a_verb_of_the_manner_of_speaking_credits_the_words():
    text = (
        "Warren Jeffs stood mute for all but a few seconds of his closing argument.\n\n"
        'At one point he mumbled, "I am peace," and said no more.'
    )
    assert speaker_of(text, "I am peace") == "Warren Jeffs"
    text = 'The judge, Barbara Walther, muttered: "This court will not wait."'
    assert speaker_of(text, "will not wait") == "Barbara Walther"


def test_the_same_word_as_a_noun_credits_no_one():
    text = (
        "The verdict drew a gasp from the gallery.\n\n"
        '"We will appeal," said Tom Green, the defence lawyer.'
    )
    assert speaker_of(text, "We will appeal") == "Tom Green"
    assert all(q.speaker != "the gallery" for q in article_quotes(text))
