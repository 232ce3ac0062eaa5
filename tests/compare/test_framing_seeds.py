"""The seed pair (Al Mayadeen vs The Moscow Times) against tests/data/seeds_expected.json.

Names are compared case-insensitively and accent-folded, as the contract allows; mention texts
must equal the expected phrase up to case.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.text import fold
from sidebyside.extract import extract_path
from sidebyside.resources import seed_pair_paths

EXPECTED = json.loads((Path(__file__).parents[1] / "data" / "seeds_expected.json").read_text())["comparison"]


@pytest.fixture(scope="module")
def seeds():
    a, b = (extract_path(p) for p in seed_pair_paths())
    return a, b, analyse_framing(a, b)


def names(items):
    return {fold(x) for x in items}


@pytest.mark.parametrize("expected", EXPECTED["label_contrasts"], ids=lambda e: e["entity"])
def test_label_contrast(seeds, expected):
    a, b, framing = seeds
    found = [
        c
        for c in framing.label_contrasts
        if fold(expected["a"]) in {fold(m.text) for m in c.a} and fold(expected["b"]) in {fold(m.text) for m in c.b}
    ]
    assert found, f"no contrast {expected['a']!r} vs {expected['b']!r}"
    contrast = found[0]
    for article, mentions in ((a, contrast.a), (b, contrast.b)):
        for mention in mentions:
            assert getattr(article, mention.field)[mention.start : mention.end] == mention.text
    # the contrast names what both phrases refer to: the person, or the thing's key words
    key_words = [w for w in fold(expected["entity"]).split() if len(w) > 4]
    assert any(w in fold(contrast.entity) for w in key_words), contrast.entity


def test_person_contrast_entities_are_canonical_names(seeds):
    _, _, framing = seeds
    entities = names(c.entity for c in framing.label_contrasts)
    assert {"bashar al-assad", "recep tayyip erdogan"} <= entities


@pytest.mark.parametrize("name", EXPECTED["shared_entities_include"])
def test_shared_entity(seeds, name):
    assert fold(name) in names(seeds[2].shared_entities)


@pytest.mark.parametrize("name", EXPECTED["only_in_a_include"])
def test_only_in_a(seeds, name):
    assert fold(name) in names(o.entity for o in seeds[2].only_in[0])


@pytest.mark.parametrize("name", EXPECTED["only_in_b_include"])
def test_only_in_b(seeds, name):
    assert fold(name) in names(o.entity for o in seeds[2].only_in[1])


def test_only_in_and_shared_are_disjoint(seeds):
    _, _, framing = seeds
    shared = names(framing.shared_entities)
    for side in (0, 1):
        assert not shared & names(o.entity for o in framing.only_in[side])


def test_a_referent_the_other_names_differently_is_not_only_in(seeds):
    # "the Turkish occupation" / "the presence of Turkish troops", "invasion of Ukraine" / "war in
    # Ukraine": label contrasts, so neither word is an omission of the other article
    a, b, framing = seeds
    contrasted = [{(m.start, m.end) for c in framing.label_contrasts for m in (c.a, c.b)[side]} for side in (0, 1)]
    for side in (0, 1):
        for o in framing.only_in[side]:
            for sp in o.spans:
                assert not any(s <= sp.start and sp.end <= e for s, e in contrasted[side]), (o.entity, sp)
    assert "occupation" not in names(o.entity for o in framing.only_in[0])
    assert "invasion" not in names(o.entity for o in framing.only_in[1])


@pytest.mark.parametrize("name", EXPECTED["sources_a_include"])
def test_sources_a(seeds, name):
    assert fold(name) in names(s.name for s in seeds[2].sources[0])


@pytest.mark.parametrize("name", EXPECTED["sources_b_include"])
def test_sources_b(seeds, name):
    assert fold(name) in names(s.name for s in seeds[2].sources[1])


def test_every_span_slices_its_article(seeds):
    a, b, framing = seeds
    for side, art in enumerate((a, b)):
        for src in framing.sources[side]:
            assert src.spans
            for span in src.spans:
                assert 0 <= span.start < span.end <= len(art.text)
        for only in framing.only_in[side]:
            for span in only.spans:
                assert 0 <= span.start < span.end <= len(art.text)
        for hit in framing.loaded_terms[side]:
            assert fold(art.text[hit.start : hit.end]).startswith(fold(hit.term.split()[0])[:4])


def test_distinctive_terms_reflect_each_story(seeds):
    _, _, framing = seeds
    terms_a = {t.term for t in framing.distinctive_terms[0][:15]}
    terms_b = {t.term for t in framing.distinctive_terms[1][:15]}
    assert "gas" in terms_a  # Al Mayadeen's gas-hub section
    assert "talks" in terms_b  # The Moscow Times' story is the talks in Moscow
    # Al Mayadeen names Assad too (once): a name both write is no choice of one outlet
    assert "assad" not in terms_b
    assert not terms_a & terms_b
    # Al Mayadeen's "rapprochement" is no word of its own: The Moscow Times' headline writes it
    # ("Putin Eyes Rapprochement Between Syria and Turkey …"), though its body never does
    assert "rapprochement" not in {t.term for t in framing.distinctive_terms[0]}


def test_loaded_terms_found(seeds):
    _, _, framing = seeds
    assert {"occupation", "illegally"} <= {t.term for t in framing.loaded_terms[0]}
    assert "invasion" in {t.term for t in framing.loaded_terms[1]}


def test_through_the_full_comparison_with_quotes(seeds):
    """compare() passes quotes: speakers merge into the same citations, and labels inside
    quotations are left out without losing the expected contrasts."""
    from sidebyside.compare import compare

    a, b, _ = seeds
    framing = compare(a, b).framing
    pairs = {(fold(m.text), fold(n.text)) for c in framing.label_contrasts for m in c.a for n in c.b}
    for expected in EXPECTED["label_contrasts"]:  # none of them is inside a quotation
        assert (fold(expected["a"]), fold(expected["b"])) in pairs
    for side, key in ((0, "sources_a_include"), (1, "sources_b_include")):
        found = [fold(s.name) for s in framing.sources[side]]
        assert len(found) == len(set(found)), found
        assert {fold(n) for n in EXPECTED[key]} <= set(found)
