"""The fact-word check of aligned sentences (compare/alignment_checks.py): two sentences of one
story that share only its names, its dates and its recurring words, and are not each other's
closest, tell two facts."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.alignment_checks import dated_numbers, tells_a_fact
from sidebyside.compare.matching import align_candidates, idf_of, informativeness
from sidebyside.compare.termdata import lexicon
from sidebyside.settings import DEFAULT

from .helpers import CALL_STORY_A as STORY_A
from .helpers import CALL_STORY_B as STORY_B
from .helpers import sentence_units

# word ids of hand-written sentences: 1 "july", 2 "25", 3 "call", 4 "people", 5 "said", 6 "envoy"
JULY, DAY, CALL, PEOPLE, SAID, ENVOY = 1, 2, 3, 4, 5, 6
TIMES = frozenset({JULY})
NUMBERS = {DAY}
INFO = {CALL: 1.5, PEOPLE: 0.8, SAID: 0.9, ENVOY: 3.5, DAY: 6.0}


def test_a_number_next_to_a_month_is_a_date():
    assert dated_numbers([CALL, JULY, DAY], NUMBERS, TIMES) == {DAY}  # "the July 25 call"
    assert dated_numbers([DAY, JULY], NUMBERS, TIMES) == {DAY}  # "25 July"


def test_a_number_away_from_a_month_is_a_figure():
    assert dated_numbers([DAY, PEOPLE, SAID, JULY], NUMBERS, TIMES) == set()  # "25 people said in July"
    assert dated_numbers([DAY, PEOPLE], NUMBERS, TIMES) == set()


def _tells(told, df_a, df_b, dated=frozenset()):
    return tells_a_fact(set(told), TIMES, NUMBERS, set(dated), df_a, df_b, INFO, 3, 1.5)


def test_story_words_and_a_date_tell_no_fact():
    # "the July 25 call", in 9 sentences of one article and 8 of the other
    df_a, df_b = {CALL: 9, JULY: 7, DAY: 7}, {CALL: 8, JULY: 2, DAY: 2}
    assert not _tells({CALL, JULY, DAY}, df_a, df_b, dated={DAY})


def test_common_words_tell_no_fact_however_rare_in_the_pair():
    assert not _tells({SAID, PEOPLE}, {SAID: 1, PEOPLE: 1}, {SAID: 1, PEOPLE: 2})


def test_a_word_few_sentences_use_or_a_figure_tells_a_fact():
    assert _tells({CALL, ENVOY}, {CALL: 9, ENVOY: 1}, {CALL: 8, ENVOY: 2})
    assert _tells({CALL, DAY}, {CALL: 9, DAY: 1}, {CALL: 8, DAY: 1})  # 25 people, not July 25




def _candidates(settings):
    clusters, ua, ub = sentence_units(STORY_A, STORY_B)
    names = frozenset(clusters[w] for w in ("volker", "morrison", "zelensky", "sondland", "committee"))
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    times = frozenset({clusters["july"], clusters["tuesday"]})
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), names, info, settings, times)
    return {(c.i, c.j) for c in found}


def test_story_words_only_and_another_closer_partner_make_no_candidate():
    lexical = DEFAULT.compare.lexical
    kept = _candidates(lexical)
    # "Morrison listened to the call with Zelensky" / "Sondland will face questions about the call
    # with Zelensky": a name and the story's "call", and each has a closer sentence
    assert (1, 0) not in kept and (0, 2) not in kept
    assert {(1, 1), (2, 2), (3, 3)} <= kept  # each the other's closest: the model judges them
    unchecked = _candidates(replace(lexical, align_fact_word_sentences=0))
    assert {(1, 0), (0, 2)} <= unchecked
