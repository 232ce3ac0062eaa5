"""Terms distinctive of one text against another: the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), as z-scores.

The prior comes from background English frequencies (resources/terms/background.tsv), so very
common words are shrunk towards "no difference" by the prior itself, not by a stopword list.
A tenth of the pair's pooled counts are added to the prior (Monroe et al. also use a pooled prior), so
names missing from the background list are still scored. Bigrams get the independence prior
p(w1)·p(w2) from the background; only bigrams seen at least twice are scored. Terms made with
one of the ~130 most frequent background words ("had", "the turkish") are not reported.
The lists are merged (English, Arabic, Russian); for an article in another language its own
most frequent short lower-case words stand in for the missing list.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.tokens import Token, tokenize
from sidebyside.model import DistinctiveTerm

_CLAUSE_BREAK = re.compile(r"[.!?;:,\n()\"“”]")
PRIOR_STRENGTH = 20000.0  # alpha_0: pseudo-words the background contributes (tuned on the seed pair)
POOLED_WEIGHT = 0.1  # share of the pooled counts in the prior
MIN_Z = 1.0  # short articles rarely reach 1.96; the score is shown so users can judge
MAX_TERMS = 40
MIN_BIGRAM_COUNT = 2
# A language without a background list: its function words are the article's OWN_FUNCTION_RANK
# most frequent words of at most OWN_FUNCTION_MAX_CHARS letters, seen at least
# OWN_FUNCTION_MIN_COUNT times, mostly in lower case.
OWN_FUNCTION_RANK = 25
OWN_FUNCTION_MAX_CHARS = 4
OWN_FUNCTION_MIN_COUNT = 3
FUNCTION_WORD_ZIPF = 5.9  # the 133 most frequent words: "the", "had", "into", "said"... (>= ~1 in 1,300)


def count_terms(text: str, tokens: list[Token] | None = None) -> Counter[str]:
    """Unigram and bigram counts of words (bigrams do not cross punctuation)."""
    counts: Counter[str] = Counter()
    prev_word = None
    for tok in tokenize(text) if tokens is None else tokens:
        word = tok.norm
        if not word[0].isalpha():
            prev_word = None
            continue
        counts[word] += 1
        if prev_word is not None and (tok.gap == " " or not _CLAUSE_BREAK.search(tok.gap)):
            counts[prev_word + " " + word] += 1
        prev_word = word
    return counts


def _has_function_word(term: str, lex: Lexicon) -> bool:
    """Terms with one of the ~130 most frequent English words ("had", "the turkish", "start of")
    tell a reader nothing about word choice; the background frequencies decide which those are."""
    return any(lex.zipf(word) >= FUNCTION_WORD_ZIPF for word in term.split(" "))


def own_function_words(counts: Counter[str], lowercase: Counter[str]) -> frozenset[str]:
    """For a language without a background list: the article's own function words, its most
    frequent short words that are written in lower case ("de", "le", "dans"); names are
    capitalised, so a frequent short name is kept."""
    words = [(n, w) for w, n in counts.items() if " " not in w and n >= OWN_FUNCTION_MIN_COUNT]
    words.sort(key=lambda item: (-item[0], item[1]))
    return frozenset(
        w for n, w in words[:OWN_FUNCTION_RANK]
        if len(w) <= OWN_FUNCTION_MAX_CHARS and 2 * lowercase[w] > n
    )


def _lowercase_counts(tokens: list[Token]) -> Counter[str]:
    return Counter(tok.norm for tok in tokens if not tok.cap or tok.initial)  # "Le" opening a sentence


def _prior(term: str, lex: Lexicon) -> float:
    p = 1.0
    for word in term.split(" "):
        p *= lex.probability(word)
    return PRIOR_STRENGTH * p


def distinctive_terms(
    text_a: str,
    text_b: str,
    tokens: tuple[list[Token], list[Token]] | None = None,
    languages: tuple[str | None, str | None] = (None, None),
) -> tuple[tuple[DistinctiveTerm, ...], tuple[DistinctiveTerm, ...]]:
    """languages: each article's language tag; one without a background list gets its own
    function words dropped by the general rule of own_function_words."""
    lex = lexicon()
    toks = tokens or (tokenize(text_a), tokenize(text_b))
    ca = count_terms(text_a, toks[0])
    cb = count_terms(text_b, toks[1])
    own: frozenset[str] = frozenset()
    for lang, counts, side_tokens in zip(languages, (ca, cb), toks):
        primary = (lang or "").split("-")[0].split("_")[0].lower()
        if primary and primary not in lex.background_languages:
            own |= own_function_words(counts, _lowercase_counts(side_tokens))
    na = sum(v for k, v in ca.items() if " " not in k)
    nb = sum(v for k, v in cb.items() if " " not in k)
    if not na or not nb:
        return (), ()
    scored_a: list[DistinctiveTerm] = []
    scored_b: list[DistinctiveTerm] = []
    for term in set(ca) | set(cb):
        ya, yb = ca.get(term, 0), cb.get(term, 0)
        if _has_function_word(term, lex) or (" " in term and ya + yb < MIN_BIGRAM_COUNT):
            continue
        if own and any(word in own for word in term.split(" ")):
            continue
        # prior: background frequency plus the pair's own pooled count (Monroe et al.'s
        # pooled prior), so a rare name absent from one text does not get infinite variance
        alpha = _prior(term, lex) + POOLED_WEIGHT * (ya + yb)
        a0 = PRIOR_STRENGTH + POOLED_WEIGHT * (na + nb)
        la = math.log((ya + alpha) / (na + a0 - ya - alpha))
        lb = math.log((yb + alpha) / (nb + a0 - yb - alpha))
        z = (la - lb) / math.sqrt(1.0 / (ya + alpha) + 1.0 / (yb + alpha))
        if z >= MIN_Z:
            scored_a.append(DistinctiveTerm(term, round(z, 3), ya))
        elif z <= -MIN_Z:
            scored_b.append(DistinctiveTerm(term, round(-z, 3), yb))
    key = lambda t: (-t.score, t.term)  # noqa: E731
    return tuple(sorted(scored_a, key=key)[:MAX_TERMS]), tuple(sorted(scored_b, key=key)[:MAX_TERMS])
