"""Shapes speakers49 left (issue 12), on hand-written paragraphs with negatives: a body owned by a
capitalised possessive ("the Sheriff's Office") is no person "Office"; "Mrs X" after "Y X and his
wife, Z" is Z X; "Colin and Maureen Ashworth" are two Ashworths."""

from __future__ import annotations

from .helpers import sources_of, speaker_of

_Q, _E = "\u201c", "\u201d"


def test_an_office_a_capitalised_possessive_owns_is_a_body_not_a_person():
    text = ("A barn burned near Lowick on Tuesday. The fire started after midnight, according to the "
            "Sheriff's Office release.")
    found = sources_of(text)
    assert "Office" not in found
    assert found.get("the Sheriff's Office") == "institution"
    text = "Crews worked through the night. The Governor's Office said two people were hurt."
    assert sources_of(text) == {"The Governor's Office": "institution"}
    # a person's possessive before a word that names no body: the person is the source
    text = "A barn burned near Lowick on Tuesday. The fire started after midnight, according to Smith's statement."
    assert sources_of(text) == {"Smith": "person"}
    # the office in lower case stays the body it was
    text = f"Deputies searched the area on Monday. {_Q}We will find him,{_E} the sheriff's office said."
    assert speaker_of(text, "We will find him") == "the sheriff's office"


def test_mrs_with_the_surname_of_a_man_and_his_wife_is_the_wife():
    couple = "Gary Pellow and his wife, Janet, lost their home in the flood on Sunday. "
    text = couple + f"Mrs Pellow said the water came fast. {_Q}We had ten minutes to get out,{_E} she said."
    assert speaker_of(text, "We had ten minutes") == "Janet Pellow"
    # the husband by his title is still the husband
    text = couple + f"{_Q}We lost everything we owned,{_E} Mr Pellow said."
    assert speaker_of(text, "We lost everything") == "Gary Pellow"
    # a wife named in full keeps her own surname: no "Janet Pellow" is made up for her
    text = ("Gary Pellow and his wife, Janet Hale, lost their home in the flood on Sunday. "
            f"{_Q}We had ten minutes to get out,{_E} Mrs Pellow said.")
    assert speaker_of(text, "We had ten minutes") != "Janet Pellow"
    # a daughter is no spouse: she need not share the surname
    text = ("Gary Pellow and his daughter, Janet, lost their home in the flood on Sunday. "
            f"{_Q}We had ten minutes to get out,{_E} Ms Pellow said.")
    assert speaker_of(text, "We had ten minutes") != "Janet Pellow"


def test_a_given_name_joined_to_a_full_name_shares_its_surname():
    couple = "Colin and Maureen Ashworth have run the shop for forty years.\n\n"
    text = couple + f"{_Q}We never thought we would close,{_E} Mr Ashworth said."
    assert speaker_of(text, "We never thought") == "Colin Ashworth"
    text = couple + f"{_Q}We never thought we would close,{_E} Mrs Ashworth said."
    assert speaker_of(text, "We never thought") == "Maureen Ashworth"
    text = "Colin and Maureen Ashworth said on Monday they would rebuild the shop."
    assert sources_of(text) == {"Colin Ashworth": "person", "Maureen Ashworth": "person"}
    # a body's name after "and" gives no surname to anyone
    text = ("Colin and Harbour Holdings signed the lease on Monday.\n\n"
            f"{_Q}We never thought we would close,{_E} Mr Holdings said.")
    assert speaker_of(text, "We never thought") != "Colin Holdings"


def test_a_football_club_named_with_fc_is_a_body_not_a_person():
    text = "Harbourside FC announced the signing of a new striker on Friday."
    assert sources_of(text) == {"Harbourside FC": "institution"}
    # a person's name is still a person's
    text = "Tom Hallam announced the signing of a new striker on Friday."
    assert sources_of(text) == {"Tom Hallam": "person"}
