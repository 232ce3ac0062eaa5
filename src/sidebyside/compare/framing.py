"""Framing analysis of two articles: label contrasts, distinctive and loaded terms, sources,
shared entities and what only one article names. Pure Python; linear passes over each text."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from sidebyside.compare.article_view import ArticleView
from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.attribution import Attribution
from sidebyside.compare.distinctive import distinctive_terms
from sidebyside.compare.entities import EntityFinder
from sidebyside.compare.headings import FIELDS as HEADING_FIELDS
from sidebyside.compare.headings import heading_terms
from sidebyside.compare.label_families import family_contrasts
from sidebyside.compare.naming import (
    ArticleChains, ChainBuilder, label_contrasts, named_in_both, pair_maps, quoted_spans, slot_maps, vocabulary,
)
from sidebyside.compare.naming.candidates import pair_candidates
from sidebyside.compare.naming.classed_names import classed_name_maps
from sidebyside.compare.naming.cut_names import restore_cut_names
from sidebyside.compare.naming.first_names import join_first_names
from sidebyside.compare.naming.members import members_across
from sidebyside.compare.naming.contrasts import without_nested_descriptions
from sidebyside.compare.loaded import find_loaded_terms, speakers_reported_words
from sidebyside.compare.nouns import nouns
from sidebyside.compare.only_in import EntityMatch, match_entities, names_shown
from sidebyside.compare.place_anaphora import place_anaphora
from sidebyside.compare.termdata import lexicon, naming_data
from sidebyside.compare.text import article_time_words
from sidebyside.compare.tokens import tokenize, words_capitalised_inside
from sidebyside.compare.venues import venue_maps
from sidebyside.compare.word_choices import quote_sentences, word_choices
from sidebyside.model import Article, Framing, LabelContrast, Mention, Quote, SourceCitation
from sidebyside.settings import DEFAULT, AttributionSettings, LexicalSettings, NamingSettings


def analyse_framing(
    a: Article,
    b: Article,
    quotes: tuple[tuple[Quote, ...], tuple[Quote, ...]] = ((), ()),
    naming: NamingSettings = DEFAULT.compare.naming,
    texts: tuple[ArticleText, ArticleText] | None = None,
    sources: tuple[tuple[SourceCitation, ...], tuple[SourceCitation, ...]] | None = None,
    aligned: tuple[tuple[int, int, int, int], ...] = (),
    lexical: LexicalSettings = DEFAULT.compare.lexical,
    attribution: AttributionSettings = DEFAULT.compare.attribution,
    quoted_alike: tuple[tuple[int, int, int, int], ...] = (),
    attributions: tuple[Attribution, Attribution] | None = None,
) -> Framing:
    """How A and B frame their story, from each article's text and its direct quotations
    (quoted words are the speaker's: they feed the sources, not the label contrasts); texts:
    the articles' text models, and sources: whom each cites (compare.attribution), when the
    caller has them already; lexical: the loaded-word settings; attribution: the settings the
    sources are found with when the caller has none; aligned and quoted_alike: the sentence pairs
    telling one fact and those around shared quotations, where word choices are read;
    attributions: each article's attribution engine when the caller has built it (its clauses
    tell the loaded words which words a speaker is reported to say)."""
    lex = lexicon()
    views, names = _views(a, b, quotes, texts, naming)
    view_a, view_b = views
    refs = referents(a, b, views, naming, aligned, capitalised=names[0] | names[1])
    match, chains, maps, contrasts = refs.match, refs.chains, refs.maps, list(refs.contrasts)
    both = named_in_both(chains, maps)
    only_in = tuple(
        tuple(o for o in side if not any((sp.start, sp.end) in both[i] for sp in o.spans))
        for i, side in enumerate(match.only_in)
    )
    shared = list(match.shared)
    for i, side in enumerate(match.only_in):
        for o in side:
            name = next((both[i][(sp.start, sp.end)] for sp in o.spans if (sp.start, sp.end) in both[i]), None)
            if name is not None and name not in shared:
                shared.append(name)
    families = family_contrasts((view_a, view_b), lex, match.key_maps)
    contrasts = without_nested_descriptions([c for c in contrasts if not _told_by_family(c, families)] + families)
    contrasts.sort(key=lambda c: -c.telling)  # most telling first (stable: ties keep their order)
    only_in = _not_named_otherwise(only_in, contrasts)
    models = texts if texts is not None else (ArticleText.of(a), ArticleText.of(b))
    if attributions is None:
        attributions = (Attribution(models[0], attribution), Attribution(models[1], attribution))
    if sources is None:
        sources = tuple(att.sources(side) for att, side in zip(attributions, quotes))
    loaded = tuple(
        find_loaded_terms(v.text, v.tokens, _multiword_names(v), quotes[side], settings=lexical, language=art.language,
                          reported=speakers_reported_words(attributions[side], lexical))
        for side, (v, art) in enumerate(zip(views, (a, b)))
    )
    choices = word_choices(models, [*aligned, *quote_sentences(models, quoted_alike)],
                           (view_a.quoted, view_b.quoted), loaded, contrasts, lex, lexical,
                           article_time_words(a.language) | article_time_words(b.language))
    shown = tuple(names_shown(only_in[i], [m for c in contrasts for m in (c.a, c.b)[i]], v.entities, art.outlet, art.text,
                              lexical)
                  for i, (v, art) in enumerate(zip(views, (a, b))))
    distinctive = distinctive_terms(a.text, b.text, (view_a.tokens, view_b.tokens), (a.language, b.language),
                                    settings=lexical, quoted=(view_a.quoted, view_b.quoted), shown=shown,
                                    headings=(_headings_text(a), _headings_text(b)))
    return Framing(
        label_contrasts=tuple(contrasts),
        distinctive_terms=distinctive,
        loaded_terms=loaded,  # type: ignore[arg-type]
        sources=sources,
        only_in=only_in,  # type: ignore[arg-type]
        shared_entities=tuple(shared),
        heading_terms=(heading_terms(a, distinctive[0], lexical), heading_terms(b, distinctive[1], lexical)),
        word_choices=choices,
    )


def _headings_text(article: Article) -> str:
    """The article's headline and standfirst, one per line (the fields the pane headers show)."""
    return "\n".join(text for name in HEADING_FIELDS if (text := getattr(article, name) or "").strip())


