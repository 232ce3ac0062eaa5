"""A body's name that holds "and" ("the U.S. Food and Drug Administration", "Surrey Fire and
Rescue Service") is one name: its second half alone ("Drug Administration") is no speaker.
Two names joined by "and" stay two ("Smith and Jones", "Big Machine and Dick Clark
Productions"). Hand-written paragraphs, negatives included."""

from __future__ import annotations

from tests.compare.helpers import speaker_of


def test_a_body_named_with_and_is_credited_whole():
    text = ('The drug was approved last year.\n\n"We are reviewing the reports," the U.S. Food and Drug '
            'Administration said in a statement on Tuesday.')
    assert speaker_of(text, "reviewing") == "the U.S. Food and Drug Administration"
    text = 'The plan was announced.\n\n"It will save money," the Department of Health and Human Services said.'
    assert speaker_of(text, "save money") == "the Department of Health and Human Services"


def test_the_second_half_of_a_body_named_with_and_is_never_the_speaker():
    # the person before the unclosed apposition speaks; the engine may miss her, never credit half a body
    text = ('The store burned.\n\nPeter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service '
            'says the building is "a total loss".')
    assert speaker_of(text, "total loss") in (None, "Peter Guest")
    text = ('The store burned.\n\nPeter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service, '
            'says the building is "a total loss".')
    assert speaker_of(text, "total loss") == "Peter Guest"


def test_two_names_joined_by_and_stay_two():
    text = 'The lawyers spoke.\n\n"We will appeal," Smith and Jones said on Monday.'
    assert speaker_of(text, "appeal") == "Smith and Jones"
    # a person's name before the body's head: two bodies, not one name
    text = ('The label was sold.\n\n"This is a great day for us," Big Machine and Dick Clark Productions said '
            'in a joint statement.')
    assert speaker_of(text, "great day") != "Big Machine and Dick Clark Productions"
    # a first name before "and" is a person's, not the start of a body's name
    text = 'The firm was sold.\n\n"We are proud," said Mary and Water Company.'
    assert speaker_of(text, "proud") != "Mary and Water Company"
