"""Loaded words of kinds a student can be taught, written by hand: a comparison with a dictator
("Mussolini-like"), a mocking nickname ("Nervous Nancy"), an inflated account of words
("explosive allegations", "his zillionth claim"), a verb of criticism ("universally panned"), a
judging idiom ("riding the coattails", "eating itself alive", "riddled with errors") and a verb
of attack said of a right or a belief ("erase womanhood", "strangle dissent"). Their plain senses
are not loaded: "panned out", "riddled with bullets", an explosive device, erasing a debt."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def found(text):
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def words(text):
    return [w for w, _ in found(text)]


def test_a_comparison_with_a_dictator_labels():
    assert ("Mussolini-like", "contested label") in found("The senator condemned the governor's Mussolini-like decrees on Tuesday.")
    assert ("Stalinesque", "contested label") in found("Critics called the purge of the board Stalinesque.")


def test_a_mocking_nickname_labels():
    assert ("Nervous Nancy", "contested label") in found("The rally cheered when he mocked Nervous Nancy again.")
    assert ("Hilldog", "contested label") in found("The post says Hilldog never understood the voters of Ohio.")


def test_words_told_as_an_explosion_inflate():
    assert ("explosive allegations", "intensifier") in found("The deputy made explosive allegations about the shelter.")
    assert ("zillionth", "intensifier") in found("It was roughly his ten-zillionth claim about the budget.")
    assert words("Police found an explosive device near the depot.") == []


def test_a_verb_of_criticism_judges_but_panning_out_is_plain():
    assert ("panned", "attribution verb") in found("The mayor's plan was universally panned by residents.")
    assert words("The harbour plan never panned out for the town.") == []
    assert words("The camera panned across the square.") == []


def test_judging_idioms():
    assert ("coattails", "evaluative") in found("The candidate rode the coattails of the popular governor.")
    assert ("eating itself alive", "evaluative") in found("The movement is eating itself alive over the vote.")
    assert ("riddled with", "evaluative") in found("The report is riddled with errors and guesses.")


def test_riddled_with_bullets_or_tunnels_is_literal():
    assert words("The van was riddled with bullets after the raid.") == []
    assert words("Gunmen riddled the van with bullets.") == []
    assert words("The hillside is riddled with tunnels and caves.") == []


def test_a_verb_of_attack_on_a_belief_or_a_right():
    assert ("erase", "emotive") in found("The bill is an effort to erase womanhood from the law.")
    assert ("attack", "emotive") in found("The column calls the law an attack on womanhood.")
    assert ("strangle", "emotive") in found("The decree aims to strangle dissent in the provinces.")


def test_erasing_a_debt_or_a_mark_is_plain():
    assert words("The deal will erase the town's debt by spring.") == []
    assert words("Cleaners tried to erase the marks from the wall.") == []


def test_irregular_forms_of_listed_verbs_judge_alike():
    # "mislead", "cling to", "sow division" are listed: their irregular pasts are the same words
    assert ("misled", "evaluative") in found("The minister misled the house about the deal.")
    assert ("clung to", "evaluative") in found("The old guard clung to office for years.")
    assert ("sown division", "evaluative") in found("The campaign has sown division among the villagers.")


def test_a_motive_told_as_an_appetite_judges():
    assert ("drunk on power", "evaluative") in found("Aides say the governor is drunk on power.")
    assert ("quest for power", "evaluative") in found("Nothing got in the way of their quest for power.")
    assert ("on a power trip", "evaluative") in found("Critics say the mayor is on a power trip.")
    assert words("The plant shut after a power trip at noon.") == []


def test_the_polluter_pays_principle_is_plain():
    assert ("polluter", "contested label") in found("The column calls the country the worst polluter on earth.")
    assert words("The treaty applies the polluter pays principle to shipping.") == []
