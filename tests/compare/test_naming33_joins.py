"""Joins within one article (naming/people.py): a definite description that tells an age and a
person's noun stands for the one person named just before it. Hand-written text, with negatives."""

from __future__ import annotations

from .helpers import chain_of


def test_an_aged_description_joins_the_one_person_named_before():
    found = chain_of("Rosa Quell was hurt in the crash on Monday. The 61-year-old woman was taken to hospital.")
    assert "Rosa Quell" in found["The 61-year-old woman"]
    found = chain_of("Matt Smith was named the new Doctor on Saturday. The 26-year-old actor will start next year.")
    assert "Matt Smith" in found["The 26-year-old actor"]


def test_no_join_when_two_people_are_named_before():
    found = chain_of("Rosa Quell and Tom Reyes were hurt in the crash on Monday. "
                     "The 61-year-old woman was taken to hospital.")
    assert found["The 61-year-old woman"] == {"The 61-year-old woman"}


def test_no_join_across_genders_or_ages():
    found = chain_of("Tom Reyes was hurt in the crash on Monday. The 61-year-old woman was taken to hospital.")
    assert "Tom Reyes" not in found["The 61-year-old woman"]
    found = chain_of("Rosa Quell, 40, was hurt in the crash on Monday. The 61-year-old woman was taken to hospital.")
    assert "Rosa Quell" not in found["The 61-year-old woman"]


def test_no_join_for_a_new_person_or_one_told_more_of():
    # "the 61-year-old woman who drove the van": a relative clause tells who she is, a new one;
    # "an"/"a" is another one; more than an age and a noun ("the 61-year-old former mayor") is
    # told of its own
    found = chain_of("Rosa Quell was hurt in the crash on Monday. "
                     "The 61-year-old woman who drove the van was arrested.")
    assert "Rosa Quell" not in found["The 61-year-old woman"]
    found = chain_of("Rosa Quell was hurt in the crash on Monday. A 61-year-old woman was arrested.")
    assert "Rosa Quell" not in found["A 61-year-old woman"]
    found = chain_of("Rosa Quell was hurt in the crash on Monday. The 61-year-old former mayor was arrested.")
    assert "Rosa Quell" not in found["The 61-year-old former mayor"]


def test_a_description_told_by_a_speaker_is_not_the_speaker():
    # "Tom Tennant said the man fled": the man is whom he tells of
    found = chain_of("Police chief Tom Tennant said the man fled on foot.")
    assert "Police chief Tom Tennant" not in found["the man"]
    found = chain_of("Rosa Quell told reporters the 61-year-old woman was armed.")
    assert "Rosa Quell" not in found["the 61-year-old woman"]


def test_a_description_in_the_next_clause_still_joins():
    found = chain_of("Rosa Quell was hurt in the crash on Monday, and the woman was taken to hospital.")
    assert "Rosa Quell" in found["the woman"]


# ------------------------------------------------------------ an apposition's two sides


def test_an_apposition_with_to_joins_the_name():
    found = chain_of("Chris Weitz will direct New Moon, the sequel to the film Twilight.")
    assert "New Moon" in found["the sequel to the film Twilight"]
    assert "Twilight" not in found["the sequel to the film Twilight"]


def test_an_organisation_apposition_with_a_relative_clause_joins_the_name():
    found = chain_of("The Eastbrook Teachers' Association, the union that called the strike, met on Monday.")
    assert "Eastbrook Teachers' Association" in found["the union"]


def test_a_thing_picked_out_by_a_relative_clause_is_no_name_of_its_kind():
    # "IE11, the browser that will ship with Windows": one version, not every "the browser"
    found = chain_of("It affects IE11, the browser that will ship with Windows, and IE6.")
    assert "IE11" not in found["the browser"]


def test_no_apposition_when_the_comma_opens_a_clause():
    found = chain_of("Obama met Assad, the president said on Monday.")
    assert "Assad" not in found["the president"]


# ------------------------------------------------------------ a name "X of Y" told by its head


def test_a_name_of_the_form_x_of_y_is_told_by_the_word_before_of():
    found = chain_of("The Coastguard Agency of Veland said on Monday the ship ran aground. The agency sent two tugs.")
    assert "Coastguard Agency of Veland" in found["The agency"]


def test_no_join_when_two_names_have_that_head():
    found = chain_of("The Coastguard Agency of Veland and the Port Agency said on Monday the ship ran aground. "
                     "The agency sent two tugs.")
    assert "Coastguard Agency of Veland" not in found["The agency"]
    assert "Port Agency" not in found["The agency"]


def test_a_name_ending_in_a_place_noun_is_told_by_it():
    found = chain_of("The Kessler Bridge was closed on Monday. Drivers used the bridge every day.")
    assert "Kessler Bridge" in found["the bridge"]


def test_no_join_by_a_generic_place_noun_or_between_two_names_so_headed():
    found = chain_of("Obama spoke at the White House on Monday. He left the house at noon.")
    assert "White House" not in found["the house"]
    found = chain_of("The Kessler Bridge and the Hartwell Bridge were closed on Monday. The bridge carries 40,000 vehicles.")
    assert found["The bridge"] == {"The bridge"}


def test_a_record_said_of_someone_joins_the_one_person_named_before():
    found = chain_of("Ana Ruiz won the final on Sunday. The two-time champion beat her rival in three sets.")
    assert "Ana Ruiz" in found["The two-time champion"]
    found = chain_of("Tom Reyes won the seat on Sunday. The three-term senator thanked voters.")
    assert "Tom Reyes" in found["The three-term senator"]


def test_no_record_join_after_two_people_or_for_a_new_one():
    found = chain_of("Ana Ruiz beat Maria Lopez on Sunday. The two-time champion lifted the cup.")
    assert found["The two-time champion"] == {"The two-time champion"}
    found = chain_of("Ana Ruiz won the final on Sunday. A two-time champion lost.")
    assert "Ana Ruiz" not in found["A two-time champion"]
