"""Only-in lists read on real pairs: a wire story's credit line listed its reporters as people
the other outlet "leaves out", a president whose name two outlets transliterate differently
was "only in" one, and a body named long and short was two omissions."""

from __future__ import annotations

from sidebyside.compare.only_in import credit_spans

from .helpers import only_in_names

STORY = "Senators met Maria Okafor in Lagos on Tuesday to discuss the port deal."


# ------------------------------------------------------------------ credit lines


def test_the_reporters_of_a_credit_line_are_not_left_out_by_the_other():
    b = (STORY + "\n\nThe deal was signed in Abuja.\n\n"
         "Associated Press writers Thomas Whitcombe and Greta Lindholm contributed to this report.")
    a_only, b_only = only_in_names(STORY, b)
    assert "Abuja" in b_only, "premise: a place only B names is listed"
    assert not b_only & {"Thomas Whitcombe", "Greta Lindholm", "Associated Press"}


def test_a_reuters_credit_line_opening_its_bracket():
    b = STORY + " The deal was signed in Abuja. (Reporting by Thomas Whitcombe; Editing by Greta Lindholm)"
    assert [b[s:e] for s, e in credit_spans(b)][0] == "(Reporting by Thomas Whitcombe; Editing by Greta Lindholm)"
    assert not only_in_names(STORY, b)[1] & {"Thomas Whitcombe", "Greta Lindholm"}


def test_a_person_named_in_the_story_and_in_a_reporting_citation_stays():
    """Negatives: 'according to reporting by' cites a source, no credit line; a person the story
    names outside the credit line is still listed."""
    b = (STORY + " Thomas Whitcombe, a port engineer, objected, according to reporting by the Lagos Ledger.\n\n"
         "Greta Lindholm contributed reporting.")
    assert credit_spans(b) and all("port engineer" not in b[s:e] for s, e in credit_spans(b))
    b_only = only_in_names(STORY, b)[1]
    assert "Thomas Whitcombe" in b_only and "Greta Lindholm" not in b_only


# ------------------------------------------------------------------ one name, two transliterations


def test_a_slavic_ending_spelt_two_ways_is_one_person():
    a = "Senators spoke to President Volodymyr Zelenskiy on Tuesday. Zelenskiy thanked them."
    b = "In a statement, President Zelenskyy thanked the senators on Tuesday."
    a_only, b_only = only_in_names(a, b)
    assert not any("Zelensk" in name for name in a_only | b_only)


def test_two_surnames_a_letter_apart_stay_two_people():
    """Negative: Johnson is not Johnston; only the Slavic ending is written two ways."""
    a_only, b_only = only_in_names("Senators met Paul Johnston on Tuesday.", "Senators met Mark Johnson on Tuesday.")
    assert a_only == {"Paul Johnston"} and b_only == {"Mark Johnson"}
    # nor is one Slavic name another: the ending only, not the stem
    a_only, b_only = only_in_names("Senators met Anna Kowalska on Tuesday.", "Senators met Piotr Kowalsky on Tuesday.")
    assert a_only == {"Anna Kowalska"} and b_only == {"Piotr Kowalsky"}


# ------------------------------------------------------------------ a body named long and short


def test_a_body_named_long_and_short_is_one_omission():
    a = ("Maria Okafor told the UN Security Council on Tuesday that the port was safe. "
         "The Security Council will meet again in May.")
    b = "Maria Okafor said on Tuesday that the port was safe."
    [a_only, _] = only_in_names(a, b)
    assert "UN Security Council" in a_only and "Security Council" not in a_only


def test_a_longer_name_that_adds_no_place_or_body_is_another_body():
    """Negative: the Fundamentalist Church of Jesus Christ of Latter-day Saints split from the
    Church of Jesus Christ of Latter-day Saints: two churches, both listed."""
    a = ("Maria Okafor left the Fundamentalist Church of Jesus Christ of Latter-day Saints in May. "
         "She joined the Church of Jesus Christ of Latter-day Saints on Tuesday.")
    b = "Maria Okafor moved on Tuesday."
    [a_only, _] = only_in_names(a, b)
    assert {"Fundamentalist Church of Jesus Christ of Latter-day Saints",
            "Church of Jesus Christ of Latter-day Saints"} <= a_only


def test_a_one_word_name_is_not_folded_into_a_longer_body():
    """Negative: "Anchorage" the city is not the "Anchorage Daily News"."""
    a = "Maria Okafor flew to Anchorage on Tuesday, the Anchorage Daily News reported."
    b = "Maria Okafor travelled on Tuesday."
    [a_only, _] = only_in_names(a, b)
    assert {"Anchorage", "Anchorage Daily News"} <= a_only
