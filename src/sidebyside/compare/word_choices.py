"""Word choices: where both articles tell the same fact, the words one writes where the other
writes others ("local militias" / "rebel groups", "claimed" / "said", "regime" / "government").

The two sides of each pair the comparison already matched (shared passages, same-fact
alignments, the sentences around a shared quotation) are diffed word by word, as diff tools
align words (difflib: the longest common runs first). A replaced stretch is kept
only when it is a choice of words, not a difference of facts (precision first):
- a few words a side, with the same words on at least one side of it in both sentences;
- not numbers, dates or times, names (a capital inside a sentence, or a rare word opening one),
  nor only function words (a leading or trailing "the" is trimmed);
- not the same word inflected or spelt otherwise ("said" / "says", "honour" / "honor"), nor a
  word the other sentence has elsewhere (the sentence said in another order);
- not words inside a quotation: those are the speaker's.
What is left must also be a known kind of choice: a loaded word on one side only (a reporting
verb when the loaded word is an attribution verb: "claimed" / "said"), two labels of one contested
family ("regime" / "government") or of one referent the naming analysis chains, or two words of
one synonym group ("attack" / "raid"). A difference of no known kind may be a difference of fact
("police" / "firefighters"), so it is not shown.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
from sidebyside.compare.distinctive import number_words, spelling_variants
from sidebyside.compare.matching import family_word_forms, synonym_keys
from sidebyside.compare.termdata import Lexicon
from sidebyside.compare.text import (
    REPORTING_VERBS,
    STOPWORDS,
    TIME_WORDS,
    fold,
    words_match,
)
from sidebyside.compare.tokens import TOKEN_NORM, Token, inflections, irregular_bases
from sidebyside.model import LabelContrast, LoadedTerm, Mention, Span, WordChoice
from sidebyside.resources import resource_json
from sidebyside.settings import DEFAULT, LexicalSettings

# How telling each kind of choice is to a student: a loaded word against a plain one first.
_TELLING = {None: 0.5, "loaded": 4.0, "reporting verb": 3.5, "contested label": 3.0, "label": 2.0, "synonym": 1.0}


# Function words, less the plain reporting verbs the function-word list holds ("said"): a
# difference in how a speaker is reported is a choice of words.
_GRAMMAR = STOPWORDS - REPORTING_VERBS
# Determiners a replaced stretch may end with, before the noun both sides share ("backed the" /
# "supported the" government): trimmed, no choice of words (resources/terms/word_choices.json).
_TRAILING_DETERMINERS = frozenset(resource_json("terms/word_choices.json")["trailing_determiners"])


@dataclass(frozen=True)
class _Side:
    """One article's text model, its quoted spans (sorted, disjoint), its loaded words outside
    quotations and its label-contrast mentions (start, end, contrast index)."""

    model: ArticleText
    quoted: list[tuple[int, int]]
    loaded: list[LoadedTerm]
    mentions: list[tuple[int, int, int]]
    mention_starts: list[int]


def word_choices(
    models: tuple[ArticleText, ArticleText],
    pairs: list[tuple[int, int, int, int]],
    quoted: tuple[list[tuple[int, int]], list[tuple[int, int]]],
    loaded: tuple[tuple[LoadedTerm, ...], tuple[LoadedTerm, ...]],
    contrasts: list[LabelContrast],
    lex: Lexicon,
    settings: LexicalSettings = DEFAULT.compare.lexical,
    time_words: frozenset[str] = TIME_WORDS,
) -> tuple[WordChoice, ...]:
    """pairs: (a start, a end, b start, b end) of the stretches both articles tell alike;
    quoted: each article's sorted spans of direct quotation; loaded: each article's loaded words;
    contrasts: the label contrasts (their mentions tie two labels to one referent); time_words:
    days, months and other words of dates in the articles' languages. Most telling first, one
    item per distinct pair of wordings (its first place, and how many stretches make it), at most
    settings.word_choice_max_items."""
    sides = tuple(_side(models[i], quoted[i], loaded[i], contrasts, i) for i in (0, 1))
    families = _family_variants(lex)
    synonyms = synonym_keys(lex)
    found: dict[tuple[str, str], WordChoice] = {}
    for sa, ea, sb, eb in sorted(set(pairs)):
        words_a = _words(sides[0].model, sa, ea)
        words_b = _words(sides[1].model, sb, eb)
        if not words_a or not words_b or list(map(TOKEN_NORM, words_a)) == list(map(TOKEN_NORM, words_b)):
            continue  # (the same words: a passage both copy whole)
        replaced, alike = _replaced(words_a, words_b, settings.word_choice_max_words)
        for stretch in replaced:
            choice = _choice(stretch, alike, words_a, words_b, sides, families, synonyms, lex, settings, time_words)
            if choice is None:
                continue
            key = (fold(choice.a.text), fold(choice.b.text))
            if key in found:
                found[key] = replace(found[key], count=found[key].count + 1)
            else:
                found[key] = WordChoice(choice.a, choice.b, (Span(sa, ea), Span(sb, eb)), choice.kind,
                                        choice.category, choice.telling)
    ranked = sorted(found.values(), key=lambda c: (-c.telling, -c.count, c.a.start))
    return tuple(ranked[: settings.word_choice_max_items])


def _side(model: ArticleText, quoted, loaded, contrasts: list[LabelContrast], index: int) -> _Side:
    mentions = sorted((m.start, m.end, k) for k, c in enumerate(contrasts) for m in (c.a, c.b)[index])
    return _Side(model, sorted(quoted), [t for t in loaded if not t.quoted], mentions, [m[0] for m in mentions])


def _words(model: ArticleText, start: int, end: int) -> list[Token]:
    return [model.tokens[i] for i in model.token_range(start, end) if model.tokens[i].end <= end]


@dataclass(frozen=True)
class _Replaced:
    """A stretch the word diff replaces: A's and B's tokens, and the equal tokens right before
    and right after it (empty at a sentence's edge)."""

    a: list[Token]
    b: list[Token]
    before: list[Token]
    after: list[Token]


def _replaced(a: list[Token], b: list[Token], max_words: int) -> tuple[list[_Replaced], float]:
    """The stretches the word diff of a and b replaces, a few words a side; and the share of
    the two sides' words the diff finds equal (2·equal / (|a| + |b|)). The diff is difflib's
    (the longest common runs first, as diff tools align words): on the stretches a comparison
    matches it finds what diff-match-patch's word mode finds at a fifth of the cost."""
    ops = SequenceMatcher(None, [t.norm for t in a], [t.norm for t in b], autojunk=False).get_opcodes()
    out: list[_Replaced] = []
    equal = 0
    k = 0
    while k < len(ops):
        tag, i1, i2, j1, j2 = ops[k]
        if tag == "equal":
            equal += i2 - i1
            k += 1
            continue
        first = k
        while k < len(ops) and ops[k][0] != "equal":  # a delete next to an insert: one stretch
            k += 1
        i2, j2 = ops[k - 1][2], ops[k - 1][4]
        gone, new = i2 - i1, j2 - j1
        if gone and new and gone <= max_words + 2 and new <= max_words + 2:
            before = a[ops[first - 1][1] : i1] if first > 0 else []
            after = a[i2 : ops[k][2]] if k < len(ops) else []
            out.append(_Replaced(a[i1:i2], b[j1:j2], before, after))
    return out, 2 * equal / (len(a) + len(b))


@dataclass(frozen=True)
class _Found:
    a: Mention
    b: Mention
    kind: str | None
    category: str | None
    telling: float


def _choice(stretch: _Replaced, alike: float, words_a, words_b, sides, families, synonyms, lex, settings,
            time_words) -> _Found | None:
    """The word choice a replaced stretch makes, or None. It must stand between the same words
    in both sentences: a content word right beside it on one side at least (else the diff only
    lined up "the" and "of" of two different clauses)."""
    if not (_has_content(stretch.before[-2:]) or _has_content(stretch.after[:2])):
        return None
    run_a, run_b = _trimmed(stretch.a), _trimmed(stretch.b)
    if not run_a or not run_b:
        return None
    found = _run_choice(run_a, run_b, stretch, alike, words_a, words_b, sides, families, synonyms, lex, settings,
                        time_words)
    if found is None and (len(run_a) > 1 or len(run_b) > 1):
        found = _edge_choice(run_a, run_b, stretch, words_a, words_b, sides, families, synonyms, lex, settings,
                             time_words)
    return found


def _edge_choice(run_a, run_b, stretch: _Replaced, words_a, words_b, sides, families, synonyms, lex, settings,
                 time_words) -> _Found | None:
    """A choice of one word a side at an edge of a longer replaced stretch, where both sentences
    hold the same place (the shared words beside it, or both sentences' start): "Officers opened"
    / "Cops eventually threw open" an exit gate chooses "Cops" for "Officers". Only a choice of a
    known kind is taken (a word one by one could otherwise pair two facts)."""
    edges = []
    if run_a[0] is stretch.a[0] and run_b[0] is stretch.b[0]:
        edges.append((run_a[0], run_b[0]))
    if stretch.after and run_a[-1] is stretch.a[-1] and run_b[-1] is stretch.b[-1]:
        edges.append((run_a[-1], run_b[-1]))
    for x, y in edges:
        found = _run_choice([x], [y], stretch, 1.0, words_a, words_b, sides, families, synonyms, lex, settings,
                            time_words)
        if found is None or found.kind is None:
            continue
        if found.kind == "label" and not (_whole_role(x, sides[0], lex) and _whole_role(y, sides[1], lex)):
            continue  # a piece of a longer label ("Chief" of "Chief Inspector" / "Top" of "Top cop")
        return found
    return None


def _whole_role(tok: Token, side: _Side, lex: Lexicon) -> bool:
    """Whether a word is the whole role of the label it lies in: the label's last word, or the
    word before the name it titles ("Boss Carla Jensen", "His brief Peter Coyle"), not a part of
    a longer role ("Chief Inspector Karel Moes", "Top cop Karel Moes", "Opposition leader")."""
    titles = attribution_vocabulary(lex, "en").title_words
    for start, end, _ in side.mentions:
        if start <= tok.start and tok.end <= end:
            following = [side.model.tokens[k] for k in side.model.token_range(tok.end, end)]
            if following and not (following[0].cap and following[0].norm not in titles):
                return False
    return True


def _run_choice(run_a, run_b, stretch: _Replaced, alike: float, words_a, words_b, sides, families, synonyms, lex,
                settings, time_words) -> _Found | None:
    """The choice two trimmed runs make, or None (too long, a name or a number, quoted, a
    difference of no known kind outside near copies, the same words, or words moved)."""
    if len(run_a) > settings.word_choice_max_words or len(run_b) > settings.word_choice_max_words:
        return None
    if (run_a[0].gap == "-") != (run_b[0].gap == "-"):
        return None  # the second half of a compound against a word of its own: "Hollinsby-based maker" / "Hollinsby pie maker"
    for run, side in ((run_a, sides[0]), (run_b, sides[1])):
        if any(_not_a_choice(t, lex, settings, time_words) for t in run) or _in_quote(run, side.quoted):
            return None
    a = _mention(sides[0].model.text, run_a)
    b = _mention(sides[1].model.text, run_b)
    kind, category = _kind(a, b, run_a, run_b, sides, families, synonyms, lex)
    # a difference of no known kind is a choice of words only in two near copies of one
    # sentence, between the same words on both sides (else it may be a difference of fact)
    if kind is None and (alike < settings.word_choice_copy_share or not stretch.before or not stretch.after):
        return None
    if _same_words(stretch.a, stretch.b) or _same_words(run_a, run_b) or _moved(run_a, words_b) or _moved(run_b, words_a):
        return None
    return _Found(a, b, kind, category, _TELLING[kind])


def _has_content(tokens: list[Token]) -> bool:
    return any(t.norm not in _GRAMMAR and t.norm[0].isalpha() for t in tokens)


def _trimmed(run: list[Token]) -> list[Token]:
    """The run without the function words that open it ("the regime" / "a government") and the
    articles that close it; a closing particle stays ("broke down")."""
    lo, hi = 0, len(run)
    while lo < hi and run[lo].norm in _GRAMMAR:
        lo += 1
    while hi > lo and run[hi - 1].norm in _TRAILING_DETERMINERS:
        hi -= 1
    return run[lo:hi]


def _not_a_choice(tok: Token, lex: Lexicon, settings: LexicalSettings, time_words: frozenset[str]) -> bool:
    """A word that states a fact or names someone: a number, a date word, a name."""
    norm = tok.norm
    if any(ch.isdigit() for ch in norm) or norm in time_words or norm in number_words():
        return True
    # a name: "Haddad"; "Nord" opening its sentence
    return tok.cap and (not tok.initial or lex.zipf(norm) < settings.distinctive_name_rare_zipf)


def _in_quote(run: list[Token], quoted: list[tuple[int, int]]) -> bool:
    start, end = run[0].start, run[-1].end
    k = bisect.bisect_right(quoted, (end, end))
    return k > 0 and any(s < end and start < e for s, e in quoted[max(0, k - 2) : k])


def _same_words(run_a: list[Token], run_b: list[Token]) -> bool:
    """The same words inflected or spelt otherwise, function words aside ("said" / "says")."""
    joined_a = "".join(t.norm for t in run_a).replace("-", "")
    joined_b = "".join(t.norm for t in run_b).replace("-", "")
    if joined_a == joined_b or joined_b in spelling_variants(joined_a):
        return True  # "up-market jewellery" / "upmarket jewelry"
    content_a = [t.norm for t in run_a if t.norm not in _GRAMMAR]
    content_b = [t.norm for t in run_b if t.norm not in _GRAMMAR]
    if not content_a or not content_b:
        return True  # only function words differ on one side: grammar, not a choice
    return len(content_a) == len(content_b) and all(
        words_match(x, y) or _forms_of_one(x, y) for x, y in zip(content_a, content_b))


def _forms_of_one(x: str, y: str) -> bool:
    """Two forms of one word the stemmer does not join (irregular forms, through the inflection
    table), or two plain reporting verbs ("said" / "told", "says" / "added"): house style."""
    if y in inflections(x) or x in inflections(y) or y in spelling_variants(x):
        return True
    if irregular_bases(x) & irregular_bases(y):
        return True  # "sought" / "seeking": two forms of one verb of the table (not "fled" / "flew")
    return x in REPORTING_VERBS and y in REPORTING_VERBS


def _moved(run: list[Token], other: list[Token]) -> bool:
    """A content word of run the other sentence writes elsewhere: the sentence reordered. Only
    words of the same first three letters can match (words_match: a shared stem of four
    letters, or one letter apart after the third), so only those are compared."""
    content = [t.norm for t in run if t.norm not in _GRAMMAR]
    heads = {w[:3] for w in content}
    return any(words_match(w, o.norm) for o in other if o.norm[:3] in heads and o.norm not in _GRAMMAR
               for w in content)


def _mention(text: str, run: list[Token]) -> Mention:
    start, end = run[0].start, run[-1].end
    return Mention(start, end, text[start:end])


def _kind(a: Mention, b: Mention, run_a, run_b, sides, families, synonyms, lex) -> tuple[str | None, str | None]:
    loaded_a = _loaded_in(a, sides[0].loaded)
    loaded_b = _loaded_in(b, sides[1].loaded)
    terms_a = {fold(t.term) for t in loaded_a}
    terms_b = {fold(t.term) for t in loaded_b}
    if terms_a != terms_b:
        only = [t for t in loaded_a if fold(t.term) not in terms_b] + [t for t in loaded_b if fold(t.term) not in terms_a]
        if only:
            category = only[0].category
            return ("reporting verb" if category == "attribution verb" else "loaded"), category
    variants_a = {families[t.norm] for t in run_a if t.norm in families}
    variants_b = {families[t.norm] for t in run_b if t.norm in families}
    if any(fa == fb and va != vb for fa, va in variants_a for fb, vb in variants_b):
        return "contested label", None
    referents_a = _referents(a, sides[0])
    if referents_a & _referents(b, sides[1]):
        return "label", None
    if len(run_a) == 1 and len(run_b) == 1:
        verbs = attribution_vocabulary(lex, "en").verbs
        coloured = _colouring_verbs(lex)
        x, y = run_a[0].norm, run_b[0].norm
        if x in verbs and y in verbs and (x in coloured) != (y in coloured):
            # "claimed" / "said": a verb that colours the claim against one that does not (two
            # plain ones, "said" / "announced", are house style)
            return "reporting verb", "attribution verb"
    keys_a = {k for t in run_a for k in synonyms.get(t.norm, ())}
    if keys_a and keys_a & {k for t in run_b for k in synonyms.get(t.norm, ())}:
        return "synonym", None
    return None, None


def _loaded_in(span: Mention, loaded: list[LoadedTerm]) -> list[LoadedTerm]:
    return [t for t in loaded if t.end > span.start and t.start < span.end]


def _referents(span: Mention, side: _Side) -> set[int]:
    """The label contrasts one of whose mentions holds the span or lies in it."""
    k = bisect.bisect_left(side.mention_starts, span.end)
    return {c for s, e, c in side.mentions[:k] if e > span.start and s < span.end}


def _colouring_verbs(lex: Lexicon) -> frozenset[str]:
    """The one-word attribution verbs of the loaded list and their inflections ("claimed",
    "insists", "admitted"): verbs of saying that colour the speaker or the claim."""
    out = lex.derived.get("colouring_verbs")
    if out is None:
        out = frozenset(form for term in lex.loaded_terms.get("attribution verb", ()) if " " not in term
                        for form in inflections(fold(term)))
        lex.derived["colouring_verbs"] = out
    return out


def _family_variants(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """Folded one-word terms of the contested-label families (and their inflections) ->
    (family, variant): two variants of one family are two outlets' words for one thing."""
    key = "family_variants"
    out = lex.derived.get(key)
    if out is None:
        out = {}
        for form, family, variant in family_word_forms(lex):
            out.setdefault(form, (family, variant))
        lex.derived[key] = out
    return out


def quote_sentences(models: tuple[ArticleText, ArticleText],
                    quoted_alike: tuple[tuple[int, int, int, int], ...]) -> list[tuple[int, int, int, int]]:
    """The sentences around each quotation both articles share, as (a start, a end, b start,
    b end): both tell who said it and how ("claimed" / "said"); the quoted words themselves are
    left out by word_choices."""
    out = []
    for sa, ea, sb, eb in quoted_alike:
        around_a = _sentence_around(models[0], sa, ea)
        around_b = _sentence_around(models[1], sb, eb)
        if around_a is not None and around_b is not None:
            out.append((*around_a, *around_b))
    return out


def _sentence_around(model: ArticleText, start: int, end: int) -> tuple[int, int] | None:
    """From the start of the sentence holding start to the end of the one holding end."""
    starts = model.sentence_starts
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, max(start, end - 1)) - 1
    if first < 0 or last < 0:
        return None
    return model.sentences[first].start, model.sentences[last].end
