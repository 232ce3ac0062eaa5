"""reader32: "the cable had often failed since 2007" gave the loaded word "failed" (evaluative).
A thing that failed, as a verb after "has", "had" or an adverb of how often, is a plain fact; "a
failed policy", "the failed coup" are the outlet's judgement."""

from __future__ import annotations

from .helpers import loaded_of


def test_failed_as_a_verb_of_a_thing_is_no_loaded_word():
    assert "failed" not in loaded_of("Engineers said the cable had often failed since 2007.")
    assert "failed" not in loaded_of("The pump has failed twice this winter, the council said.")
    assert "failed" not in loaded_of("The relay had repeatedly failed in cold weather.")


def test_failed_before_a_noun_is_still_a_judgement():
    assert "failed" in loaded_of("Critics called it a failed policy that cost the city millions.")
    assert "failed" in loaded_of("The minister defended the failed scheme on Tuesday.")
