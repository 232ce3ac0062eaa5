"""Bodies, offices and places by their last word (reader34.md): "Northern Isles Ferries said" is
the company, whole, never a person "Isles Ferries"; "HM Coastguard" a body; "Our MSP, Jean Ross,
said" credits Jean Ross, never the office "MSP", so one quote both outlets credit to her is no
contrast of speakers; "the Hallan Skerry rocks" a place. A head that ends people's names too
("Branch": Michelle Branch) is no head: the singer stays a person."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.extract import extract_path

A = """Ferry hits rocks off Tarr

A ferry carrying 40 people ran aground on the Hallan Skerry rocks off the island of Tarr on Sunday, HM Coastguard said.

Northern Isles Ferries said the crew had "performed exactly as trained" and that nobody was hurt.

Local MSP Jean Ross said the grounding "shows the price islanders pay for old ships".

Singer Michelle Branch, who was on board, said the crossing had been "calm until the bang".
"""

B = """Island ferry hits rocks

The Tarr boat hit the reef last night with 40 islanders and visitors on board.

Our MSP, Jean Ross, said the grounding showed "the price islanders pay for old ships".

Islanders have been told for years that new boats are on the way.
"""


def _compare(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(A, encoding="utf-8")
    b.write_text(B, encoding="utf-8")
    return compare(extract_path(str(a)), extract_path(str(b)))


def _speakers(side) -> dict[str, str | None]:
    return {q.text: q.speaker for q in side}


def test_a_company_and_an_agency_are_bodies_named_whole(tmp_path):
    comparison = _compare(tmp_path)
    assert _speakers(comparison.quotes[0])["performed exactly as trained"] == "Northern Isles Ferries"
    kinds = {s.name: s.kind for s in comparison.framing.sources[0]}
    assert kinds.get("Northern Isles Ferries") == "institution" and kinds.get("HM Coastguard") == "institution"
    assert "Isles Ferries" not in kinds and "Coastguard" not in kinds


def test_an_office_in_capitals_before_a_name_is_no_speaker(tmp_path):
    comparison = _compare(tmp_path)
    assert _speakers(comparison.quotes[1])["the price islanders pay for old ships"] == "Jean Ross"
    assert all(s.name != "MSP" for s in comparison.framing.sources[1])
    (shared,) = comparison.shared_quotes
    assert shared.speaker_contrast is None


def test_a_place_by_its_head_and_a_person_whose_name_ends_like_a_body(tmp_path):
    comparison = _compare(tmp_path)
    only_a = {o.entity: o.kind for o in comparison.framing.only_in[0]}
    assert only_a.get("Hallan Skerry") == "place"
    assert _speakers(comparison.quotes[0])["calm until the bang"] == "Michelle Branch"
    assert {s.name: s.kind for s in comparison.framing.sources[0]}.get("Michelle Branch") == "person"
