"""The line classifier's metadata reading (is_meta, byline_names) takes the settings it is
called with: a changed ``word_name_surname_zipf`` (how rare a surname after a given name that is
also a word must be: "Will Harris", not "Will Power") reaches the name beside a button and the
Italian "Di" byline. Invented names."""

from __future__ import annotations

import dataclasses

import pytest

from sidebyside.extract.text.kinds import META
from sidebyside.extract.byline_lines import byline_names
from sidebyside.extract.text.rules import classify
from sidebyside.settings import DEFAULT

STRICT = dataclasses.replace(DEFAULT.extract.text, word_name_surname_zipf=1.0)  # no surname that rare


@pytest.mark.parametrize("line", ["Will Harris · Follow", "Di Will Harris"])
def test_the_surname_rarity_reaches_the_metadata_reading(line):
    assert classify(line, DEFAULT.extract.text) == META
    assert classify(line, STRICT) != META  # "Will Harris" no longer reads as a person's name


def test_byline_names_reads_its_settings():
    assert byline_names("Di Will Harris") == ["Will Harris"]
    assert byline_names("Di Will Harris", STRICT) == []


def test_a_name_beside_a_time_is_metadata_whatever_the_surname():
    # (a name beside a read time or an age needs no known person: the setting does not enter)
    assert classify("Will Harris · 8h", STRICT) == META
