"""One reading of a language tag's primary subtag (extract/language.primary_subtag) wherever the
comparison or the extractor asks which language a tag names: "pt-BR", "pt_BR" and "PT" alike."""

import lxml.html

from sidebyside.compare.attribution.foreign import text_language
from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.relatedness import _primary
from sidebyside.compare.text import article_time_words
from sidebyside.extract.html import _page_language
from sidebyside.extract.language import primary_subtag


def test_primary_subtag_reads_hyphen_and_underscore_tags():
    assert primary_subtag("pt-BR") == primary_subtag("pt_BR") == primary_subtag("PT") == "pt"
    assert primary_subtag(None) == primary_subtag("") == ""


def test_relatedness_language_of_an_underscore_tag():
    assert _primary("pt_BR") == _primary("pt-PT") == "pt"
    assert _primary(None) is None and _primary("") is None
    assert _primary("de-DE") != _primary("en-GB")


def test_article_time_words_of_an_underscore_tag_are_the_languages():
    assert article_time_words("de_DE") == article_time_words("de-DE")
    assert "montag" in article_time_words("de_DE")
    assert "montag" not in article_time_words("en_GB")


def test_page_language_of_html_lang():
    page = lxml.html.fromstring('<html lang="en_GB"><body><p>x</p></body></html>')
    assert _page_language(page) == "en"
    assert _page_language(lxml.html.fromstring('<html lang="x-klingon-1"><body></body></html>')) is None


def test_declared_language_of_the_speakers_text():
    assert text_language("Er sagte es.", "de_AT") == "de"
    assert text_language("He said so.", "en-US") == "en"


def test_loaded_terms_score_only_an_english_tag():
    text = "The regime's thugs stormed the square."
    assert find_loaded_terms(text, language="en_US") == find_loaded_terms(text, language="en-US")
