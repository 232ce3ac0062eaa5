"""Terms distinctive of one text against another: the log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), as z-scores.

The prior comes from background English frequencies (resources/terms/background.tsv), so very
common words are shrunk towards "no difference" by the prior itself, not by a stopword list.
Bigrams get the independence prior p(w1)·p(w2); only bigrams seen at least twice are scored.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.tokens import fold_word
from sidebyside.model import DistinctiveTerm

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\n()\"“”]")
PRIOR_STRENGTH = 20000.0  # alpha_0: pseudo-words the background contributes (tuned on the seed pair)
MIN_Z = 1.0  # short articles rarely reach 1.96; the score is shown so users can judge
MAX_TERMS = 40
MIN_BIGRAM_COUNT = 2


def count_terms(text: str) -> Counter[str]:
    """Unigram and bigram counts (bigrams do not cross punctuation)."""
    counts: Counter[str] = Counter()
    prev_end = -1
    prev_word = None
    for match in _WORD.finditer(text):
        word = fold_word(match.group())
        if word.endswith("'s"):
            word = word[:-2]
        counts[word] += 1
        if prev_word is not None and not _CLAUSE_BREAK.search(text, prev_end, match.start()):
            counts[prev_word + " " + word] += 1
        prev_word, prev_end = word, match.end()
    return counts


def _prior(term: str, lex: Lexicon) -> float:
    p = 1.0
    for word in term.split(" "):
        p *= lex.probability(word)
    return PRIOR_STRENGTH * p


def distinctive_terms(
    text_a: str, text_b: str
) -> tuple[tuple[DistinctiveTerm, ...], tuple[DistinctiveTerm, ...]]:
    lex = lexicon()
    ca, cb = count_terms(text_a), count_terms(text_b)
    na = sum(v for k, v in ca.items() if " " not in k)
    nb = sum(v for k, v in cb.items() if " " not in k)
    if not na or not nb:
        return (), ()
    scored_a: list[DistinctiveTerm] = []
    scored_b: list[DistinctiveTerm] = []
    for term in set(ca) | set(cb):
        ya, yb = ca.get(term, 0), cb.get(term, 0)
        if " " in term and ya + yb < MIN_BIGRAM_COUNT:
            continue
        alpha = _prior(term, lex)
        # log-odds of the term in each text, smoothed by the prior (alpha_0 = PRIOR_STRENGTH)
        la = math.log((ya + alpha) / (na + PRIOR_STRENGTH - ya - alpha))
        lb = math.log((yb + alpha) / (nb + PRIOR_STRENGTH - yb - alpha))
        z = (la - lb) / math.sqrt(1.0 / (ya + alpha) + 1.0 / (yb + alpha))
        if z >= MIN_Z:
            scored_a.append(DistinctiveTerm(term, round(z, 3), ya))
        elif z <= -MIN_Z:
            scored_b.append(DistinctiveTerm(term, round(-z, 3), yb))
    key = lambda t: (-t.score, t.term)  # noqa: E731
    return tuple(sorted(scored_a, key=key)[:MAX_TERMS]), tuple(sorted(scored_b, key=key)[:MAX_TERMS])
