"""Loaded terms: hits of the shipped (and user) categorised term lists, whole words,
case-insensitive, multi-word, with regular inflections (claim, claims, claimed, claiming)."""

from __future__ import annotations

import bisect

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.tokens import PhraseMatcher, Token, inflected_phrases, tokenize
from sidebyside.model import LoadedTerm

VERB_CATEGORY = "attribution verb"
# Words after which a term is a noun: "the claim", "neither claim", "their denials".
_NOUN_MARKERS = frozenset(
    "a an the this that these those neither either each every no any his her its their our my your such "
    "some many several one two both".split()
)

INTENSIFIER_CATEGORY = "intensifier"
# "clearly marked", "plainly visible": an adverb of seeing before a word of seeing or display is
# literal (the trucks could be seen to be marked), not the writer insisting on a claim.
_PERCEPTION_ADVERBS = frozenset("clearly plainly visibly".split())
_PERCEIVED = frozenset(
    "marked labelled labeled visible seen heard audible legible readable signposted signed painted printed "
    "displayed lit shown written identifiable distinguishable outlined recognisable recognizable "
    "photographed filmed".split()
)


def _literal_sense(tokens: list[Token], i: int) -> bool:
    """Whether the one-word intensifier at i is used literally: "clearly marked", "visibly lit"."""
    return tokens[i].norm in _PERCEPTION_ADVERBS and i + 1 < len(tokens) and tokens[i + 1].norm in _PERCEIVED


def _matcher(lex: Lexicon) -> PhraseMatcher[tuple[str, str]]:
    matcher = lex.derived.get("loaded")
    if matcher is None:
        seen: dict[str, tuple[str, str]] = {}
        for category, terms in lex.loaded_terms.items():
            for term in terms:
                for form in inflected_phrases(term):
                    seen.setdefault(form, (term, category))  # first category listed wins
        matcher = PhraseMatcher(seen.items())
        lex.derived["loaded"] = matcher
    return matcher


def find_loaded_terms(
    text: str, tokens: list[Token] | None = None, names: list[tuple[int, int]] | None = None
) -> tuple[LoadedTerm, ...]:
    """Every loaded-term hit in text order; ``term`` is the list's base form.

    names: spans of multi-word proper names; a capitalised hit inside one is part of the name
    ("Islamic Resistance in Iraq", "Occupied Palestinian Territories"), not the outlet's word.
    """
    tokens = tokenize(text) if tokens is None else tokens
    spans = sorted(names or ())
    starts = [s for s, _ in spans]
    hits = []
    for i, n, (term, category) in _matcher(lexicon()).find_all(tokens):
        start, end = tokens[i].start, tokens[i + n - 1].end
        if category == VERB_CATEGORY and i > 0 and tokens[i - 1].norm in _NOUN_MARKERS:
            continue  # "Neither claim could be verified", "the claims": a noun, not a verb of saying
        if category == INTENSIFIER_CATEGORY and n == 1 and _literal_sense(tokens, i):
            continue
        if tokens[i].cap and spans:
            idx = bisect.bisect_right(starts, start) - 1
            if idx >= 0 and spans[idx][0] <= start and end <= spans[idx][1]:
                continue
        hits.append(LoadedTerm(term=term, category=category, start=start, end=end))
    return tuple(hits)
