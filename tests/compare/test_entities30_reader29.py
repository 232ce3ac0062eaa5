"""Only-in as reader29.md found it wrong or useless: a demonym adjective turned into a (contested)
country or a people ("Palestinian land" -> "Palestine", "British actor" -> "United Kingdom"), names
cut or given the wrong kind, common nouns of events between two stories, a network's name cut
to a family name, titles cut into names. Examples invented (real places where the place finder
needs them); each with a negative."""

from __future__ import annotations

from .helpers import only_in_kinds as only_in


# ------------------------------------------------------------------ adjectives make no place

def test_a_demonym_adjective_alone_names_no_country():
    a, _ = only_in("A man rides on a donkey in the Palestinian village of Beit Dalla.\n\n"
                   "The plan drew stiff Palestinian criticism on Tuesday.\n\n"
                   "The homes are built on occupied Palestinian land.")
    assert "Palestine" not in a and a.get("Beit Dalla") == "place"


def test_adjectives_of_peoples_and_regions_name_no_group_or_place():
    a, _ = only_in("A man stood opposite the Israeli Jewish settlement of Orlo.\n\n"
                   "The Jewish state's premier praised the move.\n\n"
                   "The only two Arab states to have signed treaties criticised it.")
    assert not {"Jews", "Arab world", "Israel"} & set(a)
    a, _ = only_in("With young British actor Dan Rell stepping into the title role, the site looks back.")
    assert "United Kingdom" not in a and a.get("Dan Rell") == "person"


def test_a_demonym_joins_a_place_the_article_names():
    # negatives: the country written, or its people named (a plural), stays listed
    a, _ = only_in("Palestinian leaders met in Palestine on Tuesday.\n\nThe Palestinians protested.")
    assert a.get("Palestine") == "place" and "Palestinians" in a
    # ("the Gulf", a demonym that is the place's own name, stays: test_only_in_naming_differences)
