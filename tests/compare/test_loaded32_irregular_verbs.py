"""The one table of irregular verbs, completed from WordNet's exception list (loaded32):
common verbs take their real forms, not the regular rules' ("see" -> "saw", never "seed")."""

from __future__ import annotations

from sidebyside.compare.tokens import inflections, irregular_verbs


def test_common_irregular_verbs_take_their_forms():
    assert inflections("see") == {"see", "sees", "saw", "seen", "seeing"}
    assert inflections("go") == {"go", "goes", "went", "gone", "going"}
    assert {"fled", "fleeing"} <= inflections("flee")
    assert {"ran", "running"} <= inflections("run")
    assert "agreeing" in inflections("agree") and "agreed" in inflections("agree")


def test_no_wrong_regular_forms_for_them():
    assert "seed" not in inflections("see") and "seing" not in inflections("see")
    assert "goed" not in inflections("go")
    assert "controled" not in inflections("control")


def test_a_verb_that_also_takes_the_regular_past_keeps_it():
    assert {"hanged", "hung"} <= inflections("hang")
    assert {"traveled", "travelled", "traveling", "travelling"} <= inflections("travel")


def test_lie_is_the_verb_of_untruth():
    # the term lists mean "lie" as untruth: "lay" is another verb's word, never a lie
    assert inflections("lie") == {"lie", "lies", "lied", "lying"}


def test_regular_verbs_need_no_entry():
    table = irregular_verbs()
    assert "supply" not in table and "plan" not in table
    assert inflections("plan") >= {"plans", "planned", "planning"}
