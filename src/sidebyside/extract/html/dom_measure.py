"""Shared DOM vocabulary for the HTML extractor: which tags make blocks, and how much
(linked) text a subtree shows."""

from __future__ import annotations

import re
from itertools import islice

from sidebyside.extract.html import boilerplate as bp

HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
# Tags that start a new line of text when a browser renders them.
BLOCK_TAGS = frozenset((
    "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol",
    "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr",
    "figure", "figcaption", "hr", "form", "fieldset", "address", "details", "summary",
    "center", "caption", "body", "html", "hgroup", "legend", "option", "menu",
)) | HEADINGS

WS = re.compile(r"\s+")


# Invisible characters that break search and quote matching: soft hyphen, zero-width space,
# word joiner, BOM; a zero-width non-joiner only outside the scripts that spell with it.
INVISIBLE = re.compile(
    "[\u00ad\u200b\u2060\ufeff]|(?<![\u0600-\u06ff\u0900-\u0dff])\u200c|\u200c(?![\u0600-\u06ff\u0900-\u0dff])"
)


def squash(text: str) -> str:
    """Drop invisible characters, collapse whitespace runs to one space, strip."""
    if not text.isascii():  # every invisible character is outside ASCII
        text = INVISIBLE.sub("", text)
    return " ".join(text.split())


def _text_len(el) -> int:
    """Visible characters, not counting whitespace (markup indentation would swamp short texts)."""
    return sum(map(len, el.text_content().split()))


def _chars(text: str | None) -> int:
    return sum(map(len, text.split())) if text else 0


class Measure:
    """Memoised text length and linked-text length of subtrees.

    ``prime(root)`` fills the memo for a whole subtree in one bottom-up pass, so that asking
    about nested elements costs nothing (asking each of them separately would be quadratic).
    """

    def __init__(self, root=None) -> None:
        self._memo: dict = {}
        if root is not None:
            self.prime(root)

    def prime(self, root) -> None:
        memo = self._memo
        for el in reversed(list(root.iter())):
            total = _chars(el.text) if isinstance(el.tag, str) else 0
            link = 0
            for child in el:
                sub = memo.get(child)
                if sub is not None:
                    total += sub[0]
                    link += sub[1]
                total += _chars(child.tail)
            if el.tag == "a":
                link = total
            memo[el] = (total, min(link, total))

    def forget(self, el) -> None:
        """Account for el leaving the tree (its tail stays): its ancestors lose its text."""
        sub = self._memo.get(el)
        if sub is None:
            return
        for anc in islice(el.iterancestors(), 256):  # bounded: absurd nesting stays linear
            hit = self._memo.get(anc)
            if hit is not None:
                total = hit[0] - sub[0]
                self._memo[anc] = (total, min(max(hit[1] - sub[1], 0), total))

    def __call__(self, el) -> tuple[int, int]:
        hit = self._memo.get(el)
        if hit is None:
            total = _text_len(el)
            if el.tag == "a":
                link = total
            else:
                link = sum(_text_len(a) for a in el.iter("a"))
            hit = self._memo[el] = (total, min(link, total))
        return hit


def key(text: str | None) -> str:
    """Letters and digits only, lower-cased: for "is this the same text" comparisons."""
    return re.sub(r"\W+", "", (text or "").lower())


def is_standfirst(el) -> bool:
    """Named like a standfirst ("dek", "summary"...), the size of one, and not a link list."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if len(names) < 3 or not bp.STANDFIRST_HINT.search(names) or bp.STANDFIRST_NOT.search(names):
        return False
    text = squash(el.text_content())
    if not 40 <= len(text) <= 600:
        return False
    return sum(len(a.text_content()) for a in el.iter("a")) < 0.3 * len(text)




_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?)\]»”’])")


def caption_text(el) -> str:
    """A caption's text with its parts (caption, credit) kept apart: "...get it. Credit: X"."""
    return _SPACE_BEFORE_PUNCT.sub(r"\1", squash(" ".join(el.itertext())))
