"""Descriptions an article itself defines, and the words before a description's noun
(compare/naming/descriptions.py), on hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import all_labels, article, labels, naming_contrasts as contrasts


# an adjective in -s before the noun is no verb


def test_an_adjective_ending_in_s_opens_a_description():
    found = contrasts(
        "Mark Felt, the source known as \"Deep Throat\", died. The anonymous source had been an FBI official.",
        "Deep Throat, the shadowy source, died on Thursday.",
    )
    assert "The anonymous source" in labels(found["Deep Throat"], "a")


def test_a_verb_in_s_still_ends_no_description():
    found = contrasts(
        "The act requires federal agencies to report. Deep Throat, the source, died.",
        "Deep Throat, the shadowy source, died on Thursday. Federal agencies must report.",
    )
    assert not any("requires" in t for t in all_labels(found))


# a place the article defines by an apposition


def test_a_place_defined_by_an_apposition_carries_its_description():
    found = contrasts(
        "An earthquake struck Haiti, the island nation, on Tuesday. Buildings fell across the island nation.",
        "An earthquake hit Haiti on Tuesday.",
    )
    assert {"the island nation", "Haiti"} <= labels(found["Haiti"], "a")


def test_a_person_after_a_place_is_no_description_of_it():
    found = contrasts(
        "Troopers were sent to Texas, the governor said on Tuesday. The region was calm.",
        "Troopers were sent to Texas on Tuesday.",
    )
    assert not any("governor" in t for c in found.values() for t in labels(c, "a") if "Texas" in labels(c, "a"))


# a description and a name the article tells in one slot of one verb, a hometown between


LEDE_A = ("A man has been charged in a hit and run accident that killed a 66-year-old woman.\n\n"
          "Anthony Phillip LaSalle of Bloomington was charged on Friday with third degree murder.\n\n"
          "LaSalle is expected to appear in court next Monday.")


def test_a_name_with_its_hometown_holds_the_slot_of_its_verb():
    found = contrasts(LEDE_A, "Anthony LaSalle, 36, was charged on Friday. LaSalle is in jail.")
    assert "A man" in labels(found["Anthony Phillip LaSalle"], "a")


def test_a_name_with_its_hometown_and_another_verb_is_not_the_man():
    text = ("A man has been charged in a hit and run accident that killed a 66-year-old woman.\n\n"
            "Anthony Phillip LaSalle of Bloomington was questioned on Friday.\n\n"
            "LaSalle is expected to appear in court next Monday.")
    found = contrasts(text, "Anthony LaSalle, 36, was questioned on Friday. LaSalle is in jail.")
    assert "A man" not in all_labels(found)


def test_a_man_is_no_role_that_keeps_a_named_driver_from_a_description():
    found = contrasts("A man struck and killed a woman outside a store on Wednesday.\n\n"
                      "Anthony Phillip LaSalle of Bloomington struck and killed the woman, police said.",
                      "A motorist struck and killed a woman outside a store on Wednesday.")
    assert labels(found["Anthony Phillip LaSalle"], "b") == {"A motorist"}


# a surname two people share, one of them written with a generation mark


def test_a_surname_is_not_the_wife_when_the_husband_is_named_with_iii():
    text_b = ("Anthony LaCalamita III, 38, had been arrested after the shootings. LaCalamita had been fired "
              "last Thursday. LaCalamita is married, but his wife, Michele, released a statement. "
              "Records list Michele LaCalamita as the owner of four homes.")
    found = contrasts("Anthony LaCalamita III, 38, said nothing. LaCalamita was fired last week.", text_b)
    for c in found.values():
        if "Michele LaCalamita" in labels(c, "b"):
            assert "LaCalamita" not in labels(c, "a") | labels(c, "b")


def _chains_of_first(text_a, text_b):
    """Each mention of the first article -> its chain, as the pair's framing builds them."""
    a, b = article(text_a), article(text_b)
    return {r.text: r.chain for r in referents(a, b, article_views(a, b)).chains[0].refs}


