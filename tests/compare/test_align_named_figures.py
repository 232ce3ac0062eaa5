"""A figure without its unit, shared by two sentences that are each other's closest and also share
a name few sentences give, is one figure said of one player or suspect ("Mira Tenney made 31
saves" / "Mira Tenney ... stopping 31 shots"): matching's "figure_units" signal holds it too
(compare/alignment_checks.rare_figure). The same figure said of someone else, a figure the story
repeats, a name the story repeats and the day of a date are not."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.alignment_checks import rare_figure
from sidebyside.compare.matching import ALIGN_FEATURES, align_candidates, idf_of, informativeness
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT

from .helpers import sentence_units

FIGURE_UNITS = ALIGN_FEATURES.index("figure_units")

NAMES = ("harlow", "otters", "pinecrest", "mira", "tenney", "rolf", "baskin", "jonah", "vell", "march")

A = [
    "The Harlow Otters beat Pinecrest on the road.",
    "Jonah Vell opened the scoring with a low wrist shot.",
    "Goalie Mira Tenney, back from a long injury, looked sharp all night, stopping 31 shots.",
    "Pinecrest pressed late but never found a second goal.",
    "The coach praised the penalty killers after the game.",
]
B = [
    "Harlow won in Pinecrest for the first time this season.",
    "Vell scored first, beating the goalie from the left circle.",
    "Mira Tenney made 31 saves in her first start since the injury.",
    "The home side had the better chances in the third period.",
    "The Otters travel to the coast for two games next week.",
]


def _figure_signal(a, b, settings=DEFAULT.compare.lexical):
    clusters, ua, ub = sentence_units(a, b)
    numbers = {c for w, c in clusters.ids.items() if w.isdigit()}
    names = frozenset(clusters[w] for w in NAMES if w in clusters.ids)
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), numbers, names, info, settings)
    return {(c.i, c.j): c.features[FIGURE_UNITS] for c in found}


def test_one_figure_said_of_one_named_player():
    signal = _figure_signal(A, B)
    assert signal[(2, 2)] == 1.0  # "Mira Tenney" and "31": saves in one, shots in the other
    assert all(v == 0.0 for k, v in signal.items() if k != (2, 2))


def test_switched_off():
    signal = _figure_signal(A, B, replace(DEFAULT.compare.lexical, align_figure_with_rare_name=False))
    assert signal[(2, 2)] == 0.0
    signal = _figure_signal(A, B, replace(DEFAULT.compare.lexical, align_figure_unit_sentences=0))
    assert signal.get((2, 2), 0.0) == 0.0


def test_the_same_figure_said_of_another_player():
    b = [*B[:2], "Rolf Baskin made 31 saves in his first start since the injury.", *B[3:]]
    assert _figure_signal(A, b)[(2, 2)] == 0.0  # still a candidate, without the signal


def test_a_name_the_story_repeats_is_no_anchor():
    # "Mira Tenney" in three sentences of each: the story is about her, her name tells no fact
    a = [*A, "Mira Tenney signed a new contract with Harlow in the summer before the season.",
         "Fans chanted for Mira Tenney when the final horn sounded over the rink."]
    b = [*B, "Mira Tenney joined the club from a rival two years ago as a backup.",
         "Coaches said Mira Tenney had worked all summer on her skating and her glove hand."]
    assert _figure_signal(a, b)[(2, 2)] == 0.0


def test_a_figure_given_by_many_sentences_is_the_story():
    assert rare_figure({7}, {7: 1}, {7: 3}, 3)
    assert not rare_figure({7}, {7: 4}, {7: 1}, 3)
    assert not rare_figure(set(), {}, {}, 3)
