"""A place named, then told by its kind (compare/place_anaphora.py): "Palmer ... the city",
"the Gulf of Aden ... the region". Negatives: a description with words of its own, a new place
told as "a town", a place of another kind, a place named too far back."""

from __future__ import annotations


from .helpers import labels, naming_contrasts as contrasts


PALMER_B = "A fire destroyed an old dairy building in Palmer on Tuesday. Palmer officials said it was arson."


def test_the_city_is_the_place_just_named():
    found = contrasts(
        "Fire crews fought a blaze in Palmer on Tuesday. The city said the building was a landmark.",
        PALMER_B,
    )
    assert "The city" in labels(found["Palmer"], "a")


def test_the_region_is_a_sea_just_named():
    found = contrasts(
        "An Indian warship foiled an attack in the Gulf of Aden on Saturday. Piracy in the region has grown.",
        "The Indian Navy repelled pirates in the Gulf of Aden on Saturday.",
    )
    assert "the region" in labels(found["Gulf of Aden"], "a")


def test_a_description_with_words_of_its_own_is_another_place():
    found = contrasts(
        "Israeli shells hit Gaza on Tuesday near a school in the northern town of Jabaliya.",
        "Israeli shells hit Gaza on Tuesday, killing 40 people.",
    )
    assert all("the northern town" not in labels(c, "a") for c in found.values())


def test_a_town_introduced_anew_or_of_another_kind_joins_nothing():
    found = contrasts(
        "Fire crews fought a blaze in Oregon on Tuesday. A town nearby was evacuated. The city said nothing.",
        "A fire burned in Oregon on Tuesday. Officials in Oregon said it was arson.",
    )
    # a state is no city, and "a town" is a new place
    assert all({"A town", "The city"}.isdisjoint(labels(c, "a")) for c in found.values())


def test_a_place_named_too_far_back_is_not_what_the_area_stands_for():
    filler = " ".join(["Crews worked through the night and the fire was contained by morning."] * 8)
    found = contrasts(f"A fire broke out in Palmer on Tuesday. {filler} Residents of the area were told to stay inside.",
                      PALMER_B)
    assert all("the area" not in labels(c, "a") for c in found.values())


def test_the_town_of_a_name_and_the_region_for_a_country_join_nothing():
    found = contrasts(
        "Rockets fired from Gaza hit Israel today, including one that hit the town of Gadera. "
        "Pirates based in Somalia attack ships. Piracy in the region has grown.",
        "Rockets fired from Gaza hit Israel today. Pirates based in Somalia attack ships.",
    )
    assert all({"the town", "the region"}.isdisjoint(labels(c, "a")) for c in found.values())


def test_a_district_is_no_village_and_the_area_of_something_is_its_own():
    found = contrasts(
        "The quake hit Central Aceh district on Tuesday. People in the village ran out in panic. "
        "Police placed him in Spiro, in the area of the slaying.",
        "A quake hit Central Aceh district on Tuesday. Police said he was in Spiro.",
    )
    assert all({"the village", "the area"}.isdisjoint(labels(c, "a")) for c in found.values())


def test_the_country_is_the_one_country_just_named():
    found = contrasts(
        "Fires swept across Greece on Monday. The country asked its neighbours for planes.",
        "Fires swept across Greece on Monday, officials said.",
    )
    assert "The country" in labels(found["Greece"], "a")


def test_the_country_after_two_countries_joins_neither():
    # "the Ukrainian" tells Ukraine as surely as a name: "the country" may be either
    found = contrasts(
        "Sondland said he had relayed to the Ukrainian that U.S. aid might be freed if the country "
        "would announce the investigations.",
        "Sondland said U.S. aid was held back.",
    )
    assert all("the country" not in labels(c, "a") for c in found.values())
    found = contrasts(
        "Fires swept across Greece on Monday, and Turkey sent planes. The country asked for more help.",
        "Fires swept across Greece on Monday, officials said.",
    )
    assert all("The country" not in labels(c, "a") for c in found.values())
