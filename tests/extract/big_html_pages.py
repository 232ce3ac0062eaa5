"""Builders of huge and hostile HTML pages, shared by tests/extract/test_html_big_inputs.py (hang
guards) and benchmarks/big_html.py (CPU, wall time and peak memory)."""

from __future__ import annotations

PARAGRAPH = ("Russian President Vladimir Putin hosted Syrian leader Bashar al-Assad for talks in Moscow on "
             "Tuesday, the Kremlin said, as the two discussed reconstruction, trade and the situation in the "
             "north of the country.")
ARTICLE = ("<article><h1>Putin hosts Assad in Moscow</h1><p class='byline'>By Jane Doe</p>"
           + "".join(f"<p>{PARAGRAPH} ({n})</p>" for n in range(6)) + "</article>")
HEAD = "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Putin hosts Assad in Moscow</title></head>"


def page_50mb() -> str:
    """An article followed by 50 MB of paragraphs and navigation: a page far bigger than any article."""
    block = "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>" + "".join(
        f"<p>{PARAGRAPH}</p>" for _ in range(20))
    return HEAD + "<body>" + ARTICLE + block * (50_000_000 // len(block)) + "</body></html>"


def tiny_paragraphs(n: int = 600_000) -> str:
    return HEAD + "<body>" + "<p>x</p>" * n + "</body></html>"


def many_links(n: int = 250_000) -> str:
    return HEAD + "<body><div>" + "".join(f'<a href="/a/{i}">Link {i}</a> ' for i in range(n)) + "</div></body></html>"


def many_attributes(n: int = 150_000) -> str:
    """One element with n unique attributes (libxml2 compares each with all earlier ones), the
    article after it."""
    return HEAD + "<body><div " + " ".join(f'a{i}="1"' for i in range(n)) + ">x</div>" + ARTICLE + "</body></html>"


def long_tag_name(chars: int = 5_000_000) -> str:
    return HEAD + "<body>" + ARTICLE + "<" + "a" * chars + ">x</body></html>"


def long_attribute_value(chars: int = 20_000_000) -> str:
    """A 20 MB attribute value before the article: cutting the page at a size would lose it."""
    return HEAD + '<body><div data-x="' + "v" * chars + '">x</div>' + ARTICLE + "</body></html>"


CASES = {
    "page-50mb": page_50mb,
    "tiny-p-600k": tiny_paragraphs,
    "links-250k": many_links,
    "attributes-150k": many_attributes,
    "tag-name-5m": long_tag_name,
    "attribute-value-20m": long_attribute_value,
}
