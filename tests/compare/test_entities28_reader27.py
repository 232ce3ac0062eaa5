"""Only-in and distinctive terms as reader27.md found them wrong or useless: a company's short
name read as the town it is called after, an internet interjection read as a body, a brand
with "!" cut and its "News" joined to a writer's bio line, a label's long names not joined to
its short one; a demonym or a city used as a person's label, a place the other article names
inside a body's name and a video promo's names listed as omissions; "owns" said "never in B"
where B writes "own"; a setting that lets the story's own name stay a distinctive term. Examples
invented (the places are real, for the place finder)."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.distinctive import distinctive_terms, inflected_otherwise
from sidebyside.compare.entities import find_entities
from sidebyside.compare.framing import analyse_framing
from sidebyside.extract.cues import media_promo_lines
from sidebyside.settings import LexicalSettings

from .helpers import NEUTRAL_STORY as NEUTRAL
from .helpers import article
from .helpers import only_in_kinds as only_in


def distinctive(text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")
    found = analyse_framing(a, b).distinctive_terms
    return [t.term for t in found[0]], [t.term for t in found[1]]


def found(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.kind, e.key) for e in find_entities(text)]


# ------------------------------------------------------------------ a company's short name

SALEM = ("The drama began when Rell's Salem Holdings bought Orbit for $300M in a deal backed by the Stone Group.\n\n"
         "Stone, which already held a stake in Salem, is one of a growing number of firms in music.")


def test_a_towns_name_opening_a_companys_is_the_company_written_short():
    assert ("Salem", "organisation", "salem holdings") in found(SALEM)
    a, _ = only_in(SALEM)
    assert "Salem" not in a and a.get("Salem Holdings") == "organisation"


def test_the_town_stays_where_the_sentence_names_its_state():
    text = "Salem Holdings bought Orbit.\n\nThe mayor of Salem, Oregon, said nothing."
    assert ("Salem", "place", "salem") in found(text)
    assert ("Salem, Ore", "place", "salem") in found("Salem Holdings bought Orbit. The mayor of Salem, Ore., said nothing.")


def test_a_country_opening_a_companys_name_stays_the_country():
    assert ("Japan", "place", "japan") in found("Japan Airlines cut its flights to Japan.")


def test_a_town_with_no_company_after_it_stays_a_town():
    assert ("Salem", "place", "salem") in found("Rell held a stake in Salem, officials said.")


# ------------------------------------------------------------------ interjections

def test_an_internet_interjection_is_no_organisation():
    a, _ = only_in("Fans almost broke the website trying to figure out WTF private equity is.")
    assert "WTF" not in a
    # negative: a body's acronym in the same place stays
    a, _ = only_in("Fans almost broke the website trying to figure out what the SEC is.")
    assert "SEC" in a


# ------------------------------------------------------------------ "E! News" and a bio line

ENEWS = ("Dan Rell is unhappy with his partner Ivo Brandt, according to a new report by E! News.\n\n"
         "\"Rell is frustrated,\" an insider told the outlet on Monday.\n\n"
         "A rep for Rell did not immediately respond to Star News' request for comment.\n\n"
         "Julia is an LA Entertainment Reporter for Star News.")


def test_a_brand_with_an_exclamation_mark_is_one_name():
    assert ("E! News", "organisation", "e! news") in found("It was first told in a new report by E! News.")
    assert ("Yahoo! Finance", "other", "yahoo! finance") in found("He told Yahoo! Finance on Monday.")


def test_a_cry_before_a_capital_makes_no_name():
    assert not [e for e in found("He shouted Stop! Police came running.") if "!" in e[0]]


def test_a_newsroom_role_is_cut_from_its_employers_name():
    assert found("Julia is an LA Entertainment Reporter for Star News.") == [("Star News", "organisation", "star news")]
    assert ("Bay News", "organisation", "bay news") in found("Ann Lee, Senior Political Correspondent at Bay News, wrote it.")
    # negative: a body's own name with "for" keeps its words
    assert found("He joined the Committee for Public Safety.") == [
        ("Committee for Public Safety", "organisation", "committee for public safety")]


def test_the_report_a_story_stands_on_is_listed_apart_from_the_writers_outlet():
    a, _ = only_in(ENEWS)
    assert "E! News" in a and "Star News" in a
    assert not [name for name in a if "Reporter" in name]


# ------------------------------------------------------------------ a label's long names

def test_a_companys_name_with_suffix_words_is_the_company():
    a, b = only_in("Vera Lind says her former label, Orbit Music, is blocking her from singing her hits.\n\n"
                   "Orbit Music has denied her claims.",
                   "On Monday, Orbit Music Records issued a statement about Vera Lind.\n\n"
                   "The producers said they had made no statement in partnership with Orbit Music Label Group "
                   "regarding Lind's performance.")
    assert "Orbit Music" not in a and "Orbit Music Records" not in b and "Orbit Music Label Group" not in b


def test_a_companys_name_with_other_words_is_another():
    _, b = only_in("Orbit Music has denied her claims, officials said.",
                   "Orbit Music Hall Trust issued a statement on Monday, officials said.")
    assert "Orbit Music Hall Trust" in b


# ------------------------------------------------------------------ labels of a person

BOUT = ("Ivo Brandt stopped Dale Mercer in the seventh round.\n\n"
        "Mercer barely landed a punch as the Ukrainian dominated the encounter, and the Kiev fighter never let up.")


def test_a_demonym_or_a_city_labelling_a_person_is_no_place_left_out():
    _, b = only_in(NEUTRAL, BOUT)
    assert "Ukraine" not in b and "Kiev" not in b


def test_the_place_itself_stays_left_out():
    # (the country only as a demonym adjective, "the Ukrainian government", is no mention of it
    # since entities30: reader29's "Palestine" from "Palestinian land")
    a, _ = only_in("Mercer lost as the Ukrainian who trained in Kiev won.\n\nThe Ukrainian government in Ukraine said so.")
    assert a.get("Kiev") == "place" and a.get("Ukraine") == "place"


# ------------------------------------------------------------------ a place inside a body's name

def test_a_place_the_other_names_inside_a_bodys_name_is_no_omission():
    a, b = only_in("A bomb exploded at a bank in Ridgeway, Oregon, killing a police officer.",
                   "Capt. Dan Merrow of the Ridgeway Police Department and a technician with the Oregon State "
                   "Police were killed when a bomb exploded at a bank.")
    assert "Ridgeway" not in a and "Oregon" not in a
    assert "Ridgeway Police Department" in b  # negative: the bodies themselves stay


def test_a_place_the_other_never_names_stays_an_omission():
    a, _ = only_in("A bomb exploded at a bank in Ridgeway, Oregon, killing a police officer.",
                   "Capt. Dan Merrow of the Dunmore Police Department was killed when a bomb exploded at a bank.")
    assert "Ridgeway" in a


# ------------------------------------------------------------------ video promos

def test_a_video_promos_names_are_no_omission():
    text = ("Vera Lind accused her label of blocking her film.\n\n"
            "Vera Lind fans not happy with Ada Moss after fundraising event at Dan Rell's homeVideo\n\n"
            "The label denied it in a statement.")
    a, _ = only_in(text)
    assert "Ada Moss" not in a and "Dan Rell" not in a and "Vera Lind" in a


def test_a_line_naming_a_video_is_no_promo():
    assert media_promo_lines("Ada Moss watched the Video.\n\nShe said so.") == []
    assert media_promo_lines("Ada Moss posted a Video\n\nShe said so.") == []


# ------------------------------------------------------------------ distinctive terms

def test_a_word_the_other_writes_in_another_form_is_not_distinctive():
    a, _ = distinctive("Dan Rell, who owns her former label Orbit Music, bought it in June with help from a fund.\n\n"
                       "Orbit Music, which owns her masters, is blocking her from singing her hits on the show.\n\n"
                       "The fund that owns a stake in the deal has said nothing.\n\n"
                       "The fight goes on in court, and fans are angry.",
                       "Vera Lind accused the Rell-owned company of blocking her from singing her hits on the show, "
                       "to which they own the master recordings.\n\nThe company says it owes her nothing.\n\n"
                       "The fight goes on in court, and fans are angry.")
    assert "owns" not in a


def test_other_forms_of_a_word():
    assert inflected_otherwise("owns", {"owned": 1}) and inflected_otherwise("debates", {"debate": 2})
    assert inflected_otherwise("tells", {"told": 1}) and inflected_otherwise("master recordings", {"master recording": 1})
    assert not inflected_otherwise("owns", {"owes": 1})
    assert not inflected_otherwise("news", {"new": 3})  # a singular noun in -s is its own base


def test_the_word_stays_distinctive_when_the_other_writes_no_form_of_it():
    a, _ = distinctive("The union vowed to strike. Workers vowed to stay out. The union vowed again on Monday.",
                       "The union said it would strike. Workers said they would stay out.")
    assert any("vowed" in term for term in a)


def test_the_storys_own_name_may_stay_a_distinctive_term():
    text_a = ("The Perrin Group bought the label in June. Perrin Group partners met on Monday. "
              "Fans asked why Perrin Group wanted it. Perrin Group said nothing. The deal closed.")
    text_b = "The label was sold in June. Fans were angry. The deal closed."
    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")

    def terms(least: int) -> list[str]:
        lexical = LexicalSettings(distinctive_story_name_min_uses=least)
        return [t.term for t in analyse_framing(a, b, lexical=lexical).distinctive_terms[0]]

    assert "perrin group" in terms(3)
    assert "perrin group" not in terms(0)  # off (the default): the only-in list shows it
    assert "perrin group" not in terms(5)  # written four times: not the story's own name


def test_a_name_written_twice_and_listed_only_in_one_is_not_repeated():
    text_a = "Ivo Brandt handled the feud. Lind accused Rell, Brandt and the label. The fight goes on in court."
    text_b = "Vera Lind says Rell's label is blocking her. The fight goes on in court."
    a, _ = distinctive(text_a, text_b)
    assert "brandt" not in a
    assert "brandt" in [t.term for t in distinctive_terms(text_a, text_b)[0]]  # the statistic alone lists it


def test_a_demonym_opening_a_name_is_no_persons_label():
    from sidebyside.compare.only_in import _person_label

    text = "The report ran in the Canadian Press on Monday, and the Western Naval Command said so."
    for e in find_entities(text):
        if e.via == "demonym":
            assert not _person_label(text, e)
