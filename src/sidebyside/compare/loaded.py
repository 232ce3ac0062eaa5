"""Loaded language: words a writer chooses to judge, stir or soften, by a category a student
understands (resources/terms/loaded.json and evaluative.txt; README.md there).

A listed word is reported only when its context makes it the loaded sense: "claimed" is a verb
of saying but "claimed responsibility" and "asylum claims" are not; "huge" insists but "a huge
flag" describes; "regime" labels a government but "a tax regime" and "a regime of constant
delays" do not. Words inside a direct quotation are the speaker's choice: they are reported with
``quoted`` set, apart from the outlet's own. A one-to-three-word quotation nobody is credited
with is the writer's scare quote, reported as one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from sidebyside.compare.termdata import Lexicon, lexicon
from sidebyside.compare.tokens import PhraseMatcher, Token, inflected_phrases, phrase_key, tokenize
from sidebyside.model import LoadedTerm, Quote
from sidebyside.settings import DEFAULT, LexicalSettings

VERB_CATEGORY = "attribution verb"
SCARE_QUOTES = "scare quotes"
METAPHOR_CATEGORY = "emotive"
# Words after which a term is a noun: "the claim", "neither claim", "their denials".
_NOUN_MARKERS = frozenset(
    "a an the this that these those neither either each every no any his her its their our my your such "
    "some many several one two both".split()
)
_BE = frozenset("be is are was were been being am 's".split())
# Words of quantity skipped before an object that makes a term literal: "claimed more than 50 lives".
_QUANTITY = frozenset(
    "more than less fewer at least about some nearly almost over up to around the a an dozens hundreds thousands "
    "millions of many several another two three four five six seven eight nine ten".split()
)


@dataclass(frozen=True)
class _Context:
    """loaded.json's loaded_context, folded and keyed for lookups."""

    after: dict[str, tuple[tuple[str, ...], ...]]  # term -> word sequences that make it literal
    before: dict[str, frozenset[str]]
    of_literal: frozenset[str]
    passive: frozenset[str]
    size_words: frozenset[str]
    concrete: frozenset[str]
    metaphors: frozenset[str]
    compound_heads: frozenset[str]
    compound_literal: dict[str, frozenset[str]]  # compound head -> first halves that make it literal
    less_exceptions: frozenset[str]


def _context(lex: Lexicon) -> _Context:
    ctx = lex.derived.get("loaded_context")
    if ctx is None:
        raw = lex.loaded_context
        ctx = _Context(
            after={phrase_key(t)[-1]: tuple(phrase_key(p) for p in v) for t, v in raw.get("literal_after", {}).items()},
            before={phrase_key(t)[-1]: frozenset(w.casefold() for w in v) for t, v in raw.get("literal_before", {}).items()},
            of_literal=frozenset(w.casefold() for w in raw.get("literal_of", ())),
            passive=frozenset(w.casefold() for w in raw.get("passive_literal", ())),
            size_words=frozenset(w.casefold() for w in raw.get("size_words", ())),
            concrete=frozenset(w.casefold() for w in raw.get("concrete_heads", ())),
            metaphors=frozenset(w.casefold() for w in raw.get("metaphor_of", ())),
            compound_heads=frozenset(w.casefold() for w in raw.get("compound_heads", ())),
            compound_literal={
                h.casefold(): frozenset(w.casefold() for w in v) for h, v in raw.get("compound_literal_tails", {}).items()
            },
            less_exceptions=frozenset(w.casefold() for w in raw.get("less_exceptions", ())),
        )
        lex.derived["loaded_context"] = ctx
    return ctx


def _matcher(lex: Lexicon) -> PhraseMatcher[tuple[str, str]]:
    """Every listed term and its inflections -> (base term, category); hand-written categories
    first (the first listed wins), the wide evaluative list last and uninflected (it lists forms)."""
    matcher = lex.derived.get("loaded")
    if matcher is None:
        seen: dict[str, tuple[str, str]] = {}
        for category, terms in lex.loaded_terms.items():
            for term in terms:
                for form in inflected_phrases(term):
                    seen.setdefault(form, (term, category))
                if term.endswith(("ful", "ous", "ive", "ant", "ent", "al", "ic", "less", "ish")) and " " not in term:
                    adverb = term + ("ally" if term.endswith("ic") else "ly")
                    seen.setdefault(adverb, (term, category))  # "blatant" -> "blatantly"
        for word in lex.evaluative:
            seen.setdefault(word, (word, "evaluative"))
        for word in _context(lex).metaphors:
            seen.setdefault(word, (word, METAPHOR_CATEGORY))
        matcher = PhraseMatcher(seen.items())
        lex.derived["loaded"] = matcher
    return matcher


def _base(term: str) -> str:
    return phrase_key(term)[-1] if phrase_key(term) else term


