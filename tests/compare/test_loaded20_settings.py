"""The thresholds of the loaded-word rules are settings, passed explicitly (no module constants),
and the degree words are data (loaded.json): changing one changes what is found."""

from __future__ import annotations

import dataclasses

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import _context, find_loaded_terms
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT, LexicalSettings


def words(text, **changes):
    settings = dataclasses.replace(DEFAULT.compare.lexical, **changes)
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), settings=settings)]


def test_the_less_words_length_is_a_setting():
    text = "The rudderless party met again."
    assert words(text) == ["rudderless"]
    assert words(text, loaded_less_min_letters=11) == []


def test_the_size_reach_is_a_setting():
    text = "Protesters carried a huge black banner through the square."
    assert words(text) == []  # a thing's size, told
    assert words(text, loaded_size_reach=1) == ["huge"]


def test_the_saying_phrase_reach_is_a_setting():
    text = "The senator alleged in a speech on Monday that the count was rigged."
    assert "alleged" in words(text)
    assert "alleged" not in words(text, loaded_saying_phrase_reach=2)


def test_the_degree_words_are_data():
    ctx = _context(lexicon())
    assert {"so", "truly", "downright"} <= ctx.degree_before
    assert {"daily", "reportedly"} <= ctx.not_degree
    assert "highly deceptive" in words("She used highly deceptive figures.")
    assert words("She used highly deceptive figures.", loaded_degree_share=1.01) == ["deceptive"]


def test_the_settings_have_the_values_the_rules_were_written_with():
    s = LexicalSettings()
    assert (s.loaded_saying_phrase_reach, s.loaded_legal_speaker_reach, s.loaded_size_reach) == (5, 6, 3)
    assert (s.loaded_metaphor_verb_reach, s.loaded_metaphor_object_reach, s.loaded_less_min_letters) == (4, 7, 7)
    assert (s.loaded_feeling_twin_zipf, s.loaded_state_reach, s.loaded_naming_share) == (3.0, 4, 0.5)
