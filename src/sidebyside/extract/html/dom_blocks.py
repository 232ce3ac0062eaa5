"""Walk chosen subtrees of a page in document order and emit (kind, text) blocks.

Headings, list items and blockquotes keep their kind; captions and credits are diverted;
link-dense containers (teaser and tag lists), inline hover cards and the headline are
skipped; <br><br> splits a paragraph; table cells of a row read as one line. Afterwards,
furniture lines, short link lines, appeals and edge datelines are filtered out.
"""

from __future__ import annotations

import re

from sidebyside.extract.html import boilerplate as bp
from sidebyside.extract.html.dom_measure import BLOCK_TAGS, HEADINGS, Measure, caption_text, is_standfirst, key, squash
from sidebyside.settings import DEFAULT, HtmlSettings

# Containers whose text is judged as a whole (a list of links is dropped as one).
LINK_LIST_CONTAINERS = frozenset((
    "div", "section", "ul", "ol", "dl", "table", "header", "nav", "aside", "footer", "form",
    "article", "center", "details", "menu",
))
ITALIC_TAGS = frozenset(("em", "i", "small", "cite"))
MAX_DEPTH = 220  # deeper than any real page: flatten the rest instead of recursing


class BlockWalker:
    """Walks chosen subtrees in document order and emits (kind, text) blocks and captions."""

    def __init__(self, measure: Measure, title_key: str | None, settings: HtmlSettings = DEFAULT.extract.html):
        self.measure = measure
        self.settings = settings
        self.title_key = title_key
        self.blocks: list[tuple[str, str, int]] = []
        self.captions: list[str] = []
        # for each caption, how many text blocks came before it: captions with no text between
        # them are one run (a gallery)
        self.caption_runs: list[int] = []
        self.run: list[str] = []
        self.run_link = 0
        self.link_depth = 0
        self.stack: list[str] = []
        self.pending_br = 0
        self.standfirst: str | None = None
        self.italic_depth = 0
        self.run_italic = 0
        self.after_image = False  # an image came after the last block of text

    # ---------------------------------------------------------------- text runs
    def add(self, text: str | None) -> None:
        if text:
            if self.pending_br >= 2 and text.strip():
                self.flush()
            if text.strip():
                self.pending_br = 0
            self.run.append(text)
            if self.link_depth:
                self.run_link += len(text.strip())
            if self.italic_depth:
                self.run_italic += len(text.strip())

    def kind(self) -> str:
        quoted = "blockquote" in self.stack
        for tag in reversed(self.stack):
            if tag in HEADINGS:
                return "heading"
            if tag in ("li", "dd", "dt"):
                return "list_item"
            if tag in ("ul", "ol", "dl", "table", "section", "article", "main", "body"):
                break
        return "blockquote" if quoted else "paragraph"

    def flush(self) -> None:
        if self.run:
            text = squash("".join(self.run))
            if text:
                if self.after_image and self._italic_caption(text):
                    self.add_caption(text)  # an italic line under a picture is its caption
                elif len(text.split()) <= self.settings.credit_line_words and bp.CREDIT_LINE.search(text):
                    self.add_caption(text)  # "Photo: Jane Doe/Reuters" standing alone
                else:
                    self.blocks.append((self.kind(), text, min(self.run_link, len(text))))
                self.after_image = False
        self.run = []
        self.run_link = 0
        self.run_italic = 0
        self.pending_br = 0

    def add_caption(self, text: str) -> None:
        self.captions.append(text)
        self.caption_runs.append(len(self.blocks))

    def _italic_caption(self, text: str) -> bool:
        bare = sum(map(len, text.split()))
        return self.run_italic >= 0.9 * bare and len(text.split()) <= self.settings.italic_caption_words

    # ---------------------------------------------------------------- walking
    def walk(self, el, depth: int = 0) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if depth > MAX_DEPTH:  # pathological nesting: keep the text, drop the structure
            self.add(el.text_content())
            return
        if tag == "br":
            self.pending_br += 1
            self.run.append("\n")
            return
        if tag == "img":
            if self.pending_br >= 2:
                self.flush()
            if not "".join(self.run).strip():
                self.after_image = True
            return
        if tag in bp.CAPTION_TAGS or tag == "figure" or self._is_caption(el):
            self._caption(el)
            return
        if tag == "span" and len(el) and self.stack and self.stack[-1] == "p" and self._inline_card(el):
            return
        block = tag in BLOCK_TAGS
        if block:
            if tag in LINK_LIST_CONTAINERS and self._link_list(el):
                self.flush()
                if self.blocks and self.blocks[-1][0] == "heading":
                    self.blocks.pop()  # "Related stories" heading over the dropped list
                return
            if not self.blocks and self.standfirst is None and is_standfirst(el):
                self.standfirst = squash(el.text_content())
                return
            if tag == "h1":
                text = squash(el.text_content())
                if not self.title_key or key(text) == self.title_key or not self.blocks:
                    return
            self.flush()
            self.stack.append(tag)
        elif tag == "a":
            self.link_depth += 1
        elif tag in ITALIC_TAGS:
            self.italic_depth += 1
        elif tag in ("td", "th"):
            self.run.append(" ")  # cells of a row read as one line, words kept apart
        self.add(el.text)
        for child in el:
            self.walk(child, depth + 1)
            self.add(child.tail)
        if block:
            self.flush()
            self.stack.pop()
        elif tag == "a":
            self.link_depth -= 1
        elif tag in ITALIC_TAGS:
            self.italic_depth -= 1

    def _inline_card(self, el) -> bool:
        """A hover card or pop-up (picture plus several links) tucked inside running text.

        A card is nested markup without words of its own. A wrapper holding the linked name
        next to its card ("<a>Name</a><span>card</span>") is not the card: the name stays.
        """
        if not self._card_shape(el):
            return False
        has_name_link = any(c.tag == "a" and c.find(".//img") is None for c in el)
        return not (has_name_link and any(c.tag in ("span", "div") and self._card_shape(c) for c in el))

    def _card_shape(self, el) -> bool:
        if not len(el) or el.find(".//img") is None or self.measure(el)[0] > 600:
            return False
        if (el.text or "").strip() or any((c.tail or "").strip() for c in el):
            return False
        return sum(1 for _ in el.iter("a")) >= 2

    def _is_caption(self, el) -> bool:
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not names.strip() or not bp.CAPTION_HINT.search(names):
            return False
        return self.measure(el)[0] < 600

    def _caption(self, el) -> None:
        caps = [c for c in el.iter("figcaption")] if el.tag == "figure" else [el]
        if el.tag == "figure" and not caps:
            caps = [el]
        for cap in caps:
            text = caption_text(cap)
            if text and text not in self.captions:
                self.add_caption(text)

    def _link_list(self, el) -> bool:
        total, link = self.measure(el)
        if not total:
            return False
        if link > 0.5 * total:
            return True
        # a list of short linked items (teasers), even with a little unlinked text
        if el.tag in ("ul", "ol"):
            items = [li for li in el if li.tag == "li"]
            if len(items) >= 3:
                linked = 0
                for li in items:
                    total, link = self.measure(li)
                    if link and total < 120 and link >= 0.4 * total:
                        linked += 1
                if linked >= 0.7 * len(items):
                    return True
        return False


