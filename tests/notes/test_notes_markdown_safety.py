"""Markdown export shows what notes say and never what a renderer would run: raw HTML, images with
handlers, javascript: links, in bodies, titles, categories, tags, quotes, URLs and paths."""

from __future__ import annotations

import re

import pytest

from sidebyside.notes.anchoring import TextQuote
from sidebyside.notes.export import md_code, to_markdown
from sidebyside.notes.model import ArticleRef, Note

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![x](javascript:alert(1))",
    "<javascript:alert(1)>",
    "[ref]: javascript:alert(1)",
    "`a` <b onmouseover=alert(1)>` x",
]


def _note(text: str, url: str | None = "https://example.org/a", path: str | None = "/c/a.html") -> Note:
    return Note(id="6f1c1f8e-3f7a-4d43-9f0e-2f1f0b7a1c11", article=ArticleRef("ab" * 32, url, path, text),
                quote=TextQuote(text + " quoted"), position=(0, 5), body=text + "\nsecond line " + text,
                tags=(text, "`" + text + "``"), created="2024-05-01T10:00:00.000Z", modified="2024-05-01T10:00:00.000Z",
                category=text, start=0, end=5)


def _unsafe(markdown: str) -> list[str]:
    """What a CommonMark renderer would turn into markup: an unescaped <, or [..]( / [..]: links,
    outside code spans (whose content is shown verbatim) and http(s) autolinks."""
    outside = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", markdown)  # drop code spans
    outside = re.sub(r"\\.", "", outside)  # drop escaped characters
    outside = re.sub(r"<https?://[^\s<>]+>", "", outside)
    found = re.findall(r"<[A-Za-z/!?]|<\w+:", outside)
    found += re.findall(r"\]\(|\]:", outside)
    return found


@pytest.mark.parametrize("text", HOSTILE)
def test_nothing_executable_passes_through(text):
    md = to_markdown([_note(text)])
    assert _unsafe(md) == [], md
    assert "alert(1)" in md  # shown, as text


def test_only_http_urls_become_links():
    md = to_markdown([_note("t", url="javascript:alert(1)")])
    assert "<javascript:" not in md and "`javascript:alert(1)`" in md
    assert "<https://example.org/a>" in to_markdown([_note("t")])


def test_a_code_span_holds_any_backticks():
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code("C:\\Users\\me") == "`C:\\Users\\me`"


def test_titles_and_bodies_with_line_breaks_add_no_heading():
    md = to_markdown([_note("Title\n## Not an article\n<script>")])
    assert md.count("\n## ") == 1 and "\n\\## Not an article" in md
