"""The entity finder's and the only-in list's word-frequency bounds are NamingSettings fields,
given by the caller, not module constants."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.entities import EntityFinder, find_entities
from sidebyside.compare.only_in import match_entities
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize
from sidebyside.settings import DEFAULT

NAMING = DEFAULT.compare.naming


def _kinds(text: str, settings=NAMING) -> dict[str, str]:
    return {e.text: e.kind for e in EntityFinder(lexicon(), settings).find(text, tokenize(text))}


def _only_first(text_a: str, text_b: str, settings=NAMING) -> set[str]:
    """The names only the first text is listed as naming."""
    match = match_entities(find_entities(text_a), find_entities(text_b), texts=(text_a, text_b), settings=settings)
    return {o.entity for o in match.only_in[0]}


def test_a_person_needs_a_word_rarer_than_the_setting():
    text = "Officials in Brindle met Orla Quennell on Monday. Quennell said the ferry was late."
    assert _kinds(text)["Orla Quennell"] == "person"
    assert _kinds(text, replace(NAMING, person_word_zipf=0.5))["Orla Quennell"] != "person"


def test_a_translated_name_is_not_listed_unless_the_setting_says_its_words_are_rare():
    english = ("Envoy Marta Lindqvist met Yusuf Darwish in Qasr al-Nour. The World Health Organization "
               "sent doctors. Health minister Peter Brandt said he stayed in Oslo.")
    russian = "Посланник Марта Линдквист встретилась с Юсуфом Дарвишем в Каср-эн-Нуре."
    assert "World Health Organization" not in _only_first(english, russian, NAMING)  # "world", "health": translated
    assert "Peter Brandt" in _only_first(english, russian, NAMING)
    assert "World Health Organization" in _only_first(english, russian, replace(NAMING, translated_zipf=9.0))


def test_a_one_word_name_of_no_kind_is_listed_when_rarer_than_the_setting():
    text_a = "The new app Glimmerstack launched on Tuesday, and Glimmerstack said sales rose."
    text_b = "Sales rose on Tuesday."
    assert _only_first(text_a, text_b, NAMING) == {"Glimmerstack"}
    assert _only_first(text_a, text_b, replace(NAMING, rare_name_zipf=0.5)) == set()


def test_the_slips_of_the_keyboard_are_read_within_the_naming_settings():
    from sidebyside.settings import DEFAULT_ENTITIES

    assert DEFAULT_ENTITIES is NAMING.entities
    text_a = "Floods reached Marlwoville on Monday. Marlwoville officials said the river rose."
    text_b = "Floods reached Marlowville on Monday, officials said."
    assert "Marlwoville" not in _only_first(text_a, text_b, NAMING)  # one slip from the other's "Marlowville"
    longer = replace(NAMING, entities=replace(NAMING.entities, name_slip_min_letters=20))
    assert "Marlwoville" in _only_first(text_a, text_b, longer)
    finder = EntityFinder(lexicon(), longer)
    assert finder.entity_settings.name_slip_min_letters == 20


def test_the_framing_finds_entities_within_the_naming_settings_it_is_given():
    from sidebyside.compare.framing import article_views

    from .helpers import article

    text = "Officials in Brindle met Orla Quennell on Monday. Quennell said the ferry was late."
    a, b = article(text), article("The ferry was late on Monday.")

    def kind(settings) -> str:
        view = article_views(a, b, naming=settings)[0]
        return next(e.kind for e in view.entities if e.text == "Orla Quennell")

    assert kind(NAMING) == "person"
    assert kind(replace(NAMING, person_word_zipf=0.5)) != "person"


def test_an_event_told_by_a_verb_there_is_not_left_out_unless_its_stem_is_too_short_to_tell():
    text_a = "The evacuation of Brindle began at dawn, and the evacuation went on all day."
    text_b = "Residents of Brindle were evacuated at dawn."
    assert _only_first(text_a, text_b, NAMING) == set()  # "evacuat-" opens "evacuated"
    assert _only_first(text_a, text_b, replace(NAMING, event_min_stem=12)) == {"evacuation"}  # no stem that long: not told


def test_slavic_endings_are_read_as_one_in_words_of_the_settings_length():
    from sidebyside.compare.only_in import translit_key

    assert translit_key("zelenskyy", NAMING.translit_min_letters) == translit_key("zelenskiy", NAMING.translit_min_letters)
    assert translit_key("zelenskyy", 20) != translit_key("zelenskiy", 20)
