"""One thing named at more or less length is shared, not only in one article; within one
article, its short form is folded into its long name."""

from __future__ import annotations

from .test_only_in import run


def test_a_longer_name_holding_all_the_words_of_the_other_is_the_same_thing():
    shared, only = run(
        "Gigante died at the U. S. Medical Center in Springfield, where he was serving his sentence.",
        "Gigante died at the U. S. Medical Center for Federal Prisoners in Springfield on Monday.",
    )
    assert not any("Medical Center" in name for name in (*only[0], *only[1])), only


def test_a_short_name_two_long_names_hold_is_neither():
    shared, only = run(
        "Officials of the Central Bank met on Monday to discuss the rate rise.",
        "Officials of the European Central Bank and the Russian Central Bank met on Monday.",
    )
    assert "Central Bank" in only[0] and "Central Bank" not in shared
    assert {"European Central Bank", "Russian Central Bank"} <= set(only[1])


def test_an_articles_own_short_form_is_folded_into_its_long_name():
    shared, only = run(
        "The burglars were caught at the Watergate complex in Washington.",
        "James W. McCord Jr. was among the burglars caught in Washington. McCord later wrote to the judge.",
    )
    names = [n for n in only[1] if "McCord" in n]
    assert names == ["James W. McCord Jr"], only[1]
    assert len(only[1][names[0]].spans) == 2


def test_a_father_and_his_son_stay_apart():
    shared, only = run(
        "The court heard from the family's lawyer on Monday.",
        "Ike LaRue III said his father, Ike LaRue Jr, never spoke of it. Ike Jr died in 2004.",
    )
    assert not any(len(o.spans) > 1 and "III" in name for name, o in only[1].items()), only[1]


def test_a_place_and_a_longer_place_name_stay_apart():
    shared, only = run(
        "The fire spread across Los Angeles County overnight, officials said.",
        "The fire reached the edge of Los Angeles overnight, officials said.",
    )
    assert "Los Angeles County" in only[0] and "Los Angeles" in only[1]
