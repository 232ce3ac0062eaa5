"""Small hand-written pages for the HTML extractor tests: a real-looking article shell into
which each test drops one kind of furniture, caption or block."""

from __future__ import annotations

from sidebyside.extract.html import extract_html
from sidebyside.model import Article, Capture, Source

PARAGRAPHS = [
    "The city council voted on Tuesday to approve a new budget for the harbour district, ending "
    "months of negotiation between the mayor's office and the port authority over who pays for repairs.",
    "Under the agreement, the port authority will cover two thirds of the cost of rebuilding the "
    "northern quay, while the city takes on the southern breakwater and the access roads around it.",
    "Residents who spoke at the meeting were divided, with some welcoming the investment and others "
    "warning that the construction work would close the fish market for most of next summer.",
    "The mayor said the plan would protect jobs in the district for a generation, and promised that "
    "traders would be offered temporary stalls in the old customs hall while the work goes on.",
    "Opposition members questioned the cost estimates, noting that a similar project on the eastern "
    "shore had run forty percent over budget and finished nearly two years behind schedule.",
    "The first contracts are expected to be signed in the spring, and the council will publish a "
    "detailed timetable for each phase of the work before the end of the year, officials said.",
]


def page(body_inner: str, head: str = "", title: str = "Council approves harbour budget") -> str:
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{title}</title>{head}</head><body>"
        "<header class=\"site-header\"><nav class=\"main-nav\"><ul>"
        "<li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
        "<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
        f"<main><article><h1>{title}</h1>{body_inner}</article></main>"
        "<footer class=\"site-footer\"><p>Copyright 2024 Harbour Gazette. All rights reserved. "
        "Contact us at the newsroom about corrections and complaints.</p></footer>"
        "</body></html>"
    )


def paras(indices=range(len(PARAGRAPHS))) -> str:
    return "".join(f"<p>{PARAGRAPHS[i]}</p>" for i in indices)


def extract(html: str, url: str | None = "https://example.org/news/harbour-budget") -> Article:
    return extract_html(Capture(Source(path="page.html", format="html", url=url), html))
