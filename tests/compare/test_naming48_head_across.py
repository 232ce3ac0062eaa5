"""Across the pair, a description joins the other article's one name that ends in its noun
("the town's school" / "Harwick Primary School"), as "the bank" joins "West Coast Bank" within one
article; never when either article gives the noun to two referents, never a person's noun,
someone's thing, a plural, or a description every mention of which is indefinite."""

from __future__ import annotations

from sidebyside.settings import DEFAULT

from .helpers import all_labels, labels, naming_contrasts as contrasts

SCHOOL_A = ("Gas leaked from a chemical works in Harwick on Tuesday. Pupils at Harwick Primary School "
            "were kept indoors for two hours.")


def test_a_description_joins_the_other_articles_name_that_ends_in_its_noun():
    found = contrasts(SCHOOL_A, "Toxic gas poured from a plant in Harwick. The town's school kept its "
                                "children inside until the afternoon.")
    assert "The town's school" in labels(found["Harwick Primary School"], "b")


def test_an_indefinite_description_joins_no_name():
    # "a nearby school", every mention indefinite: a school, if one is meant at all
    found = contrasts(SCHOOL_A, "Toxic gas poured from a plant in Harwick. A nearby school kept its "
                                "children inside until the afternoon.")
    assert "A nearby school" not in all_labels(found)


def test_a_body_named_x_of_y_is_headed_by_the_word_before_of():
    found = contrasts(
        "The Federation of Osterland Trade Unions called a strike for Friday. The federation said "
        "turnout would be high.",
        "The country's biggest union federation called a strike for Friday, saying turnout would be high.",
    )
    contrast = next(c for c in found.values() if "Federation of Osterland Trade Unions" in labels(c, "a"))
    assert "The country's biggest union federation" in labels(contrast, "b")


def test_no_join_when_the_other_article_names_two_of_that_noun():
    text_a = ("Gas leaked from a chemical works in Harwick on Tuesday. Pupils at Harwick Primary School "
              "and at Elm Road School were kept indoors for two hours.")
    found = contrasts(text_a, "Toxic gas poured from a plant in Harwick. The town's school kept its "
                              "children inside until the afternoon.")
    assert "The town's school" not in all_labels(found)


def test_no_join_when_the_describing_article_names_one_of_its_own():
    # the article names a school and describes another: "a nearby school" is not the other's one
    text_b = ("Toxic gas poured from a plant in Harwick. Oak Lane School sent pupils home. The town's "
              "school kept its children inside until the afternoon.")
    found = contrasts(SCHOOL_A, text_b)
    assert "The town's school" not in all_labels(found)


def test_no_join_for_someones_thing():
    # "her medical school": whose, and which, the reader only guesses
    found = contrasts(
        "Regina Benjamin studied at the Morehouse School of Medicine before opening a clinic.",
        "Benjamin said her medical school had taught her to listen to patients.",
    )
    assert "her medical school" not in all_labels(found)


def test_no_join_for_a_persons_noun():
    # a team named by a person's noun is no "ranger" the other article tells of
    found = contrasts(
        "The Lakeside Rangers searched the hills with volunteers on Sunday before the hikers were found.",
        "The ranger who found the hikers said they were cold but unhurt on Sunday.",
    )
    assert "The ranger" not in all_labels(found)


def test_the_join_is_a_setting():
    settings = DEFAULT.compare.naming
    assert settings.head_noun_across is True
