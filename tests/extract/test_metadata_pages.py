"""extract_metadata on real pages from Mozilla Readability's test set (Apache-2.0, see
tests/data/metadata/LICENSE-readability.md), stored gzipped in tests/data/metadata/."""

from __future__ import annotations

import gzip
from pathlib import Path

import lxml.html
import pytest

from sidebyside.extract.html.metadata import extract_metadata

PAGES = Path(__file__).resolve().parent.parent / "data" / "metadata"


def page(name: str):
    html = gzip.decompress((PAGES / f"{name}.html.gz").read_bytes()).decode("utf-8")
    return extract_metadata(lxml.html.document_fromstring(html), None)


def test_folha_cdata_wrapped_reportage_jsonld():
    m = page("folha")
    assert m.title == "Tite diz que errou ao levar taça da Libertadores a Lula em 2012"
    assert m.authors == ["Bruno (Henrique Zecchin) Rodrigues"]
    assert m.outlet == "Folha de S.Paulo"
    assert m.published == "2018-12-21T12:55:00+00:00"
    assert m.language == "pt"
    assert m.lead == "Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente"
    assert "Folha de S.Paulo" not in m.tags and "libertadores" in m.tags


def test_aktualne_site_suffix_and_tagline():
    m = page("aktualne")
    assert m.title == "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout"
    assert m.outlet == "Aktuálně.cz"
    assert m.authors == ["Aleš Vávra"]
    assert m.published == "2021-11-01T10:52:50+01:00"
    assert m.language == "cs"


def test_v8_blog_headline_from_the_page_not_the_site_h1():
    m = page("v8-blog")
    assert m.title == "Outside the web: standalone WebAssembly binaries using Emscripten"
    assert m.published == "2019-11-21"
    assert m.authors == []
    assert m.tags == ["WebAssembly", "tooling"]


def test_iab_visible_byline_inside_a_page_with_a_sidebar():
    m = page("iab-1")
    assert m.title == "Getting LEAN with Digital Ad UX"
    assert m.authors == ["Scott Cunningham"]
    assert m.outlet == "IAB"
    assert m.published.startswith("2015-10-15")


@pytest.mark.parametrize(("name", "authors"), [
    ("lemonde-1", ["Martin Untersinger", "Damien Leloup", "Morgane Tual"]),
    ("heise", []),  # "Mac & i", the site's own magazine, credits no person (split_byline keeps it whole)
])
def test_byline_splitting_on_real_pages(name, authors):
    assert page(name).authors == authors


def test_lemonde_fields():
    m = page("lemonde-1")
    assert m.title == "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée"
    assert m.outlet == "Le Monde.fr"
    assert m.published == "2015-05-04T13:36:31+02:00"
    assert m.language == "fr"
