"""The kind of each cited source as the text tells it: businesses, party members, a named
person's lawyer, a rank before a name, a place or a party adjective that names no one."""

from __future__ import annotations

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def kinds_of(text):
    found = analyse_framing(article(text), article("Nothing."), ((), ())).sources[0]
    return {s.name: s.kind for s in found}


def test_a_name_with_a_company_suffix_is_an_institution():
    kinds = kinds_of("Prices rose again on Monday, Northwind Ltd said in a statement.")
    assert kinds.get("Northwind Ltd") == "institution"


def test_a_business_told_by_its_shares_is_an_institution():
    kinds = kinds_of("Harbor Lane said sales fell in the quarter. Harbor Lane shares dropped 4% on Tuesday.")
    assert kinds.get("Harbor Lane") == "institution"


def test_a_business_taken_up_by_the_company_is_an_institution():
    kinds = kinds_of("Mollo Fibre announced a price rise on Monday. The company blamed higher costs.")
    assert kinds.get("Mollo Fibre") == "institution"


def test_a_person_followed_by_the_company_he_runs_stays_a_person():
    # a given name first, and the person's pronoun before "the company": a person
    kinds = kinds_of("Karen Holt announced the plan on Monday. She said the company would hire more staff.")
    assert kinds.get("Karen Holt") == "person"


def test_a_person_with_no_business_word_stays_a_person():
    kinds = kinds_of("Dorn Vasquez said the bridge would reopen next week.")
    assert kinds.get("Dorn Vasquez") == "person"


def test_party_members_are_a_group():
    kinds = kinds_of("Republicans also questioned the witness about the call, Democrats said.")
    assert kinds.get("Republicans") == "group"
    assert kinds.get("Democrats") == "group"


def test_a_person_whose_name_ends_in_s_stays_a_person():
    kinds = kinds_of("Ann Jenkins said the vote would be close. Jenkins added that she was hopeful.")
    assert kinds.get("Ann Jenkins") == "person"


def test_a_named_persons_lawyer_is_one_person():
    kinds = kinds_of("The committee asked about the call, but Tim Morrow's lawyer said the question was out of scope.")
    assert kinds.get("Tim Morrow's lawyer") == "person"


def test_a_named_persons_lawyers_stay_a_group():
    kinds = kinds_of("The committee asked about the call, but Tim Morrow's lawyers said the question was out of scope.")
    assert kinds.get("Tim Morrow's lawyers") != "person"


def test_a_rank_before_a_full_name_is_a_title():
    kinds = kinds_of("Col. Alex Vardan said he was concerned about the call.")
    assert "Col. Alex Vardan" not in kinds and "Col Alex Vardan" not in kinds
    assert kinds.get("Alex Vardan") == "person"


def test_a_title_before_a_possessive_group_is_kept():
    kinds = kinds_of("President Tarrow's advisers said the deal was close.")
    assert "Tarrow's advisers" not in kinds


def test_a_surname_cited_alone_after_the_full_name_is_a_person_and_her_label_an_institution():
    kinds = kinds_of("Brace yourself: Tara Swell might not be able to perform her hits. According to Swell, her "
                     "former label Big Engine, which owns her masters, is preventing her from performing. "
                     "Big Engine has denied Swell's claims, saying they were false.")
    # (speakers46: the apposition "her former label Big Engine" names the label, no description of
    # Swell, so "Swell" is read as a person's surname and cited by the full name the text gives)
    assert kinds.get("Tara Swell") == "person" and "Swell" not in kinds
    assert kinds.get("Big Engine") == "institution"


def test_a_one_word_body_that_is_no_ones_surname_stays_an_institution():
    kinds = kinds_of("Ivo Renz spoke first. Washington said the talks had failed.")
    assert kinds.get("Washington") == "institution"


def test_a_place_cited_alone_is_no_person():
    kinds = kinds_of("Kabul said the talks would resume next week.")
    assert kinds.get("Kabul") != "person"


def test_a_party_adjective_names_no_one():
    kinds = kinds_of("Teachers rallied on Tuesday. Republican Gov. Eric Holt said the budget was fair. "
                     "Republican leaders said they would wait, and Republican said it was over.")
    assert kinds.get("Republican") not in ("person", "institution")
    assert kinds.get("Eric Holt") == "person"


def test_a_role_before_a_name_is_no_company_noun():
    kinds = kinds_of("Rig worker Tomo Haddad said the company had cut his shifts.")
    assert kinds.get("Tomo Haddad") == "person"


def test_a_persons_initials_cited_alone_are_the_person():
    kinds = kinds_of("Alexandria Ocasio-Perez spoke at the rally. According to AOP, the plan was only a start.")
    assert kinds.get("AOP") == "person"


def test_an_acronym_no_person_of_the_article_has_stays_an_institution():
    kinds = kinds_of("Ann Lee spoke at the rally. According to ACLU, the plan was only a start.")
    assert kinds.get("ACLU") != "person"
