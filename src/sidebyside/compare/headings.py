"""Loaded and distinctive terms of an article's headline and standfirst, where the sharpest
framing sits ("militants" in a headline, a scare-quoted word in a standfirst). The same rules as
the body's (compare/loaded.py; distinctive terms are the article's own, found again in the
heading from its words); offsets are into Article.title or Article.lead.

Words a heading credits to someone are the speaker's (``quoted``), as in the body, by the two ways
headlines credit words: quote marks in a heading that holds a verb of saying ("Mayor slams
'reckless' budget"), and a speaker closing the headline after its claim ("Impeachment sham
completely debunked: White House", "…, says White House", "… - White House": a speaker the body
names in a sentence with a verb of saying), where every word of the claim is the speaker's: headline
style drops the quote marks there, and the closing speaker stands for them. A topic before a colon
("Brexit: what happens next", "Live: Storm hits coast") is the outlet's, and so is indirect speech
inside a heading ("Museum theft: police said the heist was planned"), as in the body. A title-case
headline ("Brexit: The Story So Far") cannot end with a speaker this way.

Quote marks in a heading without either are the writer's scare quotes, however many words they
hold: a headline's quoted phrase no one is credited with sets off a claim the outlet keeps at a
distance ("Ex-councillor in the dock over 'bribes for roads'"), unless it is a saying of its own (a
pronoun or a verb in it), a name (a capital first) or names the noun after it (the 'greener
homes' plan). Headlines' clipped grammar needs nothing more: the body's rules read a word and its
neighbours, not the articles a headline drops ("Raiders grab £10m masterpiece in two-minute
heist"), and a title-case heading's capitals are no sign of a name (loaded.py's title-case lines).
A heading is too short to tell its domain: the body tells it ("Crushing defeat" over a match
report, "Gang jailed" over a crime story are the plain words of their domains).
Headlines were empty in reader30's pairs for want of the tabloid's vocabulary ("heist", "pocketed",
resources/terms/loaded.json) and because a quoted phrase of several words was never a scare quote."""

from __future__ import annotations

import bisect
import dataclasses
import re

from sidebyside.compare.distinctive import term_occurrences
from sidebyside.compare.attribution.vocabulary import attribution_vocabulary
from sidebyside.compare.loaded import SCARE_QUOTES, LoadedTerm, find_loaded_terms, title_case_line
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.text import split_sentences
from sidebyside.compare.title_case import title_cased
from sidebyside.compare.tokens import Token, tokenize
from sidebyside.model import Article, DistinctiveTerm, HeadingTerm, Quote, Span
from sidebyside.settings import DEFAULT, LexicalSettings

FIELDS = ("title", "lead")
_MAX_SPEAKER_WORDS = 4  # "White House", "Imran Khan", "US State Department"


def _speaks_in(body: str, name: str, said: dict[str, str]) -> bool:
    """Whether body names name with its capitals inside a sentence (as the text model splits
    them) that holds a verb of saying ("…, the White House said"): a speaker, not a phrase, nor a
    site named in its own furniture ("… – BGR" over "BGR may earn a commission"). A name opening
    its sentence, or right after a colon, a quote mark or a line break, proves nothing."""
    sentences: list[Span] | None = None
    starts: list[int] = []
    start = body.find(name)
    while start >= 0:
        before = body[:start].rstrip()
        if before and before[-1] not in ":\"“”\n":
            if sentences is None:
                sentences = split_sentences(body)
                starts = [s.start for s in sentences]
            k = bisect.bisect_right(starts, start) - 1
            if k >= 0 and sentences[k].start < start <= sentences[k].end:
                # a line is a paragraph of a text capture: the sentence ends with it
                line_end = body.find("\n", start)
                lo = max(sentences[k].start, body.rfind("\n", 0, start) + 1)
                sentence = body[lo : sentences[k].end if line_end < 0 else min(line_end, sentences[k].end)]
                if any(t.norm in said and not t.cap for t in tokenize(sentence)):
                    return True
        start = body.find(name, start + 1)
    return False


_DASHES = (" - ", " – ", " — ")


def _credit_break(text: str) -> tuple[int, int] | None:
    """The last break that may close a heading's claim before its speaker: a colon, a comma or a
    spaced dash, as (end of the claim, start of what follows), else None."""
    found = [(text.rfind(":"), 1), (text.rfind(","), 1)] + [(text.rfind(d), len(d)) for d in _DASHES]
    at, width = max(found)
    return (at, at + width) if at > 0 else None


def _closing_speaker(text: str, tokens: list[Token], body: str) -> int | None:
    """The end of the claim of a heading that closes on its speaker ("… debunked: White House",
    "…, says the White House", "…, White House says", "…, according to White House", "… - White
    House"), else None. The speaker must be one the body names in a sentence with a verb of saying
    ("Key Moments" is a subtitle), no outlet's name ("… - BBC News"); after a comma a verb of saying
    or an "according to" must stand beside it ("Trump, Biden" names two people)."""
    found = _credit_break(text)
    if found is None:
        return None
    end, after_start = found
    vocab = attribution_vocabulary(lexicon())
    before = [t for t in tokens if t.end <= end]
    after = [t for t in tokens if t.start >= after_start]
    said = [t for t in after[:1] + after[-1:] if t.norm in vocab.after_quote and not t.cap]
    according = after[:2] if [t.norm for t in after[:2]] == ["according", "to"] else \
        after[:1] if after and after[0].norm in vocab.foreign_according and not after[0].cap else []
    if said:
        after = [t for t in after if t is not said[0]]
    elif according:  # "…, according to the White House", "…, selon Macron"
        said, after = according[-1:], after[len(according):]
    elif text[end] == ",":
        return None
    if after and after[0].norm == "the" and not after[0].cap:
        after = after[1:]  # "…, says the White House"
    small = vocab.title_small
    if not before or not after or len(after) > _MAX_SPEAKER_WORDS or not after[0].cap:
        return None
    if text[max(after[-1].end, said[0].end if said else 0):].strip(" \"'”’.)"):
        return None  # more than a name follows ("Trump: the wall is coming, and soon")
    if after[0].norm in small or not title_cased(((t.norm, t.cap) for t in after), 0, small=small):
        return None
    name = text[after[0].start : after[-1].end]
    if name in vocab.media_titles or not _speaks_in(body, name, vocab.after_quote):
        return None
    # a title-case claim ("Brexit: The Story So Far" read backwards) proves nothing
    if not any(not t.cap and t.norm not in small and t.text[0].isalpha() for t in before):
        return None
    return end


