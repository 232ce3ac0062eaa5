"""A byline that names the kind of piece before its writer ("Ein Kommentar von", "Une analyse
de", "Un análisis de", "Un commento di"; cues.json byline_piece_prefixes) credits the writer in
both families (issue 13). Invented names."""

from __future__ import annotations

import lxml.html
import pytest

from fixtext21_story import HEADLINE, PARAS, article
from sidebyside.extract import cues
from sidebyside.extract.bylines import split_byline
from sidebyside.extract.html.bylines import visible_authors
from sidebyside.extract.byline_lines import byline_names


@pytest.mark.parametrize("line, name", [
    ("Ein Kommentar von Jana Pfeiffer", "Jana Pfeiffer"),
    ("Eine Analyse von Jana Pfeiffer", "Jana Pfeiffer"),
    ("Ein Gastbeitrag von Jana Pfeiffer", "Jana Pfeiffer"),
    ("Kommentar von Jana Pfeiffer", "Jana Pfeiffer"),
    ("Une analyse de Claire Fontaine", "Claire Fontaine"),
    ("Une tribune de Claire Fontaine", "Claire Fontaine"),
    ("Un análisis de Lucía Romero", "Lucía Romero"),
    ("Un commento di Marco Bellini", "Marco Bellini"),
])
def test_a_byline_naming_the_kind_of_piece_credits_its_writer_in_both_families(line, name):
    assert byline_names(line) == split_byline(line) == [name]
    assert article(f"{line}\n6. Dezember 2026, 14:05").authors == (name,)
    tree = lxml.html.document_fromstring(f"<html><body><h1>{HEADLINE}</h1><p>{line}</p><p>{PARAS[0]}</p></body></html>")
    assert visible_authors(tree) == [name]


def test_a_piece_named_without_its_writer_credits_no_one():
    assert byline_names("Une analyse de la situation") == []
    assert byline_names("Un commento di oggi") == []
    # "de" alone opens no byline: a masthead's "Tribune de ..." names a place, no writer
    assert not cues.BYLINE.match("Tribune de Genève")
