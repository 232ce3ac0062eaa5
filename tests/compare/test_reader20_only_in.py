"""Only-in items that were no omissions on real same-story pairs read in the app: capitals of a
headline left in the body, a word in capitals that names nothing, the outlet naming itself, a
family named by one of its members; and distinctive terms that were pieces of place names."""

from __future__ import annotations

from tests.compare.helpers import only_in_names

RESCUE_A = ("Police released video of the rescue of a girl in Fort Worth. "
            "Officers found her in a hotel room and arrested Michael Webb.")
RESCUE_B = ("A video of the rescue of a girl in Fort Worth was released on Monday. "
            "\"Come on, sweetheart. You are going to be OK,\" an officer told the girl.\n"
            "'We Got Her!' Video Shows Dramatic Rescue of Kidnapped Girl\n"
            "Michael Webb was arrested in the hallway, where Judge Mary Ortega later saw him.")


def test_capitals_of_a_headline_left_in_the_body_are_no_names():
    only_b = only_in_names(RESCUE_A, RESCUE_B)[1]
    assert not {"Shows Dramatic Rescue", "Kidnapped Girl", "Got Her"} & only_b, only_b


def test_a_name_in_a_plain_sentence_beside_it_is_still_only_in():
    only_b = only_in_names(RESCUE_A, RESCUE_B)[1]
    assert "Mary Ortega" in only_b, only_b


def test_a_line_of_names_alone_is_no_headline():
    from sidebyside.compare.only_in import _in_title_case
    from sidebyside.compare.termdata import lexicon
    from sidebyside.settings import DEFAULT

    text = "The band returns.\nTom Johnston, Patrick Simmons, John McFee\nTickets go on sale Friday."
    at = text.index("John McFee")
    assert not _in_title_case(text, at, at + len("John McFee"), lexicon(), DEFAULT.compare.naming)
    sentence = "Drivers for DoorDash and the Things app met."
    at = sentence.index("DoorDash")
    assert not _in_title_case(sentence, at, at + 8, lexicon(), DEFAULT.compare.naming), "a word in lower case: a sentence"
    heading = "The tour was announced.\nThe Doobie Brothers Tour Dates\nJune 9: Tampa"
    at = heading.index("Doobie")
    assert _in_title_case(heading, at, at + len("Doobie Brothers Tour Dates"), lexicon(), DEFAULT.compare.naming)


def test_ok_in_capitals_is_no_organisation_but_an_agency_is():
    a = "An officer carried the girl out of the hotel. The FBI took over the case."
    b = "\"You are going to be OK,\" an officer told the girl as he carried her out of the hotel."
    only_a, only_b = only_in_names(a, b)
    assert "OK" not in only_b
    assert "FBI" in only_a


def _only_in_with_outlets(text_a: str, text_b: str, outlets: tuple[str, str]) -> tuple[set[str], set[str]]:
    from sidebyside.compare.entities import find_entities
    from sidebyside.compare.only_in import match_entities

    match = match_entities(find_entities(text_a), find_entities(text_b), outlets, texts=(text_a, text_b))
    return tuple({o.entity for o in side} for side in match.only_in)


def test_the_outlet_naming_itself_by_its_first_word_is_no_omission():
    a = "Police released video of the rescue. CBS reports the man was sentenced to life in prison."
    b = "Video of the rescue was released. The man was sentenced to life in federal prison."
    assert "CBS" not in _only_in_with_outlets(a, b, ("CBS News", "NBC 5"))[0]
    assert "CBS" in _only_in_with_outlets(a, b, ("The Courier", "NBC 5"))[0], "another outlet's CBS is a source"


def test_a_family_named_by_one_of_its_members_there_is_no_omission():
    a = "Klitschko beat Thompson again. At this point with the Klitschkos, I have seen enough."
    b = "Wladimir Klitschko stopped Tony Thompson in the sixth round."
    assert "Klitschkos" not in only_in_names(a, b)[0]
    c = "Klitschko beat Thompson again. At this point with the Ortegas, I have seen enough."
    assert "Ortegas" in only_in_names(c, b)[0], "a family the other article never names"


def test_state_codes_and_name_tails_are_no_distinctive_terms():
    from sidebyside.compare.distinctive import distinctive_terms

    a = ("The band will tour next year with its old singer. The band said the tour would be its last. "
         "Tickets for the tour go on sale on Friday, and the band thanked its fans.")
    b = ("The band will tour next year with its joyous old singer, starting in West Palm Beach and ending in Virginia Beach.\n"
         "June 9 - West Palm Beach, FL at the Coral Sky Amphitheatre\n"
         "June 10 - Tampa, FL at the Credit Union Amphitheatre\n"
         "June 12 - Jacksonville, FL at the Daily's Place\n"
         "June 23 - Virginia Beach, VA at the Veterans United Amphitheater\n"
         "June 24 - Bristow, VA at Jiffy Lube Live\n"
         "The singer said the reunion was joyous for everyone, and the fans cheered.")
    terms_b = {t.term for t in distinctive_terms(a, b)[1]}
    assert not {"fl", "va", "beach", "palm beach"} & terms_b, terms_b
    assert "joyous" in terms_b, "a plain word of B's own stays (used at both ends of the text: not one passage's)"


def test_jewellery_and_jewelry_are_one_word_spelt_two_ways():
    """A British and an American outlet on one robbery: house spelling, not a choice of words."""
    from sidebyside.compare.distinctive import distinctive_terms

    a = ("Robbers took jewelry and watches from a Paris store. The jewelry was worth millions. "
         "Police said the jewelry has not been found, and the jeweler was unhurt.")
    b = ("Robbers took jewellery and watches from a Paris store. The jewellery was worth millions. "
         "Police said the jewellery has not been found, and the jeweller was unhurt. The jewellery was insured.")
    terms = {t.term for side in distinctive_terms(a, b) for t in side}
    assert not {"jewelry", "jewellery", "jeweler", "jeweller"} & terms, terms
    c = b.replace("jewellery", "loot").replace("jeweller", "owner")
    assert "jewelry" in {t.term for t in distinctive_terms(a, c)[0]}, "a word the other never writes stays"
