"""Pairing chains across the two articles and how telling their contrast is (naming.pairing,
naming.slots, naming.contrasts): hand-written pairs, each with a negative."""

from __future__ import annotations

from sidebyside.compare import compare

from .helpers import article, labels, naming_contrasts


def contrasts(text_a: str, text_b: str) -> list[tuple[set[str], set[str]]]:
    found = compare(article(text_a), article(text_b)).framing.label_contrasts
    return [({m.text for m in c.a}, {m.text for m in c.b}) for c in found]


def joined(text_a: str, text_b: str, label_a: str, label_b: str) -> bool:
    return any(label_a in a and label_b in b for a, b in contrasts(text_a, text_b))


# ---------------------------------------------------------------- slots: participles, relatives

FIRED_A = ("An insurance clerk who was fired last week shot a manager at the office in Dayton on Monday, "
           "police said. The manager was taken to a hospital.")
FIRED_B = ("A fired clerk returned to the office in Dayton on Monday and shot a manager, police said. "
           "Officers arrested him an hour later.")


def test_a_participle_before_the_noun_holds_the_slot_a_relative_clause_tells():
    # "a fired clerk" is the one "who was fired": the patient of one verb in both ledes
    assert joined(FIRED_A.replace("insurance clerk", "insurance employee"), FIRED_B,
                  "An insurance employee", "A fired clerk")


def test_a_participle_of_another_verb_joins_nothing():
    a = FIRED_A.replace("insurance clerk", "insurance employee")
    b = FIRED_B.replace("A fired clerk", "A retired clerk")
    assert not joined(a, b, "An insurance employee", "A retired clerk")


def test_a_slot_partner_already_paired_by_its_noun_is_not_made_a_third():
    # "a staff clerk" (a witness) and "a fired clerk" share a noun; the slot says the employee
    # is the fired one: the three are not made one referent
    a = FIRED_A.replace("insurance clerk", "insurance employee") + " A staff clerk said she heard shots."
    found = contrasts(a, FIRED_B)
    assert not any("An insurance employee" in a_side and "A staff clerk" in a_side for a_side, _ in found)


# ---------------------------------------------------------------- acronyms with "the"

def test_an_acronym_with_the_names_the_title_the_other_writes_with_the():
    a = "Director Ann Lee told THR on Monday that the film will open in May. THR said the studio agreed."
    b = "Director Ann Lee told ''The Hollywood Reporter'' on Monday that the film will open in May."
    found = naming_contrasts(a, b)
    paired = [c for c in found.values() if "THR" in labels(c, "a")]
    assert paired and paired[0].category == "alias or acronym"


def test_an_acronym_of_other_initials_is_not_paired():
    a = "Director Ann Lee told THR on Monday that the film will open in May. THR said the studio agreed."
    b = "Director Ann Lee told ''The Hollywood Gazette'' on Monday that the film will open in May."
    found = naming_contrasts(a, b)
    assert not any("THR" in labels(c, "a") for c in found.values())


def test_a_name_with_a_nationality_keeps_its_initials():
    a = "The American Medical Association said on Monday that the new rules would help doctors in Ohio."
    b = "The AMA said on Monday that the new rules would help doctors in Ohio, the AMA added."
    found = naming_contrasts(a, b)
    paired = [c for c in found.values() if "AMA" in labels(c, "b")]
    assert paired and paired[0].category == "alias or acronym"


# ---------------------------------------------------------------- ranking

def test_the_class_of_a_named_place_ranks_below_a_role():
    a = ("Governor Kay Ivey of Alabama signed the bill on Monday. Alabama will open ten clinics, "
         "the governor said.")
    b = ("Kay Ivey signed the bill on Monday. Alabama will open ten clinics, Ivey said. "
         "The state has few doctors.")
    found = naming_contrasts(a, b)
    state = [c for c in found.values() if "The state" in labels(c, "b")]
    person = [c for c in found.values() if "the governor" in labels(c, "a")]
    assert state and person
    # "the state" is the class of what both name: below a short form's weight and a role's
    assert state[0].telling < 0.5 < person[0].telling


# ---------------------------------------------------------------- spaced initials

def test_spaced_initials_keep_their_last_stop():
    a = "The U. S. Navy said on Monday that U. S. officials met in Paris. The U. S. will send ships."
    b = "The United States said on Monday that American officials met in Paris. The United States will send ships."
    shown = {label.label for c in naming_contrasts(a, b).values() for side in c.labels for label in side}
    assert "U. S" not in shown


# ---------------------------------------------------------------- two events of one kind

TRIAL_A = ("A Dallas jury on Monday convicted a former teacher of murder in the 2019 killing of his "
           "neighbor. The teacher faces life in prison.")


