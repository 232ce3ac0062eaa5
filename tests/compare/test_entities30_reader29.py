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


# ------------------------------------------------------------------ events of two stories

def _compared_only_in(text_a: str, text_b: str):
    from sidebyside.compare import compare

    from .helpers import article

    c = compare(article(text_a), article(text_b))
    return c.relatedness.verdict, [{o.entity: o.kind for o in side} for side in c.framing.only_in]


def test_common_noun_events_of_two_stories_sharing_a_name_are_not_left_out():
    verdict, (a, b) = _compared_only_in(
        "Two teachers held by the Orlo Front since 2016 were freed on Tuesday in Kabul in a swap for three "
        "prisoners, and were flown to a base outside the capital.\n\n"
        "Ivo Brandt said the talks could end the group's 18-year insurgency and the long war, and thanked "
        "the mediators for months of patient work.\n\n"
        "Both hostages were said to be pale but well, and their families asked for privacy.\n\n"
        "The kidnappers had released two videos of the captives, who appeared gaunt and pleaded for a deal.",
        "Farmers who overwhelmingly back the mayor said the council's plan paved the way for the "
        "annexation of the valley.\n\n"
        "Ivo Brandt said the new homes on the hill were legal, a decision that critics of the council "
        "called illegal under the old zoning code.\n\n"
        "The builders expect the first families to move in before the harvest next autumn.\n\n"
        "Orchards and vineyards cover the slopes, and the growers fear the new roads will cut the irrigation "
        "channels.")
    assert verdict != "same event"
    assert not {"insurgency", "war"} & set(a) and "annexation" not in b
    assert a.get("Kabul") == "place"  # names stay


def test_common_noun_events_of_one_story_stay():
    text_a = ("Rebels freed Dan Rell and Ivo Brandt on Tuesday after months of talks in Orlo.\n\n"
              "The talks could end the group's 18-year insurgency, officials in Orlo said.\n\n"
              "Dan Rell and Ivo Brandt were flown to Harlow.")
    text_b = ("Rebels freed Dan Rell and Ivo Brandt on Tuesday after months of talks in Orlo.\n\n"
              "Dan Rell and Ivo Brandt were flown to Harlow, officials in Orlo said.")
    verdict, (a, _) = _compared_only_in(text_a, text_b)
    assert verdict == "same event" and a.get("insurgency") == "event"
