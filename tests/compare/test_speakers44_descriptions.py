"""Descriptions whose referent the text names in its own words (issue 12, wrong credits over the
read and tune sets of session 23): a body named in an apposition past a relative clause, and a
role named later by the one who holds it ("its founder told her" ... "X, who founded"), never the
nearest name. Hand-written texts, each with a negative."""

from __future__ import annotations

from .helpers import speaker_of


# a body's name in an apposition, past a relative clause


def test_body_named_after_a_relative_clause():
    text = ("The bakery will close its plant in Dorrance.\n\nThe union that represents the plant's workers, "
            "the Bakery and Oven Workers Local 88, called the closing “a betrayal of a town that built this company.”")
    assert speaker_of(text, "betrayal") == "Bakery and Oven Workers Local 88"


def test_body_named_in_a_plain_apposition():
    text = "The union, the Harbour Dockers Union, said: “We will not move a single crate.”"
    assert speaker_of(text, "crate") == "the Harbour Dockers Union"


def test_a_person_in_the_apposition_is_no_body():
    text = "The union, Ann Lee, said: “We will not move a single crate.”"
    assert speaker_of(text, "crate") == "Ann Lee"


def test_a_relative_clause_alone_names_no_body():
    text = "The company, which is based in Ohio, said: “We will not move a single crate.”"
    assert speaker_of(text, "crate") == "The company"


# a role named later by its holder


def test_founder_named_later_by_a_relative_clause():
    text = ("A former treasurer of a youth football league testified on Wednesday that its founder told her to "
            "\"keep the books quiet\" as money went missing.\n\n"
            "Nora Vell, 58, spent the day on the stand in the fraud trial of Otto Brandl, 63, who founded the "
            "Riverside Hawks in 1998.")
    assert speaker_of(text, "keep the books") == "Otto Brandl"


def test_founder_named_later_by_a_descriptor():
    text = ("Its founder told staff to \"stay calm\" during the audit.\n\n"
            "The league's founder, Otto Brandl, denied the charges. Nora Vell said she had warned him.")
    assert speaker_of(text, "stay calm") == "Otto Brandl"


def test_the_next_name_is_not_the_founder():
    text = ("A former treasurer testified that its founder told her to \"keep the books quiet\".\n\n"
            "Nora Vell, 58, spent the day on the stand. Otto Brandl, 63, was arrested last year.")
    assert speaker_of(text, "keep the books") != "Otto Brandl"
    assert speaker_of(text, "keep the books") != "Nora Vell"


def test_two_founders_named_later_are_no_one():
    text = ("Its founder told staff to \"stay calm\" during the audit.\n\n"
            "Otto Brandl, who founded the Hawks, and Ida Marsh, who founded the Owls, both denied it.")
    assert speaker_of(text, "stay calm") not in ("Otto Brandl", "Ida Marsh")


# "the treasurer said": the one person named so before


def test_a_role_named_once_before_is_its_holder():
    text = ('Ann Lee, who chairs the board, and Tom Rell, its treasurer, met on Monday.\n\n'
            '"The accounts are clean," the treasurer said.')
    assert speaker_of(text, "accounts") == "Tom Rell"
    text = 'Tom Rell, a witness, spoke to police.\n\n"It was loud," the witness said.'
    assert speaker_of(text, "loud") == "Tom Rell"


def test_a_role_two_people_hold_is_no_one():
    text = 'Tom Rell, a witness, and Ann Lee, another witness, spoke.\n\n"It was loud," the witness said.'
    assert speaker_of(text, "loud") not in ("Tom Rell", "Ann Lee")


# "A spokesman said ... The spokesman, Ivo Brandt, declined": the text names the one it described


def test_an_unnamed_speaker_named_by_the_next_apposition():
    text = 'A spokesman for the ministry told reporters: "The talks are over." The spokesman, Ivo Brandt, declined to say more.'
    assert speaker_of(text, "talks") == "Ivo Brandt"
    text = 'A neighbour said: "It was loud."\n\nThe neighbour, Ann Lee, 54, called police.'
    assert speaker_of(text, "loud") == "Ann Lee"


def test_another_one_named_is_not_the_unnamed_speaker():
    text = ('A spokesman for the ministry told reporters: "The talks are over." Another spokesman, Ivo Brandt, '
            'declined to say more.')
    assert speaker_of(text, "talks") != "Ivo Brandt"
    text = 'A neighbour said: "It was loud."\n\nThe fire, Ann Lee said, started at noon.'
    assert speaker_of(text, "loud") != "Ann Lee"


# "The mother of a woman ..." and later "her mother, Ana Ruiz"


def test_a_relative_of_someone_unnamed_is_named_later():
    text = ("The mother of a student who died after a night out has described how her daughter was "
            "\"full of life\".\n\nLina Ortez, 19, was found on Sunday.\n\n"
            "\"She wanted to be a nurse,\" her mother, Ana Ortez, said in a statement.")
    assert speaker_of(text, "full of life") == "Ana Ortez"


def test_the_next_name_is_not_the_unnamed_relative():
    text = ("The mother of a student who died after a night out has described how her daughter was "
            "\"full of life\".\n\nAna Ortez, a teacher at the school, said classes would resume on Monday.")
    assert speaker_of(text, "full of life") != "Ana Ortez"


def test_two_mothers_named_later_are_no_one():
    text = ("The mother of a student who died has described how her daughter was \"full of life\".\n\n"
            "Lina Ortez's mother, Ana Ortez, and Tom Bell's mother, Eva Bell, spoke at the vigil.")
    assert speaker_of(text, "full of life") not in ("Ana Ortez", "Eva Bell")


def test_a_body_a_spokesman_speaks_for_is_not_the_spokesman():
    text = ('Colonel Ivo Brandt, a spokesman for the defence ministry, told reporters the road was open.\n\n'
            'The defence ministry later issued a statement:\n\n"The armed forces observe the truce."')
    assert speaker_of(text, "armed forces") != "Ivo Brandt"