def _credited(text: str, tokens: list[Token], quotes, body: str) -> list[tuple[int, int]]:
    """The spans of the heading its own words credit to a speaker (see the module's docstring)."""
    spans = []
    claim_end = _closing_speaker(text, tokens, body)
    if claim_end is not None:
        spans.append((0, claim_end))
    said = attribution_vocabulary(lexicon()).after_quote
    outside = [t for t in tokens if not any(q.start <= t.start and t.end <= q.end for q in quotes)]
    if claim_end is not None or any(t.norm in said for t in outside):
        spans += [(q.start, q.end) for q in quotes]
    return spans


def _as_credited(hits: tuple[LoadedTerm, ...], spans: list[tuple[int, int]]) -> list[LoadedTerm]:
    """hits with the words inside a credited span marked the speaker's; a credited quotation is no
    scare quote."""
    out = []
    for hit in hits:
        inside = any(s <= hit.start and hit.end <= e for s, e in spans)
        if inside and hit.category == SCARE_QUOTES:
            continue
        out.append(dataclasses.replace(hit, quoted=True) if inside and not hit.quoted else hit)
    return out


def _heading_quotes(text: str, tokens: list[Token], body: str, find_quotes) -> tuple[Quote, ...]:
    """The heading's quotations; in a title-case heading also the quoted words the quote finder
    takes for a title because of their capitals ("Mayor Slams 'Reckless' Budget", "Union Calls Deal
    a 'Betrayal'"): there every word has one, so the words are read as the lower-case heading
    would be. A quoted phrase the body writes with its capitals inside a sentence is a name or a
    title ("Review: 'Dune' Is a Triumph" over a body on "Dune"), and stays out."""
    quotes = find_quotes(text)
    lowered = text.lower()
    if len(lowered) != len(text) or not title_case_line(tokens):
        return quotes
    known = {(q.start, q.end) for q in quotes}
    more = [
        dataclasses.replace(q, text=text[q.start : q.end], speaker=None, speaker_span=None, kind="fragment", utterance=None, nested_in=None)
        for q in find_quotes(lowered)
        if (q.start, q.end) not in known and q.nested_in is None and not _named_in(body, text[q.start : q.end])
    ]
    return tuple(sorted((*quotes, *more), key=lambda q: (q.start, q.end))) if more else quotes


def _named_in(body: str, phrase: str) -> bool:
    """Whether body writes phrase, with its capitals, inside a sentence (after a lower-case word
    or a comma): a name or a title, not a word."""
    return re.search(r"(?:[a-z,]\s+)" + re.escape(phrase) + r"\b", body) is not None


def _heading_settings(quotes, settings: LexicalSettings) -> LexicalSettings:
    """The body's settings, with a heading's uncredited quotation a scare quote however many words
    it has: in the body two or three quoted words are more often a name or someone's partial
    words, but a headline's quote marks that no verb of saying credits set off a claim the outlet
    keeps at a distance ("in the dock over 'bribes for roads'"). The body's other tests still
    apply (no clause words, no name, no term being named)."""
    longest = max((len(q.text.split()) for q in quotes), default=0)
    if longest <= settings.scare_quote_max_words:
        return settings
    return dataclasses.replace(settings, scare_quote_max_words=longest)


def heading_terms(
    article: Article,
    distinctive: tuple[DistinctiveTerm, ...] = (),
    settings: LexicalSettings = DEFAULT.compare.lexical,
) -> tuple[HeadingTerm, ...]:
    """The loaded terms of the headline and standfirst (quoted words marked as the speaker's),
    then the article's distinctive terms where they occur there, in field and text order."""
    from sidebyside.compare import article_quotes  # the package's quote finder (it imports this module's caller)

    out: list[HeadingTerm] = []
    for name in FIELDS:
        text = getattr(article, name) or ""
        if not text.strip():
            continue
        tokens = tokenize(text)
        quotes = _heading_quotes(text, tokens, article.text, article_quotes)
        hits = find_loaded_terms(text, tokens, quotes=quotes, settings=_heading_settings(quotes, settings),
                                 language=article.language, domain_text=article.text)
        found = [
            HeadingTerm(name, t.start, t.end, t.term, "loaded_term", t.category, t.quoted, t.score)
            for t in _as_credited(hits, _credited(text, tokens, quotes, article.text))
        ]
        taken = [(h.start, h.end) for h in found]
        spans = term_occurrences(tokens, {d.term for d in distinctive})
        for d in distinctive:
            for start, end in spans.get(d.term, ()):
                if not any(start < e and s < end for s, e in taken):
                    found.append(HeadingTerm(name, start, end, d.term, "distinctive_term", score=d.score))
        out += sorted(found, key=lambda h: (h.start, h.end))
    return tuple(out)
