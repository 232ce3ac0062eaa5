"""Data for the GUI tests: the seed articles frozen in tests/data/gui, and Comparisons built on
them by hand with real offsets into the real texts, so the GUI is tested whatever the compare
engine returns today. (A uniquely named module: every test directory has its own conftest.)
"""

from __future__ import annotations

import json
from pathlib import Path

from diff_match_patch import diff_match_patch

from sidebyside.model import (
    AlignedSentence,
    Article,
    Block,
    Comparison,
    Diff,
    DistinctiveTerm,
    Framing,
    LabelContrast,
    LoadedTerm,
    Mention,
    OnlyIn,
    Quote,
    SharedPassage,
    SharedQuote,
    Source,
    SourceCitation,
    Span,
    article_from_json,
)

GUI_DATA = Path(__file__).parent.parent / "data" / "gui"
SEED_A = GUI_DATA / "almayadeen-putin-erdogan-2023-01-16.txt"
SEED_B = GUI_DATA / "moscowtimes-putin-assad-2023-03.txt"
# The Moscow Times seed's first sentence in Arabic, for right-to-left layout.
ARABIC = (
    "استضاف الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد لإجراء محادثات يوم الأربعاء، "
    "في الوقت الذي يسعى فيه الكرملين إلى إصلاح العلاقات بين دمشق وتركيا."
)


def article_of(paragraphs: list[str], language: str | None = None, kinds: dict[int, str] | None = None) -> Article:
    """An Article whose blocks are the given paragraphs joined as the extractor joins them."""
    text = "\n\n".join(paragraphs)
    blocks, pos = [], 0
    for i, p in enumerate(paragraphs):
        blocks.append(Block((kinds or {}).get(i, "paragraph"), pos, pos + len(p)))
        pos += len(p) + 2
    return Article(source=Source("x.txt", "text"), text=text, blocks=tuple(blocks), language=language)


def seed_articles() -> tuple[Article, Article]:
    data = json.loads((GUI_DATA / "seed_articles.json").read_text(encoding="utf-8"))
    a, b = (article_from_json(d) for d in data["articles"])
    return a, b


def span_of(article: Article, needle: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = article.text.index(needle, start + 1)
    return Span(start, start + len(needle))


def diffs(a: str, b: str) -> tuple[Diff, ...]:
    dmp = diff_match_patch()
    d = dmp.diff_main(a, b)
    dmp.diff_cleanupSemantic(d)
    return tuple(Diff(op, text) for op, text in d)


def seed_comparison() -> Comparison:
    """The seed pair with hand-placed matches: real texts, real offsets."""
    a, b = seed_articles()
    qa = span_of(a, "Issues of normalization of Turkish-Syrian relations were discussed")
    qb = span_of(b, "Turkey-Syria relations will certainly be touched upon in one way or another.")
    quote_a2 = span_of(a, "A ground operation is possible any time, depending on the level of threats we receive,")
    quote_b2 = span_of(b, "We are in constant contact and our relations are developing,")
    pa = span_of(a, "Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan discussed the rapprochement")
    pb = span_of(b, "Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks")
    al_a = span_of(a, "Turkish Energy Minister Fatih Donmez announced earlier in the month")
    al_b = span_of(b, "After the quake, Putin offered Russian aid to Turkey and Syria.")
    assad_a = span_of(a, "Bashar Al-Assad")
    assad_b = span_of(b, "Bashar al-Assad")
    leader_b = span_of(b, "Syrian leader")
    occupation = span_of(a, "occupation", 1)
    kremlin_b = span_of(b, "Kremlin", 1)
    text_a = a.text[qa.start : qa.end]
    text_b = b.text[qb.start : qb.end]
    return Comparison(
        articles=(a, b),
        quotes=(
            (Quote(qa.start, qa.end, text_a, "the statement"), Quote(quote_a2.start, quote_a2.end, a.text[quote_a2.start:quote_a2.end], "the official")),
            (Quote(qb.start, qb.end, text_b, "Dmitry Peskov"), Quote(quote_b2.start, quote_b2.end, b.text[quote_b2.start:quote_b2.end], "Vladimir Putin")),
        ),
        shared_quotes=(SharedQuote(qa, qb, 0.62, False, diffs(text_a, text_b)),),
        shared_passages=(SharedPassage(pa, pb, 0.71),),
        aligned_sentences=(AlignedSentence(al_a, al_b, 0.55),),
        framing=Framing(
            label_contrasts=(LabelContrast("Bashar al-Assad", (Mention(assad_a.start, assad_a.end, "Syrian President Bashar Al-Assad"),),
                                           (Mention(leader_b.start, assad_b.end, "Syrian leader Bashar al-Assad"),)),),
            distinctive_terms=((DistinctiveTerm("gas hub", 3.1, 4),), (DistinctiveTerm("earthquake", 2.2, 1),)),
            loaded_terms=((LoadedTerm("occupation", "conflict", occupation.start, occupation.end),), ()),
            sources=((SourceCitation("Faisal Mekdad", (span_of(a, "Faisal Mekdad"),), "person"),),
                     (SourceCitation("Kremlin", (kremlin_b,), "institution"),)),
            only_in=((OnlyIn("Nord Stream", (span_of(a, "Nord Stream"),), "organisation"),),
                     (OnlyIn("Saudi Arabia", (span_of(b, "Saudi Arabia"),), "place"),)),
        ),
    )
