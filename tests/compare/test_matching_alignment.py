"""Aligned sentences on hand-written pairs: the threshold and weights are tuned on these.

Positives report one fact in other words; negatives share names (even several) but report
different facts. Both sides are mixed into one article pair so IDF is computed as in real use.
"""

from __future__ import annotations

from sidebyside.compare import compare

from .helpers import article

SAME_FACT = [
    (
        "The earthquake killed more than 50,000 people in Turkey and Syria in February.",
        "More than 50,000 people died in Turkey and Syria after the February quake.",
    ),
    (
        "Assad arrived in Moscow on Tuesday for a two-day visit.",
        "The Syrian president landed in Moscow on Tuesday at the start of a two-day trip.",
    ),
    (
        "The defence ministers of Turkey and Syria met in Moscow in December.",
        "In December, Syrian and Turkish defense ministers held talks in Moscow.",
    ),
    (
        "Peskov said the talks would focus on bilateral ties.",
        "According to Kremlin spokesman Dmitry Peskov, bilateral ties would be the focus of the talks.",
    ),
    (
        "Diplomats from four countries will meet in Moscow this week to prepare a ministerial meeting.",
        "A meeting of diplomats from Russia, Turkey, Syria and Iran is due in Moscow this week.",
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties last week in a deal brokered by China.",
        "Last week China brokered an agreement restoring diplomatic relations between Riyadh and Tehran.",
    ),
    (
        "Erdogan said he was ready to meet Assad to discuss the normalisation of relations.",
        "Erdogan has indicated he could meet with Assad to normalize relations.",
    ),
]
DIFFERENT_FACTS = [
    (
        "Turkey keeps several military bases in northern Syria.",
        "Turkey and Syria were hit by a powerful earthquake in February.",
    ),
    (
        "Russia supplies natural gas to Turkey through the TurkStream pipeline.",
        "Turkey has asked Russia to postpone payments for gas until next year.",
    ),
    (
        "Putin hosted Assad in the Kremlin on Wednesday.",
        "Putin spoke to Erdogan by phone on Monday.",
    ),
    (
        "Erdogan will travel to Moscow next month for a summit.",
        "Erdogan's plane landed in Ankara late on Sunday.",
    ),
    (
        "Iran backed Assad throughout the war.",
        "Iran and Saudi Arabia are regional rivals.",
    ),
]


def _aligned():
    a = article(*[p[0] for p in SAME_FACT + DIFFERENT_FACTS])
    b = article(*reversed([p[1] for p in SAME_FACT + DIFFERENT_FACTS]))
    c = compare(a, b)
    return {(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in c.aligned_sentences}


def test_every_same_fact_pair_is_aligned():
    found = _aligned()
    missing = [pair for pair in SAME_FACT if pair not in found]
    assert missing == []


def test_no_different_fact_pair_is_aligned():
    found = _aligned()
    wrong = [pair for pair in found if pair not in SAME_FACT]
    assert wrong == []


def test_each_outlets_contested_word_for_one_thing_counts_as_the_same_word():
    a = article(
        "Talks resumed in the capital on Monday.",
        "The regime blamed the insurgents for the blast at the depot.",
    )
    b = article(
        "Negotiators met again on Monday.",
        "The government said the rebels caused the depot blast.",
    )
    cmp = compare(a, b)
    pairs = [(a.text[s.a.start : s.a.end], b.text[s.b.start : s.b.end]) for s in cmp.aligned_sentences]
    assert ("The regime blamed the insurgents for the blast at the depot.",
            "The government said the rebels caused the depot blast.") in pairs, pairs
