"""Loaded phrases a reader marks whole: a judging word with its word of degree, judging idioms;
and graded words that mostly name a thing or an act (the topic) ask for a higher score."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.settings import LexicalSettings


def words(text, settings=None):
    kw = {"settings": settings} if settings is not None else {}
    return [text[h.start : h.end] for h in find_loaded_terms(text, quotes=article_quotes(text), **kw)]


def test_a_judging_word_is_shown_with_its_word_of_degree():
    text = "She used highly deceptive figures. His plan is so inept that aides left. He is utterly adrift."
    assert words(text) == ["highly deceptive", "so inept", "utterly adrift"]


def test_a_degree_word_alone_or_before_a_plain_word_is_not_loaded():
    assert words("The rate was highly variable, so the board met twice and truly listened.") == []


def test_an_adverb_is_not_joined_to_the_verb_it_qualifies():
    assert words("He clumsily answered the question.") == ["clumsily"]


def test_degree_phrases_are_a_setting():
    text = "She used highly deceptive figures."
    assert words(text, LexicalSettings(loaded_degree_phrases=False)) == ["deceptive"]


def test_judging_idioms_are_listed_whole():
    text = ("The senators kicked the can down the road again, lining their pockets while voters were "
            "up in arms. It is the tip of the iceberg.")
    assert words(text) == ["kicked the can down the road", "lining their pockets", "up in arms", "tip of the iceberg"]


def test_a_graded_word_that_names_the_topic_needs_a_higher_score():
    # "rhetoric" (a noun in WordNet's uses) and "blunt" (an adjective) both score below the
    # share a lone word needs; together each is the other's company.
    # (read as in a text that judges: alone, this sentence holds no listed word)
    text = "The senator's blunt rhetoric drew a crowd."
    assert words(text, LexicalSettings(loaded_naming_probability=0.27, loaded_graded_min_density=0)) == ["blunt", "rhetoric"]
    assert words(text, LexicalSettings(loaded_naming_probability=0.6, loaded_graded_min_density=0)) == []
