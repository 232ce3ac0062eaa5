"""A PDF capture (a page printed from a browser) → Article.

1. furniture.py: the running header and footer (date, title, URL, page numbers) and whatever
   repeats at the same place on every page are set aside; their URL becomes the source's;
2. paragraphs.py: the remaining lines become paragraphs in reading order, hyphenation undone;
3. the headline is the largest type near the top of the first pages that the document's title
   states (without a title, the largest type); what is printed above it (menus, the masthead)
   is dropped, and so are paragraphs that are mostly links (menus, related stories);
4. the text family reads the rest as it reads a page's copied text (body run, byline and date,
   captions and credits, outlet), and the headline, outlet and provenance found here take
   precedence.
"""

from __future__ import annotations

import dataclasses
import re

from sidebyside.errors import ExtractionError
from sidebyside.extract.pdf.furniture import find_furniture
from sidebyside.extract.pdf.paragraphs import Paragraph, dehyphenate, paragraphs
from sidebyside.model import Article, Capture, Page
from sidebyside.settings import DEFAULT, PdfSettings, TextSettings

_TITLE_SEPARATORS = re.compile(r"\s+(?:[-|–—·•:]{1,2}|::)\s+")
_WORDS = re.compile(r"\w+")
_FILE_NAME = re.compile(r"^\S+\.(?:html?|xhtml|mhtml?|pdf|php|aspx?)$", re.I)


def extract_pdf(capture: Capture, settings: PdfSettings = DEFAULT.extract.pdf,
                text_settings: TextSettings = DEFAULT.extract.text) -> Article:
    pages = capture.pages
    if not pages or not any(page.lines for page in pages):
        raise ExtractionError("the PDF holds no text", capture.source.path)
    furniture = find_furniture(pages, settings)
    paras = paragraphs(pages, furniture.lines, settings)
    document_title = _real_title(capture.title) or _real_title(furniture.title)
    texts = dehyphenate([p.text for p in paras] + [document_title or ""])
    for para, text in zip(paras, texts):
        para.text = text
    if not paras:
        raise ExtractionError("the PDF holds only page headers and footers, no article", capture.source.path)

    body_size = _body_size(paras)
    headline = _headline(paras, pages, document_title, body_size, settings)
    kept = [p for p in paras if p is not headline and p.link_share < settings.max_link_share and not _above(p, headline)]
    if not kept:  # a page of links only: better all of it than nothing
        kept = [p for p in paras if p is not headline]
    if headline is not None:
        kept.insert(0, headline)  # the top of what is left, wherever the page drew it

    from sidebyside.extract.text import extract_text

    text_capture = Capture(source=capture.source, content="\n\n".join(p.text for p in kept) + "\n")
    article = extract_text(text_capture, text_settings)
    if headline is not None:
        title = headline.text
    elif document_title:
        title = _without_site(document_title, article.outlet)
    else:
        title = article.title
    outlet = _outlet(document_title, title) or article.outlet
    source = capture.source
    if furniture.url and not source.url:
        source = dataclasses.replace(source, url=furniture.url)
    return dataclasses.replace(article, source=source, title=title, outlet=outlet)


def _above(p: Paragraph, headline: Paragraph | None) -> bool:
    """Printed before the headline: on an earlier page, or higher up on its page (the masthead,
    menus). Drawing order alone does not tell: a page may draw its header after its body."""
    if headline is None:
        return False
    if p.page != headline.page:
        return p.page < headline.page
    return p.lines[-1].bottom <= headline.lines[0].top


def _real_title(title: str | None) -> str | None:
    """A document title, unless it is only the file's name (a browser's stand-in for none)."""
    if not title or _FILE_NAME.match(title.strip()):
        return None
    return title.strip()


def _body_size(paras: list[Paragraph]) -> float:
    """The type size most of the text is set in."""
    weight: dict[float, int] = {}
    for p in paras:
        for line in p.lines:
            weight[line.size] = weight.get(line.size, 0) + len(line.text)
    return max(weight, key=weight.__getitem__)


def _headline(
    paras: list[Paragraph], pages: tuple[Page, ...], title: str | None, body_size: float, settings: PdfSettings
) -> Paragraph | None:
    """The headline as printed: the largest type near the top that the document's title states;
    without a title, the largest type near the top."""
    near_top = [
        p for p in paras
        if p.page < settings.headline_pages
        and len(p.text.split()) <= settings.headline_max_words
        and p.link_share < 0.5
        and len(_WORDS.findall(p.text)) >= 2
    ]
    title_words = _word_set(title)
    if title_words:
        named = [
            p for p in near_top
            if p.size >= body_size
            and _agreement(p.text, title_words) >= 0.7
            and _agreement(title, _word_set(p.text)) >= 0.4  # not the site's name alone
        ]
        if named:
            return max(named, key=lambda p: (p.size, -paras.index(p)))
    large = [p for p in near_top if p.size >= settings.headline_scale * body_size]
    if large and not title_words:
        return max(large, key=lambda p: (p.size, -paras.index(p)))
    return None


def _agreement(text: str, title_words: set[str]) -> float:
    """The share of the paragraph's words the title has."""
    words = _word_set(text)
    return len(words & title_words) / len(words) if words else 0.0


def _word_set(text: str | None) -> set[str]:
    return {w.lower() for w in _WORDS.findall(text or "")}


def _without_site(document_title: str, outlet: str | None) -> str:
    """The document title without trailing segments naming the site or its section
    ("Headline | Section | Site" → "Headline"), its own separators kept."""
    title = document_title.strip()
    site = _word_set(outlet)
    while True:
        cuts = list(_TITLE_SEPARATORS.finditer(title))
        if not cuts:
            return title
        last, head = title[cuts[-1].end() :], title[: cuts[-1].start()]
        words = _word_set(last)
        short = len(last.split()) <= 5 and 2 * len(last.split()) <= len(head.split())
        if not words or len(head.split()) < 3 or not ((site and words <= site) or short):
            return title
        title = head


def _outlet(document_title: str | None, headline: str | None) -> str | None:
    """The site's name from the document title "Headline - Site" (the part that is not the headline)."""
    if not document_title or not headline:
        return None
    pieces = _TITLE_SEPARATORS.split(document_title.strip())
    if len(pieces) < 2:
        return None
    head = _word_set(headline)
    for candidate in (pieces[-1], pieces[0]):
        words = _word_set(candidate)
        if words and len(candidate.split()) <= 5 and not (words <= head) and len(words & head) <= len(words) / 2:
            rest = " ".join(p for p in pieces if p is not candidate)
            if len(_word_set(rest) & head) >= 0.6 * max(len(_word_set(rest)), 1):
                return candidate.strip()
    return None
