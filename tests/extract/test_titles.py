"""Headline without the site's name; separators that belong to the headline stay."""

from __future__ import annotations

import pytest

from sidebyside.extract.html.titles import clean_document_title, strip_site
from sidebyside.extract.sites import host_keys


@pytest.mark.parametrize(
    ("title", "sites", "host", "headline"),
    [
        ("Obama admits US gun laws are his 'biggest frustration' - BBC News", ["BBC News"], None,
         "Obama admits US gun laws are his 'biggest frustration'"),
        ("Just-released Minecraft exploit | Ars Technica", [], "arstechnica.com", "Just-released Minecraft exploit"),
        ("Lupita's Dress -- STOLEN!!! | TMZ.com", [], "www.tmz.com", "Lupita's Dress -- STOLEN!!!"),
        ("West Ham hrozí gigantům | Aktuálně.cz", [], "sport.aktualne.cz", "West Ham hrozí gigantům"),
        ("Silicon Exposed: Open Verilog flow for GreenPak4", ["Silicon Exposed"], None,
         "Open Verilog flow for GreenPak4"),
        ("The Guardian view on X — The Guardian", ["the Guardian"], None, "The Guardian view on X"),
        # Colons and dashes that are part of the headline are kept.
        ("Xbox One X review: A console that keeps up with gaming PCs", ["Engadget"], None,
         "Xbox One X review: A console that keeps up with gaming PCs"),
        ("Minecraft 1.8 - The Bountiful Update", ["Minecraft Update News"], None, "Minecraft 1.8 - The Bountiful Update"),
    ],
)
def test_strip_known_site(title, sites, host, headline):
    assert strip_site(title, sites, host_keys(host)).title == headline


def test_trailing_author_segment_is_dropped():
    result = strip_site("Whale strandings | Eleanor Ainge Roy | The Guardian", ["The Guardian"], [],
                        authors=["Eleanor Ainge Roy"])
    assert result.title == "Whale strandings"
    assert result.site == "The Guardian"


def test_document_title_uses_the_h1_to_find_the_headline():
    title = "Outside the web: standalone WebAssembly binaries using Emscripten · V8"
    result = clean_document_title(title, [], [], ["V8", "Outside the web: standalone WebAssembly binaries using Emscripten"])
    assert result.title == "Outside the web: standalone WebAssembly binaries using Emscripten"


def test_document_title_drops_dates_and_short_trailing_tags():
    title = "Tite diz que errou ao levar taça a Lula em 2012 - 21/12/2018 - Esporte | Folha"
    result = clean_document_title(title, [], [], [])
    assert result.title == "Tite diz que errou ao levar taça a Lula em 2012"
    assert result.site == "Folha"
    title = "Lorem ipsum dolor sit amet – My website"
    assert clean_document_title(title, [], [], []).title == "Lorem ipsum dolor sit amet"


def test_document_title_keeps_a_long_dash_tail_without_site_evidence():
    title = "Minecraft 1.8 - The Bountiful Update"
    assert clean_document_title(title, [], [], []).title == title
    # Two words after a dash, with no other evidence, read as the usual " - Site" suffix.
    assert clean_document_title("Hermitian matrix properties explained - Wiki Site", [], [], []).title == (
        "Hermitian matrix properties explained")


def test_host_keys():
    assert host_keys("www.arstechnica.co.uk") == ["arstechnica"]
    assert host_keys("edition.cnn.com") == ["cnn"]
    assert host_keys(None) == []


def _title_of(page: str) -> str | None:
    import lxml.html

    from sidebyside.extract.html.metadata import extract_metadata

    return extract_metadata(lxml.html.document_fromstring(page)).title


def test_without_metadata_the_visible_headline_wins_over_a_search_engine_title():
    page = ("<html><head><title>Delhi air pollution: the law behind the city's poor air - Example News</title>"
            "</head><body><nav><h2>Example News</h2></nav><article><h1>The law that's helping fuel Delhi's "
            "deadly air pollution</h1><p>New Delhi's air is among the worst in the world.</p></article></body></html>")
    assert _title_of(page) == "The law that's helping fuel Delhi's deadly air pollution"


def test_a_site_name_h1_is_not_the_headline():
    page = ("<html><head><title>Bridge reopens after two years | Harbour Gazette</title></head><body>"
            "<h1>Harbour Gazette</h1><div class='post'><h2 class='entry-title'>Bridge reopens after two years</h2>"
            "<p>The bridge reopened on Tuesday.</p></div></body></html>")
    assert _title_of(page) == "Bridge reopens after two years"


def test_an_unrelated_h1_leaves_the_title_alone():
    page = ("<html><head><title>Bridge reopens after two years - Harbour Gazette</title></head><body>"
            "<h1>Why don't you go fight for the reindeer?</h1><h2 class='headline'>Bridge reopens after two years"
            "</h2><p>The bridge reopened on Tuesday.</p></body></html>")
    assert _title_of(page) == "Bridge reopens after two years"


def test_stated_headline_metadata_stays_first():
    page = ("<html><head><title>Bridge reopens | Harbour Gazette</title><meta property='og:title' "
            "content='Bridge reopens'></head><body><h1>Bridge reopens after two years of repairs</h1></body></html>")
    assert _title_of(page) == "Bridge reopens"


def test_a_headline_block_named_in_another_language():
    page = ("<html><head><title>Atendimento registra arrombamento em veículos</title></head><body>"
            "<p class='titulo'>Atendimento Domiciliar registra arrombamento em veículos</p>"
            "<small><b>05/10/2018</b> - Publicado por: Clarissa Borba</small><p>A equipe do Serviço de Atendimento "
            "Domiciliar registrou nesta manhã o arrombamento de dois dos cinco automóveis da unidade, e a "
            "polícia foi até o local para verificar o que aconteceu com os veículos.</p></body></html>")
    import lxml.html

    from sidebyside.extract.html.metadata import extract_metadata

    meta = extract_metadata(lxml.html.document_fromstring(page))
    assert meta.title == "Atendimento Domiciliar registra arrombamento em veículos"
    assert meta.language == "pt"
    assert meta.published == "2018-10-05"  # a Portuguese page writes the day first


def test_a_one_word_headline_the_title_confirms_is_not_replaced_by_a_section_heading():
    page = ("<html><head><title>Mozilla - Wikipedia</title></head><body><h1 id='firstHeading'>Mozilla</h1>"
            "<p>Mozilla is a free software community founded in 1998.</p><h2><span class='mw-headline'>"
            "Mozilla VR</span></h2><p>Mozilla VR was a team focused on virtual reality.</p></body></html>")
    assert _title_of(page) == "Mozilla"
