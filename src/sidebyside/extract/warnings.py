"""The warnings an extracted Article can carry, worded once for both extractor families.

Each is one line a reader understands; the app, the report and the CLI show them as they are.
"""

from __future__ import annotations

NO_DATE = "no publication date found"
NO_TITLE = "no title found"
LOW_CONFIDENCE = "low confidence: the page may not be an article"
PAYWALL = "the page shows only the start of the article (a paywall or sign-in prompt follows)"
DATE_AFTER_ARTICLE = "the publication date was read after the article, none standing above it: check it"
# the text family
BODY_GROWN = "unsure where a short article ends: kept the lines of words around it, a list or menu may remain"
BODY_WIDENED = "unsure where the article starts and ends: kept all the page's prose, menus and teasers may remain"
BODY_DOUBTFUL = ("unsure which part of the page is the article: the text shown may be a side column or miss "
                 "part of the story; open the HTML capture of the page to check")
BODY_INCOMPLETE = ("the article may be incomplete: most of the page's sentences are outside the text read; "
                   "kept the prose around it, open the HTML capture of the page to check")


def long_capture(lines: int, first: int, last: int) -> str:
    """A capture too long to read whole: which stretch was read."""
    return (f"a very long capture ({lines:,} lines): only lines {first:,}–{last:,}, "
            "the densest stretch of prose, were read")


# what the HTML parser was not given (html/markup_guard.py): each says what was left out
def large_page(max_chars: int) -> str:
    return f"a very large page: only its first {max_chars:,} characters were read"


def many_tags(max_tags: int) -> str:
    return f"a page of very many tags: only its first {max_tags:,} were read"


def long_attribute_values(emptied: int, max_chars: int) -> str:
    return f"{emptied:,} attribute value(s) longer than {max_chars:,} characters were left out"


def many_attributes(dropped: int, max_attributes: int) -> str:
    return f"{dropped:,} tag(s) with very many attributes: only the first {max_attributes:,} of each were read"
