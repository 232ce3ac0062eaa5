"""Two ways an article ties a description to a name (compare/naming/): a venue first told by
its kind and place ("an Oregon bank") is the one bank the article names and calls "the bank";
a role stated of a named person ("Orozco was a suspect in the shooting") is that person's, so
"the suspect" of the other article joins him. Negatives included."""

from __future__ import annotations

from sidebyside.compare import compare
from sidebyside.compare.framing import article_views, referents

from .helpers import article, all_labels, labels, naming_contrasts as contrasts


BANK_B = "Troopers searched West Coast Bank after the blast. West Coast Bank said it would reopen."

# venues


def test_a_venue_told_by_its_state_is_the_bank_the_article_names():
    found = contrasts(
        "A bomb exploded at an Oregon bank in Woodburn on Friday. West Coast Bank said the bank "
        "would stay closed. The bank had received a threat.",
        BANK_B,
    )
    assert "an Oregon bank" in labels(found["West Coast Bank"], "a")


def test_a_venue_joins_no_bank_the_article_never_calls_the_bank():
    text_a = ("A bomb exploded at an Oregon bank in Woodburn on Friday. West Coast Bank said it "
              "would stay closed.")
    found = contrasts(text_a, BANK_B)
    assert "an Oregon bank" not in all_labels(found)


def test_a_venue_joins_no_bank_when_the_article_tells_two_venues_of_that_kind():
    text_a = ("A bomb exploded at an Oregon bank on Friday. A second device was found at a Texas bank. "
              "West Coast Bank said the bank would stay closed.")
    found = contrasts(text_a, BANK_B)
    assert not {"an Oregon bank", "a Texas bank"} & all_labels(found)


def test_a_venue_told_by_another_name_is_not_the_named_bank():
    # "a Chase bank": Chase is no place, and no word of West Coast Bank's name
    text_a = ("Police said a Chase bank was evacuated on Friday. West Coast Bank said the bank "
              "would stay closed.")
    found = contrasts(text_a, BANK_B)
    assert "a Chase bank" not in all_labels(found)


# roles stated of a person


def test_a_role_stated_of_a_person_joins_the_other_articles_description():
    found = contrasts(
        "Deputy Ortiz was investigating a shooting in which Jose Orozco was a suspect. "
        "Orozco was arrested the same night.",
        "The suspect appeared at the door and shot the deputy. The suspect was on parole.",
    )
    assert {"The suspect"} <= labels(found["Jose Orozco"], "b")


def test_identified_as_gives_the_role():
    found = contrasts(
        "Police said Mark Kessler was identified as the gunman. Kessler was taken into custody.",
        "The gunman fled on foot before officers caught him. The gunman was 34.",
    )
    assert "The gunman" in labels(found["Mark Kessler"], "b")


def test_a_role_of_someone_else_or_a_relation_is_no_role():
    found = contrasts(
        "Jose Orozco is the suspect's brother. Warren Jeffs was the father of the child. "
        "Anna Lopez has a lawyer in Texas.",
        "The suspect fled. The father wept. The lawyer said nothing.",
    )
    assert not {"The suspect", "The father", "The lawyer"} & all_labels(found)


def test_two_people_with_one_role_leave_the_description_alone():
    found = contrasts(
        "Winston Blackmore was a bishop in the church. James Oler was a bishop in Bountiful.",
        "The bishop spoke to reporters on Friday.",
    )
    assert "The bishop" not in all_labels(found)


def test_a_quoted_claim_gives_no_role():
    found = {c.entity: c for c in compare(
        article('Her lawyer said: "Jose Orozco was the gunman, everybody knows it."'),
        article("The gunman fled on foot. The gunman was caught."),
    ).framing.label_contrasts}
    assert "The gunman" not in all_labels(found)


# a description that introduces someone the article names further down


HAKIM_B = "Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, died."


def test_a_lead_description_joins_the_person_named_below_with_that_role():
    found = contrasts(
        "A bomb killed a police officer and a state bomb disposal technician on Friday.\n\n"
        "Trooper William Hakim, a bomb technician, died at the scene.",
        HAKIM_B,
    )
    assert "a state bomb disposal technician" in labels(found["William Hakim"], "a")


