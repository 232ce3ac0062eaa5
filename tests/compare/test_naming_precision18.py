"""Label contrasts that joined two different referents, found by reading ECB+ tune pairs outside
the label-reading pool: a product for its company, the other members of a group, a second union,
a family named by its surname. Each with a negative that keeps the right join."""

from __future__ import annotations

from .helpers import all_labels, labels, naming_contrasts as contrasts


# a product written with version numbers is no business "the company" stands for


def test_the_company_is_not_a_numbered_product():
    found = contrasts(
        "Computerworld-Microsoft today said that hackers are exploiting a flaw in Internet Explorer 8 (IE8) "
        "and Internet Explorer 9 (IE9). As it often does, the company downplayed the threat.",
        "Microsoft said today that attackers are exploiting a flaw in its Internet Explorer Web browser. "
        "The company said it is working on a patch. Attacks target IE 8 and IE 9 users.",
    )
    assert not {"the company", "The company"} & all_labels(found)


def test_the_company_still_joins_a_business_named_twice():
    found = contrasts(
        "Contoso shares rose on Monday. Contoso hired a new chief. The company said sales grew.",
        "Contoso shares rose. Contoso named a new chief executive on Monday.",
    )
    assert "The company" in labels(found["Contoso"], "a")


# "the other 100 workers" are not the workers the story tells of


def test_the_other_workers_are_not_the_victims():
    found = contrasts(
        "Two people were killed at the plant. Most of the other 100 workers got out safely.",
        "A woman opened fire at the plant, killing two workers and wounding two others.",
    )
    assert "workers" not in labels_of_side(found, "a")


def test_workers_without_other_still_join():
    found = contrasts(
        "Police say two people have been killed at the Kraft plant.",
        "A woman opened fire at the Kraft plant, killing two workers.",
    )
    assert "workers" in labels_of_side(found, "b")


def labels_of_side(found: dict, side: str) -> set[str]:
    return {label for contrast in found.values() for label in labels(contrast, side)}


# a union introduced by its noun before its name: "the union" is then not surely the EU


def test_the_union_after_a_second_union_is_not_the_european_union():
    found = contrasts(
        "Greece agreed a bailout from the EU and the IMF on Sunday.",
        "Greece agreed a bailout with the European Union and the IMF. The public sector union ADEDY "
        "called a strike. \"We will not let the measures pass,\" said a deputy head of the union.",
    )
    assert "the union" not in all_labels(found)


def test_the_union_still_joins_the_european_union_named_alone():
    found = contrasts(
        "Greece agreed a bailout from the EU and the IMF on Sunday.",
        "Greece agreed a bailout with the European Union and the IMF. Officials of the union met on Monday.",
    )
    assert "the union" in labels(found["European Union"], "b")


# a surname before "family" names the family, not one person


def test_a_crime_family_is_not_its_namesake():
    found = contrasts(
        "Vito Genovese ran the mob. Gigante was head of the Genovese crime family until 2005.",
        "Vito Genovese ran the mob from prison for years.",
    )
    assert "Genovese" not in labels_of_side(found, "a")


def test_a_surname_alone_still_names_the_person():
    found = contrasts(
        "Vito Genovese ran the mob. Genovese gave orders from prison.",
        "Vito Genovese ran the mob from a cell.",
    )
    assert "Genovese" in labels(found["Vito Genovese"], "a")


# a one-word piece of a longer capitalised name is no name of its own


def test_a_word_inside_a_longer_name_is_not_the_fire_department():
    found = contrasts(
        "Palmer Fire and Rescue Chief John McNutt arrived at the fire.",
        "Engines came from Palmer Fire Department. The investigation is being conducted by John Bond, "
        "an inspector with the Alaska State Fire Marshal's Office.",
    )
    assert "Fire" not in all_labels(found)


def test_a_surname_before_a_weekday_is_still_a_name():
    found = contrasts(
        "Senator Obama spoke in Iowa. He said Senator Obama Tuesday would win.",
        "Barack Obama spoke in Iowa on Tuesday.",
    )
    assert "Senator Obama" in labels(found["Barack Obama"], "a")  # (with the title it writes: reader29)


# "as a specialist": a role someone could take, no person met


def test_a_role_after_as_is_no_one():
    found = contrasts(
        "She could have made more money as a specialist, but Regina Benjamin opened a clinic.",
        "Regina Benjamin opened a clinic. Jorge Alsip, an emergency physician, praised her.",
    )
    assert "a specialist" not in all_labels(found)


def test_an_indefinite_description_not_after_as_still_joins():
    found = contrasts(
        "A specialist examined the boy on Monday.",
        "Jorge Alsip, an emergency physician, examined the boy on Monday.",
    )
    assert "A specialist" in labels(found["Jorge Alsip"], "a")


def test_someone_identified_as_a_described_person_still_joins():
    found = contrasts(
        "Police identified the other victim as a 47-year-old man from Troy.",
        "The other victim, Paul Riva, 47, was treated at Beaumont Hospital.",
    )
    assert "a 47-year-old man" in labels(found["Paul Riva"], "a")
