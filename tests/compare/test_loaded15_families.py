"""Loaded terms: the other forms of a listed word's family (a verb's base forms where its past is
listed, comparatives and superlatives of judging adjectives, the "-ism" of a listed "-ist", the
nouns of judging adjectives) and verbs that take their object through a preposition, inflected on
the verb ("rip into" -> "ripping into"); literal senses stay out."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def words(text):
    found = find_loaded_terms(text, quotes=())
    return [text[h.start : h.end] for h in found]


def test_a_verb_with_its_preposition_is_inflected_on_the_verb():
    text = ("The senator was ripping into the plan. Her rival swipes at the mayor. "
            "He keeps crowing about the numbers. The board knuckles under at last.")
    assert words(text) == ["ripping into", "swipes at", "crowing about", "knuckles under"]


def test_a_preposition_alone_or_after_another_verb_is_no_hit():
    assert words("She walked into the room and looked at the map. They talked about the weather.") == []


def test_to_is_left_out_so_a_wedding_is_not_a_judgement():
    text = "Her wedding to the actor was held in June. He is wedded to the old plan."
    assert words(text) == ["wedded to"]


def test_base_forms_of_verbs_listed_in_the_past():
    text = "Critics insinuate that he knew. She chides the board. Aides exaggerate the gains."
    assert words(text) == ["insinuate", "chides", "exaggerate"]


def test_comparatives_and_superlatives_of_judging_adjectives():
    text = "It was the craziest week and the weirdest vote, with the sloppiest defence yet."
    assert words(text) == ["craziest", "weirdest", "sloppiest"]


def test_plain_comparatives_stay_plain():
    assert words("Fuel was cheaper and the winter harsher in the north.") == []


def test_nouns_and_isms_of_listed_words():
    text = "They showed a standard of dishonesty and cynicism, and praised Marxism."
    assert words(text) == ["dishonesty", "cynicism", "Marxism"]


def test_careless_driving_is_a_charge_not_a_judgement():
    assert words("He was fined for careless driving on the bridge.") == []
    assert words("It was a careless remark.") == ["careless"]


def test_irregular_and_multi_word_verb_forms():
    text = ("The chairman is going ballistic, and the party keeps caving to donors. "
            "The memo raises eyebrows; he lays into the staff.")
    assert words(text) == ["going ballistic", "caving to", "raises eyebrows", "lays into"]


def test_science_senses_of_listed_words_are_literal():
    text = ("Astronomers study stellar explosions. He infected mice with parasitic worms. "
            "Cells sweep away invading bacteria and repel the body's invaders.")
    assert words(text) == []


def test_the_judging_senses_stay():
    text = "A stellar performance by parasitic landlords, as troops kept invading the country."
    assert words(text) == ["stellar", "parasitic", "invading"]


def test_heroes_takes_the_literal_contexts_of_hero():
    assert words("The war heroes came home to a heroes welcome.") == []
    assert words("Nurses are heroes, the mayor said.") == ["heroes"]


def test_judging_words_of_the_new_batch():
    text = "A churlish, tactless reply from a reactionary and unprincipled senator."
    assert words(text) == ["churlish", "tactless", "reactionary", "unprincipled"]


def test_irregular_plurals_of_listed_nouns():
    text = "Voters tired of strongmen and con men saw only straw men and fig leaves."
    assert words(text) == ["strongmen", "con men", "straw men", "fig leaves"]
