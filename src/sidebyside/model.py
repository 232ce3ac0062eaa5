"""Plain immutable data passed between the pipeline stages.

Every span is a pair of Python string (code point) offsets into ``Article.text``.
These classes carry no behaviour beyond (de)serialisation so that each stage can be
tested, cached and printed as the JSON of CONTRACT.md.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

ARTICLE_SCHEMA = "sidebyside.article/1"
COMPARISON_SCHEMA = "sidebyside.comparison/1"

FORMATS = ("html", "mhtml", "text", "pdf", "warc", "wacz")
# The names captures are usually saved under, for file dialogs (the content decides, not the name).
FILE_PATTERNS = (
    "*.html", "*.htm", "*.xhtml", "*.mhtml", "*.mht", "*.webarchive", "*.txt",
    "*.pdf", "*.warc", "*.warc.gz", "*.wacz", "*.html.gz", "*.htm.gz", "*.txt.gz",
)
BLOCK_KINDS = ("paragraph", "heading", "blockquote", "list_item")


# --------------------------------------------------------------------------- capture


@dataclass(frozen=True)
class Source:
    """Where an article came from, as the capture file states it."""

    path: str | None
    format: str  # one of FORMATS: the container the page came in
    url: str | None = None
    encoding: str = "utf-8"
    captured: str | None = None  # ISO 8601 capture time, when the file says it


@dataclass(frozen=True)
class TextLine:
    """One line of text as a paginated capture (a PDF) places it, in points from the page's top left."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float  # font size in points
    bold: bool = False
    link: bool = False  # most of the line lies under a link


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    lines: tuple[TextLine, ...] = ()


# What a capture's content is, by its format: the extractor family that reads it.
MEDIA_TYPES = {"text": "text/plain", "pdf": "application/pdf"}


@dataclass(frozen=True)
class Capture:
    """A decoded capture: the page's markup (or text) and where it came from."""

    source: Source
    content: str  # HTML for the web formats, the text itself for text captures and PDFs
    warnings: tuple[str, ...] = ()
    pages: tuple[Page, ...] = ()  # a PDF's lines with their positions and type sizes
    title: str | None = None  # the title the file states of itself (a PDF's Title)

    @property
    def media_type(self) -> str:
        """"text/html", "text/plain" or "application/pdf": which extractor reads the content."""
        return MEDIA_TYPES.get(self.source.format, "text/html")


# --------------------------------------------------------------------------- article


@dataclass(frozen=True)
class Block:
    kind: str  # one of BLOCK_KINDS
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    source: Source
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    lead: str | None = None
    text: str = ""
    blocks: tuple[Block, ...] = ()
    captions: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    source_credit: str | None = None  # agency credited for the story ("Agencies", "AFP")
    captions_folded: int = 0  # captions of a gallery left out of ``captions`` past its first few

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def paragraphs(self) -> list[str]:
        return [self.block_text(b) for b in self.blocks if b.kind == "paragraph"]

    def headings(self) -> list[str]:
        return [self.block_text(b) for b in self.blocks if b.kind == "heading"]


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


def _span_init(self: Span, start: int, end: int) -> None:
    # The frozen dataclass's own __init__ sets each field through object.__setattr__ (thousands
    # of spans a comparison); this sets the two slots through their descriptors, at about half
    # the cost. The same fields and signature: equality, hashing, repr, dataclasses.fields and
    # replace are unchanged, and assigning a field still raises FrozenInstanceError.
    _SET_SPAN_START(self, start)
    _SET_SPAN_END(self, end)


_SET_SPAN_START, _SET_SPAN_END = Span.start.__set__, Span.end.__set__  # type: ignore[attr-defined]
Span.__init__ = _span_init  # type: ignore[method-assign]


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the string named by field
    end: int
    text: str
    field: str = "text"  # "text" (Article.text), or "title" / "lead" for the headline / standfirst