def keep_block(kind: str, text: str, link: int, settings: HtmlSettings = DEFAULT.extract.html,
               paywall_prompt: bool | None = None) -> bool:
    """``paywall_prompt``: whether the text is a paywall's prompt, when already searched for."""
    if bp.boilerplate_line(text):
        return False
    words = len(text.split())
    # a short mostly-linked line ("Read more: <headline>"); list items were judged as a list
    # (a sentence with a long inline link keeps more than a label's worth of its own words)
    unlinked = len(text) - link
    if (kind != "list_item" and link > settings.link_line_share * len(text) and words < settings.link_line_words
            and (unlinked < settings.link_line_own_chars or link > settings.link_line_all_share * len(text))):
        return False
    if words < settings.appeal_words and (bp.APPEAL.search(text) or (
            bp.PAYWALL_TEXT.search(text) is not None if paywall_prompt is None else paywall_prompt)):
        return False
    return True


def trim_edges(blocks: list, title_key: str, settings: HtmlSettings = DEFAULT.extract.html,
               headline_keys: tuple[str, ...] = ()) -> list:
    """Drop the headline repeated as a block, and short date/byline lines at either end.

    ``title_key`` is the headline found so far (its <title> form may add the site's name);
    ``headline_keys`` the visible headline's other wordings (an <h1> that differs from an SEO
    title): a block equal to one of them repeats the headline too.
    """
    headline_keys = tuple(k for k in headline_keys if len(k) >= _MIN_HEADLINE_KEY and k != title_key)
    if title_key or headline_keys:
        repeats = [len(b[1]) < 300 and (_same_title(key(b[1]), title_key) or key(b[1]) in headline_keys)
                   for b in blocks]
        blocks = [b for b, repeat in zip(blocks, repeats) if not repeat]
    if blocks and blocks[0][0] != "blockquote" and _headline_with_kicker(
            blocks[0][1], (title_key, *headline_keys), settings.kicker_max_words):
        blocks = blocks[1:]
    edge = settings.edge_blocks
    keep = []
    for i, block in enumerate(blocks):
        at_edge = i < edge or i >= len(blocks) - edge
        if at_edge and block[0] != "blockquote" and _dateline(block[1], settings.dateline_words):
            continue
        keep.append(block)
    return keep


def _dateline(text: str, max_words: int) -> bool:
    """A date/byline line ("Updated at 1:23 p.m.", "05/10/2018 - Posted by ..."), not a
    sentence that happens to start with a time ("Update, 12:40 GMT: The agency has ...")."""
    words = len(text.split())
    if words > max_words or not bp.DATE_LIKE.search(text):
        return False
    return words <= 6 or not text.rstrip().endswith((".", "!", "?", '"', "”", "»"))


_MIN_HEADLINE_KEY = 15  # letters: shorter "headlines" ("Home", "Opinion") are labels, not repeats


def _same_title(block_key: str, title_key: str) -> bool:
    """The block is the headline (the <title> often adds " - Site Name" after it)."""
    return bool(title_key) and len(block_key) >= _MIN_HEADLINE_KEY and (
        block_key == title_key or title_key.startswith(block_key))


# What sets a kicker off from the headline on one line: "EXCLUSIVE: ...", "... | Video", "WATCH — ...".
_KICKER_SEPARATOR = re.compile(r"\s*(?:[:|•·»›–—]|\s-\s|\n)\s*")


def _headline_with_kicker(text: str, headline_keys: tuple[str, ...], max_words: int) -> bool:
    """The line is the headline plus a short kicker set off by a separator ("Exclusive: <headline>",
    "<headline> | Video"). A paragraph that merely starts with the headline's words goes on as a
    sentence: the rest is longer than a kicker, or not set off at all."""
    if len(text) >= 300:
        return False
    pieces = [p for p in _KICKER_SEPARATOR.split(text.strip()) if p.strip()]
    if len(pieces) < 2:
        return False
    keys = [key(p) for p in pieces]
    for i, piece_key in enumerate(keys):
        if len(piece_key) >= _MIN_HEADLINE_KEY and piece_key in headline_keys:
            rest = [p for j, p in enumerate(pieces) if j != i]
            return sum(len(p.split()) for p in rest) <= max_words
    return False