def test_a_definite_description_after_an_indefinite_one_with_a_place_is_one_chain():
    chains = _chains_of_first("A Texas jury convicted Warren Jeffs on Thursday. The jury deliberated for hours.",
                              "Warren Jeffs was convicted on Thursday.")
    assert chains["A Texas jury"] == chains["The jury"]


def test_a_definite_description_after_two_indefinite_ones_joins_neither():
    chains = _chains_of_first("A Texas jury convicted Warren Jeffs on Thursday. A Utah jury had acquitted him. The jury deliberated.",
                              "Warren Jeffs was convicted on Thursday.")
    assert chains["The jury"] not in (chains["A Texas jury"], chains["A Utah jury"])


# a count of people named by their nation


def test_a_count_of_people_by_their_nation_is_the_other_articles_count():
    found = contrasts(
        "Israeli forces attacked a school in Gaza, leaving 40 people dead, the UN says. Palestinians mourned.",
        "An Israeli mortar strike that killed about 40 Palestinians in a UN school brought new urgency to talks. "
        "Palestinians mourned.",
    )
    assert labels(found["40 Palestinians"], "a") == {"40 people"}


def test_a_nation_not_counted_stays_the_nation():
    found = contrasts(
        "Israeli forces attacked a school in Gaza, leaving 40 people dead. Palestinians mourned on Tuesday.",
        "An Israeli strike hit a school in Gaza. Angry Palestinians mourned on Tuesday.",
    )
    assert not any("Palestinians" in labels(c, "b") and "40 people" in labels(c, "a") for c in found.values())


# someone's role followed by a name in apposition


def test_someones_role_before_a_name_in_apposition_joins_the_name():
    found = contrasts(
        "Bettie Page has died. \"She was a beauty,\" her agent, Mark Roesler, said yesterday. Roesler was 60.",
        "Bettie Page has died. Mark Roesler said Page died at a hospital.",
    )
    assert "her agent" in labels(found["Mark Roesler"], "a")


def test_someones_role_before_a_list_of_names_joins_none():
    found = contrasts(
        "Bettie Page has died. Her agents, Mark Roesler and Tom Jones, said so yesterday.",
        "Bettie Page has died. Mark Roesler said Page died at a hospital.",
    )
    assert not any("Her agents" in labels(c, "a") for c in found.values())


def test_a_named_owners_role_before_a_name_in_apposition_joins_the_name():
    found = contrasts(
        "Christopher Simpson was convicted on Friday. A DNA expert testified. Simpson's attorney, Warren Gotcher, "
        "argued that no witness placed Simpson at the scene.",
        "Christopher Simpson was convicted. Defense attorney Warren Gotcher said Simpson never called her.",
    )
    assert "Simpson's attorney" in labels(found["Warren Gotcher"], "a")


def test_a_numbers_thousands_comma_does_not_cut_an_apposition():
    found = contrasts(
        "Two hotels collapsed in Manokwari, a city of 160,000 people, on Monday. Rescuers reached Manokwari.",
        "A quake struck off Manokwari on Sunday.",
    )
    assert "a city of 160,000 people" in labels(found["Manokwari"], "a")
    assert "a city of 160" not in all_labels(found)


# a plural role before two names is said of both: no one's title


def test_a_plural_role_before_names_is_no_title_of_the_first():
    found = contrasts(
        "Prosecutors said half-brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24, fired from a "
        "rooftop. Lopez was targeting members of a gang.",
        "Andrew Lopez, 20, is accused of firing from a rooftop.\n\nHis half-brother, Jonathan Carrasquillo, "
        "24, who allegedly instructed Lopez, is also on trial.\n\nLopez shot the woman, police said.",
    )
    assert not any("brother" in t for t in all_labels(found))  # neither "brothers Andrew Lopez" nor his brother as Lopez


def test_a_singular_title_before_a_name_still_counts():
    found = contrasts(
        "Prosecutor Seth Goldman spoke at the trial. Goldman said the gang was to blame.",
        "Seth Goldman spoke at the trial. Goldman said the gang was to blame.",
    )
    assert "Prosecutor Seth Goldman" in labels(found["Seth Goldman"], "a")
