"""A body's name goes on past "for" as past "of" ("Commission for Elections and Referenda"): "and"
and words of the language after it are the name's, another name after "and" is another body. The
same body named with its words in another order or number in the other article ("Central Election
and Referendum Commission") is one referent."""

from __future__ import annotations

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize

from .helpers import contrast_with, labels, naming_contrasts


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.kind) for e in EntityFinder(lexicon()).find(text, tokenize(text), frozenset())]


def test_a_body_for_words_and_words_is_one_name():
    found = _names("The National Commission for Polls and Referenda of Chile said turnout was high.")
    assert ("National Commission for Polls and Referenda", "organisation") in found
    assert not any(text == "Referenda" for text, _ in found)


def test_another_name_after_and_is_another_body():
    found = _names("The Institute for Coastal Studies and Brannick Holdings signed the deal in Marrowdale.")
    assert ("Institute for Coastal Studies", "organisation") in found
    assert not any("Brannick" in text and "Institute" in text for text, _ in found)


def test_a_person_of_a_place_stays_two_names():
    found = _names("Tom Ardley of Ohio and Mary Jessop spoke on Monday.")
    assert ("Tom Ardley", "person") in found
    assert not any("Ardley of" in text for text, _ in found)


def test_one_body_named_in_two_word_orders_is_one_referent():
    found = naming_contrasts(
        "Voters in Veltria go to the polls on Sunday, the National Commission for Polls and Referenda said.",
        "The country's National Poll and Referendum Commission said voters in Veltria go to the polls on Sunday.",
    )
    contrast = contrast_with(found, "National Commission for Polls and Referenda", "a")
    assert contrast is not None
    assert labels(contrast, "b") == {"National Poll and Referendum Commission"}


def test_two_bodies_with_other_words_stay_apart():
    found = naming_contrasts(
        "Voters in Veltria go to the polls on Sunday, the National Commission for Polls said.",
        "The National Commission for Budgets said voters in Veltria go to the polls on Sunday.",
    )
    assert contrast_with(found, "National Commission for Polls", "a") is None


def test_a_body_of_a_country_named_shorter_is_the_one_body_of_those_words():
    # "of Chile" is whose body it is, as "the country's" says on the other side
    found = naming_contrasts(
        "Voters in Chile go to the polls on Sunday, according to the National Polls Commission of Chile.",
        "The country's National Poll and Referendum Commission said voters in Chile go to the polls on Sunday.",
    )
    contrast = contrast_with(found, "National Poll and Referendum Commission", "b")
    assert contrast is not None
    assert labels(contrast, "a") == {"National Polls Commission of Chile"}


def test_a_shorter_name_fitting_two_bodies_joins_neither():
    found = naming_contrasts(
        "Voters in Chile go to the polls on Sunday, according to the National Polls Commission.",
        "The National Poll and Referendum Commission and the National Poll and Budget Commission met in Chile on Sunday.",
    )
    assert contrast_with(found, "National Polls Commission", "a") is None
