"""Names of firms, clubs and vessels the entity finder typed as people: a plural head with "it"
after it, a short name that opens a full name, an appositive's head noun, a vessel noun right
before a name. Hand-written texts, each with a negative (a person keeps the person's type)."""

from __future__ import annotations

from sidebyside.compare.entities import find_entities


def _kinds(text: str) -> dict[str, str]:
    return {e.text: e.kind for e in find_entities(text)}


def test_a_plural_head_types_a_firm_even_with_it_after():
    found = _kinds("Pellow Grid Services said on Thursday it would buy Dunmere Energy.")
    assert found["Pellow Grid Services"] == "organisation"
    assert _kinds("Halden Appliances said on Friday it was recalling heaters.")["Halden Appliances"] == "organisation"
    # a given name first, or "he" after, keeps a person whose surname is a plural noun
    assert _kinds("Tom Rovers said on Saturday he was happy.")["Tom Rovers"] == "person"


def test_a_club_name_ending_in_rovers():
    assert _kinds("Kelby Rovers won 2-1 on Saturday, the club said.")["Kelby Rovers"] == "organisation"
    assert _kinds("Kelby Rovers won 2-1 on Saturday. Tom Rovers said the club was happy.")["Tom Rovers"] == "person"


def test_the_short_name_that_opens_a_full_name_is_the_company():
    text = ("Brannock Foods said it had agreed to be bought by Vellamy Group. Vellamy will pay 310 pence "
            "a share. Shares in Brannock rose.")
    found = _kinds(text)
    assert found["Vellamy"] == "organisation" and found["Brannock"] == "organisation"
    text = "Halden Appliances is recalling heaters. Owners should contact Halden for a refund."
    assert _kinds(text)["Halden"] == "organisation"
    # a word alone that opens no firm's full name in the text is left as it was
    assert _kinds("Owners should contact Halden for a refund.").get("Halden") != "organisation"


def test_an_appositive_head_types_the_name():
    found = _kinds("Officials met on Monday. Vellamy, a Dutch packaged-food company, will pay 310 pence a share.")
    assert found["Vellamy"] == "organisation"
    assert _kinds("Officials met on Monday. Kestrin, the Swiss bank, said it would pay.")["Kestrin"] == "organisation"
    # the head is the appositive's last noun: "a bank clerk" is a person
    assert _kinds("Officials met on Monday. Anna Berg, a bank clerk, said she would pay.")["Anna Berg"] == "person"
    assert _kinds("Officials met on Monday. Marlow, a company director, said he would pay.").get("Marlow") != "organisation"


def test_a_vessel_noun_before_a_name_makes_it_a_vessel():
    found = _kinds("The container ship Margit Sol ran aground on a sandbank.")
    assert found["Margit Sol"] == "other"
    assert _kinds("The fishing boat Anna Berg sank off the coast.")["Anna Berg"] == "other"
    # a vessel noun that is no name's kind noun: the ship's captain is a person
    assert _kinds("The ship's captain Anna Berg said the crew were safe.")["Anna Berg"] == "person"
    assert _kinds("Aboard the ferry, Anna Berg said the crew were safe.")["Anna Berg"] == "person"


def test_letters_with_stops_close_a_name_and_abbreviate_its_tail():
    found = {e.text: e for e in find_entities(
        "Officers from the Fort Worth P.D. arrived. A Fort Worth Police Department spokesman said.")}
    assert "Fort Worth P.D" in found and "Fort Worth P" not in found
    assert found["Fort Worth P.D"].key == found["Fort Worth Police Department"].key
    assert found["Fort Worth P.D"].kind == "organisation"
    # letters before a surname stay initials; a tail of other initials joins nothing
    assert "H.R. Haldeman" in _kinds("The aide H.R. Haldeman resigned in 1973.")
    found = {e.text: e for e in find_entities(
        "Officers from the Fort Worth P.D. arrived. A Fort Worth Fire Service spokesman said.")}
    assert found["Fort Worth P.D"].key != found["Fort Worth Fire Service"].key


def test_a_german_article_before_capitalised_nouns_makes_no_person():
    assert _kinds("Der Kita Streik dauert an, sagte Anna Schmidt.")["Der Kita Streik"] != "person"
    assert _kinds("Wegen dem Kita Streik bleiben Eltern zu Hause.").get("Kita Streik") != "person"
    # the person named in the same German sentence stays one; an English "die" is a verb
    assert _kinds("Der Kita Streik dauert an, sagte Anna Schmidt.")["Anna Schmidt"] == "person"
    assert _kinds("Laut einer Anna Schmidt war es so.")["Anna Schmidt"] == "person"
    assert _kinds("He said he would rather die than quit, John Smith said.")["John Smith"] == "person"


def test_a_number_and_a_model_noun_after_a_name_make_it_a_product():
    assert _kinds("The recall covers the Halden Comfort 200 model sold in 2024.")["Halden Comfort"] != "person"
    # a number with no product noun after it leaves the person
    assert _kinds("Tom Rovers 21 said the club was fine.")["Tom Rovers"] == "person"
