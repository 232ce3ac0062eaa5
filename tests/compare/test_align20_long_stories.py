"""Aligned sentences in long articles of one story, and two statements of one person
(compare/matching.py, compare/alignment_checks.py): in long articles each other's closest
sentences still need a word that tells the fact, and a pair needs a higher probability; two
sentences quoting one person share only the attribution when their quotations share nothing."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.compare.alignment_checks import attributions_only, quoted_words
from sidebyside.compare.matching import (
    align_candidates,
    align_sentences,
    idf_of,
    informativeness,
    long_story,
)
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import match_words
from sidebyside.settings import DEFAULT

from .helpers import CALL_STORY_A as STORY_A
from .helpers import CALL_STORY_B as STORY_B
from .helpers import sentence_units

LEXICAL = DEFAULT.compare.lexical


# ----------------------------------------------------------------------------- quoted words


def test_the_words_of_a_quotation_are_credited_to_its_sentence():
    text = 'The agency met on Monday. "We saw the need to act," Clarke said. Clarke left.'
    toks = match_words(text)
    starts = [t[0] for t in toks]
    sentences = [(0, 25), (26, 64), (65, 77)]
    lo = text.index("We saw")
    hi = text.index(",", lo)
    ids = {w: k for k, w in enumerate(sorted({t[2] for t in toks}))}
    quoted = quoted_words(starts, toks, ids, sentences, [(lo, hi)])
    assert set(quoted) == {1}  # only the sentence holding the quotation
    assert quoted[1] == {ids[w] for w in ("we", "saw", "the", "need", "to", "act")}
    assert ids["clarke"] not in quoted[1] and ids["said"] not in quoted[1]


def test_no_quotation_no_quoted_words():
    text = "Clarke said the agency would act."
    toks = match_words(text)
    assert quoted_words([t[0] for t in toks], toks, {t[2]: 0 for t in toks}, [(0, len(text))], []) == {}


# ----------------------------------------------------------------------------- attributions

CLARKE, DEPUTY, ADMINISTRATOR, ACCELERATE, RIDES, NEED = 1, 2, 3, 4, 5, 6


def test_one_person_quoted_twice_with_quotations_sharing_nothing_is_two_statements():
    # '"We saw the need to accelerate," Clarke, deputy administrator, said' /
    # '"Buying rides enables more," Clarke, deputy administrator, said'
    told = {DEPUTY, ADMINISTRATOR}
    assert attributions_only(told, {CLARKE}, {NEED, ACCELERATE}, {RIDES})


def test_a_shared_word_inside_a_quotation_is_what_was_said():
    told = {DEPUTY, ADMINISTRATOR, NEED}
    assert not attributions_only(told, {CLARKE}, {NEED, ACCELERATE}, {RIDES})  # quoted in a only
    assert not attributions_only(told, {CLARKE}, {ACCELERATE}, {NEED, RIDES})  # quoted in b only


def test_without_a_shared_name_or_a_quotation_on_both_sides_the_words_may_tell_the_fact():
    # 'the producer ... has selected "..."' / 'their choice of Jackman, "..."': no shared speaker
    assert not attributions_only({DEPUTY, ADMINISTRATOR}, set(), {NEED}, {RIDES})
    assert not attributions_only({DEPUTY, ADMINISTRATOR}, {CLARKE}, {NEED}, None)
    assert not attributions_only({DEPUTY, ADMINISTRATOR}, {CLARKE}, None, {RIDES})


QUOTED_A = [
    "The agency picked five companies for its lunar program.",
    '"We wanted to move faster than planned," Clarke, the deputy administrator for exploration, said.',
]
QUOTED_B = [
    "Five companies joined the lunar program on Monday.",
    '"Buying rides lets the agency do much more," Clarke, the deputy administrator for exploration, said.',
]


def _quoted_candidates(sentences_a, sentences_b, settings, quote_words):
    clusters, ua, ub = sentence_units(sentences_a, sentences_b)
    names = frozenset({clusters["clarke"]})
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    quoted = tuple({1: {clusters[w] for w in words}} for words in quote_words)
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), names, info, settings, frozenset(), quoted)
    return {(c.i, c.j) for c in found}


def test_sentences_sharing_only_an_attribution_make_no_candidate():
    quote_words = (("we", "wanted", "to", "move", "faster", "than", "planned"),
                   ("buying", "rides", "lets", "the", "agency", "do", "much", "more"))
    assert (1, 1) not in _quoted_candidates(QUOTED_A, QUOTED_B, LEXICAL, quote_words)
    unchecked = replace(LEXICAL, align_quotes_share_words=False)
    assert (1, 1) in _quoted_candidates(QUOTED_A, QUOTED_B, unchecked, quote_words)


def test_quotations_sharing_a_word_stay_candidates():
    a = [QUOTED_A[0], '"We wanted to buy rides for the agency," Clarke, the deputy administrator for exploration, said.']
    quote_words = (("we", "wanted", "to", "buy", "rides", "for", "the", "agency"),
                   ("buying", "rides", "lets", "the", "agency", "do", "much", "more"))
    assert (1, 1) in _quoted_candidates(a, QUOTED_B, LEXICAL, quote_words)


# ----------------------------------------------------------------------------- long stories

NAMES = ("volker", "morrison", "zelensky", "sondland", "committee")


def _story(settings):
    clusters, ua, ub = sentence_units(STORY_A, STORY_B)
    names = frozenset(clusters[w] for w in NAMES)
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    times = frozenset({clusters["july"], clusters["tuesday"]})
    return ua, ub, idf_of(ua + ub), names, info, times


def _candidate_pairs(settings):
    ua, ub, idf, names, info, times = _story(settings)
    return {(c.i, c.j) for c in align_candidates(ua, ub, idf, set(), set(), set(), names, info, settings, times)}


def test_a_story_is_long_from_align_long_story_sentences_in_both_articles():
    ua, ub, *_ = _story(LEXICAL)
    assert not long_story(ua, ub, LEXICAL)  # five sentences each
    assert long_story(ua, ub, replace(LEXICAL, align_long_story=5))
    assert not long_story(ua, ub, replace(LEXICAL, align_long_story=6))
    assert not long_story(ua, ub, replace(LEXICAL, align_long_story=0))  # 0: no article is long


CALL_A = [
    "Morrison was on the call.",
    "The call lasted half an hour.",
    "Aides took notes of the call.",
    "The call transcript was released in September.",
    "Lawmakers asked about the call again.",
    "Critics called the call improper.",
]
CALL_B = [
    "Morrison faces questions about the call.",
    "The call came after a meeting.",
    "The call transcript was made public in September.",
    "Several aides heard the call.",
    "The call is at the heart of the inquiry.",
    "Lawmakers read about the call again.",
]


def _call_pairs(settings, sentences_a=CALL_A, sentences_b=CALL_B):
    clusters, ua, ub = sentence_units(sentences_a, sentences_b)
    names = frozenset({clusters["morrison"]})
    info = informativeness(clusters, lexicon(), settings.align_info_floor, settings.align_info_ceiling)
    times = frozenset({clusters["september"]})
    found = align_candidates(ua, ub, idf_of(ua + ub), set(), set(), set(), names, info, settings, times)
    return {(c.i, c.j) for c in found}


def test_in_long_stories_closest_sentences_sharing_story_words_only_make_no_candidate():
    # "Morrison was on the call" / "Morrison faces questions about the call": each other's
    # closest, sharing a name and the story's "call" (in every sentence) only
    short = _call_pairs(LEXICAL)
    assert (0, 0) in short  # in short articles the model judges them
    long = _call_pairs(replace(LEXICAL, align_long_story=6))
    assert (0, 0) not in long
    # a pair sharing words few sentences use ("transcript", "September") is still judged
    assert (3, 2) in long
    assert (0, 0) in _call_pairs(replace(LEXICAL, align_long_story=6, align_fact_word_long=False))


def test_long_stories_need_a_higher_probability():
    ua, ub, idf, names, info, times = _story(LEXICAL)
    # (the fact-word check left out, to read the probability floor alone)
    settings = replace(LEXICAL, align_fact_word_long=False)
    kept = align_sentences(align_candidates(ua, ub, idf, set(), set(), set(), names, info, settings, times), ua, ub, settings)
    assert kept
    strict = replace(settings, align_long_story=5, align_min_probability_long=0.999)
    assert align_sentences(align_candidates(ua, ub, idf, set(), set(), set(), names, info, strict, times), ua, ub, strict) == []
    # below align_long_story sentences the usual floor holds
    short = replace(strict, align_long_story=6)
    assert align_sentences(align_candidates(ua, ub, idf, set(), set(), set(), names, info, short, times), ua, ub, short) == kept


def test_in_long_stories_a_common_word_in_few_sentences_tells_no_fact():
    # "Morrison made a decision about the call" / "Morrison defended his decision on the call":
    # "decision" (Zipf 5.1) is in one sentence of each by chance
    a = ["Morrison made a decision about the call.", *CALL_A[1:]]
    b = ["Morrison defended his decision on the call.", *CALL_B[1:]]
    long = replace(LEXICAL, align_long_story=6)
    assert (0, 0) not in _call_pairs(long, a, b)
    assert (0, 0) in _call_pairs(replace(long, align_fact_word_info_long=1.5), a, b)
    assert (0, 0) in _call_pairs(LEXICAL, a, b)  # short articles: the model judges them
    assert (3, 2) in _call_pairs(long, a, b)  # "transcript" (Zipf 3.7) still tells a fact