def test_the_same_case_told_with_other_nouns_is_one_referent():
    b = ("A Dallas jury on Monday convicted a retired educator of murder in the 2019 killing of his "
         "neighbor. The educator will be sentenced in May.")
    assert joined(TRIAL_A, b, "a former teacher", "a retired educator")


def test_two_trials_in_two_cities_are_two_convicted_people():
    b = ("A Boston jury convicted a banker of murder in the 2019 killing of his neighbor. "
         "The banker will be sentenced in May.")
    found = contrasts(TRIAL_A.replace(" on Monday", ""), b)
    assert not any("a former teacher" in a for a, _ in found)
    assert not any("A Dallas jury" in a for a, _ in found)  # nor are the two juries one


def test_two_trials_on_two_days_are_two_convicted_people():
    b = ("A jury on Tuesday convicted a banker of murder in the 2019 killing of his neighbor. "
         "The banker will be sentenced in May.")
    assert not joined(TRIAL_A.replace("A Dallas jury", "A jury"), b, "a former teacher", "a banker")


def test_two_charges_are_two_convicted_people():
    a = "A jury on Monday convicted a former teacher of murder. The teacher faces life in prison, prosecutors said."
    b = "A jury on Monday convicted a banker of fraud. The banker faces ten years in prison, prosecutors said."
    assert not joined(a, b, "a former teacher", "a banker")


# ---------------------------------------------------------------- one surname, two people

def test_a_man_and_a_woman_of_one_surname_are_two_people():
    a = "Firefighter John Miller was hurt when the roof fell in Dayton on Monday. Miller was taken to a hospital."
    b = "Jane Miller, a neighbor, called 911 when the roof fell in Dayton on Monday. Miller said she saw smoke."
    assert not contrasts(a, b)


def test_one_surname_with_a_first_name_written_two_ways_is_one_person():
    a = "Firefighter Jim Miller was hurt when the roof fell in Dayton on Monday. Miller was taken to a hospital."
    b = "James Miller, a firefighter, was hurt when the roof fell in Dayton on Monday. Miller was treated."
    assert any({"Jim Miller"} <= a_side and "James Miller" in b_side for a_side, b_side in contrasts(a, b))


# ---------------------------------------------------------------- evaluative words, bare classes

def test_one_noun_with_an_evaluative_word_only_one_side_uses_is_telling():
    a = "Police arrested the suspect on Friday after the robbery of a pharmacy in Dayton. The suspect was held."
    b = "Police arrested the notorious suspect on Friday after the robbery of a pharmacy in Dayton. The suspect was held."
    found = naming_contrasts(a, b)
    assert any("the notorious suspect" in labels(c, "b") and c.telling >= 1.0 for c in found.values())


def test_one_noun_with_a_plain_detail_is_no_contrast():
    a = "Police arrested the suspect on Friday after the robbery of a pharmacy in Dayton. The suspect was held."
    b = "Police arrested the 29-year-old suspect on Friday after the robbery of a pharmacy in Dayton. The suspect was held."
    assert not naming_contrasts(a, b)


def test_the_man_for_a_named_person_ranks_as_a_reference_back():
    a = "Mark Felt died on Tuesday at 95. Felt, the man who guided the Watergate reporters, lived in California."
    b = "Mark Felt died on Tuesday at 95. Felt, who guided the Watergate reporters, lived in California."
    felt = [c for c in naming_contrasts(a, b).values() if "the man" in labels(c, "a")]
    assert felt and felt[0].telling < 0.5


def test_a_role_for_a_named_person_stays_telling():
    a = "Mark Felt died on Tuesday at 95. Felt, the man who guided the Watergate reporters, lived in California."
    b = "Mark Felt died on Tuesday at 95. Felt, the FBI official who guided the Watergate reporters, lived in California."
    felt = [c for c in naming_contrasts(a, b).values() if "the FBI official" in labels(c, "b")]
    assert felt and felt[0].telling >= 1.0


# ---------------------------------------------------------------- an acronym before a name

def test_an_acronym_before_a_name_is_the_name_spelt_out():
    a = "The warship INS Sukanya drove off pirates in the Gulf of Aden on Thursday. INS Sukanya was escorting ships."
    b = ("The Indian Naval Ship Sukanya drove off pirates in the Gulf of Aden on Thursday. Sukanya was "
         "escorting ships.")
    found = naming_contrasts(a, b)
    paired = [c for c in found.values() if "INS Sukanya" in labels(c, "a")]
    assert paired and paired[0].category == "alias or acronym"


def test_an_acronym_of_other_words_before_a_name_is_not_paired():
    a = "The warship INS Sukanya drove off pirates in the Gulf of Aden on Thursday. INS Sukanya was escorting ships."
    b = ("The Royal Navy Ship Sukanya drove off pirates in the Gulf of Aden on Thursday. Sukanya was "
         "escorting ships.")
    found = naming_contrasts(a, b)
    assert not any("INS Sukanya" in labels(c, "a") for c in found.values())
