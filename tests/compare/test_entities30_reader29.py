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


# ------------------------------------------------------------------ cut names and titles

def _kinds(text: str) -> dict[str, str]:
    from sidebyside.compare.entities import find_entities

    return {e.text: e.kind for e in find_entities(text)}


def test_a_demonym_opening_a_bodys_name_stays_in_it():
    a, _ = only_in("Dan Rell and Ivo Brandt, both professors at the American University of Harlow, were handed "
                   "over on Tuesday.")
    assert a.get("American University of Harlow") == "organisation"
    assert "University of Harlow" not in a and "United States" not in a
    assert _kinds("The University of Harlow said so.").get("University of Harlow") == "organisation"  # negative


def test_an_offices_portfolio_after_for_is_no_body():
    a, _ = only_in('The Regional Commissioner for Water Safety said the plan did "not change the existing rules".')
    assert "Water Safety" not in a
    assert "Human Rights" not in _kinds("The High Commissioner for Human Rights said the decision was wrong.")
    # negatives: an employer after a role's "for", a body after "the"
    assert _kinds("Julia is an Entertainment Reporter for Star News.").get("Star News") == "organisation"
    assert _kinds("Ada Moss, Commissioner for the Harlow Water Board, said.").get("Harlow Water Board") == "organisation"
    assert _kinds("A spokesman for Human Rights Watch said.").get("Human Rights Watch") == "organisation"


def test_a_titles_portfolio_is_cut_from_the_name_after_it():
    a, _ = only_in("Secretary of Trade Ivo Brandt told the parliament the measure would cost little.\n\n"
                   "Secretary of the Interior Lia Sand promised emergency funds.")
    assert a.get("Ivo Brandt") == "person" and a.get("Lia Sand") == "person"
    assert not {"Trade Ivo Brandt", "Interior Lia Sand"} & set(a)
    assert _kinds("Minister for Rural Affairs Dan Rell said so.") == {"Dan Rell": "person"}
    # negatives: a known name after "of" is read as before; no office title, no cut
    assert _kinds("Secretary of State Mike Pompeo said so.") == {"Mike Pompeo": "person"}
    assert "Tim Cook" in _kinds("CEO of Apple Tim Cook said so.")


# ------------------------------------------------------------------ wrong kinds

def test_two_rare_words_before_a_settlements_noun_are_a_place():
    a, _ = only_in("Dana Pell visited the Gush Etzion settlement bloc south of the city on Tuesday.")
    assert a.get("Gush Etzion") == "place" and a.get("Dana Pell") == "person"
    # negative: a given name first keeps the person
    assert _kinds("Mira Kovak village elders said so.").get("Mira Kovak") == "person"


def test_a_forum_is_an_organisation():
    a, _ = only_in('"The consensus is broken," said Ivo Brandt, senior fellow at the right-wing Harlow Policy '
                   'Forum in Dublin.')
    assert a.get("Harlow Policy Forum") == "organisation"
    assert _kinds("Leaders met at the Harlow Summit.").get("Harlow Summit") == "event"  # negative: a summit is met


# ------------------------------------------------------------------ a family's name before its network

def test_a_family_name_before_a_noun_is_no_referent_of_its_own():
    a, _ = only_in("The released men included Dan Rell, the younger brother of the group's deputy leader, Ivo Rell, "
                   "who heads the guerrilla group's Rell network.")
    assert set(a) == {"Dan Rell", "Ivo Rell"}
    # negative: a one-word name no person of the article bears stays
    a, _ = only_in("Dan Rell heads the guerrilla group's Orlo network, officials said.\n\nOrlo denied it.")
    assert "Orlo" in a


def test_a_demonym_acting_in_a_compound_names_its_country():
    # entities29's rule kept: "a Chinese-brokered deal" is China's act (negative of the adjective rule)
    a, _ = only_in("Saudi Arabia and Iran agreed a Chinese-brokered deal in Riyadh.", "Saudi Arabia and Iran agreed a deal.")
    assert a.get("China") == "place"
    a, _ = only_in("Rockets fired by Iranian-backed militias hit the base.")
    assert a.get("Iran") == "place"


def test_a_peoples_demonym_before_its_groups_or_members_names_the_people():
    a, _ = only_in("Both see Washington-backed Kurdish groups in the north as a common enemy.")
    assert a.get("Kurds") == "group"
    a, _ = only_in("Kurdish fighters held the ridge on Tuesday.")
    assert a.get("Kurds") == "group"
    # negative: the adjective of a thing ("the Jewish state") names no people
    a, _ = only_in("The Jewish state's premier praised the move.")
    assert "Jews" not in a