def _not_named_otherwise(only_in, contrasts: list[LabelContrast]):
    """Only-in items without the ones a label contrast names: the other article names that
    referent too, differently ("occupation" of "the Turkish occupation" / "the presence of
    Turkish troops"): a naming difference, not an omission. An item is the contrast's referent
    when one of its mentions holds a contrast mention's head noun; a word elsewhere in that
    mention is another referent ("Ankara" of "the government in Ankara"), still named in one
    article only."""
    out = []
    for side, items in enumerate(only_in):
        heads = sorted({h for c in contrasts for m in (c.a, c.b)[side] if (h := _head_span(m)) is not None})
        starts = [s for s, _ in heads]

        def holds_head(start: int, end: int) -> bool:
            k = bisect.bisect_left(starts, start)
            return k < len(heads) and heads[k][1] <= end

        out.append(tuple(o for o in items if not any(holds_head(sp.start, sp.end) for sp in o.spans)))
    return tuple(out)


_WORD = re.compile(r"[^\W_](?:[\w'’.&-]*[^\W_])?")


@functools.cache
def _head_ends() -> frozenset[str]:
    return frozenset(naming_data()["mention_head_ends"])


def _head_span(mention: Mention) -> tuple[int, int] | None:
    """Offsets of a mention's head: its last word before a comma, a preposition or a relative
    word that opens what follows the head ("occupation" of "the Turkish occupation of Syria")."""
    text = mention.text
    stop = len(text)
    comma = text.find(",")
    if comma >= 0:
        stop = comma
    ends = _head_ends()
    last = None
    for w in _WORD.finditer(text, 0, stop):
        if last is not None and w.group().casefold() in ends:
            break
        last = w
    if last is None:
        return None
    word = last.group()
    trimmed = len(word) - 2 if word.endswith(("'s", "’s")) else len(word)
    return mention.start + last.start(), mention.start + last.start() + trimmed


def article_views(
    a: Article,
    b: Article,
    quotes: tuple[tuple[Quote, ...], tuple[Quote, ...]] = ((), ()),
    texts: tuple[ArticleText, ArticleText] | None = None,
    naming: NamingSettings = DEFAULT.compare.naming,
) -> tuple[ArticleView, ArticleView]:
    """Each article's tokens and entities; a name one article only has at sentence starts is
    still a name when the other capitalises it mid-sentence."""
    return _views(a, b, quotes, texts, naming)[0]