@dataclass(frozen=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    text: str
    speaker: str | None = None
    speaker_span: Span | None = None
    kind: str = "statement"  # "statement", or "fragment": a scare quote of one to three words
    utterance: int | None = None  # index (in this article's quotes) of the utterance's first part;
    #   the parts of a quote split by its attribution or spanning paragraphs share it
    nested_in: int | None = None  # index of the enclosing quote, for a quote inside a quote
    speaker_rule: str | None = None  # the attribution rule that credited the speaker, or the guard that refused one


@dataclass(frozen=True)
class Diff:
    """One diff-match-patch operation: -1 only in A, 0 in both, 1 only in B."""

    op: int
    text: str


@dataclass(frozen=True)
class SharedQuote:
    a: Span
    b: Span
    similarity: float
    exact: bool
    diffs: tuple[Diff, ...] = ()
    speaker_a: str | None = None  # who each article credits the words to
    speaker_b: str | None = None
    # A teaching cue: the two outlets credit the same words differently. "different": two named
    # speakers ("Karim Haddad" / "Yusuf Darwish"); "named/unnamed": a named speaker in one, an
    # unnamed source in the other ("Karim Haddad" / "a defence official"). None when both credit
    # the same speaker or one gives none.
    speaker_contrast: str | None = None


@dataclass(frozen=True)
class SharedPassage:
    a: Span
    b: Span
    similarity: float
    discrepancies: tuple["Discrepancy", ...] = ()  # numbers, dates or places the copies state differently


@dataclass(frozen=True)
class Discrepancy:
    """One thing the two sides of a match state differently: kind is "number", "date" or "place";
    a and b are the differing words in each article ("about 2,500" / "3,000")."""

    kind: str
    a: Mention
    b: Mention


@dataclass(frozen=True)
class AlignedSentence:
    a: Span
    b: Span
    similarity: float
    discrepancies: tuple[Discrepancy, ...] = ()  # numbers, dates or places of the fact that differ
    # a fact found by the referent both sentences name, each outlet its own way (A's label, B's
    # label: "Turkish occupation" / "presence of Turkish troops in northern Syria"), not by words
    anchor: tuple[str, str] | None = None


@dataclass(frozen=True)
class LabelCount:
    """One label of a referent in one article: as shown, how often, and what kind of naming."""

    label: str  # the label's most frequent spelling in the article
    count: int
    form: str  # name | short | title | role | description | metonym | alias


@dataclass(frozen=True)
class LabelContrast:
    entity: str
    a: tuple[Mention, ...]  # every mention of the referent in A (names, titles, descriptions)
    b: tuple[Mention, ...]
    category: str | None = None
    kind: str | None = None  # person, place, organisation, group, event, other; None: a description family
    labels: tuple[tuple[LabelCount, ...], tuple[LabelCount, ...]] = ((), ())  # per article, most frequent first
    # mentions in each article's headline and standfirst: offsets into Article.title / .lead, as
    # each Mention's field says (a and b hold body mentions only, offsets into Article.text)
    headings: tuple[tuple[Mention, ...], tuple[Mention, ...]] = ((), ())
    telling: float = 0.0  # how much the difference tells a reader; contrasts are ordered by it


@dataclass(frozen=True)
class DistinctiveTerm:
    term: str
    score: float
    count: int
    spans: tuple[Span, ...] = ()  # every occurrence in its article's text


@dataclass(frozen=True)
class LoadedTerm:
    term: str
    category: str
    start: int
    end: int
    quoted: bool = False  # inside a direct quotation: the speaker's word, not the outlet's
    score: float | None = None  # graded words: the probability a careful reader marks it; None: listed by hand


@dataclass(frozen=True)
class HeadingTerm:
    """A loaded or distinctive term in an article's headline or standfirst."""

    field: str  # "title" (offsets into Article.title) or "lead" (offsets into Article.lead)
    start: int
    end: int
    term: str
    kind: str  # "loaded_term" or "distinctive_term", as the text's highlights
    category: str | None = None  # a loaded term's category
    quoted: bool = False  # a loaded term inside a quotation: the speaker's word
    score: float | None = None  # a graded loaded word's probability; a distinctive term's score


@dataclass(frozen=True)
class SourceCitation:
    name: str
    spans: tuple[Span, ...]
    kind: str | None = None  # person, institution, agency, anonymous, media, group


@dataclass(frozen=True)
class OnlyIn:
    entity: str
    spans: tuple[Span, ...]
    kind: str | None = None  # person, place, organisation, event


@dataclass(frozen=True)
class WordChoice:
    """Where both articles tell the same fact, the words A writes where B writes others
    ("local militias" / "rebel groups"): compare/word_choices.py."""

    a: Mention  # A's words (offsets into A's Article.text)
    b: Mention  # B's words
    pair: tuple[Span, Span]  # the stretches of A and B told alike that the words were found in
    kind: str | None  # loaded | reporting verb | contested label | label | synonym; None: two near copies' words
    category: str | None = None  # a loaded word's category
    telling: float = 0.0  # how much the choice tells a reader; word choices are ordered by it
    count: int = 1  # how many of the stretches told alike make this choice (a and b: the first)


@dataclass(frozen=True)
class Framing:
    label_contrasts: tuple[LabelContrast, ...] = ()
    distinctive_terms: tuple[tuple[DistinctiveTerm, ...], tuple[DistinctiveTerm, ...]] = ((), ())
    loaded_terms: tuple[tuple[LoadedTerm, ...], tuple[LoadedTerm, ...]] = ((), ())
    sources: tuple[tuple[SourceCitation, ...], tuple[SourceCitation, ...]] = ((), ())
    only_in: tuple[tuple[OnlyIn, ...], tuple[OnlyIn, ...]] = ((), ())
    shared_entities: tuple[str, ...] = ()
    # loaded and distinctive terms of each article's headline and standfirst
    heading_terms: tuple[tuple[HeadingTerm, ...], tuple[HeadingTerm, ...]] = ((), ())
    # where both tell one fact, the words each chooses; most telling first
    word_choices: tuple[WordChoice, ...] = ()


@dataclass(frozen=True)
class Relatedness:
    """Whether the two articles seem to report the same event (compare/relatedness.py)."""

    verdict: str  # "same event", "unclear", "different events", "different languages"
    similarity: float | None  # weighted overlap of the two texts' content words, 0..1; None: too short to judge
    shared_names: tuple[str, ...] = ()  # names both use, the rarest first (a few)
    languages: tuple[str | None, str | None] = (None, None)  # primary language tags, A then B


@dataclass(frozen=True)
class Comparison:
    articles: tuple[Article, Article]
    quotes: tuple[tuple[Quote, ...], tuple[Quote, ...]] = ((), ())
    shared_quotes: tuple[SharedQuote, ...] = ()
    related_quotes: tuple[SharedQuote, ...] = ()  # close in meaning, not the same utterance
    shared_passages: tuple[SharedPassage, ...] = ()
    aligned_sentences: tuple[AlignedSentence, ...] = ()
    framing: Framing = field(default_factory=Framing)
    relatedness: Relatedness | None = None
    warnings: tuple[str, ...] = ()  # e.g. a stage stopped early: the pages are too large to compare in full


# --------------------------------------------------------------------------- JSON


def to_jsonable(obj: Any) -> Any:
    """Dataclasses → dicts, tuples → lists, recursively (field order kept)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


def article_to_json(article: Article) -> dict[str, Any]:
    data = to_jsonable(article)
    data = {"schema": ARTICLE_SCHEMA, **data}
    data["source"] = {k: v for k, v in data["source"].items()}
    return data


def article_from_json(data: dict[str, Any]) -> Article:
    src = data["source"]
    return Article(
        source=Source(
            path=src.get("path"),
            format=src.get("format", "html"),
            url=src.get("url"),
            encoding=src.get("encoding", "utf-8"),
            captured=src.get("captured"),
        ),
        title=data.get("title"),
        outlet=data.get("outlet"),
        authors=tuple(data.get("authors") or ()),
        published=data.get("published"),
        language=data.get("language"),
        lead=data.get("lead"),
        text=data.get("text", ""),
        blocks=tuple(Block(b["kind"], b["start"], b["end"]) for b in data.get("blocks") or ()),
        captions=tuple(data.get("captions") or ()),
        tags=tuple(data.get("tags") or ()),
        warnings=tuple(data.get("warnings") or ()),
        source_credit=data.get("source_credit"),
        captions_folded=int(data.get("captions_folded") or 0),
    )


def comparison_to_json(comparison: Comparison) -> dict[str, Any]:
    """The comparison as JSON; each label contrast says whether the window and the report show it
    (``shown``: labelpaint.telling, a label one outlet uses and the other never does)."""
    from sidebyside.labelpaint import telling, word_indexes  # (labelpaint reads this module's types)

    data = to_jsonable(comparison)
    data["articles"] = [article_to_json(a) for a in comparison.articles]
    if comparison.framing.label_contrasts:
        indexes = word_indexes(comparison)
        for lc, out in zip(comparison.framing.label_contrasts, data["framing"]["label_contrasts"]):
            out["shown"] = telling(lc, indexes)
    return {"schema": COMPARISON_SCHEMA, **data}
