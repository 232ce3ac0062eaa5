"""Company nouns ("the company", "the lender") come from the lexicon like every term list: the shipped
terms/sources.json, and a user's terms file may add one. A name the next sentence takes up with one
of them is cited as an institution; taken up by "he", it stays a person."""

from __future__ import annotations

import json

from sidebyside.compare.termdata import lexicon

from .test_sources import sources_of


def test_the_shipped_company_nouns_are_in_the_lexicon():
    nouns = lexicon().company_nouns
    assert {"company", "bank", "lender", "retailer"} <= nouns
    assert "minister" not in nouns and "spokesman" not in nouns


def test_a_name_taken_up_by_a_company_noun_is_an_institution():
    found = sources_of("Korvanta said the plant would reopen in May. The lender added that jobs were safe.")
    assert found["Korvanta"].kind == "institution"


def test_a_name_taken_up_by_a_person_is_no_business():
    found = sources_of("Korvanta said the plant would reopen in May. He added that the lender was wrong.")
    assert found["Korvanta"].kind == "person"


def test_a_users_terms_file_adds_a_company_noun(tmp_path, monkeypatch):
    text = "Korvanta said the plant would reopen in May. The cooperative added that jobs were safe."
    assert sources_of(text)["Korvanta"].kind == "person"  # "cooperative" is not a shipped company noun
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.json").write_text(json.dumps({"company_nouns": ["cooperative"]}))
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    assert "cooperative" in lexicon().company_nouns and "company" in lexicon().company_nouns
    assert sources_of(text)["Korvanta"].kind == "institution"
