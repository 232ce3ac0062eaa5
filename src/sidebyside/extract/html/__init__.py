"""The HTML family of the extractor: capture → Article, metadata first (on the whole page), then the body (pruned tree).

Decision for pages with no extractable body: an Article with empty text and the
low-confidence warning, never an exception. Any input, however broken, gives an Article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from sidebyside.extract.assemble import assemble_blocks, normalize_block_text
from sidebyside.extract.html.body import Body, extract_body
from sidebyside.extract.html.metadata import Metadata, extract_metadata
from sidebyside.model import Article, Capture

NO_DATE = "no publication date found"
NO_TITLE = "no title found"
LOW_CONFIDENCE = "low confidence: the page may not be an article"
PAYWALL = "the text may be cut short by a paywall"

# Bound the work on absurd inputs (about 0.7 s per MB): real article pages stay under 2 MB.
MAX_HTML_CHARS = 4_000_000
MIN_ARTICLE_WORDS = 80  # news briefs run to 80-120 words; less is rarely an article

# huge_tree lifts libxml2's 256-level nesting cap (text below it would vanish); size is bounded above.
# schema.org's flag for paywalled articles, as JSON-LD or microdata states it
_NOT_FREE = re.compile(r"""isAccessibleForFree["']?\s*(?::|content=)\s*["']?false""", re.I)
_NOT_FREE_NAMES = ("isAccessibleForFree", "isaccessibleforfree")  # found first by a plain search

_PARSER_OPTIONS = dict(remove_comments=True, remove_pis=True, huge_tree=True, recover=True)


@dataclass
class HtmlExtraction:
    """The Article plus what the benchmark needs to know about how it was built."""

    article: Article
    lead_in_body: bool  # the lead was the body container's first block, moved out of text


def parse_html(content: str):
    """Parse leniently; None when there is nothing to parse."""
    content = content[:MAX_HTML_CHARS]
    if not content.strip():
        return None
    # lxml refuses str input carrying an XML encoding declaration
    content = re.sub(r"^\s*<\?xml[^>]*>", "", content, count=1)
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
    try:
        root = lxml.html.document_fromstring(content, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


def extract_html(capture: Capture) -> Article:
    return extract_html_detail(capture).article


def extract_html_detail(capture: Capture) -> HtmlExtraction:
    root = parse_html(capture.content or "")
    if root is None:
        meta, body = Metadata(url=capture.source.url), Body()
    else:
        try:
            meta = extract_metadata(root, capture.source.url)
        except RecursionError:  # absurd nesting defeats recursive readers: no metadata then
            meta = Metadata(url=capture.source.url)
        try:
            body = extract_body(root, meta.title)
        except RecursionError:  # nesting deeper than any real page: no body rather than a traceback
            body = Body()
        if not meta.language:
            meta.language = _page_language(root)
    return _assemble(capture, meta, body, _not_free(capture.content[:MAX_HTML_CHARS]))


def _not_free(content: str) -> bool:
    """Does the page flag itself as not free? A case-insensitive regex over a whole page costs
    milliseconds; the flag's name, looked for first, rules out nearly every page at once."""
    return any(name in content for name in _NOT_FREE_NAMES) and bool(_NOT_FREE.search(content))


def _page_language(root) -> str | None:
    """The primary subtag of <html lang> ("en-GB" -> "en"), when the metadata stage found none."""
    lang = (root.get("lang") or root.get("xml:lang") or "").strip().replace("_", "-")
    primary = lang.split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _key(text: str | None) -> str:
    return re.sub(r"\W+", "", (text or "").lower())


def _split_lead(blocks: list[tuple[str, str]], meta_lead: str | None) -> tuple[str | None, bool]:
    """Is one of the body's first two blocks the page's stated summary? Then it is the lead,
    kept once. A summary that merely starts the first paragraph (an automatic excerpt) leaves
    the paragraph in the text."""
    if not blocks or not meta_lead:
        return meta_lead, False
    lead_key = _key(meta_lead)
    for i, (kind, text) in enumerate(blocks[:2]):
        if kind != "heading" and lead_key and _key(text) == lead_key:
            del blocks[i]
            return normalize_block_text(text), True
    return meta_lead, False


def _standfirst_wins(meta_lead: str | None, standfirst: str) -> bool:
    """The visible standfirst is the lead when the page states none, or only cut it short."""
    if not meta_lead:
        return True
    if not meta_lead.rstrip().endswith(("...", "…")):
        return False
    head = _key(meta_lead.rstrip(" .…"))
    return len(head) >= 20 and _key(standfirst).startswith(head)


def _assemble(capture: Capture, meta: Metadata, body: Body, restricted: bool = False) -> HtmlExtraction:
    blocks = list(body.blocks)
    lead, lead_in_body = _split_lead(blocks, meta.lead)
    if not lead_in_body and body.standfirst and _standfirst_wins(lead, body.standfirst):
        lead = body.standfirst
    text, spans = assemble_blocks(blocks)
    title = meta.title or body.h1
    captions = list(body.captions)
    for cap in meta.image_captions or ():
        if cap and cap not in captions:
            captions.append(cap)
    warnings = []
    if not title:
        warnings.append(NO_TITLE)
    if not meta.published:
        warnings.append(NO_DATE)
    if _low_confidence(body, text):
        warnings.append(LOW_CONFIDENCE)
    if body.paywall or (restricted and len(text.split()) < 400):
        warnings.append(PAYWALL)
    source = capture.source
    if not source.url and meta.url:
        source = type(source)(
            path=source.path, format=source.format, url=meta.url,
            encoding=source.encoding, captured=source.captured,
        )
    article = Article(
        source=source,
        title=title,
        outlet=meta.outlet,
        authors=tuple(meta.authors or ()),
        published=meta.published,
        language=meta.language,
        lead=lead,
        text=text,
        blocks=spans,
        captions=tuple(captions),
        tags=tuple(meta.tags or ()),
        warnings=tuple(warnings),
        source_credit=meta.source_credit,
    )
    return HtmlExtraction(article, lead_in_body)


def _low_confidence(body: Body, text: str) -> bool:
    """Short, link-dense or list-like bodies: probably a home or section page, not an article."""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        return True
    if body.chars and body.link_chars > 0.35 * body.chars:
        return True
    paragraphs = [t for k, t in body.blocks if k == "paragraph"]
    if paragraphs and words < 400:
        long_ones = sum(1 for t in paragraphs if len(t.split()) >= 25)
        if long_ones == 0:
            return True
    return False
