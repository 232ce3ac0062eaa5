"""A distinctive term of an accented language, as the Framing tab shows it: written with its
accents ("données", not the engine's folded "donnees"), and counted in the other article as
the engine counts it (the other's "Népal" is a use of "nepal": it was said "never in A")."""

from __future__ import annotations

from sidebyside.compare.text import fold
from sidebyside.ui.sidepanel import as_written, word_uses


def test_a_folded_term_is_shown_with_its_article_s_accents():
    assert as_written("donnees", ["données", "Données", "données"]) == "données"
    assert as_written("nepal", ["Népal", "Népal"]) == "Népal"  # a name keeps its capital


def test_an_ascii_term_and_an_odd_surface_are_shown_as_before():
    """Negatives: an English word is unchanged; a surface that is not the term's own form (a span
    across a line break) leaves the folded term."""
    assert as_written("penalty", ["penalty", "Penalty"]) == "penalty"
    assert as_written("jewelry store", ["jewelry\nstore"]) == "jewelry store"
    assert as_written("x", []) == "x"


def test_the_other_article_s_accented_uses_are_counted():
    other = fold("Le Népal a reçu de l'aide. Au NÉPAL, les données manquent; népalais.")
    assert word_uses(other, "nepal") == 2  # not the "nepal" of "népalais"
    assert word_uses(other, "donnees") == 1
    assert word_uses(fold("Le Tibet a reçu de l'aide."), "nepal") == 0