def _views(a, b, quotes, texts, naming: NamingSettings = DEFAULT.compare.naming) -> tuple[tuple[ArticleView, ArticleView], tuple[frozenset[str], frozenset[str]]]:
    """article_views, and the words each article writes with a capital inside a sentence."""
    finder = EntityFinder(lexicon(), naming)
    token_lists = [t.tokens for t in texts] if texts is not None else [tokenize(a.text), tokenize(b.text)]
    capitalised = (_capitalised(token_lists[0]), _capitalised(token_lists[1]))
    view_a, view_b = (
        ArticleView(
            article.text,
            tokens,
            finder.find(article.text, tokens, capitalised[1 - side]),
            quoted=quoted_spans(quotes[side]),
            sentences=texts[side].sentences if texts is not None else None,
        )
        for side, (article, tokens) in enumerate(zip((a, b), token_lists))
    )
    return (view_a, view_b), capitalised


@dataclass(frozen=True)
class Referents:
    """The referent chains of a pair: entity matching, each article's chains, the maps from
    each article's chain keys to pair-wide keys, and the label contrasts."""

    match: EntityMatch
    chains: tuple[ArticleChains, ArticleChains]
    maps: tuple[dict[str, str], dict[str, str]]
    contrasts: tuple[LabelContrast, ...]


def _capitalised(tokens) -> frozenset[str]:
    """The words a text writes with a capital inside a sentence: names."""
    return words_capitalised_inside(tokens)


def referents(a: Article, b: Article, views: tuple[ArticleView, ArticleView],
              naming: NamingSettings = DEFAULT.compare.naming,
              aligned: tuple[tuple[int, int, int, int], ...] = (),
              capitalised: frozenset[str] | None = None) -> Referents:
    """aligned: (a start, a end, b start, b end) of the sentences the pair tells alike, whose
    event slots join two chains (naming.slot_maps); capitalised: the words either article
    writes with a capital inside a sentence, when the caller has them."""
    lex = lexicon()
    finder = EntityFinder(lex, naming)
    match = match_entities(views[0].entities, views[1].entities, (a.outlet, b.outlet), (a.text, b.text), naming,
                           (a.language, b.language), (_heading(a), _heading(b)))
    vocab = vocabulary()
    builder = ChainBuilder(lex, finder, vocab, naming)
    if capitalised is None:
        capitalised = _capitalised(views[0].tokens) | _capitalised(views[1].tokens)
    chains = (
        builder.build(views[0], {"title": a.title or "", "lead": a.lead or ""}, capitalised, a.published),
        builder.build(views[1], {"title": b.title or "", "lead": b.lead or ""}, capitalised, b.published),
    )
    for side, view in zip(chains, views):
        place_anaphora(side, view.text, builder.country_keys, naming)
    restore_cut_names(chains, views, naming)  # "Motion" of "Research in Motion ...", where the other writes "RIM"
    join_first_names(chains, views)  # "Tom, who has stage credits" for the pair's one "Tom Rell"
    if naming.bare_candidates:
        pair_candidates(chains)  # "in prison": kept where the other article tells a prison too
    members_across(chains, (views[0].text, views[1].text))  # "Local councillors" for the other's "Darnley District Council"
    maps = pair_maps(chains, match.key_maps, vocab, finder.look.title_heads, builder.country_keys, naming)
    venue_maps(chains, maps)
    slot_maps(views, chains, maps, aligned, vocab, naming)
    classed_name_maps(views, chains, maps, nouns(), naming)  # "the film" for the pair's one "film New Moon"
    contrasts = label_contrasts(chains, maps, lex, vocab.generic, naming, builder.title_words | frozenset(vocab.roles),
                                (views[0].text, views[1].text))
    return Referents(match, chains, maps, tuple(contrasts))


def _heading(article: Article) -> str:
    """An article's headline and standfirst, a line each (where the other's names count too)."""
    return "\n".join(filter(None, (article.title, article.lead)))


def _told_by_family(contrast: LabelContrast, families: list[LabelContrast]) -> bool:
    """Whether a referent's contrast only repeats a contested-label family's ("the Assad
    regime" / "the Syrian government"): all its mentions on both sides lie in one family's."""
    for family in families:
        if all(
            mentions and all(any(m.start < f.end and f.start < m.end for f in fam) for m in mentions)
            for mentions, fam in ((contrast.a, family.a), (contrast.b, family.b))
        ):
            return True
    return False


def _multiword_names(view: ArticleView) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in view.entities if e.via == "name" and " " in e.text and e.kind != "person"]
