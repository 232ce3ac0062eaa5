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
