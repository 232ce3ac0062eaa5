"""A body cited by its bare noun is the one body of that noun the article names: "…, police said"
and "Harlow police said" are one force, one row (reader30); two forces keep their rows. Examples
invented."""

from .helpers import sources_of


def test_police_and_the_named_force_are_one_source():
    found = sources_of("A portrait was stolen from the museum overnight on Sunday, police said.\n\n"
                       "Harlow police said they were studying security footage and had appealed for witnesses.")
    assert list(found) == ["Harlow police"]


def test_two_named_forces_keep_the_bare_one_apart():
    """Negative: with Harlow and Orlo police both named, "police" is neither."""
    found = sources_of("A portrait was stolen from the museum overnight on Sunday, police said.\n\n"
                       "Harlow police said they were studying security footage.\n\n"
                       "Orlo police said they had found the van.")
    assert set(found) == {"police", "Harlow police", "Orlo police"}
