"""A user term file whose object-valued field holds another JSON type is skipped whole, with the
field named (termdata._object, the one check of every such field); a well-shaped one is merged."""

from __future__ import annotations

import json

import pytest

from sidebyside.compare.termdata import lexicon


def _lexicon_with(tmp_path, monkeypatch, data):
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "mine.json").write_text(json.dumps(data))
    monkeypatch.setenv("SIDEBYSIDE_DATA_DIR", str(tmp_path))
    return lexicon()


@pytest.mark.parametrize("field", ["title_synonyms", "event_aliases", "demonyms", "name_heads", "natural_features",
                                   "loaded_terms", "loaded_context"])
def test_a_field_that_is_no_object_skips_the_file(tmp_path, monkeypatch, field):
    lex = _lexicon_with(tmp_path, monkeypatch, {"places": ["Zembla Vale"], field: ["a", "b"]})
    assert "Zembla Vale" not in lex.places  # (validated before anything is merged)
    assert any(f"{field} must be an object" in w for w in lex.warnings)


def test_a_label_familys_variants_that_are_no_object_skip_the_file(tmp_path, monkeypatch):
    family = {"id": "x/y", "terms": ["strike"], "variants": ["walkout"]}
    lex = _lexicon_with(tmp_path, monkeypatch, {"label_families": [family]})
    assert any("variants must be an object" in w for w in lex.warnings)


def test_object_fields_of_the_right_shape_are_merged(tmp_path, monkeypatch):
    lex = _lexicon_with(tmp_path, monkeypatch, {"demonyms": {"Zemblan": "Zembla"},
                                                "event_aliases": {"Zembla Walkout": "strike"}})
    assert not lex.warnings
    assert lex.demonyms["Zemblan"] == "Zembla"
    assert lex.event_aliases["zembla walkout"] == "strike"
