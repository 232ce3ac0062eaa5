"""Do two articles report the same event? A notice for the reader, and one gate: two articles
of different events share no "same fact" (matching.py aligns nothing between them); every
other match is still looked for and shown.

Two reports of one event share its rare words: the names of the people and places, the words
of the event itself ("quake", "Teixeira", "Sorrel Hills"). Two articles about different events
share mostly common words. The signal is the overlap of the two texts' content words, each
weighted by how rare it is in general English (the shipped background frequencies: a word
heard once in a million weighs far more than "said"), names counting double; a shared quote or
a shared passage is evidence enough on its own. Articles in two languages share few words
whatever they report, so they get their own verdict.

English frequencies say nothing of another language: to them every French word is rare, so two
French reports of different events shared "dans", "avec", "cette" at full weight and read
"unclear". Arabic and Russian words are weighed by their own shipped lists (merged into the
background, their scripts apart). For a language without one, the pair itself tells its grammar
words: a word among the most frequent short words of each article (``own_function_words``, the
rule the distinctive terms use) is left out, with the language's listed closed-class words
(resources/terms/function_words.json); every other word weighs as a word unseen in English.

Thresholds are in ``RelatednessSettings`` (settings.py, ``compare.relatedness``), tuned on ECB+ pairs (same event; same
kind of event elsewhere; other topics) and measured on a held-out part: benchmarks/relatedness.py.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from itertools import compress

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.distinctive import listed_function_words, lowercase_counts, own_function_words
from sidebyside.compare.termdata import UNSEEN_ZIPF, lexicon
from sidebyside import calendar_words
from sidebyside.compare.text import HONORIFICS, TIME_WORDS
from sidebyside.compare.tokens import token_column, token_norms
from sidebyside.extract.language import primary_subtag
from sidebyside.model import Article, Relatedness
from sidebyside.settings import DEFAULT, LexicalSettings, RelatednessSettings

DEFAULT_RELATEDNESS = DEFAULT.compare.relatedness

SAME, UNCLEAR, DIFFERENT, LANGUAGES = "same event", "unclear", "different events", "different languages"


def _primary(language: str | None) -> str | None:
    return primary_subtag(language) or None


@functools.lru_cache(maxsize=1)
def _never_names() -> tuple[frozenset[str], frozenset[str]]:
    """(titles, calendar abbreviations). A title is written with a capital before a name
    ("Prime Minister Dana Pell", "Secretary of Trade Ivo Brandt") and names no one: two stories
    each with a president share no name by it (reader29.md). A month's or a weekday's short form
    with a capital ("Oct. 25", "Nov. 19") dates a fact, as the full names (TIME_WORDS) do; the
    same word in lower case is a plain word ("sun", "wed")."""
    titles = frozenset(t for t in (*lexicon().titles, *HONORIFICS) if t.isalpha())
    calendar = frozenset(w for w in (*calendar_words.months(), *calendar_words.weekday_abbreviations())
                         if w not in TIME_WORDS)
    return titles, calendar


def _bag(text: ArticleText, settings: RelatednessSettings) -> tuple[Counter, dict[str, str], Counter]:
    """Content words (folded) with counts, names counted ``name_weight`` times; a display form
    for the names (their first spelling); and the counts of every word."""
    names: dict[str, str] = {}
    shortest = settings.min_word_chars
    tokens = text.tokens
    # every word counted at C speed, then each distinct word judged once (in the order of first
    # use, as a count token by token would add them)
    counts = Counter(token_norms(tokens))
    bag: Counter = Counter({word: n for word, n in counts.items()
                            # days and months say when, not what: two events fall on a Tuesday
                            if len(word) >= shortest and word.isalpha() and word not in TIME_WORDS})
    titles, calendar = _never_names()
    for tok in compress(tokens, token_column(tokens, "cap")):
        norm = tok.norm
        if norm in calendar and norm in bag:
            bag[norm] -= 1  # "Oct." of a date: no word of what happened
            if not bag[norm]:
                del bag[norm]
        elif not tok.initial and norm in bag and norm not in titles:
            names.setdefault(norm, tok.text)
    return bag, names, counts


def _grammar_words(language: str, texts: tuple[ArticleText, ArticleText], counts: tuple[Counter, Counter],
                   lexical: LexicalSettings) -> frozenset[str]:
    """A language without a background list: its listed closed-class words, and the words among
    the most frequent short lower-case words of both articles (a word frequent in one only is
    what that article is about)."""
    own = [own_function_words(c, lowercase_counts(t.tokens), lexical) for t, c in zip(texts, counts)]
    return listed_function_words(language) | (own[0] & own[1])


def word_overlap(a: ArticleText, b: ArticleText, settings: RelatednessSettings = DEFAULT_RELATEDNESS,
                 language: str | None = None, lexical: LexicalSettings = DEFAULT.compare.lexical
                 ) -> tuple[float | None, list[str]]:
    """Weighted cosine of the two texts' content words (0..1), and the shared names, rarest
    first; None when either text is too short to judge. language: the pair's primary subtag,
    when the two share one (None: weighed as English); lexical: the distinctive terms' settings,
    whose rule for an article's own grammar words this reuses."""
    lex = lexicon()
    bag_a, names_a, counts_a = _bag(a, settings)
    bag_b, names_b, counts_b = _bag(b, settings)
    weights: dict[str, float] = {}
    zipf_of, common = lex.background.get, settings.common_zipf
    if language and language not in lex.background_languages:
        grammar = _grammar_words(language, (a, b), (counts_a, counts_b), lexical)
        # nothing for a grammar word; every other word as one unseen in English (the English
        # frequency of a French word says nothing of it)
        weights = dict.fromkeys(grammar, 0.0)
        zipf_of = {}.get

    name_weight, log = settings.name_weight, math.log  # (looked up once, not per word)

    def vector(bag: Counter, names: dict[str, str]) -> dict[str, float]:
        out = {}
        for word, n in bag.items():
            weight = weights.get(word)
            if weight is None:
                # how much sharing it says: nothing for the commonest words, most for rare ones
                weight = common - zipf_of(word, UNSEEN_ZIPF)
                weight = weights[word] = weight if weight > 0.0 else 0.0  # (max(0.0, weight) without the call)
            w = weight * (name_weight if word in names else 1.0)
            if w > 0:
                out[word] = (1.0 + log(n)) * w
        return out

    if min(sum(bag_a.values()), sum(bag_b.values())) < settings.min_content_words:
        return None, []
    va, vb = vector(bag_a, names_a), vector(bag_b, names_b)
    dot = sum(x * vb[w] for w, x in va.items() if w in vb)
    norm = math.sqrt(sum(x * x for x in va.values())) * math.sqrt(sum(x * x for x in vb.values()))
    similarity = dot / norm if norm else 0.0
    shared = sorted((w for w in names_a if w in names_b), key=lambda w: (-weights.get(w, 0.0), w))
    return similarity, [names_a[w] for w in shared]


