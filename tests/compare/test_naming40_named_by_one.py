"""A person one outlet names and the other only calls by a role ("Chief executive Mara Lind",
"Lind" / "the chief executive") is "named by one", even when the role is the same: the second
outlet never gives the name, which a teacher points out first. A name against its short form
("Maurice Cheeks" / "Cheeks") stays a short form."""

from __future__ import annotations

from .helpers import naming_contrasts


def test_a_name_against_the_same_role_alone_is_named_by_one():
    found = naming_contrasts(
        "Halden Appliances recalled 40,000 heaters on Monday. Chief executive Mara Lind said the switch was "
        "faulty. Lind apologised to customers.",
        "Halden Appliances recalled 40,000 heaters on Monday. The chief executive said the switch was faulty.",
    )
    assert found["Mara Lind"].category == "named by one"


def test_a_mayor_named_against_the_mayor_is_named_by_one():
    found = naming_contrasts("Mayor Ilse Brandt opened the bridge on Monday. Brandt thanked the builders.",
                             "The mayor opened the bridge on Monday. She thanked the builders.")
    assert found["Ilse Brandt"].category == "named by one"


def test_a_full_name_against_its_surname_stays_a_short_form():
    found = naming_contrasts("Maurice Cheeks was fired on Monday. Cheeks had led the team for two years.",
                             "The team fired Cheeks on Monday. Cheeks had led it for two years.")
    [contrast] = found.values()
    assert contrast.category == "short form"
