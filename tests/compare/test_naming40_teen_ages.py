"""A description whose word tells an age span ("a teenage boy", "the teenager": 13 to 19) is the
one person named with a stated age in that span ("Niko Varga, 15"), in its own article or, when
its article states no such age, in the other. Never two: with two teenagers named, or a second
teen described, the reader cannot tell which one is meant; never an adult ("Niko Varga, 45")."""

from __future__ import annotations

from .helpers import assert_apart, assert_joined, compared_labels

_SHOT = "Police shot a teenager in Corran on Saturday night. Niko Varga, {age}, died in hospital. Riots followed."


def test_a_teenager_is_the_one_person_named_with_a_teens_age():
    assert_joined(_SHOT.format(age=15), "a teenager", "Niko Varga")


def test_a_teenager_is_no_adult_named_with_an_age():
    assert_apart(_SHOT.format(age=45), "a teenager", ("Niko Varga",))


def test_two_teenagers_named_leave_the_description_alone():
    assert_apart("Police shot a teenager in Corran on Saturday night. Niko Varga, 15, died in hospital. "
                 "His friend Tomas Brill, 16, was hurt.", "a teenager", ("Niko Varga", "Tomas Brill"))


def test_a_teenage_boy_here_is_the_teen_the_other_article_names_with_his_age():
    found = compared_labels(
        "Riots spread across Norland after the police shooting of a teenage boy in Corran. Niko Varga was "
        "buried on Tuesday.",
        "Niko Varga, 15, was shot by police in Corran on Saturday. Riots spread across Norland.",
    )
    assert any({"a teenage boy", "Niko Varga"} <= labels for labels in found)


def test_a_teenage_girl_is_not_the_boy_the_other_article_names():
    found = compared_labels(
        "Riots spread across Norland after the police shooting of a teenage girl in Corran. Niko Varga was "
        "buried on Tuesday.",
        "Peter Varga, 15, was shot by police in Corran on Saturday. Riots spread across Norland.",
    )
    assert not any("a teenage girl" in labels for labels in found)
