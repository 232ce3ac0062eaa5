"""Two people the article names in full with one surname: the bare surname joins the one whose
gender the text tells of it (naming.people._bearer_of_told_gender), never either when the text
tells no gender, tells both, or two bearers share the told gender; and the age groups read
from naming.json as a named record."""

from __future__ import annotations

import dataclasses

import pytest

from sidebyside.compare.naming.people import AgeGroups, _age_groups
from sidebyside.settings import DEFAULT

from .helpers import assert_apart, assert_joined, chain_of, naming_chains

GOMES = "Katherine Gomes reported her husband missing on Monday. Gary Gomes was arrested on Friday. "


@pytest.mark.parametrize("text, mention, joined, apart", [
    pytest.param(GOMES + "Gomes was charged with murdering his business partner.", "Gomes", "Gary Gomes",
                 ("Katherine Gomes",), id="the_surname_joins_the_one_of_the_gender_the_text_tells"),
    pytest.param(GOMES + "A jury convicted Gomes on Nov. 12 of murdering his business partner.", "Gomes", "Gary Gomes",
                 (), id="a_date_after_the_surname_does_not_hide_the_pronoun"),
    pytest.param("It was seven months ago when a stray bullet killed Kathina Thomas. "
                 "The 10-year-old was shot while she was playing outside her home.", "The 10-year-old",
                 "Kathina Thomas", (), id="a_bare_age_joins_the_one_person_named_in_the_sentence_before"),
    pytest.param("Police said Maria Lopez was arrested on Friday. The woman was held overnight.", "The woman",
                 "Maria Lopez", (), id="the_woman_after_the_one_woman_named_joins_her"),
])
def test_a_mention_joins_the_one_the_text_tells(text, mention, joined, apart):
    assert_joined(text, mention, joined, apart)


@pytest.mark.parametrize("text, mention, names", [
    pytest.param(GOMES + "Gomes was charged with murder.", "Gomes", ("Gary Gomes", "Katherine Gomes"),
                 id="a_surname_told_of_no_gender_joins_neither"),
    pytest.param(GOMES + "Gomes was charged with murdering his business partner. Gomes lost her job in March.", "Gomes",
                 ("Gary Gomes", "Katherine Gomes"), id="a_surname_told_of_both_genders_joins_neither"),
    pytest.param("Gary Gomes reported his brother missing on Monday. Daniel Gomes was arrested on Friday. "
                 "Gomes was charged with murdering his business partner.", "Gomes", ("Gary Gomes", "Daniel Gomes"),
                 id="two_men_with_one_surname_leave_it_to_neither"),
    # "Robin" names a man or a woman, and no pronoun after the full name tells which
    pytest.param("Robin Gomes reported the theft on Monday. Gary Gomes was arrested on Friday. "
                 "Gomes was charged with murdering his business partner.", "Gomes", ("Gary Gomes",),
                 id="a_bearer_of_no_known_gender_leaves_the_surname_alone"),
    pytest.param("Warren Jeffs, 55, was convicted on Friday. Jurors heard of his marriage to the 14-year-old in 2004.",
                 "the 14-year-old", ("Warren Jeffs",), id="a_bare_age_never_joins_a_person_of_another_stated_age"),
    pytest.param("Police questioned Carl Simpson on Monday. Days later the 20-year-old found out her test was positive.",
                 "the 20-year-old", ("Carl Simpson",), id="a_bare_age_never_joins_a_person_of_the_other_gender"),
    pytest.param("Police said Gary Lopez was arrested on Friday. The woman was held overnight.", "The woman",
                 ("Gary Lopez",), id="the_woman_never_joins_a_man"),
    pytest.param("Gary Lopez and Carl Simpson met on Friday. The man left early.", "The man",
                 ("Gary Lopez", "Carl Simpson"), id="the_man_after_two_people_joins_neither"),
])
def test_a_mention_the_text_does_not_tell_for_one_joins_none(text, mention, names):
    assert_apart(text, mention, names)


@pytest.mark.parametrize("text, mention", [
    pytest.param("Prosecutors allege that Carl Simpson shot Kathina Flynn twice. "
                 "A DNA expert testified that the 27-year-old was at the scene.", "the 27-year-old",
                 id="a_bare_age_after_two_people_joins_neither"),
    pytest.param("The gunman fired one shot, hitting the deputy in the head. The 35-year-old died at once.",
                 "The 35-year-old", id="a_bare_age_after_an_unnamed_person_stays_alone"),
])
def test_a_mention_stays_alone(text, mention):
    assert chain_of(text)[mention] == {mention}


def test_age_groups_are_a_named_record():
    groups = _age_groups()
    assert isinstance(groups, AgeGroups)
    assert groups.adult_age >= 18 and "child" in groups.child_nouns and groups.adult_honorifics


def test_the_man_who_is_someone_new():
    settings = dataclasses.replace(DEFAULT.compare.naming, generic_after_name=False)
    text = "Police said Gary Lopez called them on Friday. The man who robbed him fled."
    builder, view, chains = naming_chains(text, settings)
    assert builder._definite_generics(view, chains, {}) == []
    found = chain_of("Police said Gary Lopez called them on Friday. The man was held overnight.")
    assert "The man" in found["Gary Lopez"]
