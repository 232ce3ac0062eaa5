"""A label the lists spell as a name ("Never Trumpers", "Democrat Party"), found as a whole
name span, is the writer's label; a listed word inside a longer name stays part of the name."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def _shown(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = find_loaded_terms(text, names=[(start, start + len(name))], scored=False)
    return [text[t.start : t.end] for t in found]


def test_a_label_spelt_as_a_name_is_found_when_it_is_the_whole_name():
    text = "But the party's Never Trumpers are not decent people, the column said."
    assert _shown(text, "Never Trumpers") == ["Never Trumpers"]
    text = "The leader of the Democrat Party spoke on Monday."
    assert _shown(text, "Democrat Party") == ["Democrat Party"]


def test_a_listed_label_inside_a_longer_name_is_part_of_the_name():
    text = "A spokesman for the Democrat Party Caucus of Ohio spoke on Monday."
    assert _shown(text, "Democrat Party Caucus of Ohio") == []


def test_a_lower_case_entry_matching_a_title_is_not_shown_as_a_name():
    # "white fragility" is listed in lower case: the capitalised book title is a name
    text = "Trainers held up copies of White Fragility at the meeting on Monday."
    assert _shown(text, "White Fragility") == []
