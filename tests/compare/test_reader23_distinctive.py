"""Distinctive terms of an article in a language without a background list: its closed-class
words ("cette", "sera", "ce", "se", "selon") are grammar, not a choice of words, even when they
are too long or too rare to be among the article's own most frequent short words."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms, listed_function_words
from sidebyside.settings import LexicalSettings

UNCAPPED = LexicalSettings(distinctive_max_share=1.0, distinctive_max_terms=100, distinctive_max_topic_terms=100)

# A long French text: its most frequent short words ("de", "la", "le", "les", "des", ...) fill the
# own-function-word ranks before "ce" and "se"; "cette" and "sera" are longer than a short word.
LONG_FR = (
    "Le projet de loi sur la surveillance des réseaux sera examiné par le Sénat. Cette loi donne "
    "aux services de la police des moyens de surveillance que le gouvernement défend. Les députés "
    "de la majorité et les députés de l'opposition ont voté pour le texte dans la soirée. Ce texte "
    "se veut une réponse aux menaces, selon le ministre, et il sera appliqué dans les prochains mois. "
    "Les associations de défense des libertés et les avocats de la ligue critiquent cette surveillance "
    "des réseaux, qui se fera sans juge. Ce dispositif sera contrôlé par une commission, selon le texte. "
) * 2
SHORT_FR = (
    "Un avion est arrivé à Roissy avec des blessés. Les secours sont sur place, selon le ministère. "
    "Un second avion doit ramener des familles."
)


def terms(a: str, b: str, languages) -> tuple[set[str], set[str]]:
    left, right = distinctive_terms(a, b, languages=languages, settings=UNCAPPED)
    return {t.term for t in left}, {t.term for t in right}


def test_a_french_article_s_grammar_words_are_no_distinctive_terms():
    left, _ = terms(LONG_FR, SHORT_FR, ("fr", "fr"))
    assert not left & {"cette", "sera", "ce", "se", "selon", "des", "les"}, left
    # its own words stay: what the law is about
    assert "surveillance" in left and "reseaux" in left, left


def test_the_list_is_read_only_for_the_article_s_language():
    # with no language known, the same text keeps the old behaviour (its own short words only)
    left, _ = terms(LONG_FR, SHORT_FR, (None, None))
    assert {"cette", "sera"} & left
    # an English article's words are never dropped by another language's list ("a", "on" are in
    # the French and Dutch lists; "son" is French "his", English "son")
    english = "The son of the mayor spoke on the radio. The son said the mayor would resign. " * 3
    other = "The council met in the town hall and the budget was approved by the council. " * 3
    left_en, _ = terms(english, other, ("en", "en"))
    assert "son" in left_en


def test_the_listed_words_are_folded_as_terms_are():
    french = listed_function_words("fr")
    assert {"a", "ou", "apres", "etre", "deja", "meme"} <= french  # "à", "où", "après", "être"
    assert listed_function_words("xx") == frozenset()


def test_units_of_size_weight_and_money_are_facts_not_word_choices():
    """'13-inch version', 'tonnes' of aid, 'euros' against '€': how big, heavy or costly a thing
    is belongs to the story; the words around it may still set an article apart."""
    a = ("The convoy brought 25 tonnes of aid and 20 tonnes of tents. The relief convoy cost two "
         "million euros, and a second convoy of 30 tonnes left for the valley. The 13-inch version "
         "of the 13-inch model costs more. ") * 2
    b = "Aid arrived in the valley by air. Tents and food were flown in. The model costs more. " * 2
    left, _ = terms(a, b, ("en", "en"))
    assert not left & {"tonnes", "euros", "inch", "inch version", "inch model"}, left
    assert "convoy" in left, left


def test_units_of_storage_rate_and_power_are_facts_too():
    """'16 GB', '300 Mbps', '50 MW': a phone's memory or a plant's power is a fact of the story,
    not a choice of words (a pair about phones listed 'gb' as distinctive)."""
    a = ("The new phone ships with 256 GB of storage and a 16 GB model. Its modem reaches 300 Mbps, "
         "and the plant beside the factory gives 50 MW. The handset keeps the 256 GB tier. ") * 2
    b = "The phone arrived in shops on Monday. Buyers queued outside the store. " * 2
    left, _ = terms(a, b, ("en", "en"))
    assert not left & {"gb", "mbps", "mw", "gb model", "gb tier"}, left
    assert any("modem" in term for term in left), left


def test_only_the_listed_units_are_left_out():
    """Negative: a word built on a unit but naming something else ("pounded", a verb; "pound"
    is not listed) is still a word an article may choose."""
    a = "Critics said the tonnage rules pounded small ports. The tonnage rules pounded the harbour. " * 3
    b = "The aid was delivered quietly by the army to the valley villages. " * 3
    left, _ = terms(a, b, ("en", "en"))
    assert any("pounded" in term.split() for term in left), left
