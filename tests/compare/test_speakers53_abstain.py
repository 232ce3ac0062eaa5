"""Rules that credited the wrong person, now giving no speaker where a second cue is missing; each
abstention (no speaker) has its positive twin (the cue is there: the speaker is given).
Hand-written paragraphs, every person invented."""

from __future__ import annotations

from .helpers import speaker_of

_Q, _E = "\u201c", "\u201d"


# -- two strong speech clauses in one sentence: the nearer, its own words already given ------------

def test_words_after_the_nearer_clause_has_had_its_own_quotation_credit_no_one():
    text = ("Giving the judgment of the court, Lady Justice Hartigan said the misdirection amounted to "
            f"{_Q}a serious irregularity{_E}: the trial judge had told the jury it could convict if Ms Vell "
            f"{_Q}ought to have known{_E} of the risk to the resident, and that her conduct had been "
            f"{_Q}truly exceptionally bad{_E} in every respect.")
    assert speaker_of(text, "a serious irregularity") == "Hartigan"
    assert speaker_of(text, "ought to have known") == "the trial judge"
    assert speaker_of(text, "truly exceptionally bad") is None


def test_words_of_the_nearer_clause_with_no_other_speaker_before_are_its_subjects():
    # one speaker in the sentence: her two quotations are both hers
    text = (f"At the first trial, the trial judge had told the jury it could convict if Ms Vell {_Q}ought to have known{_E} of "
            f"the risk to the resident, and that her conduct had been {_Q}truly exceptionally bad{_E} in every respect.")
    assert speaker_of(text, "truly exceptionally bad") == "the trial judge"


def test_words_right_after_the_nearer_clause_are_its_subjects():
    # the second clause's words follow its verb: no doubt whose they are
    text = (f"Lady Justice Hartigan said the misdirection amounted to {_Q}a serious irregularity{_E}: "
            f"Mr Oduya, the trial judge, had told the jury: {_Q}You may convict if she ought to have known.{_E}")
    assert speaker_of(text, "You may convict") == "Oduya"


# -- a speech verb after "without": words not said ------------------------------------------------

def test_words_after_without_saying_are_not_the_subjects():
    text = ("The minister spoke for an hour.\n\n"
            f"Tom Arlott left the chamber without explaining why the plan was {_Q}dead in the water{_E} by then.")
    assert speaker_of(text, "dead in the water") is None


def test_words_after_a_plain_explaining_are_the_subjects():
    text = ("The minister spoke for an hour.\n\n"
            f"Tom Arlott left the chamber, explaining that the plan was {_Q}dead in the water{_E} by then.")
    assert speaker_of(text, "dead in the water") == "Tom Arlott"


# -- an office written in capitals with no name: the description, never its last word ------------

def test_an_office_in_capitals_with_no_name_speaks_as_the_description():
    text = ("Talks resumed in Geneva on Monday.\n\n"
            f"The Foreign Secretary said the agreement was {_Q}a first step, not the last{_E}.")
    assert speaker_of(text, "a first step") == "The Foreign Secretary"


def test_an_office_in_capitals_held_by_someone_named_before_is_that_person():
    text = ("Foreign Secretary Anna Lisle arrived in Geneva on Monday.\n\n"
            f"The Foreign Secretary said the agreement was {_Q}a first step, not the last{_E}.")
    assert speaker_of(text, "a first step") == "Anna Lisle"
    # a name after the office's words is still the name
    text = f"The Foreign Secretary Anna Lisle said the agreement was {_Q}a first step, not the last{_E}."
    assert speaker_of(text, "a first step") == "Anna Lisle"
