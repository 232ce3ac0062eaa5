"""Common nouns are not names: a rarer English noun opening a sentence ("Forecasters expect",
"Evacuees are") is sentence case, while a name that is also a word keeps its evidence; and an
only-in list names what only one outlet mentions, not an event the other tells in its own
words. Hand-written text; each with a negative case."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.nouns import never_a_name

from .helpers import article


def _names(text: str) -> set[str]:
    return {e.text for e in find_entities(text)}


def _only_in(text_a: str, text_b: str) -> list[set[str]]:
    framing = analyse_framing(article(text_a), article(text_b))
    return [{o.entity for o in framing.only_in[side]} for side in (0, 1)]


def test_the_list_knows_rare_common_nouns_and_their_plurals():
    assert never_a_name("forecasters") and never_a_name("evacuees") and never_a_name("stevedore")
    assert never_a_name("lifeguards")  # a frequent singular, a rare plural
    # negative: nouns WordNet also knows as proper nouns, in either number
    assert not never_a_name("ford") and not never_a_name("democrats") and not never_a_name("rangers")
    assert not never_a_name("burns")  # "burn" is a noun, but "Burns" a name
    assert not never_a_name("zxqvb")


def test_a_rare_common_noun_opening_a_sentence_is_no_name():
    assert "Forecasters" not in _names("Rain fell all day. Forecasters expect another 40 millimetres before Thursday.")
    assert "Evacuees" not in _names("The dam cracked. Evacuees are being housed in schools in the capital.")
    assert "Stevedores" not in _names("The port closed. Stevedores walked out on Monday.")


def test_a_name_that_is_also_a_word_keeps_its_evidence():
    # a title-cased run is a name whatever its words are
    assert "Grand Canyon" in _names("Grand Canyon rangers closed the trail on Monday.")
    # a rarer word WordNet knows as a proper noun too ("C. S. Forester")
    assert "Forester" in _names("The report was late. Forester said the figures were wrong.")
    # a word written with a capital mid-sentence elsewhere in the text
    found = _names("Stevedores said the strike would go on. A spokesman for Stevedores refused to comment.")
    assert "Stevedores" in found


def test_a_name_the_other_article_writes_mid_sentence_stays_a_name():
    # "Glazier" opens a sentence here, but the other article writes it mid-sentence: a name there
    only = _only_in("Glazier said the talks had failed.", "The talks failed, said Glazier, the union's leader.")
    assert "Glazier" not in only[0] and "Glazier" not in only[1]
    # negative: with no such evidence, the capitalised noun at a sentence start is no name
    only = _only_in("Forecasters expect rain.", "Rain is expected on Thursday.")
    assert "Forecasters" not in only[0]


def test_an_event_the_other_tells_with_another_form_of_the_word_is_not_only_in():
    only = _only_in(
        "Authorities ordered the evacuation of 8,000 residents below the Velmora dam.",
        "Thousands of residents were evacuated from villages below the Velmora dam.",
    )
    assert "evacuation" not in only[0]
    only = _only_in("Police said the explosion damaged the bank in Athens.", "A device exploded outside the bank in Athens.")
    assert "explosion" not in only[0]


def test_an_event_the_other_article_never_tells_stays_only_in():
    # negative: no form of the word in the other article: the earthquake is only in one
    only = _only_in(
        "After the earthquake, rescuers in Syria searched the rubble.",
        "Rescuers in Syria searched the rubble after the floods.",
    )
    assert "earthquake" in only[0] and "flood" in only[1]


def test_a_noun_that_only_judges_the_situation_is_a_naming_difference():
    only = _only_in(
        "The opposition said the crisis was the price of years of neglect at the Velmora dam.",
        "The opposition called the evacuation at the Velmora dam the price of years of neglect.",
    )
    assert "crisis" not in only[0]


def test_a_situation_a_name_pins_down_stays_only_in():
    # negative of the above: "Greece's debt crisis" is a particular one the other never mentions
    only = _only_in(
        "Officials tried to calm fears that Greece's debt crisis was spreading to the rest of Europe.",
        "Three bank workers died when protesters threw petrol bombs in Athens.",
    )
    assert "crisis" in only[0]


def test_an_event_word_describing_a_rarer_noun_names_no_event():
    assert "offensive" not in _names("The team slid on with a season-worst offensive effort on Friday.")
    assert "offensive" not in _names("His offensive game is emerging.")
    # negative: the noun itself, before a verb (even one in "-s" that is also a noun: "resumes")
    assert "offensive" in _names("The army said the offensive resumes on Monday.")
    assert "offensive" in _names("Rebels launched an offensive against the capital.")


def test_a_rare_singular_noun_opening_a_sentence_may_be_a_name():
    # "acme" is a lower-case noun in WordNet, but a lone singular at a sentence start is left to
    # the other evidence: a firm's or a person's name as often as not
    assert "Acme" in _names("Acme recalled heaters on Monday.")
    # negative: its plural is a group the sentence opens with
    assert "Stevedores" not in _names("The port closed. Stevedores walked out on Monday.")
