"""Forms of a listed loaded word built by rule where the lists miss them (resources/terms/loaded.json).

The matcher already builds the adverb and the "-ness" noun of a listed judging adjective
("blatant" -> "blatantly", "callous" -> "callousness"). This module builds the other way: the
adjective of a listed judging adverb ("desperately" -> "desperate", "predictably" ->
"predictable", "curiously" -> "curious"), which the hand-written lists hold only where someone
thought of it. A derived form is kept only when WordNet uses it mostly to describe
(loaded_pos.tsv: a real adjective) and no list holds it already. Each hit then goes through the
same context rules as a listed word (compare/loaded.py). Off by default
(LexicalSettings.loaded_adverb_family): the adjective of a judging adverb mostly describes
("breathless", "naked", "wrong"), where the adverb comments.
"""

from __future__ import annotations

from itertools import compress
from operator import attrgetter

from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.tokens import Token

# The categories whose adverbs judge as their adjectives do ("desperately" / "desperate"); not
# the intensifiers, whose adjectives mostly measure ("totally" / "the total amount", "vastly" /
# "the vast majority").
FAMILY_CATEGORIES = ("evaluative", "emotive")
_NORM = attrgetter("norm")


def adjective_candidates(adverb: str) -> tuple[str, ...]:
    """The adjectives an "-ly" adverb may be built on, likeliest first: "desperately" ->
    "desperate", "clumsily" -> "clumsy", "predictably" -> "predictable", "ironically" ->
    "ironic", "gently" -> "gentle"; none for a word too short to be such an adverb ("only")."""
    if not adverb.endswith("ly") or len(adverb) < 6 or not adverb.isalpha():
        return ()
    if adverb.endswith("ically"):
        return (adverb[:-4], adverb[:-2])  # "ironically" -> "ironic"; "musically" -> "musical"
    if adverb.endswith("ily"):
        return (adverb[:-3] + "y",)  # "clumsily" -> "clumsy"
    return (adverb[:-2], adverb[:-1] + "e")  # "bitterly" -> "bitter"; "predictably" -> "predictable"


def family_forms(lex: Lexicon, describing: dict[str, float], min_share: float) -> dict[str, tuple[str, str]]:
    """Adjective -> (listed adverb, category) for every listed judging adverb whose adjective no
    list holds and that WordNet uses to describe at least ``min_share`` of the time (built once
    per lexicon and share)."""
    key = ("loaded_family", min_share)
    forms = lex.derived.get(key)
    if forms is None:
        listed = {t.casefold() for terms in lex.loaded_terms.values() for t in terms}
        forms = {}
        for category in FAMILY_CATEGORIES:
            for term in lex.loaded_terms.get(category, ()):
                # the first candidate WordNet knows: "exactly" -> "exact", not "exactle"
                adjective = next((a for a in adjective_candidates(term.casefold()) if a in describing), None)
                if (
                    adjective is None or adjective in listed or adjective in forms
                    or describing[adjective] < min_share
                ):
                    continue
                forms[adjective] = (term, category)
        lex.derived[key] = forms
    return forms


def family_hits(
    tokens: list[Token], taken: set[int], forms: dict[str, tuple[str, str]]
) -> list[tuple[int, int, tuple[str, str]]]:
    """(index, 1, (listed term, category)) of the tokens that are a family form, outside ``taken``
    (the tokens are looked up at C speed: only the matching ones are read)."""
    if not forms:
        return []
    norms = list(map(_NORM, tokens))
    return [
        (k, 1, forms[norms[k]]) for k in compress(range(len(tokens)), map(forms.__contains__, norms)) if k not in taken
    ]
