"""Sentence ends read from the text model (issue 12, Design): the list of sources reads a speech
verb's other sense within the model's sentence, and a modal opening a question is told by the
model's sentence end. Hand-written texts, each with a negative."""

from __future__ import annotations

from sidebyside.compare import article_quotes

from .helpers import sources_of


def speakers_of(text):
    return [q.speaker for q in article_quotes(text)]


def test_words_of_the_next_paragraph_are_not_said_after_the_verb():
    # a heading-like line with no stop: "that" in the paragraph after is no words Kastner said
    assert sources_of("Kastner snapped\n\nIt was clear that the foul had hurt him.") == {}


def test_words_said_after_the_verb_in_its_sentence_stay_a_source():
    assert "Kastner" in sources_of("Kastner snapped that the foul had hurt him.")


def test_a_quotation_closing_the_sentence_before_makes_the_verb_a_reply():
    # the quotation is Lind's; "responded" right after it answers in words
    assert "Kastner" in sources_of('Lind said: "We missed nothing." Kastner responded angrily.')


def test_a_quotation_two_sentences_back_does_not():
    text = 'Lind said: "We missed nothing." The crowd roared for a minute. Kastner responded angrily.'
    assert "Kastner" not in sources_of(text)


def test_a_decimal_point_does_not_end_a_question():
    # "Will" opens a question ending in "?" after "2.5": a modal, no given name
    text = 'Will Brandt resign after the 2.5 percent loss? "I will not," Brandt told reporters.'
    assert speakers_of(text) == ["Brandt"]


def test_a_statement_keeps_its_given_name():
    text = 'Will Brandt resigned after the 2.5 percent loss. "I will not stay," Brandt told reporters.'
    assert speakers_of(text) == ["Will Brandt"]
