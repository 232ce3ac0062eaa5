"""Names kept whole, names cut from what is glued to them, and words that only look like names:
the entity finder's cuts and glues behind "only in one" items that were no omission (a body's name
ending in a title, a part of a place, a team named by its town, a typo, a slogan in title case, a
platform after its owner, a misspelt word opening a sentence, initials with full stops, a place and
its administrative unit). Hand-written texts with invented names, each with a negative."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities
from sidebyside.compare.entities_cuts import (
    likely_slip_words,
    one_slip,
    slips_between,
    typo_target,
    typos_of_names,
)
from sidebyside.compare.termdata import lexicon
from tests.compare.helpers import only_in_names


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.kind, e.key) for e in find_entities(text)}


def test_a_title_that_is_the_object_of_a_bodys_link_closes_its_name():
    found = _found("The Office of the Attorney General opened an inquiry into Vexacorp on Friday.")
    assert found.get("Office of the Attorney General", ("",))[0] == "organisation"
    assert "Office of the Attorney" not in found
    # a title after the body's name, no link before it, is a title of its own
    found = _found("The Department of Justice Inspector General said the review was over.")
    assert "Department of Justice" in found and not any("Inspector" in text for text in found)
    found = _found("The Department of Justice Inspector General Mara Quill said the review was over.")
    assert found.get("Mara Quill", ("",))[0] == "person" and "Department of Justice" in found


def test_a_word_of_a_places_part_opens_its_name():
    found = _found("The Lower Austria state police met officials from Greater Cairo.")
    assert found.get("Lower Austria") == ("place", "lower austria")
    assert found.get("Greater Cairo") == ("place", "greater cairo")
    assert "Austria" not in found and "Cairo" not in found
    # the known places alone, or after another word, keep their own mentions
    assert _found("Austria and Egypt signed it.").get("Austria", ("",))[0] == "place"
    assert _found("Rural Austria has few doctors.").get("Austria", ("",))[0] == "place"


def test_a_town_beside_versus_is_the_team_the_text_names():
    found = _found("The Dunmore Hawks lost again. In Carlow vs. Dunmore, the home side won.")
    assert found.get("Dunmore") == ("organisation", "dunmore hawks")
    # no "vs.": the town stays a town
    found = _found("The Dunmore Hawks lost again. In Dunmore, the home side won.")
    assert found.get("Dunmore", ("",))[1] == "dunmore"
    # people on either side of "v." are left alone
    found = _found("In Vance v. Kittredge, the court ruled.")
    assert found.get("Vance", ("",))[0] != "organisation" and found.get("Kittredge", ("",))[0] != "organisation"


def test_a_town_beside_versus_is_no_omission_when_the_other_names_its_team():
    only_a, only_b = only_in_names("The Halvern vs. Carlow City game starts at noon on Sunday, Lena Ortiz said.",
                                   "The Carlow City Comets host the game on Sunday, Lena Ortiz said.")
    assert "Carlow City" not in only_a and "Carlow City Comets" not in only_b
    # the town in prose is the town: the team is another referent
    only_a, _ = only_in_names("Fans gathered in Carlow City on Sunday, Lena Ortiz said.",
                              "The Carlow City Comets host the game on Sunday, Lena Ortiz said.")
    assert "Carlow City" in only_a


def test_a_typo_of_a_name_the_text_writes_right_is_no_name_of_its_own():
    text = "Crowds gathered in Marlowville on Friday. Marlwoville is among the poorest towns."
    assert typos_of_names(find_entities(text), lexicon()) == {"marlwoville": "marlowville"}
    only_a, _ = only_in_names(text, "Crowds gathered on Friday.")
    assert "Marlwoville" not in only_a
    # a plural or a family, and names two letters apart, stay apart
    assert not typos_of_names(find_entities("The Varenkos arrived. Varenko said so."), lexicon())
    assert not typos_of_names(find_entities("Tamsin Holvard met Tamsin Halvord in Carlow."), lexicon())


def test_slips_of_the_keyboard():
    assert one_slip("marlwoville", "marlowville")  # two letters swapped
    assert one_slip("remaning", "remaining")  # one dropped
    assert not one_slip("varenkos", "varenko")  # a plural
    assert not one_slip("holvard", "halvord")  # two letters changed
    assert typo_target("marlwoville", ["marlowville", "carlow"]) == "marlowville"
    assert typo_target("marlwoville", ["marlowvile"]) is None
    assert "remaining" in set(likely_slip_words("remaning"))
    assert slips_between(["marlwoville", "bellvue"], ["marlowville", "bellevue", "belview"], 6) == {
        "marlwoville": "marlowville", "bellvue": "bellevue"}


def test_a_typo_of_a_name_the_other_article_writes_right_is_no_omission():
    only_a, only_b = only_in_names("Police said the Vexacorp raid in Marlwoville ended at noon.",
                                   "Police said the Vexacorp raid in Marlowville ended at noon.")
    assert "Marlwoville" not in only_a and "Marlowville" not in only_b
    # another name of another first letter is another place
    only_a, only_b = only_in_names("Police said the Vexacorp raid in Barlowville ended at noon.",
                                   "Police said the Vexacorp raid in Marlowville ended at noon.")
    assert "Barlowville" in only_a and "Marlowville" in only_b


def test_function_words_in_title_case_are_no_name():
    assert not _found("The agency shared the headline \"Drugs. We're On It.\" on its page.")
    assert "On It" not in _found("Read more: 'Floods. We Are On It.': County spends $20K on ads")
    # a name with a function word and a word of its own stays
    assert "Kelvara Over Time" in _found("She founded Kelvara Over Time in Carlow.") or "Kelvara" in _found(
        "She founded Kelvara Over Time in Carlow.")


def test_a_platform_after_its_owners_name_is_no_word_of_the_name():
    found = _found("Coach Dale Runyon revealed through the Dunmore Hawks Twitter account that he would retire.")
    assert found.get("Dunmore Hawks", ("",))[0] == "organisation"
    assert "Dunmore Hawks Twitter" not in found and "Twitter" in found
    # the platform alone stays a name
    assert "Twitter" in _found("He posted on Twitter on Monday.")


def test_a_misspelt_word_opening_a_sentence_is_no_name():
    assert "Remaning" not in _found("Remaning on the team are Reg Dunn and Carl Vost.")
    # a rare word that speaks is someone's name; a word no slip from a common one stays
    assert "Remaning" in _found("Remaning said he would stay.")
    assert "Brandtsen" in _found("Brandtsen is on the team too.")


def test_initials_with_full_stops_end_a_bodys_name():
    only_a, only_b = only_in_names("Officers of the Dunmore Police Department arrived at the house, Kara Voss said.",
                                   "Dunmore P.D. officers arrived at the house, Kara Voss said.")
    assert "Dunmore Police Department" not in only_a and not any(name.startswith("Dunmore P") for name in only_b)
    # other initials are another body
    only_a, only_b = only_in_names("Officers of the Dunmore Police Department arrived at the house, Kara Voss said.",
                                   "Dunmore F.D. officers arrived at the house, Kara Voss said.")
    assert "Dunmore Police Department" in only_a


def test_a_place_and_its_administrative_unit_are_one_place():
    only_a, only_b = only_in_names("Officials in the Kelvaria Autonomous Region said the road was closed.",
                                   "Officials in Kelvaria said the road was closed.")
    assert not only_a and not only_b
    # a county is often another place than the town it is named after
    only_a, only_b = only_in_names("Officials in Kelvaria County said the road was closed.",
                                   "Officials in Kelvaria said the road was closed.")
    assert "Kelvaria County" in only_a


def test_a_full_name_with_a_generations_mark_is_no_omission_when_the_other_gives_the_surname():
    only_a, _ = only_in_names("The escape by Arcade Joseph Vallier Jr., a convicted robber, led to changes in Carlow.",
                              "Vallier, 49, escaped from a van in Carlow.")
    assert "Arcade Joseph Vallier Jr" not in only_a
    # another surname there leaves the full name only here
    only_a, _ = only_in_names("The escape by Arcade Joseph Vallier Jr., a convicted robber, led to changes in Carlow.",
                              "Hollins, 49, escaped from a van in Carlow.")
    assert "Arcade Joseph Vallier Jr" in only_a


def test_on_links_a_body_to_its_street_not_into_one_name():
    found = _found("Members of the Triangle Civic Improvement Association on Mulberry Street met on Friday.")
    assert found.get("Triangle Civic Improvement Association", ("",))[0] == "organisation"
    assert found.get("Mulberry Street", ("",))[0] == "place"
    found = _found("The Harlow Youth Center on Pitkin Ave. closed.")
    assert found.get("Pitkin Ave") == ("place", "pitkin avenue") and "Harlow Youth Center" in found
    # a body's name that holds "on" and no street keeps it
    assert "Committee on Foreign Relations" in _found("The Senate Committee on Foreign Relations met.")


def test_a_generations_mark_with_a_family_named_in_full_there_stays_only_in():
    only_a, _ = only_in_names("The escape by Arcade Joseph Vallier Jr., a convicted robber, led to changes in Carlow.",
                              "Mara Vallier said Vallier, 49, escaped from a van in Carlow.")
    assert "Arcade Joseph Vallier Jr" in only_a
