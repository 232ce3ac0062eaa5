"""Distinctive terms of a German article: the inflected possessives and indefinites ("ihres",
"anderem" of "unter anderem") and the conjunction "sowie" are grammar, like "der" and "und",
never a choice of words (read in the app: they were listed as "words that set A apart")."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms, listed_function_words
from sidebyside.settings import LexicalSettings

from .helpers import article

UNCAPPED = LexicalSettings(distinctive_max_share=1.0, distinctive_max_terms=100)

# Invented: a town's flood, told at length, against a short notice of a fair.
FLOOD_DE = (
    "Das Hochwasser hat in Talbrück unter anderem die Brücke und die Schule beschädigt. Die Feuerwehr "
    "pumpt die Keller aus, sowie die Garagen am Fluss. Der Bürgermeister sprach mit den Bewohnern ihres "
    "Viertels über das Hochwasser. Helfer brachten unter anderem Sandsäcke, sowie Decken und Wasser. "
    "Viele Bewohner ihres Viertels schlafen in der Turnhalle, bis das Hochwasser sinkt. "
)
FAIR_DE = "Die Messe in Kornstadt beginnt am Montag. Es kommen Aussteller aus dem ganzen Land."


def terms(a: str, b: str) -> set[str]:
    left, _ = distinctive_terms(a, b, languages=("de", "de"), settings=UNCAPPED)
    return {t.term for t in left}


def test_german_possessives_indefinites_and_sowie_are_listed_as_grammar():
    assert {"ihres", "anderem", "sowie", "unseren", "jeder"} <= listed_function_words("de")


def test_they_are_no_distinctive_terms_of_a_german_article():
    left = terms(FLOOD_DE, FAIR_DE)
    assert not left & {"ihres", "anderem", "sowie", "unter anderem"}, left
    # negative: the article's own word, what the story is about, stays
    assert "hochwasser" in left, left


def test_the_german_words_are_not_grammar_of_another_language():
    # "alle" and "andere" are words of Italian and Dutch too, but listed only under German here
    assert "sowie" not in listed_function_words("fr") and "ihres" not in listed_function_words("en")


def test_the_framing_reads_the_distinctive_settings_it_is_given():
    """The comparison's lexical settings reach the distinctive terms (they were read from the
    defaults whatever the caller passed)."""
    from sidebyside.compare.framing import analyse_framing

    a = article("The levee broke at dawn. The levee had cracked. Sandbags held the dyke. Sandbags ran out.")
    b = article("Water rose in the town. The mayor spoke to residents. Water reached the square.")
    two = analyse_framing(a, b, lexical=LexicalSettings(distinctive_max_share=1.0, distinctive_max_topic_terms=2)).distinctive_terms[0]
    one = analyse_framing(a, b, lexical=LexicalSettings(distinctive_max_share=1.0, distinctive_max_terms=1,
                                                        distinctive_max_topic_terms=2)).distinctive_terms[0]
    assert len(two) >= 2, two  # negative: with room, more than one term is listed
    assert len(one) == 1, one
