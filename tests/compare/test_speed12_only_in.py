"""Shorter names folded into the one longer person's name holding all their words: each fold's
mentions join that person's, in text order, whatever the number of names folded (the items
folded are looked up by their target, not found by a scan of every fold per item)."""

from __future__ import annotations

from sidebyside.compare.only_in import _fold_contained
from sidebyside.model import OnlyIn, Span


def _item(name: str, *starts: int, kind: str = "person") -> OnlyIn:
    return OnlyIn(name, tuple(Span(s, s + 5) for s in starts), kind)


def test_short_forms_fold_into_their_one_full_name_with_every_mention():
    items = [
        _item("James W. McCord Jr", 10, 400),
        _item("McCord Jr", 50, 300),
        _item("Gordon Liddy", 90),
        _item("G. Gordon Liddy", 20),
        _item("James W. McCord", 350, 30),
        _item("Anchorage", 5, kind="place"),
        _item("Anchorage Daily News", 70, kind="organisation"),
    ]
    out = {item.entity: [sp.start for sp in item.spans] for item in _fold_contained(items)}
    assert out == {
        "James W. McCord Jr": [10, 30, 50, 300, 350, 400],
        "G. Gordon Liddy": [20, 90],
        "Anchorage": [5],  # places and organisations are not folded
        "Anchorage Daily News": [70],
    }


def test_a_short_name_two_people_hold_stays_apart():
    items = [_item("Anna Lopez", 10), _item("Maria Lopez", 30), _item("Lopez", 50)]
    assert [item.entity for item in _fold_contained(items)] == ["Anna Lopez", "Maria Lopez", "Lopez"]
