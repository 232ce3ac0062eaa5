"""The PDF family hands the paragraphs it read to the text family: with the text family's settings
of the comparison's Settings, not the defaults (a user's text settings reach a PDF too)."""

from __future__ import annotations

import dataclasses

from pdf_bytes import pdf_of_drawn_letters

import sidebyside.extract.text as text_family
from sidebyside.capture import capture_bytes
from sidebyside.extract import extract
from sidebyside.settings import DEFAULT


def _with_text_settings(**changes):
    text = dataclasses.replace(DEFAULT.extract.text, **changes)
    return dataclasses.replace(DEFAULT, extract=dataclasses.replace(DEFAULT.extract, text=text))


def test_a_pdf_is_read_with_the_text_settings_it_is_given(monkeypatch):
    seen = []
    original = text_family.extract_text

    def recording(capture, settings=DEFAULT.extract.text):
        seen.append(settings)
        return original(capture, settings)

    monkeypatch.setattr(text_family, "extract_text", recording)
    settings = _with_text_settings(unwrap_narrow_filled_share=0.55)
    extract(capture_bytes(pdf_of_drawn_letters(40), path="small.pdf"), settings)
    assert seen == [settings.extract.text] and seen[0] != DEFAULT.extract.text


def test_without_settings_a_pdf_is_read_with_the_default_text_settings(monkeypatch):
    seen = []
    original = text_family.extract_text
    monkeypatch.setattr(text_family, "extract_text", lambda capture, settings: seen.append(settings) or original(capture, settings))
    extract(capture_bytes(pdf_of_drawn_letters(40), path="small.pdf"))
    assert seen == [DEFAULT.extract.text]
