"""Two people the article names in full with one surname: the bare surname joins the one whose
gender the text tells of it (naming.people._bearer_of_told_gender), never either when the text
tells no gender, tells both, or two bearers share the told gender; and the age groups read
from naming.json as a named record."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.framing import article_views
from sidebyside.compare.naming import ChainBuilder, vocabulary
from sidebyside.compare.naming.people import AgeGroups, _age_groups
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT

from .helpers import article, chain_of


def test_the_surname_joins_the_one_of_the_gender_the_text_tells():
    found = chain_of("Katherine Gomes reported her husband missing on Monday. Gary Gomes was arrested "
                     "on Friday. Gomes was charged with murdering his business partner.")
    assert "Gomes" in found["Gary Gomes"]
    assert "Gomes" not in found["Katherine Gomes"]


def test_a_date_after_the_surname_does_not_hide_the_pronoun():
    found = chain_of("Katherine Gomes reported her husband missing on Monday. Gary Gomes was arrested "
                     "on Friday. A jury convicted Gomes on Nov. 12 of murdering his business partner.")
    assert "Gomes" in found["Gary Gomes"]


def test_a_surname_told_of_no_gender_joins_neither():
    found = chain_of("Katherine Gomes reported her husband missing on Monday. Gary Gomes was arrested "
                     "on Friday. Gomes was charged with murder.")
    assert "Gomes" not in found["Gary Gomes"]
    assert "Gomes" not in found["Katherine Gomes"]


def test_a_surname_told_of_both_genders_joins_neither():
    found = chain_of("Katherine Gomes reported her husband missing on Monday. Gary Gomes was arrested "
                     "on Friday. Gomes was charged with murdering his business partner. "
                     "Gomes lost her job in March.")
    assert "Gomes" not in found["Gary Gomes"]
    assert "Gomes" not in found["Katherine Gomes"]


def test_two_men_with_one_surname_leave_it_to_neither():
    found = chain_of("Gary Gomes reported his brother missing on Monday. Daniel Gomes was arrested "
                     "on Friday. Gomes was charged with murdering his business partner.")
    assert "Gomes" not in found["Gary Gomes"]
    assert "Gomes" not in found["Daniel Gomes"]


def test_a_bearer_of_no_known_gender_leaves_the_surname_alone():
    # "Robin" names a man or a woman, and no pronoun after the full name tells which
    found = chain_of("Robin Gomes reported the theft on Monday. Gary Gomes was arrested on Friday. "
                     "Gomes was charged with murdering his business partner.")
    assert "Gomes" not in found["Gary Gomes"]


def test_age_groups_are_a_named_record():
    groups = _age_groups()
    assert isinstance(groups, AgeGroups)
    assert groups.adult_age >= 18 and "child" in groups.child_nouns and groups.adult_honorifics


# ---------------------------------------------------------------- a bare age after a name

def test_a_bare_age_joins_the_one_person_named_in_the_sentence_before():
    found = chain_of("It was seven months ago when a stray bullet killed Kathina Thomas. "
                     "The 10-year-old was shot while she was playing outside her home.")
    assert "The 10-year-old" in found["Kathina Thomas"]


def test_a_bare_age_after_two_people_joins_neither():
    found = chain_of("Prosecutors allege that Carl Simpson shot Kathina Flynn twice. "
                     "A DNA expert testified that the 27-year-old was at the scene.")
    assert found["the 27-year-old"] == {"the 27-year-old"}


def test_a_bare_age_never_joins_a_person_of_another_stated_age():
    found = chain_of("Warren Jeffs, 55, was convicted on Friday. Jurors heard of his marriage to the 14-year-old in 2004.")
    assert "the 14-year-old" not in found["Warren Jeffs"]


def test_a_bare_age_never_joins_a_person_of_the_other_gender():
    found = chain_of("Police questioned Carl Simpson on Monday. "
                     "Days later the 20-year-old found out her test was positive.")
    assert "the 20-year-old" not in found["Carl Simpson"]


def test_a_bare_age_after_an_unnamed_person_stays_alone():
    found = chain_of("The gunman fired one shot, hitting the deputy in the head. The 35-year-old died at once.")
    assert found["The 35-year-old"] == {"The 35-year-old"}


def test_the_woman_after_the_one_woman_named_joins_her():
    found = chain_of("Police said Maria Lopez was arrested on Friday. The woman was held overnight.")
    assert "The woman" in found["Maria Lopez"]


def test_the_man_who_is_someone_new():
    text = "Police said Gary Lopez called them on Friday. The man who robbed him fled."
    settings = dataclasses.replace(DEFAULT.compare.naming, generic_after_name=False)
    view = article_views(article(text), article(text))[0]
    builder = ChainBuilder(lexicon(), EntityFinder(lexicon()), vocabulary(), settings)
    chains = builder.build(view, {}, frozenset())
    assert builder._definite_generics(view, chains, {}) == []
    found = chain_of("Police said Gary Lopez called them on Friday. The man was held overnight.")
    assert "The man" in found["Gary Lopez"]


def test_the_woman_never_joins_a_man():
    found = chain_of("Police said Gary Lopez was arrested on Friday. The woman was held overnight.")
    assert "The woman" not in found["Gary Lopez"]


def test_the_man_after_two_people_joins_neither():
    found = chain_of("Gary Lopez and Carl Simpson met on Friday. The man left early.")
    assert "The man" not in found["Gary Lopez"] and "The man" not in found["Carl Simpson"]