def _literal(tokens: list[Token], i: int, n: int, term: str, category: str, ctx: _Context) -> bool:
    """Whether the hit tokens[i:i+n] of term is a literal, neutral use in this context."""
    head = _base(term)
    prev = tokens[i - 1].norm if i > 0 else ""
    after = [t.norm for t in tokens[i + n : i + n + 4]]
    skip = 0
    while skip < 6 and i + n + skip < len(tokens) and (
        tokens[i + n + skip].norm in _QUANTITY or tokens[i + n + skip].norm.isdigit()
    ):
        skip += 1
    counted = [t.norm for t in tokens[i + n + skip : i + n + skip + 4]]
    if head in ctx.metaphors and term == head and category == METAPHOR_CATEGORY:
        # "a flood of complaints" is loaded; "the flood" is weather
        return not (after[:1] == ["of"] and len(after) > 1 and not tokens[i + n + 1].cap)
    for words in ctx.after.get(head, ()):
        if tuple(after[: len(words)]) == words or (skip and tuple(counted[: len(words)]) == words):
            return True
    if prev and prev in ctx.before.get(head, ()):
        return True
    if head in ctx.of_literal and after[:1] == ["of"] and len(after) > 1:
        nxt = tokens[i + n + 1]
        if not nxt.cap and nxt.norm not in _NOUN_MARKERS | {"the"}:
            return True  # "a regime of constant delays"; not "the regime of Bashar al-Assad"
    if head in ctx.passive and prev in _BE:
        return True  # "was admitted", "were crushed"
    if head in ctx.size_words and after and after[0] in ctx.concrete:
        return True  # "a huge flag"
    if category == VERB_CATEGORY and prev in _NOUN_MARKERS:
        return True  # "Neither claim could be verified": a noun, not a verb of saying
    return False


LESS_MIN_LETTERS = 7  # "-less" words shorter than this are rarely judgements ("useless" is listed)


def _pattern_hits(tokens: list[Token], taken: set[int], ctx: _Context) -> list[tuple[int, int, str]]:
    """Judging words no list can hold, by their shape: a hyphenated compound whose second half
    judges ("scandal-ridden", "fear-mongering", "Trump-loving") and "-less" words ("rudderless")."""
    out = []
    for k, tok in enumerate(tokens):
        if k in taken:
            continue
        norm = tok.norm
        if (
            k > 0
            and tok.gap == "-"
            and norm in ctx.compound_heads
            and k - 1 not in taken
            and tokens[k - 1].norm not in ctx.compound_literal.get(norm, ())
            and tokens[k - 1].norm.isalpha()
        ):
            out.append((k - 1, 2, tokens[k - 1].norm + "-" + norm))
        elif (
            len(norm) >= LESS_MIN_LETTERS
            and norm.endswith("less")
            and norm.isalpha()
            and norm not in ctx.less_exceptions
            and not (tok.cap and not tok.initial)
        ):
            out.append((k, 1, norm))
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    idx = bisect.bisect_right(starts, start) - 1
    return idx >= 0 and spans[idx][0] <= start and end <= spans[idx][1]


def find_loaded_terms(
    text: str,
    tokens: list[Token] | None = None,
    names: list[tuple[int, int]] | None = None,
    quotes: tuple[Quote, ...] = (),
    settings: LexicalSettings = DEFAULT.compare.lexical,
) -> tuple[LoadedTerm, ...]:
    """Every loaded-term hit in text order; ``term`` is the list's base form.

    names: spans of multi-word proper names; a capitalised hit inside one is part of the name
    ("Islamic Resistance in Iraq", "Occupied Palestinian Territories"), not the outlet's word.
    quotes: the article's direct quotations: words inside them are marked ``quoted`` (the
    speaker's), and an uncredited fragment is a scare quote.
    """
    lex = lexicon()
    ctx = _context(lex)
    tokens = tokenize(text) if tokens is None else tokens
    name_spans = sorted(names or ())
    name_starts = [s for s, _ in name_spans]
    quoted = sorted((q.start, q.end) for q in quotes if q.kind != "fragment" or q.speaker)
    quoted_starts = [s for s, _ in quoted]
    hits = []
    found = _matcher(lex).find_all(tokens)
    taken = {k for i, n, _ in found for k in range(i, i + n)}
    found += [(i, n, (term, "evaluative")) for i, n, term in _pattern_hits(tokens, taken, ctx)]
    for i, n, (term, category) in found:
        start, end = tokens[i].start, tokens[i + n - 1].end
        if _literal(tokens, i, n, term, category, ctx):
            continue
        if tokens[i].cap and name_spans and _inside(name_spans, name_starts, start, end):
            continue
        hits.append(LoadedTerm(term, category, start, end, quoted=_inside(quoted, quoted_starts, start, end)))
    if settings.scare_quotes:
        for q in quotes:
            if q.kind == "fragment" and not q.speaker and q.nested_in is None and q.text.strip():
                hits.append(LoadedTerm(q.text, SCARE_QUOTES, q.start, q.end))
    hits.sort(key=lambda h: (h.start, h.end))
    return tuple(hits)
