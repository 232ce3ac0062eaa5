"""Loaded terms: categories, whole words, case, multi-word terms, inflections, user lists."""

from __future__ import annotations

import json

import pytest

from sidebyside.compare.loaded import find_loaded_terms
from sidebyside.compare.termdata import lexicon


def hits(text):
    found = find_loaded_terms(text)
    for h in found:
        assert text[h.start : h.end]
    return [(text[h.start : h.end], h.term, h.category) for h in found]


def test_inflections_of_attribution_verbs():
    found = hits("He claimed it. She claims more. They were claiming. He Admitted it. She conceded.")
    assert [t for t, _, _ in found] == ["claimed", "claims", "claiming", "Admitted", "conceded"]
    assert {c for _, _, c in found} == {"attribution verb"}
    assert [term for _, term, _ in found] == ["claim", "claim", "claim", "admit", "concede"]


def test_whole_words_only():
    assert hits("The reclaimed land and the claimant's disclaimer.") == []
    assert hits("veryfine hugely") == []


def test_multi_word_terms_win_over_their_parts():
    found = hits("Moscow calls it a special military operation; critics call it an invasion.")
    assert ("special military operation", "special military operation", "contested label") in found
    assert ("invasion", "invasion", "contested label") in found
    assert not any(t == "operation" for t, _, _ in found)


def test_multi_word_terms_span_line_breaks_not():
    assert hits("a special military\n\noperation") == []


def test_categories_present():
    found = {c for _, _, c in hits("An unprecedented, brutal massacre; collateral damage, the regime claimed.")}
    assert {"intensifier", "emotive", "euphemism", "contested label", "attribution verb"} <= found


def test_user_terms_are_loaded_and_broken_files_skipped(tmp_path, monkeypatch, caplog):
    terms = tmp_path / "terms"
    terms.mkdir()
    (terms / "mine.json").write_text(json.dumps({"loaded_terms": {"emotive": ["bloodbath"], "jargon": ["synergy"]}}))
    (terms / "broken.json").write_text("{not json")
    (terms / "wrong.json").write_text(json.dumps({"loaded_terms": ["not", "a", "mapping"]}))
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    found = hits("A bloodbath and bloodbaths of synergy, the official claimed.")
    assert ("bloodbath", "bloodbath", "emotive") in found
    assert ("bloodbaths", "bloodbath", "emotive") in found
    assert ("synergy", "synergy", "jargon") in found
    assert ("claimed", "claim", "attribution verb") in found  # shipped terms still there
    assert len(lexicon().warnings) == 2


@pytest.mark.parametrize(
    "content",
    [
        "[]",
        "null",
        '{"label_families": [{"terms": []}]}',
        '{"label_families": [{"id": "x", "variants": {"a": "not a list"}}]}',
        '{"label_families": [{"id": "x", "terms": [7]}]}',
        '{"titles": "x"}',
        '{"place_names": [["Kyiv", 3]]}',
        '{"demonyms": ["x"]}',
    ],
)
def test_malformed_user_files_never_crash(tmp_path, monkeypatch, content):
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "bad.json").write_text(content)
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    assert hits("They claimed a massacre.")
    assert lexicon().warnings


def test_words_inside_names_are_not_the_outlets_labels():
    from sidebyside.compare.framing import analyse_framing
    from sidebyside.model import Article, Source

    text = "The Islamic Resistance Movement said the occupation must end."
    framing = analyse_framing(Article(Source(None, "text"), text=text), Article(Source(None, "text"), text="x"))
    assert [text[h.start : h.end] for h in framing.loaded_terms[0]] == ["occupation"]


def test_attribution_verbs_are_verbs_not_nouns():
    found = hits("Neither claim could be verified. The claims grew. Officials claim it is over.")
    assert [t for t, _, c in found if c == "attribution verb"] == ["claim"]
    assert found[-1][0] == "claim" and found[-1][2] == "attribution verb"


def test_an_adverb_of_seeing_before_a_word_of_seeing_is_literal_not_an_intensifier():
    found = [term for _text, term, _category in hits("The trucks were clearly marked, the claim clearly false.")]
    assert found.count("clearly") == 1  # "clearly false" insists; "clearly marked" describes
