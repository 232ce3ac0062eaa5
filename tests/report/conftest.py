"""A hand-built comparison with real offsets, so report tests do not depend on the engine."""

from __future__ import annotations

import pytest

from sidebyside.extract.assemble import assemble_blocks
from sidebyside.model import (
    Article,
    Comparison,
    Diff,
    DistinctiveTerm,
    Framing,
    LabelContrast,
    LoadedTerm,
    Mention,
    OnlyIn,
    Quote,
    SharedQuote,
    Source,
    SourceCitation,
    Span,
)

A_BLOCKS = [
    ("paragraph", 'Syrian President Bashar Al-Assad said any rapprochement must end the Turkish occupation.'),
    ("heading", "Gas <b>supplies</b> priority"),
    ("paragraph", '"A ground operation is possible any time," the official told reporters.'),
    ("paragraph", "Markup stays text: <script>alert('x')</script> <img src=\"http://127.0.0.1:9/x.png\">"),
]
B_BLOCKS = [
    ("paragraph", "Syrian leader Bashar al-Assad met Putin, who claimed progress on a ground operation."),
    ("paragraph", '"A ground operation is possible at any time," an adviser said.'),
    ("paragraph", "Русский текст и العربية في التقرير."),
]


def _article(blocks, outlet, title) -> Article:
    text, spans = assemble_blocks(blocks)
    return Article(
        source=Source(path=f"/captures/{outlet}.html", format="html", url=f"https://{outlet}.example/story"),
        title=title, outlet=outlet, authors=("Jane Roe",), published="2023-03-15", language="en",
        text=text, blocks=spans, captions=("A caption (Photo: Agency)",), warnings=("no publication date found",),
    )


def _span(text: str, needle: str) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


@pytest.fixture
def comparison() -> Comparison:
    a = _article(A_BLOCKS, "Outlet A", "Headline <A> & more")
    b = _article(B_BLOCKS, "Outlet B", "Headline B")
    qa = _span(a.text, "A ground operation is possible any time,")
    qb = _span(b.text, "A ground operation is possible at any time,")
    la = _span(a.text, "Syrian President Bashar Al-Assad")
    lb = _span(b.text, "Syrian leader Bashar al-Assad")
    occ = _span(a.text, "Turkish occupation")
    claimed = _span(b.text, "claimed")
    framing = Framing(
        label_contrasts=(LabelContrast("Bashar al-Assad", (Mention(la.start, la.end, a.text[la.start:la.end]),),
                                       (Mention(lb.start, lb.end, b.text[lb.start:lb.end]),), "person"),),
        distinctive_terms=((DistinctiveTerm("occupation", 2.1, 1),), (DistinctiveTerm("adviser", 1.7, 1),)),
        loaded_terms=((LoadedTerm("occupation", "contested label", occ.start + 8, occ.end),),
                      (LoadedTerm("claimed", "attribution verb", claimed.start, claimed.end),)),
        sources=((SourceCitation("the official", (qa,), "person"),), (SourceCitation("an adviser", (qb,), "anonymous"),)),
        only_in=((OnlyIn("Turkish occupation", (occ,), "event"),), (OnlyIn("Putin", (_span(b.text, "Putin"),), "person"),)),
    )
    return Comparison(
        articles=(a, b),
        quotes=((Quote(qa.start, qa.end, a.text[qa.start:qa.end], "the official"),),
                (Quote(qb.start, qb.end, b.text[qb.start:qb.end], "an adviser"),)),
        shared_quotes=(SharedQuote(qa, qb, 0.95, False,
                                   (Diff(0, "A ground operation is possible "), Diff(1, "at "), Diff(0, "any time,"))),),
        framing=framing,
    )
