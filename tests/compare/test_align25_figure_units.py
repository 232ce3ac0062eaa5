"""A figure with its unit ("300 miles") shared by two sentences that are each other's closest is
one quantity stated twice (compare/alignment_checks.figures_with_units, matching's
"figure_units" signal); ages, days of dates and a figure the story repeats are not."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.alignment_checks import figures_with_units
from sidebyside.compare.matching import (
    ALIGN_FEATURES,
    align_candidates,
    idf_of,
    informativeness,
)
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import is_content
from sidebyside.settings import DEFAULT

from .helpers import sentence_units

FIGURE_UNITS = ALIGN_FEATURES.index("figure_units")


def _figures(sentence: str, dated=frozenset()) -> set[tuple[str, str]]:
    clusters, (unit,), _ = sentence_units([sentence], ["nothing"])
    numbers = {clusters[w] for w in unit.words if w.isdigit()}
    name_of = {c: w for w, c in clusters.ids.items()}
    found = figures_with_units(unit.ids, unit.words, numbers, {clusters[w] for w in dated}, is_content)
    return {(name_of[n], name_of[u]) for n, u in found}


def test_a_figure_and_the_word_after_it():
    assert _figures("The glider can fly 420 kilometres on one tank.") == {("420", "kilometres")}
    assert _figures("Crews pumped 9000 litres of water and 40 tonnes of sand.") == {
        ("9000", "litres"), ("40", "tonnes")}


def test_no_unit_after_a_function_word_or_another_figure():
    assert _figures("Of the 12 that came, 3 of them left.") == set()
    assert _figures("The score was 4 2 at the break.") == set()


def test_an_age_describes_a_person_and_is_no_unit():
    assert _figures("A 71-year-old baker was hurt.") == set()
    assert _figures("The baker, aged 71 years, was hurt.") == set()


def test_the_day_of_a_date_is_no_unit():
    assert _figures("On 14 March crowds gathered.", dated={"14"}) == set()


A = [
    "Officials in Pellmore opened the new Varrow bridge on Monday.",
    "The Varrow bridge spans 640 metres across the estuary.",
    "Its towers rise 95 metres above the water.",
    "The council spent four years planning the crossing.",
    "Ferry operators said trade had already fallen.",
]
B = [
    "Pellmore's new Varrow bridge opened to traffic this week.",
    "At 640 metres long, the crossing is the longest in the province.",
    "Local ferry firms fear for their business.",
    "The council approved the design after a long debate.",
    "Drivers queued for hours on the first morning.",
]


def _features(a, b, settings):
    clusters, ua, ub = sentence_units(a, b)
    numbers = {c for w, c in clusters.ids.items() if w.isdigit()}
    names = frozenset(clusters[w] for w in ("pellmore", "varrow"))
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), numbers, names, info, settings)
    return {(c.i, c.j): c.features[FIGURE_UNITS] for c in found}


def test_closest_sentences_sharing_a_figure_with_its_unit():
    features = _features(A, B, DEFAULT.compare.lexical)
    assert features[(1, 1)] == 1.0  # "640 metres" in both, each the other's closest
    assert all(v == 0.0 for k, v in features.items() if k != (1, 1))


def test_a_figure_the_story_repeats_is_its_topic():
    # "640 metres" in three sentences of A: the bridge's length is the story, not one fact
    a = [*A, "Painters from two firms will repaint all 640 metres of steel railing every seventh summer.",
         "Inspectors walked the 640 metres of decking with lamps, hammers and notebooks before dawn."]
    assert _features(a, B, replace(DEFAULT.compare.lexical, align_figure_unit_sentences=3)).get((1, 1)) == 1.0
    features = _features(a, B, replace(DEFAULT.compare.lexical, align_figure_unit_sentences=2))
    assert features.get((1, 1), 0.0) == 0.0


def test_switched_off():
    features = _features(A, B, replace(DEFAULT.compare.lexical, align_figure_unit_sentences=0))
    assert all(v == 0.0 for v in features.values())


def test_the_signal_has_a_weight():
    assert len(DEFAULT.compare.lexical.align_weights) == len(ALIGN_FEATURES)
    assert DEFAULT.compare.lexical.align_weights[FIGURE_UNITS] > 0


# Long stories: the fact-word check lets through each other's closest sentences that share two
# names few sentences give (a player or a witness named in a sentence or two). Here a word in two
# sentences is the story's (align_fact_word_sentences=1) and four sentences make a long story.
GAME_A = [
    "The Herons beat the Kestrels at Lowfield Arena.",
    "Winger Pavel Orsk scored twice in the first period.",
    "Goalie Dana Quill stopped every shot after that.",
    "The Kestrels scored twice late but lost.",
]
GAME_B = [
    "The Herons won at home against the Kestrels.",
    "Pavel Orsk scored twice for the home side.",
    "Dana Quill was hardly troubled in goal.",
    "The Kestrels scored twice in the final minutes.",
]


def _game_candidates(**changes):
    settings = replace(DEFAULT.compare.lexical, align_long_story=4, align_long_article=4,
                       align_fact_word_sentences=1, **changes)
    clusters, ua, ub = sentence_units(GAME_A, GAME_B)
    names = frozenset(clusters[w] for w in ("herons", "kestrels", "lowfield", "arena", "pavel", "orsk", "dana",
                                            "quill", "winger", "goalie"))
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), names, info, settings)
    return {(c.i, c.j) for c in found}


def test_closest_sentences_sharing_two_rare_names_in_a_long_story():
    assert (1, 1) in _game_candidates(align_fact_rare_names_long=2)  # "Pavel Orsk", "scored twice"
    assert (1, 1) not in _game_candidates(align_fact_rare_names_long=0)
    # one name ("Kestrels") and the story's words ("scored twice"): not enough
    assert (3, 3) not in _game_candidates(align_fact_rare_names_long=2)
