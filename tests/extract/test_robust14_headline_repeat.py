"""A headline said twice: the body's first block repeating the headline (an <h1> inside the article
container, a "title" paragraph, the headline with a kicker) is dropped; a first paragraph that
merely starts with the headline's words is kept."""

from __future__ import annotations

import pytest

from sidebyside.extract.html import extract_html
from sidebyside.extract.html.dom_blocks import trim_edges
from sidebyside.extract.html.dom_measure import key
from sidebyside.model import Capture, Source

HEADLINE = "City says new bridge will open next spring"
PARAGRAPHS = [
    "Officials in the capital said on Tuesday that the new bridge would open to traffic next spring after "
    "years of delays and rising costs.",
    "The project, first proposed in 2009, has been criticised by residents who say the construction has "
    "disrupted the neighbourhood for too long.",
    "The mayor told reporters that the final inspection would take place in March, and that tolls would not "
    "be charged in the first year.",
    "Opposition councillors called for an independent audit of the budget, which has more than doubled since "
    "the work began.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
FIRST = PARAGRAPHS[0]


def _text(html: str) -> str:
    return extract_html(Capture(Source(path=None, format="html"), html)).text


def _page(head: str, before_article: str, first_blocks: str) -> str:
    return (f"<html><head>{head}</head><body>{before_article}<article>{first_blocks}{BODY}</article>"
            "</body></html>")


SEO_HEAD = '<meta property="og:title" content="Bridge opening date: what we know | News"><title>x</title>'
PLAIN_HEAD = f"<title>{HEADLINE} - Daily Example</title>"

REPEATS = {
    "h1 in the container, under an SEO title": (SEO_HEAD, "", f"<h1>{HEADLINE}</h1>"),
    "a paragraph repeating the visible h1, under an SEO title":
        (SEO_HEAD, f"<h1>{HEADLINE}</h1>", f"<p>{HEADLINE}</p>"),
    "a title paragraph": (PLAIN_HEAD, f"<h1>{HEADLINE}</h1>", f'<p class="title">{HEADLINE}</p>'),
    "a kicker before the headline": (PLAIN_HEAD, f"<h1>{HEADLINE}</h1>", f"<p>EXCLUSIVE: {HEADLINE}</p>"),
    "a kicker after the headline": (PLAIN_HEAD, f"<h1>{HEADLINE}</h1>", f"<p>{HEADLINE} | Video</p>"),
    "a dashed kicker": (PLAIN_HEAD, f"<h1>{HEADLINE}</h1>", f"<p>Watch — {HEADLINE.upper()}</p>"),
}


@pytest.mark.parametrize("case", sorted(REPEATS))
def test_a_repeated_headline_is_not_the_first_line_of_the_body(case):
    text = _text(_page(*REPEATS[case]))
    assert text.startswith(FIRST), text[:200]
    assert HEADLINE.lower() not in text.lower()


KEPT = {
    "starts with the headline's words and goes on":
        f"{HEADLINE}, officials said on Tuesday after a long meeting with residents.",
    "the headline then a colon and a sentence":
        f"{HEADLINE}: that was the message from officials on Tuesday, after years of delays.",
    "a sentence that contains the headline": f"Residents were told that the {HEADLINE.lower()}.",
}


@pytest.mark.parametrize("case", sorted(KEPT))
def test_a_first_paragraph_that_merely_starts_like_the_headline_is_kept(case):
    text = _text(_page(PLAIN_HEAD, f"<h1>{HEADLINE}</h1>", f"<p>{KEPT[case]}</p>"))
    assert text.startswith(KEPT[case]), text[:200]


def test_short_labels_are_not_taken_for_a_headline():
    blocks = [("paragraph", "Opinion | Video", 0), ("paragraph", FIRST, 0)]
    assert trim_edges(blocks, key("Opinion")) == blocks
