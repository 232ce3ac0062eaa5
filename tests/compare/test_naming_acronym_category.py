"""A label contrast between an acronym and the name it spells is an acronym difference, whichever
side spells the name out; a name spelt two ways is a spelling difference."""

from __future__ import annotations

from .helpers import naming_contrasts


def test_the_spelt_out_name_one_side_adds_to_an_acronym_both_use_is_an_acronym_difference():
    found = naming_contrasts("The UN sent aid to Gaza on Monday. The UN said more would come.",
                             "The United Nations sent aid to Gaza on Monday. The UN said more would come.")
    assert found["United Nations"].category == "alias or acronym"
    found = naming_contrasts("The UN sent aid to Gaza on Monday.", "The United Nations sent aid to Gaza on Monday.")
    assert found["United Nations"].category == "alias or acronym"
    # negative: one person's name spelt two ways stays a spelling difference
    found = naming_contrasts("Karim Hadad spoke on Monday.", "Karim Haddad spoke on Monday.")
    assert found["Karim Haddad"].category == "spelling"