def relatedness(a: Article, b: Article, texts: tuple[ArticleText, ArticleText] | None = None,
                shared_quotes: int = 0, shared_passages: int = 0,
                settings: RelatednessSettings = DEFAULT_RELATEDNESS,
                lexical: LexicalSettings = DEFAULT.compare.lexical) -> Relatedness:
    """The verdict for a pair; ``shared_quotes`` / ``shared_passages``: how many the comparison
    found (exact or near-exact: strong evidence of one story)."""
    languages = (_primary(a.language), _primary(b.language))
    at, bt = texts or (ArticleText.of(a), ArticleText.of(b))
    # the pair's language when the two agree (or one is unknown); two languages are weighed as now
    first, second = languages
    language = first if second in (None, first) else second if first is None else None
    similarity, shared = word_overlap(at, bt, settings, language, lexical)
    names = tuple(shared[: settings.names_shown])
    if languages[0] and languages[1] and languages[0] != languages[1]:
        verdict = LANGUAGES
    elif shared_passages or shared_quotes >= settings.quotes_for_same:
        verdict = SAME
    elif similarity is None:
        verdict = UNCLEAR
    elif similarity >= settings.same_at:
        verdict = SAME
    elif similarity < settings.different_below:
        verdict = DIFFERENT
    else:
        verdict = UNCLEAR
    return Relatedness(verdict=verdict, similarity=None if similarity is None else round(similarity, 3), shared_names=names,
                       languages=languages)