def test_a_description_after_the_name_is_someone_else():
    first = "Trooper William Hakim, a bomb technician, died at the scene."
    found = contrasts(first + "\n\nHours later a bomb technician from Salem arrived.", HAKIM_B)
    assert all(m.end <= len(first) for m in found["William Hakim"].a)


def test_a_description_joins_nobody_when_two_people_carry_the_role():
    lead = "A bomb killed a bomb technician on Friday."
    found = contrasts(
        lead + "\n\nTrooper William Hakim, a bomb technician, died. Trooper Jason Tlusty, a bomb technician, was hurt.",
        HAKIM_B,
    )
    assert all(m.start > len(lead) for m in found["William Hakim"].a)


def test_someones_possession_introduces_nobody():
    found = contrasts(
        "Orozco was arrested by a sheriff's SWAT team.\n\n\"He was cowering,\" Sheriff Lee Baca said.",
        "Sheriff Lee Baca spoke on Saturday. The sheriff was angry.",
    )
    assert "a sheriff" not in all_labels(found)


def test_a_description_of_another_gender_is_not_the_named_person():
    found = contrasts(
        "A female deputy was shot on Friday.\n\nDeputy John Ortiz, a deputy for 15 years, was also there.",
        "Deputy John Ortiz spoke to reporters. He said nothing more.",
    )
    assert "A female deputy" not in all_labels(found)


def test_a_venue_in_the_lead_joins_the_bank_named_below():
    found = contrasts(
        "A bomb exploded at a bank on Friday.\n\nWest Coast Bank said the bank would stay closed.",
        BANK_B,
    )
    assert "a bank" in labels(found["West Coast Bank"], "a")


# a city standing for its team


def test_a_city_stands_for_its_team_when_the_pair_names_the_team_in_full():
    found = contrasts(
        "The Colts beat the Chiefs on Sunday. Kansas City managed a field goal. The Chiefs lost again.",
        "The Indianapolis Colts beat the Kansas City Chiefs 20-13. The Chiefs had rallied.",
    )
    assert "Kansas City" in labels(found["Kansas City Chiefs"], "a")


def test_a_city_the_article_places_things_in_is_the_city():
    found = contrasts(
        "The Chiefs lost in Kansas City on Sunday. Fans in Kansas City were angry. The Chiefs said little.",
        "The Indianapolis Colts beat the Kansas City Chiefs 20-13. The Chiefs had rallied.",
    )
    assert "Kansas City" not in all_labels(found)


def test_washington_is_not_the_post():
    found = contrasts(
        "Washington said on Monday that the report by the Post was wrong. The Post stood by it.",
        "The Washington Post published the report on Sunday. The Post said it was sure.",
    )
    assert "Washington" not in {t for c in found.values() if "Post" in c.entity for t in labels(c, "a")}


def test_washington_the_state_is_not_the_government():
    found = contrasts(
        "Officials in Seattle, Washington, said the storm had passed. Washington state closed two roads.",
        "The United States said on Monday that it would send aid. Washington said the storm was over.",
    )
    assert "Washington" not in {t for c in found.values() for t in labels(c, "a")}


# a surname the article also writes for someone of the other gender


def chains_a(text_a, text_b):
    """Side A's mentions -> their pair-wide chain keys."""
    a, b = article(text_a), article(text_b)
    found = referents(a, b, article_views(a, b))
    return [(r.text, found.maps[0].get(r.chain, r.chain)) for r in found.chains[0].refs]


SCOTT_B = "Scott Peterson was sentenced to death on Monday. Scott Peterson said nothing."


def test_a_surname_told_of_a_man_is_not_the_woman_named_in_full():
    mentions = chains_a(
        "Laci Peterson disappeared from her Modesto home in 2002.\n\n"
        "The jury found Peterson guilty of murdering his wife and their unborn son.",
        SCOTT_B,
    )
    assert ("Peterson", "laci peterson") not in mentions
    assert ("Peterson", "scott peterson") in mentions


