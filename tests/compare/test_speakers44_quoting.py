"""'"...," Ann Lee wrote, quoting Tom Rell': a participle of quoting after the attribution hands
the words on from the one it names (issue 12, English usage). Hand-written texts, each with a
negative: "citing" a source, or no participle, leaves the words the writer's speaker's."""

from __future__ import annotations

from .helpers import speaker_of


def test_quoting_a_person_after_the_attribution_gives_the_words_to_that_person():
    assert speaker_of('"We will win," Ann Lee wrote on Twitter, quoting Tom Rell.', "We will win") == "Tom Rell"


def test_quoting_no_person_leaves_the_words_to_no_one():
    assert speaker_of('"We will win," Ann Lee wrote on Twitter, quoting a line from the report.', "We will win") is None


def test_citing_a_source_leaves_the_words_to_the_speaker():
    assert speaker_of('"We will win," Ann Lee wrote on Twitter, citing Tom Rell.', "We will win") == "Ann Lee"
    assert speaker_of('"We will win," Ann Lee wrote on Twitter.', "We will win") == "Ann Lee"


def test_quoting_in_the_next_sentence_is_no_relay():
    assert speaker_of('"We will win," Ann Lee said. Quoting Tom Rell is easy.', "We will win") == "Ann Lee"
