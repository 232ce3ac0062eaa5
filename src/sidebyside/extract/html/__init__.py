"""The HTML family of the extractor: capture → Article. Metadata first (on the whole page), then
the body (on the pruned tree).

The parser is given a bounded page (markup_guard.py). A page with no extractable body gives an
Article with empty text and the low-confidence warning, never an exception: any input, however
broken, gives an Article.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import lxml.html
from lxml import etree

from sidebyside.extract import warnings as warn
from sidebyside.extract.assemble import assemble_blocks, normalize_block_text
from sidebyside.extract.html.body import Body, extract_body
from sidebyside.extract.html.markup_guard import bound_markup
from sidebyside.extract.html.bylines import closing_credit, email_credit, opening_credit
from sidebyside.extract.html.metadata import Metadata, extract_metadata, people_of_page
from sidebyside.extract.language import primary_subtag
from sidebyside.model import Article, Capture
from sidebyside.settings import DEFAULT, HtmlSettings

NO_DATE, NO_TITLE, LOW_CONFIDENCE, PAYWALL = warn.NO_DATE, warn.NO_TITLE, warn.LOW_CONFIDENCE, warn.PAYWALL

# schema.org's flag for paywalled articles, as JSON-LD or microdata states it
_NOT_FREE = re.compile(r"""isAccessibleForFree["']?\s*(?::|content=)\s*["']?false""", re.I)
_NOT_FREE_NAMES = ("isAccessibleForFree", "isaccessibleforfree")  # found first by a plain search

# huge_tree lifts libxml2's 256-level nesting cap (text below it would vanish); the input is
# bounded before parsing.
_PARSER_OPTIONS = dict(remove_comments=True, remove_pis=True, huge_tree=True, recover=True)
# Every element is an HtmlElement, chosen in C: lxml.html's own lookup calls Python for each
# element it hands out (a sixth of the CPU time of an ordinary page, most of it on huge ones).
_CLASS_LOOKUP = etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


@dataclass
class HtmlExtraction:
    """The Article plus what the benchmark needs to know about how it was built."""

    article: Article
    lead_in_body: bool  # the lead was the body container's first block, moved out of text


# C0 controls other than tab and newlines: never text, and lxml rejects a tree edit that moves them.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def parse_html(content: str, settings: HtmlSettings = DEFAULT.extract.html):
    """Parse leniently; None when there is nothing to parse. The content must already be
    bounded (``bound_markup``)."""
    if not content.strip():
        return None
    if _NOT_XML_TEXT.search(content):  # libxml2 keeps them, but lxml refuses them in any later edit
        content = _NOT_XML_TEXT.sub("", content)
    parser = lxml.html.HTMLParser(**_PARSER_OPTIONS)
    parser.set_element_class_lookup(_CLASS_LOOKUP)
    try:
        return lxml.html.document_fromstring(content, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None


def extract_html(capture: Capture, settings: HtmlSettings = DEFAULT.extract.html) -> Article:
    return extract_html_detail(capture, settings).article


def extract_html_detail(capture: Capture, settings: HtmlSettings = DEFAULT.extract.html) -> HtmlExtraction:
    bounded = bound_markup(capture.content or "", settings)
    root = parse_html(bounded.content, settings)
    if root is None:
        meta, body = Metadata(url=capture.source.url), Body()
    else:
        try:
            meta = extract_metadata(root, capture.source.url, settings)
        except RecursionError:  # absurd nesting defeats recursive readers: no metadata then
            meta = Metadata(url=capture.source.url)
        try:
            body = extract_body(root, meta.title, settings)
        except RecursionError:  # nesting deeper than any real page: no body rather than a traceback
            body = Body()
        if not meta.language:
            meta.language = _page_language(root)
        if not meta.authors:  # no byline names a person: a credit closing the story may
            meta.authors = people_of_page(closing_credit(body.blocks, settings.closing_credit_paragraphs), meta)
        if not meta.authors:  # nor a closing credit: the credit in brackets a Chinese story opens with
            meta.authors = opening_credit(body.blocks, settings.opening_credit_paragraphs)
        if not meta.authors:  # nor that: a name, its role and an e-mail address under the story
            meta.authors = people_of_page(email_credit(root), meta)
    extraction = _assemble(capture, meta, body, _not_free(bounded.content), settings)
    if bounded.warnings:
        article = extraction.article
        extraction.article = dataclasses.replace(article, warnings=tuple(bounded.warnings) + article.warnings)
    return extraction


def _not_free(content: str) -> bool:
    """Does the page flag itself as not free? A case-insensitive regex over a whole page costs
    milliseconds; the flag's name, looked for first, rules out nearly every page at once."""
    return any(name in content for name in _NOT_FREE_NAMES) and bool(_NOT_FREE.search(content))


def _page_language(root) -> str | None:
    """The primary subtag of <html lang> ("en-GB" -> "en"), when the metadata stage found none."""
    primary = primary_subtag((root.get("lang") or root.get("xml:lang") or "").strip())
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


def _assemble(capture: Capture, meta: Metadata, body: Body, restricted: bool,
              settings: HtmlSettings) -> HtmlExtraction:
    blocks = list(body.blocks)
    lead, lead_in_body = _split_lead(blocks, meta.lead)
    if not lead_in_body and body.standfirst and _standfirst_wins(lead, body.standfirst):
        lead = body.standfirst
    text, spans = assemble_blocks(blocks)
    title = meta.title or body.h1
    captions = list(body.captions)
    for cap in meta.image_captions[: settings.caption_run_max] if meta.image_captions else ():
        if cap and cap not in captions and cap not in body.folded_captions:
            captions.append(cap)
    warnings = []
    if not title:
        warnings.append(NO_TITLE)
    if not meta.published:
        warnings.append(NO_DATE)
    if _low_confidence(body, text, settings):
        warnings.append(LOW_CONFIDENCE)
    if body.paywall or (restricted and len(text.split()) < settings.paywalled_full_words):
        warnings.append(PAYWALL)
    source = capture.source
    if not source.url and meta.url:
        source = dataclasses.replace(source, url=meta.url)
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
        captions_folded=len(body.folded_captions),
        tags=tuple(meta.tags or ()),
        warnings=tuple(warnings),
        source_credit=meta.source_credit,
    )
    return HtmlExtraction(article, lead_in_body)


def _low_confidence(body: Body, text: str, settings: HtmlSettings) -> bool:
    """Short, link-dense or list-like bodies: probably a home or section page, not an article."""
    words = len(text.split())
    if words < settings.min_article_words:
        return True
    if body.chars and body.link_chars > settings.max_link_share * body.chars:
        return True
    paragraphs = [t for k, t in body.blocks if k == "paragraph"]
    if paragraphs and words < settings.list_like_below_words:
        long_ones = sum(1 for t in paragraphs if len(t.split()) >= settings.long_paragraph_words)
        if long_ones == 0:
            return True
    return False
