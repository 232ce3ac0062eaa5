"""Natural features (gazetteer.json natural_features): a name may drop its feature's kind
("Gaza" for the Gaza Strip), never a settlement's ("Gaza" is not Gaza City). Hand-written text."""

from __future__ import annotations

from sidebyside.compare.framing import analyse_framing
from sidebyside.compare.termdata import lexicon

from .helpers import article


def _contrasts(text_a: str, text_b: str) -> dict:
    return {c.entity: c for c in analyse_framing(article(text_a), article(text_b)).label_contrasts}


def test_features_are_read_from_the_gazetteer_and_are_place_heads():
    lex = lexicon()
    assert {"strip", "lake", "desert", "sea"} <= lex.natural_features
    assert "city" not in lex.natural_features
    assert lex.natural_features <= lex.name_heads["place"]


def test_a_name_without_its_feature_kind_is_the_feature():
    c = _contrasts("Israeli strikes hit Gaza on Monday, and the Gaza Strip lost power.",
                   "Israeli strikes hit Gaza on Monday.")["Gaza Strip"]
    assert {m.text for m in c.a} == {"Gaza", "Gaza Strip"}


def test_a_name_without_city_is_not_the_city():
    found = _contrasts("Israeli strikes hit Gaza on Monday, and Gaza City lost power.",
                       "Israeli strikes hit Gaza on Monday.")
    assert not any({m.text for m in c.a} >= {"Gaza", "Gaza City"} for c in found.values())
