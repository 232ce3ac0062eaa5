"""An article that opens on a definite description of a person, before any name ("The troubled
actress, who ..., had checked into a clinic ... Quill, 33, starred ..."), tells of the one person
its opening paragraphs go on to name: the description joins that person's chain. Never when two
people are named there, when the named one is given a role the description lacks (a police
chief for "the suspect"), is named in the description's own sentence, or has a given name of the
other gender."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

_OTHER = "Actress Mara Quill has checked into a clinic in Veldton, her agent said. Quill was seen there last week."


def test_the_opening_description_joins_the_one_person_named_after_it():
    found = naming_contrasts(
        _OTHER,
        "The troubled actress, who makes headlines for her wild nights, had checked into a clinic in "
        "Veldton, her agent confirmed.\n\nHe did not say what Quill was being treated for.\n\n"
        "Quill, 33, starred in two films.",
    )
    contrast = contrast_with(found, "The troubled actress", "b")
    assert contrast is not None
    assert "Quill" in labels(contrast, "b")
    assert labels(contrast, "a") == {"Actress Mara Quill", "Quill"}


def test_a_description_of_someone_the_named_official_speaks_of_stays_apart():
    found = naming_contrasts(
        "A man fled the scene in Veldton. Police chief Ed Marr said the suspect was armed.",
        "The suspect fled the scene in Veldton, police chief Ed Marr said.\n\n"
        "Marr said officers were searching. Marr asked for help.",
    )
    contrast = contrast_with(found, "Marr", "b")
    assert contrast is None or "The suspect" not in labels(contrast, "b")


def test_two_people_named_in_the_opening_leave_it_alone():
    found = naming_contrasts(
        _OTHER,
        "The troubled actress had checked into a clinic in Veldton.\n\n"
        "Quill, 33, and her co-star Dara Venn were seen there. Quill and Venn declined to comment.",
    )
    assert all("The troubled actress" not in labels(c, "b") for c in found.values())


def test_a_given_name_of_the_other_gender_leaves_it_alone():
    found = naming_contrasts(
        "Actor John Quill has checked into a clinic in Veldton, his agent said. Quill was seen there.",
        "The troubled actress had checked into a clinic in Veldton.\n\n"
        "John Quill was seen there on Monday. Quill declined to comment.",
    )
    assert all("The troubled actress" not in labels(c, "b") for c in found.values())
