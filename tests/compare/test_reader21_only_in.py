"""Only-in items that were no omissions on real same-story pairs read in the app: pieces of a
link or a social-media handle, a kicker or subheading in capitals, a list's label line."""

from __future__ import annotations

from tests.compare.helpers import only_in_names

TWEET_A = ("The governor defended the campaign on Monday.\n"
           "I love the new slogan, nobody will forget it. https://t.co/XqZvJkPwYt\n"
           "— Rowan Fairweather (@RowanFairweath_) November 18, 2019\n"
           "The Wellbeing Institute estimated that use rose.")
TWEET_B = "The governor defended the campaign on Monday, a day after it began."


def test_pieces_of_a_link_and_a_handle_are_no_names():
    only_a = only_in_names(TWEET_A, TWEET_B)[0]
    assert not {"XqZvJkPwYt", "RowanFairweath"} & only_a, only_a


def test_the_person_beside_the_handle_and_a_body_in_prose_stay_only_in():
    only_a = only_in_names(TWEET_A, TWEET_B)[0]
    assert "Rowan Fairweather" in only_a, only_a
    assert "Wellbeing Institute" in only_a, only_a


HUNTER_A = "A hunter who ate a wild rabbit has caught the plague, officials in Mongolia said."
HUNTER_B = ("GRIM HARVEST FEARS\n\n"
            "A hunter who ate a wild rabbit has caught the plague, officials in Mongolia said.\n\n"
            "DOZENS QUARANTINED\n\n"
            "Did Not Travel:\n\n"
            "Forty people were quarantined in the town of Ziketan, near the Grimsby Clinic.")


def test_a_kicker_or_subheading_in_capitals_and_a_label_line_are_no_names():
    only_b = only_in_names(HUNTER_A, HUNTER_B)[1]
    assert not {"GRIM HARVEST FEARS", "DOZENS QUARANTINED", "Did Not Travel"} & only_b, only_b


def test_names_in_the_prose_under_the_subheadings_stay_only_in():
    only_b = only_in_names(HUNTER_A, HUNTER_B)[1]
    assert {"Ziketan", "Grimsby Clinic"} <= only_b, only_b


def test_a_line_in_capitals_that_is_a_gazetteer_place_is_still_read():
    from sidebyside.compare.only_in import _heading_line

    text = "MELBOURNE\nThe mayor spoke. BREAKING NEWS TODAY\nGRIM HARVEST FEARS\nDid Not Travel:\nJohn Smith: yes"
    at = text.index("GRIM")
    assert _heading_line(text, at, at + len("GRIM HARVEST FEARS"))
    at = text.index("Did")
    assert _heading_line(text, at, at + len("Did Not Travel"))
    at = text.index("BREAKING")
    assert not _heading_line(text, at, at + 8), "capitals inside a line of prose"
    at = text.index("MELBOURNE")
    assert not _heading_line(text, at, at + 9), "one word in capitals: a dateline, read as usual"
    at = text.index("John Smith")
    assert not _heading_line(text, at, at + 10), "a speaker's label keeps its line going"


TITLED_A = ("The Saints still have quarterback Drew Breland on offense.\n\n"
            "As for the offense, they still have Super Bowl MVP Drew Breland taking the snaps.\n\n"
            "The Super Bowl Trophy Room opened on Sunday.")
TITLED_B = "The Saints lost two running backs to injury this week."


def test_a_title_glued_before_a_persons_name_is_that_person():
    only_a = only_in_names(TITLED_A, TITLED_B)[0]
    assert "Drew Breland" in only_a, only_a
    assert not any(n.endswith("Drew Breland") and n != "Drew Breland" for n in only_a), only_a


def test_an_other_name_ending_in_no_persons_name_stays_apart():
    only_a = only_in_names(TITLED_A, TITLED_B)[0]
    assert any("Trophy Room" in n for n in only_a), only_a
