"""Only-in lists read on real same-event pairs: a referent the other article names differently
(an acronym, a shorter name, a bare surname) is a naming difference, not an omission; two names
one article writes are two things. Each rule with a positive and a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.only_in import match_entities


def match(text_a, text_b):
    result = match_entities(find_entities(text_a), find_entities(text_b))
    return set(result.shared), [{o.entity for o in side} for side in result.only_in]


def test_two_names_one_article_writes_are_two_things():
    # the other article writes only the shorter name: the longer one is the same show at length
    shared, only = match("Fans of Doctor Who came on Monday.", "Doctor Who Live opened on Monday.")
    assert only == [set(), set()]
    # negative: an article writing both names means two things; the one it alone names stays apart
    shared, only = match("Fans of Doctor Who came on Monday.", "Doctor Who Live opened. Fans of Doctor Who came.")
    assert "Doctor Who" in shared and only == [set(), {"Doctor Who Live"}]


def _key_map(text_a, text_b):
    return match_entities(find_entities(text_a), find_entities(text_b)).key_maps[0]


def test_a_bare_surname_is_not_the_other_articles_person_where_its_own_names_two_so():
    # the article names nobody of that surname in full: the one person the other names so
    assert _key_map("In court, Peterson showed no emotion.", "Laci Peterson was missing for months.") == {
        "peterson": "laci peterson"}
    # negative: the article names two Petersons itself; its bare "Peterson" is not the other
    # article's one Peterson (nor a guess between its own)
    mapping = _key_map("Scott Peterson and Laci Peterson married in 1997. In court, Peterson showed no emotion.",
                       "Laci Peterson was missing for months.")
    assert "peterson" not in mapping


def test_a_head_word_alone_is_the_one_longer_name_it_heads_there():
    shared, only = match("Pirates attacked a tanker in the Gulf on Monday.",
                         "Pirates attacked a tanker in the Persian Gulf on Monday.")
    assert shared == {"Persian Gulf"} and only == [set(), set()]
    shared, only = match("The Party met on Monday.", "The Communist Party met on Monday.")
    assert shared == {"Communist Party"} and only == [set(), set()]
    # negatives: a name that is no head word is another place; two longer names with that head
    # there leave the bare one unresolved
    assert match("Fighting spread to Africa on Monday.", "Fighting spread to South Africa on Monday.")[1] == [
        {"Africa"}, {"South Africa"}]
    assert match("He flew to Los Angeles on Monday.", "He flew to Los Angeles County on Monday.")[1] == [
        {"Los Angeles"}, {"Los Angeles County"}]
    shared, only = match("Ships left the Gulf on Monday.", "Ships left the Persian Gulf and the Gulf of Oman on Monday.")
    assert "Gulf" in only[0] and {"Persian Gulf", "Gulf of Oman"} <= only[1]


def test_an_acronym_and_the_name_it_spells_in_one_article_are_one_item():
    shared, only = match("Aid arrived on Monday.", "The United Nations sent aid on Monday. The UN said more would come.")
    assert only == [set(), {"United Nations"}]
    shared, only = match("Aid arrived on Monday.", "The United Nations sent aid on Monday. The U.N. said more would come.")
    assert only == [set(), {"United Nations"}]
    # negatives: capitals spelling no name of the article, or the initials of two of its names
    assert match("Aid arrived on Monday.", "The United Nations sent aid on Monday. The UK said more would come.")[1] == [
        set(), {"United Nations", "UK"}]
    # (not "United Nations": naming.json's aliases know its "UN", whatever else the initials spell)
    only = match("Aid arrived on Monday.", "The Ulster Navigators sent aid to Upper Nile on Monday. The UN said more "
                 "would come.")[1]
    assert {"Ulster Navigators", "Upper Nile", "UN"} <= only[1]
