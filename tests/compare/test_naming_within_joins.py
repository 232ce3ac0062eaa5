"""Joining the mentions of one referent within an article (compare/naming/people.py,
compare/place_anaphora.py): an age beside an apposition, "the area" around a town. Each rule
with the negative that keeps it honest."""

from __future__ import annotations

from .helpers import labels, naming_contrasts as contrasts


# --------------------------------------------------------------------------- an age beside an apposition


def test_a_role_before_a_name_with_its_age_joins_the_name():
    found = contrasts(
        "A jury convicted Scott Peterson of murder in the death of his wife, 23-year-old Laci, and of their son.",
        "Laci Peterson vanished from her home in Modesto in 2002.",
    )
    assert "his wife" in labels(found["Laci Peterson"], "a")


def test_a_list_of_names_after_a_role_without_an_age_stays_apart():
    found = contrasts(
        "A jury convicted Scott Peterson of murder in the death of his wife, Laci, and of their son.",
        "Laci Peterson vanished from her home in Modesto in 2002.",
    )
    assert "his wife" not in labels(found["Laci Peterson"], "a")


def test_an_apposition_after_a_name_and_its_age_joins_the_name():
    found = contrasts(
        "Benjamin David Banky, 40, the chief executive of TallGrass, lay dead. The chief executive had founded it.",
        "Benjamin Banky was shot dead at a party on Friday.",
    )
    a = labels(found["Benjamin David Banky"], "a")
    assert "the chief executive of TallGrass" in a and "The chief executive" in a


def test_two_people_with_ages_in_a_list_take_no_role():
    found = contrasts(
        "Police said John Smith, 40, and Paul Jones, the chief executive of TallGrass, were hurt.",
        "John Smith was hurt on Friday at the TallGrass office.",
    )
    assert all("the chief executive of TallGrass" not in labels(c, "a")
               for name, c in found.items() if name != "Paul Jones")


def test_a_predicate_after_a_name_and_its_age_gives_the_role():
    found = contrasts(
        "Eric Allen Kirkpatrick, 61, was identified as the gunman. The gunman had been fired in June.",
        "Eric Allen Kirkpatrick was charged with murder on Saturday.",
    )
    assert "The gunman" in labels(found["Eric Allen Kirkpatrick"], "a")


# --------------------------------------------------------------------------- the area around a town


def test_the_region_after_a_city_is_not_the_city():
    found = contrasts(
        "A strong earthquake killed ten people in Bandar Abbas, a city of 500,000 people, on Sunday. Aid was sent"
        " to the region.",
        "A strong earthquake killed ten people in Bandar Abbas on Sunday.",
    )
    a = labels(found["Bandar Abbas"], "a")
    assert "a city of 500,000 people" in a and "the region" not in a


def test_the_area_after_the_city_is_told_as_a_city_is_not_it():
    found = contrasts(
        "A quake killed two people in Manokwari on Sunday. The city lost power. Thousands in the area slept in tents.",
        "A quake killed two people in Manokwari on Sunday.",
    )
    a = labels(found["Manokwari"], "a")
    assert "The city" in a and "the area" not in a


def test_the_area_near_a_town_is_not_the_town():
    found = contrasts(
        "A strong earthquake struck near Manokwari on Sunday. Thousands in the area slept in tents.",
        "A quake struck Manokwari on Sunday, killing two people in Manokwari.",
    )
    assert all("the area" not in labels(c, "a") for c in found.values())


def test_the_region_still_stands_for_a_sea():
    found = contrasts(
        "An Indian warship foiled an attack in the Gulf of Aden on Saturday. Piracy in the region has grown.",
        "The Indian Navy repelled pirates in the Gulf of Aden on Saturday.",
    )
    assert "the region" in labels(found["Gulf of Aden"], "a")


# --------------------------------------------------------------------------- a business told as "the company"


def test_the_company_is_the_one_business_named_before():
    found = contrasts(
        "On Tuesday, Kraft Foods recalled its cheese. Later the company said sales were strong.",
        "On Tuesday, Kraft Foods recalled cheese sold in ten states.",
    )
    assert "the company" in labels(found["Kraft Foods"], "a")


def test_the_company_after_two_businesses_joins_neither():
    found = contrasts(
        "On Tuesday, Kraft Foods and Tyson Foods recalled cheese. Later the company said sales were strong.",
        "On Tuesday, Kraft Foods and Tyson Foods recalled cheese sold in ten states.",
    )
    assert all("the company" not in labels(c, "a") for c in found.values())


def test_the_company_is_never_a_news_agency_or_a_public_body():
    for told in ("Officials told The Canadian Press on Tuesday that the company had been fined.",
                 "On Tuesday the Justice Department said that the company had been fined."):
        found = contrasts(told, "Officials said on Tuesday that a company had been fined by the Justice Department.")
        assert all("the company" not in labels(c, "a") for c in found.values())


# --------------------------------------------------------------------------- the suspect, by what the article says of him

SHOT_B = "John Smith was charged with murder on Sunday after the shooting at a Dayton mall."
# (for the negatives: no one charged in the other article, whose suspect a pair-wide join could read)
SEEN_B = "John Smith and Paul Jones were at the Dayton mall on Sunday when the shooting began."


