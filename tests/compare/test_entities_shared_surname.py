"""A given name alone before "and" and a person's full name shares the surname: "Joe and Hunter
Biden" names Joe Biden, so the naming table does not show "Joe" as a name of its own."""

from sidebyside.compare.entities import find_entities


def _keys(text: str) -> dict[str, str]:
    return {e.text: e.key for e in find_entities(text)}


def test_the_given_name_before_and_takes_the_surname_after():
    keys = _keys("Trump asked Ukraine to investigate Joe and Hunter Biden. Joe Biden denied it.")
    assert keys["Joe"] == "joe biden" == keys["Joe Biden"]
    assert keys["Hunter Biden"] == "hunter biden"
    assert _keys("They met Bill and Hillary Clinton at the gala.")["Bill"] == "bill clinton"


def test_a_title_a_place_or_a_surname_before_and_keeps_its_own_name():
    assert _keys("Prince William and Kate Middleton visited the hospital.")["William"] == "william"
    assert _keys("Reporters saw Jordan and Kylie Jenner in Paris.")["Jordan"] == "jordan"
    assert _keys("Officials in Paris and Hunter Biden's lawyers met.")["Paris"] == "paris"
    keys = _keys("The firm hired Smith and Mary Jones.")
    assert keys.get("Smith") != "smith jones"


def test_two_full_names_are_two_people():
    keys = _keys("Joe Smith and Hunter Biden spoke.")
    assert keys["Joe Smith"] == "joe smith" and keys["Hunter Biden"] == "hunter biden"
