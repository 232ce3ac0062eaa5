"""A hyphenated compound naming a judging act ("Bible-thumping", "hair-splitting",
"back-stabbing", "patriotism-appropriating") is evaluative; the same heads in their plain senses
("bass-thumping", "wood-splitting", "vote-splitting", "knife-stabbing") and the plain search for a
thing ("job-hunting", "a life-hunting lander") are not; "heretic-hunting" is as the listed
"witch hunt"."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def found(text):
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def test_a_compound_naming_a_judging_act_is_evaluative():
    assert ("Bible-thumping", "evaluative") in found("A Bible-thumping senator opened the hearing.")
    assert ("hair-splitting", "evaluative") in found("The ruling came after weeks of hair-splitting by the lawyers.")
    assert ("back-stabbing", "evaluative") in found("The party was torn by back-stabbing and leaks.")
    assert ("patriotism-appropriating", "evaluative") in found("It was a patriotism-appropriating administration.")
    assert ("heretic-hunting", "evaluative") in found("The heretic-hunting inquisitors of the faculty struck again.")


def test_the_same_heads_in_their_plain_senses_are_not_loaded():
    assert found("The club was full of bass-thumping music.") == []
    assert found("Vote-splitting cost the party two seats.") == []
    assert found("Police said the knife-stabbing happened at noon.") == []
    assert found("Job-hunting graduates lined up at the fair.") == []
    assert found("Engineers picked spots where a life-hunting lander could touch down.") == []
