"""Whatever text it is given, the text extractor returns a well-formed Article or raises the
project's ExtractionError."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sidebyside.errors import ExtractionError
from sidebyside.extract.text import extract_text
from sidebyside.model import Capture, Source

LINE_PARTS = st.sampled_from([
    "", "  • ", "    ", "1. ", "[img] ", "By Jane Doe", "16 Jan 2023 19:07", "Related News", "Read more",
    "© 2024 Example News. All rights reserved", "Share", "x says:", "Photo: AFP", "\u200b", "«", "“",
    "The minister said the talks would continue next week in the capital, officials confirmed.",
    "Ein langer deutscher Satz über die Verhandlungen, die nächste Woche weitergehen sollen.",
    "大臣は来週も協議を続けると述べた。", "قال الوزير إن المحادثات ستستمر الأسبوع المقبل.",
])
LINES = st.lists(st.tuples(LINE_PARTS, LINE_PARTS, st.text(max_size=30)), max_size=60)


def _capture(content: str) -> Capture:
    return Capture(source=Source(path="prop.txt", format="text"), content=content)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_any_line_mix_gives_a_well_formed_article(parts):
    content = "\n".join(a + b + c for a, b, c in parts)
    try:
        article = extract_text(_capture(content))
    except ExtractionError as err:
        assert not content.strip() and "\n" not in str(err)
        return
    assert "\n\n".join(article.block_text(b) for b in article.blocks) == article.text
    for block in article.blocks:
        assert 0 <= block.start < block.end <= len(article.text)
        assert block.kind in ("paragraph", "heading", "blockquote", "list_item")
    assert article.lead is None or article.lead not in article.text.split("\n\n")
    assert all(c not in article.text.split("\n\n") for c in article.captions)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=400))
def test_arbitrary_unicode_never_crashes(content):
    try:
        article = extract_text(_capture(content))
    except ExtractionError:
        assert not content.strip()
        return
    assert all(0 <= b.start <= b.end <= len(article.text) for b in article.blocks)
