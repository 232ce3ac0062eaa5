"""A name one article spells the British way and the other the American way ("Centre" /
"Center"), and a coach written "P.J.Carlesimo" in one and "P.J. Carlesimo" in the other, are one
referent, not one only in each (read on ECB+ pairs). Negatives: another word, another person."""

from __future__ import annotations

from .test_only_in import run


def test_centre_and_center_are_one_place():
    shared, only = run(
        "The actress checked into the Promises Treatment Centre in Malibu on Friday.",
        "The actress was admitted into Promises Treatment Center in Los Angeles.",
    )
    assert not any("Promises" in name for name in only[0]) and not any("Promises" in name for name in only[1])


def test_another_last_word_is_another_body():
    shared, only = run(
        "The actress checked into the Promises Treatment Centre on Friday.",
        "The actress was admitted into the Promises Treatment Clinic on Friday.",
    )
    assert any("Promises" in name for name in only[0]) or any("Promises" in name for name in only[1])


def test_initials_before_a_surname_name_the_person_the_other_article_calls_by_surname():
    shared, only = run(
        "Cheeks became the fifth NBA coach fired this season, following P.J. Carlesimo and Eddie Jordan.",
        "He joins Oklahoma City's P.J.Carlesimo and Washington's Eddie Jordan among coaches fired.",
    )
    assert not any("Carlesimo" in name for name in only[0]) and not any("Carlesimo" in name for name in only[1])


def test_a_surname_of_two_people_with_initials_stays_apart():
    shared, only = run(
        "Coaches P.J. Carlesimo and R.J. Carlesimo spoke on Monday.",
        "Carlesimo was fired on Monday.",
    )
    assert "Carlesimo" in {name.split()[-1] for name in only[1]} or any("Carlesimo" in n for n in only[0])
