"""A common given name before a natural feature's word ("Michael Bay") names a person when a
title stands before it or a speech verb after it; with neither it stays the place it can also be
("the Jordan Valley"), and a feature's name without a given name is a place ("Montego Bay")."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.extract import extract_path

A = """Film festival opens by the sea

Michael Bay said the film "was never finished" and would not be released this year, speaking at the festival's opening on Friday.

Director Michael Bay later spoke to reporters on the terrace of the hotel above Montego Bay.

Farmers in the Jordan Valley were not at the festival, which drew thousands of visitors to the coast.
"""

B = """Festival week

The festival opened on Friday with a gala on the beach and a concert in the old harbour.

Tickets for the closing night sold out within an hour, the organisers said.
"""


def _only_in_a(tmp_path) -> dict[str, str]:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    framing = compare(extract_path(str(a)), extract_path(str(b))).framing
    return {o.entity: o.kind for o in framing.only_in[0]}


def test_a_given_name_and_a_feature_with_a_person_cue_is_a_person(tmp_path):
    assert _only_in_a(tmp_path).get("Michael Bay") == "person"


def test_a_feature_named_without_a_given_name_or_a_cue_stays_a_place(tmp_path):
    kinds = _only_in_a(tmp_path)
    assert kinds.get("Montego Bay") == "place"
    assert kinds.get("Jordan Valley") == "place"
