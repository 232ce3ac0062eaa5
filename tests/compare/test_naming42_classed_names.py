"""A work's or product's name introduced with its class ("its new film Quiet Lantern", "a grey
2014 Marlo Sprint") and a plain "the film" / "the car" / "the vehicle": the description stands for
the one thing of that class the pair names, in either article, so "the film" on one side and the
name on the other make a contrast. Never with two of the class named, never a description whose
noun modifier makes another class ("a police cruiser"), never where the describing article names
another thing of its own."""

from __future__ import annotations

from .helpers import compared_labels

_FILM = ("Harlow Pictures said on Monday that its new film Quiet Lantern will open in March. "
         "Director Anna Velt shot Quiet Lantern in Tolby over two summers.")
_FILM_TOLD = ("Harlow Pictures said the film will open in March. Director Anna Velt shot the film in Tolby "
              "over two summers, and the studio paid for the film with a loan.")


def test_the_film_in_one_article_is_the_film_the_other_names_with_its_class():
    found = compared_labels(_FILM, _FILM_TOLD)
    assert {"Quiet Lantern", "the film"} in found


def test_two_films_named_leave_the_film_to_no_one():
    two = _FILM.replace("will open in March.", "will open in March, a week before the film Red Orchard.")
    found = compared_labels(two, _FILM_TOLD)
    assert not any("the film" in labels for labels in found)


def test_a_model_year_names_a_vehicle_the_car_and_the_vehicle_stand_for():
    found = compared_labels(
        "A cyclist was hurt on Mill Road on Friday when she was struck by a grey 2014 Marlo Sprint, which then "
        "drove off. Officers stopped the car two blocks away and arrested its driver.",
        "A cyclist was hurt on Mill Road on Friday after a hit-and-run. A police cruiser chased the vehicle, "
        "and officers stopped the vehicle two blocks away.",
    )
    assert {"Marlo Sprint", "the car", "the vehicle"} in found
    assert not any("A police cruiser" in labels for labels in found)


def test_an_article_naming_a_thing_of_its_own_keeps_its_vehicle():
    found = compared_labels(
        "A cyclist was hurt on Mill Road on Friday when she was struck by a grey 2014 Marlo Sprint, which then "
        "drove off. Officers stopped the car two blocks away and arrested its driver.",
        "A cyclist was hurt on Mill Road on Friday after a hit-and-run. Witnesses said the vehicle had passed "
        "a parked Delmont XR4 van, and officers stopped the vehicle two blocks away.",
    )
    assert not any("Marlo Sprint" in labels and "the vehicle" in labels for labels in found)