def test_the_surname_stays_hers_when_nothing_tells_another_gender():
    mentions = chains_a(
        "Laci Peterson disappeared from her Modesto home in 2002.\n\n"
        "Police searched for Peterson for months.",
        SCOTT_B,
    )
    assert ("Peterson", "laci peterson") in mentions


def test_an_honorific_tells_the_gender_of_a_surname():
    mentions = chains_a(
        "Laci Peterson disappeared from her Modesto home. Police arrested Mr. Peterson in April.",
        SCOTT_B,
    )
    assert not any(text.endswith("Peterson") and text != "Laci Peterson" and key == "laci peterson"
                   for text, key in mentions)


def test_an_object_pronoun_after_a_surname_tells_nothing():
    mentions = chains_a(
        "Anthony LaSalle was charged on Friday.\n\nPolice said LaSalle struck and killed her as she was walking.",
        "Anthony Phillip LaSalle was charged with murder.",
    )
    assert ("LaSalle", "anthony lasalle") in mentions or ("LaSalle", "anthony phillip lasalle") in mentions


# descriptions that state two ages name two people


def test_two_ages_are_two_people():
    mentions = dict(chains_a(
        "Jeffs married a 12-year-old girl in 2006. He also married a 15-year-old girl a year later.",
        "Jeffs took a 12-year-old girl as his wife.",
    ))
    assert mentions["a 12-year-old girl"] != mentions["a 15-year-old girl"]


def test_each_age_joins_the_person_named_with_it_in_the_other_article():
    found = contrasts(
        "Police identified the other victims as a 47-year-old man and a 48-year-old man.",
        "He was charged with shooting Paul Riva, 47, and Ronald Steinberg, 48.",
    )
    assert labels(found["Paul Riva"], "a") == {"a 47-year-old man"}
    assert labels(found["Ronald Steinberg"], "a") == {"a 48-year-old man"}


# a seat of government stands for the country only when it acts


def test_a_seat_that_speaks_is_the_government():
    found = contrasts(
        "The White House said on Monday that talks would resume.",
        "The United States said on Monday that talks would resume. The United States wants a deal.",
    )
    assert "The White House" in labels(found["United States"], "a") or "White House" in labels(found["United States"], "a")


def test_a_seat_as_a_modifier_or_a_building_is_not_the_country():
    found = contrasts(
        "A senior White House aide met the envoy in the White House Rose Garden. The United States wants a deal.",
        "The United States said on Monday that talks would resume. The United States wants a deal.",
    )
    assert not any("White House" in t for t in all_labels(found))
    assert not any(t == "House" for t in all_labels(found))


def test_an_organisation_before_a_name_is_no_title_without_a_role():
    found = contrasts(
        "In a live interview with the BBC Capaldi admitted he had been a fan. Peter Capaldi is 55.",
        "Peter Capaldi has been announced as the new Doctor. Capaldi is 55.",
    )
    assert not any("BBC" in t for t in all_labels(found))


# a short name by the last word of a longer one


def test_a_last_word_alone_is_no_short_name_of_an_institution():
    found = contrasts(
        "She studied at the College of Medicine. Medicine was her calling.",
        "She was president of the Society of Reproductive Medicine.",
    )
    assert "Medicine" not in all_labels(found)


def test_a_teams_plural_and_a_name_after_the_still_are():
    found = contrasts(
        "The Sixers lost again. The Post reported it first.",
        "The Philadelphia Sixers fired their coach, the Washington Post reported.",
    )
    assert "Sixers" in labels(found["Philadelphia Sixers"], "a")
    assert "The Post" in labels(found["Washington Post"], "a") or "Post" in labels(found["Washington Post"], "a")


def test_an_organisation_is_no_city_for_an_event_named_after_it():
    mentions = dict(chains_a(
        "The Academy announced the nominees on Tuesday. The Academy Awards board met.",
        "The Academy Awards will be handed out in February. The Academy Awards are in Los Angeles.",
    ))
    assert all(key != "academy awards" for text, key in mentions.items() if text in ("Academy", "The Academy"))