def test_the_suspect_is_the_one_person_the_article_says_was_held():
    for told in ("John Smith, who was arrested on Sunday after the shooting, appeared in court.",
                 "Police announced the arrest of John Smith on Sunday after the shooting.",
                 "John Smith was taken into custody on Sunday after the shooting.",
                 "John Smith turned himself in on Sunday after the shooting.",
                 "John Smith is accused of killing two people on Sunday.",
                 "John Smith, 34, faces two counts of murder after the shooting on Sunday."):
        found = contrasts(told + " The suspect had worked at the mall.", SHOT_B)
        assert "The suspect" in labels(found["John Smith"], "a"), told


def test_the_suspect_after_two_people_held_is_neither():
    for told in ("John Smith and Paul Jones were arrested on Sunday after the shooting.",
                 "John Smith turned himself in on Sunday. Paul Jones was taken into custody on Monday."):
        found = contrasts(told + " The suspect had worked at the mall.", SEEN_B)
        assert all("The suspect" not in labels(c, "a") for c in found.values()), told


def test_someone_who_turned_to_the_police_is_no_suspect():
    found = contrasts("John Smith turned to the police on Sunday after the shooting. The suspect had worked at the mall.",
                      SEEN_B)
    assert all("The suspect" not in labels(c, "a") for c in found.values())


def test_an_age_written_before_a_name_is_the_name_s():
    found = contrasts("Police arrested 34-year-old John Smith on Sunday after the shooting. The 34-year-old had worked at the mall.",
                      SHOT_B)
    assert "The 34-year-old" in labels(found["John Smith"], "a")


def test_the_age_of_two_people_named_with_it_joins_neither():
    found = contrasts("Police arrested 34-year-old John Smith and 34-year-old Paul Jones on Sunday. The 34-year-old had"
                      " worked at the mall.", SEEN_B)
    assert all("The 34-year-old" not in labels(c, "a") for c in found.values())


def test_the_suspect_is_the_man_the_article_says_surrendered():
    found = contrasts(
        "A gunman killed a man at an office party in Vancouver on Friday. A 61-year-old man surrendered to police"
        " two hours later. Police negotiated with the suspect for two hours.",
        "A 61-year-old former employee opened fire at an office party in Vancouver on Friday, police said.",
    )
    held = [c for c in found.values() if "A 61-year-old man" in labels(c, "a")]
    assert held and "the suspect" in labels(held[0], "a")


def test_the_suspect_before_anyone_is_held_stays_apart():
    found = contrasts(
        "Police negotiated with the suspect for two hours on Friday. Later a 61-year-old man surrendered to police.",
        "A 61-year-old former employee opened fire at an office party in Vancouver on Friday, police said.",
    )
    assert all(not {"the suspect", "a 61-year-old man"} <= labels(c, "a") for c in found.values())


def test_an_age_before_a_name_is_no_description_of_its_own():
    found = contrasts(
        "Wladimir Klitschko stopped Hasim Rahman on Saturday. The win was the 32-year-old Klitschko's third this year.",
        "Wladimir Klitschko beat Hasim Rahman in Mannheim on Saturday.",
    )
    assert all("the 32-year-old" not in labels(c, "a") for c in found.values())


def test_a_name_opening_a_sentence_is_the_name_written_inside_one():
    found = contrasts(
        "Microsoft released a patch on Tuesday. Hackers had attacked a browser made by Microsoft. Microsoft said the"
        " flaw was fixed. The company urged users to update.",
        "On Tuesday, Microsoft released a patch after hackers exploited a flaw.",
    )
    a = [m for m in found["Microsoft"].a]
    assert len([m for m in a if m.text == "Microsoft"]) == 3 and "The company" in labels(found["Microsoft"], "a")


def test_a_common_word_opening_a_sentence_is_no_name():
    found = contrasts(
        "Environmental groups protested on Tuesday. The Environmental Protection Agency said nothing.",
        "The Environmental Protection Agency said nothing on Tuesday.",
    )
    assert all("Environmental" not in labels(c, side) for c in found.values() for side in ("a", "b"))


def test_a_surname_joins_a_full_name_with_a_generation_mark():
    found = contrasts(
        "Anthony LaCalamita III was fired last week. On Monday LaCalamita shot three people.",
        "Anthony LaCalamita III shot three people at a Troy accounting firm on Monday.",
    )
    assert "LaCalamita" in labels(found["Anthony LaCalamita III"], "a")


def test_a_surname_two_people_share_joins_neither():
    found = contrasts(
        "Anthony LaCalamita III was fired last week. On Monday LaCalamita shot three people. Michael LaCalamita said"
        " he was sad.",
        "Anthony LaCalamita III shot three people at a Troy accounting firm on Monday.",
    )
    assert all("LaCalamita" not in labels(c, "a") for c in found.values())


def test_a_role_written_as_an_acronym_heads_an_apposition():
    found = contrasts(
        "Benjamin David Banky, 40, the CEO of TallGrass, lay dead on Friday.",
        "Benjamin Banky was shot dead at a party on Friday.",
    )
    assert "the CEO of TallGrass" in labels(found["Benjamin David Banky"], "a")


def test_an_organisation_s_acronym_is_no_role_of_a_person():
    found = contrasts(
        "Police questioned John Smith, the FBI said on Friday.",
        "John Smith was questioned by police on Friday.",
    )
    assert all("the FBI" not in labels(c, "a") for name, c in found.items() if name == "John Smith")
