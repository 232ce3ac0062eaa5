"""Graded words shown as loaded, not only possibly: after an intensifier, or a strong describing
word in a text whose writer judges; nouns, verbs and plain descriptions stay possibly loaded.
Words inside a quotation stay the speaker's."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


def found(text, settings=None):
    """(words, shown by default, quoted) of each hit: shown when it carries no graded score."""
    kw = {"settings": settings} if settings is not None else {}
    return [(text[h.start : h.end], h.score is None, h.quoted) for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)]


def test_a_graded_word_after_a_listed_intensifier_joins_it_and_is_shown():
    text = "The reckless council passed an extremely stingy budget."
    assert ("extremely stingy", True, False) in found(text)
    assert ("extremely", True, False) not in found(text)


def test_without_the_rule_the_intensifier_and_the_graded_word_stay_apart():
    text = "The reckless council passed an extremely stingy budget."
    off = found(text, LexicalSettings(loaded_intensified_shown=False, loaded_shown_probability=0.6))
    assert ("extremely", True, False) in off
    assert ("stingy", False, False) in off  # (0.5: possibly loaded under the bar of 0.6)
    assert ("stingy", True, False) in found(text, LexicalSettings(loaded_intensified_shown=False,
                                                                   loaded_shown_probability=0.45))  # strong under 0.45


def test_a_graded_word_shown_by_its_strength_still_joins_the_intensifier_before_it():
    # "stingy" (0.5) is strong under the bar of 0.45: one phrase with "extremely", not two
    assert found("The reckless council passed an extremely stingy budget.", LexicalSettings(loaded_shown_probability=0.45)) == [
        ("reckless", True, False), ("extremely stingy", True, False)
    ]


def test_a_degree_word_before_a_describing_graded_word_shows_it():
    text = "The reckless council passed a highly stingy budget."
    assert ("highly stingy", True, False) in found(text)
    off = found(text, LexicalSettings(loaded_intensified_shown=False, loaded_shown_probability=1.0))
    assert ("highly stingy", False, False) in off


def test_an_adjective_before_a_graded_noun_is_no_degree_word_that_shows_it():
    # "deadly" sizes the event; it does not inflate a judgement
    hits = found("The corrupt mayor was in a deadly stabbing on the train.")
    assert [h for h in hits if "stabbing" in h[0]] == [("deadly stabbing", False, False)]


def test_a_strong_describing_word_in_a_judging_text_is_shown():
    text = "The corrupt mayor has flippantly downplayed the threat."
    assert ("flippantly", True, False) in found(text)
    assert ("flippantly", False, False) in found(text, LexicalSettings(loaded_shown_probability=1.0))


def test_a_strong_noun_or_verb_stays_possibly_loaded():
    # (in the clause "said" reports: indirect speech, the outlet's wording)
    assert ("hate", False, False) in found("The reckless mayor said he would hate to lose the vote.")


def test_a_strong_describing_word_in_a_text_that_barely_judges_stays_possible():
    text = "He set out to learn the enigmatic cells' function, and he measured them for years in the lab."
    assert found(text) == [("enigmatic", False, False)]


def test_inside_a_quotation_the_joined_phrase_is_the_speakers():
    text = 'The mayor said the plan was "extremely stingy" and the reckless council agreed.'
    assert found(text) == [("extremely stingy", True, True), ("reckless", True, False)]


def test_an_intensifier_outside_a_quotation_does_not_join_a_quoted_word():
    text = 'The reckless council was extremely "inappropriate" in its plan, the mayor said bitterly.'
    assert not [words for words, _, _ in found(text) if '"' in words]  # no phrase across the mark


def _lexical_bench():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "lexical.py"
    spec = importlib.util.spec_from_file_location("lexical_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_lexical_benchmark_scores_the_words_as_shown_and_the_outlets_own_apart():
    view = _lexical_bench()._view
    framing = {"loaded_terms": [[{"start": 0, "end": 4, "score": None, "quoted": False},
                                 {"start": 5, "end": 9, "score": 0.4, "quoted": False},
                                 {"start": 10, "end": 14, "score": None, "quoted": True}], []]}
    assert view(framing, "all") is framing
    assert [t["start"] for t in view(framing, "shown")["loaded_terms"][0]] == [0, 10]
    assert [t["start"] for t in view(framing, "shown_own")["loaded_terms"][0]] == [0]


def test_a_loaded_word_in_an_uncredited_phrase_in_quote_marks_is_not_the_outlets():
    # two quoted words nobody is credited with: a name, a term or someone's words, no scare quote
    text = "Trump lashed out at the “radical left,” which he blamed for rising violence in some cities."
    assert ("radical left", True, True) in found(text)
    assert ("radical left", True, False) in found("The radical left had captured the council by June.")
    # (in a clause a verb of saying reports without quote marks, the words are the outlet's: loaded34)
    assert ("radical left", True, False) in found("Critics said the radical left had captured the council.")


def test_a_one_word_scare_quote_stays_the_writers():
    hits = find_loaded_terms("The governor made a “historic” move on Monday.",
                             quotes=article_quotes("The governor made a “historic” move on Monday."))
    assert [(h.term, h.category, h.quoted) for h in hits] == [("historic", "scare quotes", False)]
