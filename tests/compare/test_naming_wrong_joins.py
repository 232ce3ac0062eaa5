"""Label contrasts never join a label that names someone else (compare/naming/): rules found
by judging every contrast of real ECB+ pairs (benchmarks/label_reading.py), negatives included."""

from __future__ import annotations


from .helpers import all_labels, labels, naming_contrasts as contrasts


# an organisation in a description that contradicts the person's organisation


def test_a_description_naming_another_organisation_is_not_the_person():
    found = contrasts(
        "A witness saw an FBI bomb technician checking a garbage can in the parking lot.",
        "Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, was killed.",
    )
    assert "an FBI bomb technician" not in all_labels(found)


def test_a_description_naming_the_persons_own_organisation_still_joins():
    found = contrasts(
        "A witness saw an Oregon State Police bomb technician near the bank.",
        "Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, was killed.",
    )
    assert "an Oregon State Police bomb technician" in labels(found["William Hakim"], "a")


def test_a_description_naming_an_organisation_joins_a_person_written_with_none():
    found = contrasts(
        "A witness saw an FBI bomb technician near the bank.",
        "William Hakim, a bomb squad technician, was killed.",
    )
    assert "an FBI bomb technician" in labels(found["William Hakim"], "a")


# a possessive description is someone's


def test_someones_role_bearer_is_not_the_other_articles_bearer():
    found = contrasts(
        "Jeffs, who acted as his own attorney, faces life in prison.",
        "Lead prosecutor Eric Nichols played the tape for jurors. Attorney Eric Nichols spoke for an hour.",
    )
    assert "his own attorney" not in all_labels(found)


def test_their_attorneys_are_not_the_prosecutors():
    found = contrasts(
        "The defendants stayed silent on Monday. Their attorneys asked for a delay.",
        "The defendants stayed silent on Monday. The attorneys for the state asked for a verdict.",
    )
    assert "Their attorneys" not in all_labels(found)


def test_possessive_descriptions_on_both_sides_still_join():
    found = contrasts(
        "Frank Costello was shot in the lobby. His assailant fled in a black car.",
        "Frank Costello was wounded in the lobby. His attacker fled in a car.",
    )
    joined = [c for c in found.values() if "His assailant" in labels(c, "a")]
    assert joined and labels(joined[0], "b") == {"His attacker"}


def test_a_possessive_description_of_a_thing_still_joins():
    found = contrasts(
        "Raj Chohan was walking home when the driver hit her with his car.",
        "Raj Chohan was struck by the vehicle while walking home.",
    )
    joined = [c for c in found.values() if "his car" in labels(c, "a")]
    assert joined and "the vehicle" in labels(joined[0], "b")


# a bare plural introduces a group of its own


def test_a_bare_plural_group_by_another_noun_is_another_group():
    found = contrasts(
        "Jeffs represented himself after firing seven attorneys in six months.",
        "On Tuesday, prosecutors played a tape of Jeffs talking to the girl.",
    )
    assert "attorneys" not in all_labels(found) and "prosecutors" not in all_labels(found)


def test_a_bare_plural_group_by_the_same_noun_still_joins():
    found = contrasts(
        "Somali pirates attacked the ship on Thursday.",
        "The Navy said pirates attacked the ship on Thursday with rifles.",
    )
    assert not any("pirates" in labels(c, "a") and labels(c, "b") - {"pirates", "Somali pirates"} for c in found.values())


# names typed by their shape: a ship, a navy


def entity_kinds(text):
    from sidebyside.compare.entities import find_entities

    return {e.text: e.kind for e in find_entities(text)}


def test_a_ship_prefix_makes_a_ship_not_a_person():
    assert entity_kinds("The warship INS Mysore sailed on Thursday.")["INS Mysore"] != "person"
    assert entity_kinds("Sailors aboard USS Cole waited in Aden.")["USS Cole"] != "person"


def test_a_capitalised_word_that_is_no_ship_prefix_keeps_a_persons_name():
    assert entity_kinds("Prime Minister Boris Johnson said on Monday that he would go.")["Boris Johnson"] == "person"


def test_a_countrys_navy_is_one_organisation_not_a_person_named_navy():
    kinds = entity_kinds("A U.S. Navy ship sailed on Monday. The Indian Navy said it foiled the attack.")
    assert kinds.get("U.S. Navy") == "organisation" and kinds.get("Indian Navy") == "organisation"
    assert "Navy" not in kinds


def test_a_works_title_holding_a_persons_name_is_not_the_person():
    found = contrasts(
        "Bettie Page died on Thursday. Her life inspired the 2005 film The Notorious Bettie Page. Page was 85.",
        "Bettie Page, the pin-up model, died on Thursday. Page was 85.",
    )
    assert "The Notorious Bettie Page" not in all_labels(found)


def test_a_name_after_the_at_a_sentence_start_is_still_the_person():
    assert entity_kinds("The actress said on Monday that Bettie Page was 85.")["Bettie Page"] == "person"


def test_a_letter_hyphenated_to_the_next_word_is_not_part_of_the_name():
    kinds = entity_kinds("Bettie Page T-shirts sold well. Malcolm X spoke in Harlem.")
    assert "Bettie Page" in kinds and "Bettie Page T" not in kinds
    assert "Malcolm X" in kinds  # a letter that ends a name stays


def test_a_death_of_a_hyphenated_age_is_never_cut_to_a_number():
    found = contrasts(
        "The jury convicted Christopher Simpson in the death of 20-year-old Kaloni Flynn on Thursday.",
        "Prosecutors charged Christopher Simpson with murder; Kaloni Flynn was killed in April.",
    )
    assert not any(label.startswith("death of 20") for label in all_labels(found))


def test_a_death_of_a_named_person_keeps_its_object():
    found = contrasts(
        "The jury convicted him in the death of Kaloni Flynn on Thursday.",
        "Prosecutors charged him with murder after Kaloni Flynn was killed in April.",
    )
    assert "death of Kaloni Flynn" in all_labels(found)


def test_a_description_with_an_age_is_not_the_one_woman_named():
    found = contrasts(
        "The mother of a 10-year-old girl killed by a stray bullet testified. Shondell McAllister said she heard a shot.",
        "Kathina Thomas' mother Shondell McAllister was the first witness.",
    )
    assert "a 10-year-old girl" not in labels(found["Shondell McAllister"], "a")


def test_a_description_without_an_age_still_joins_the_one_woman_named():
    found = contrasts(
        "A woman was struck by a car on Friday. Raj Chohan was walking home when she was hit.",
        "Raj Chohan was struck by a car on Friday while walking home.",
    )
    assert "A woman" in labels(found["Raj Chohan"], "a")


# a noun the article gives someone else is not a synonym of its description's noun


def test_a_description_does_not_join_through_a_noun_its_article_gives_another():
    # WordNet holds "coach" and "manager" in one sense; this article calls someone else the manager
    found = contrasts(
        "General manager Ed Stefanski fired Maurice Cheeks on Saturday. Stefanski said the team must improve.",
        "Assistant general manager Tony DiLeo will replace Cheeks as the interim head coach.",
    )
    assert "the interim head coach" not in all_labels(found)


def test_a_description_still_joins_through_a_related_noun_its_article_does_not_use():
    found = contrasts(
        "General manager Ed Stefanski fired Maurice Cheeks on Saturday. Stefanski said the team must improve.",
        "Cheeks was fired on Saturday. The interim head coach said the team must improve.",
    )
    assert "The interim head coach" in labels(found["Ed Stefanski"], "b")


def test_a_general_noun_is_not_the_warship_when_its_article_has_its_own_warship():
    found = contrasts(
        "The Indian warship was escorting merchant ships when pirates attacked. The cache of arms on the "
        "pirate ship included seven rifles. INS Mysore fired warning shots.",
        "An Indian warship, INS Mysore, attacked two boats of pirates in the Gulf of Aden. INS Mysore was patrolling.",
    )
    assert "the pirate ship" not in all_labels(found)


def test_a_general_noun_joins_the_named_warship_when_its_article_uses_no_other_word():
    found = contrasts(
        "Pirates fled when the ship fired warning shots. INS Mysore fired again an hour later.",
        "An Indian warship, INS Mysore, attacked two boats of pirates in the Gulf of Aden. INS Mysore was patrolling.",
    )
    assert "the ship" in labels(found["INS Mysore"], "a")


def test_a_general_noun_is_not_a_frigate_when_its_article_has_its_own_warship():
    # a frigate is a warship: the article's own "warship" is the better candidate for it
    found = contrasts(
        "The Indian warship was escorting merchant ships when pirates attacked. The cache of arms on the "
        "pirate ship included seven rifles.",
        "INS Tabar, a missile-frigate, sank a boat of the pirates. INS Tabar was patrolling.",
    )
    assert "the pirate ship" not in all_labels(found)


def test_a_more_general_noun_of_the_article_leaves_a_specific_one_free_to_join():
    found = contrasts(
        "The captain said his ship had seen pirates. Later the same warship rescued a trawler.",
        "INS Tabar, a missile-frigate, sank a boat of the pirates. INS Tabar was patrolling.",
    )
    assert "the same warship" in labels(found["INS Tabar"], "a")


# "the president" when the article names two presidents


def test_the_president_is_not_the_foreign_president_when_the_article_titles_another():
    found = contrasts(
        "Morrison listened in on President Trump's call with Ukrainian President Volodymyr Zelensky. "
        "Volker tried to convince the president that the new Ukrainian president was not corrupt.",
        "Trump asked Ukraine President Volodymyr Zelenskiy for investigations. Zelenskiy agreed.",
    )
    assert "the president" not in all_labels(found)
    assert "the new Ukrainian president" in labels(found["Volodymyr Zelenskiy"], "a")


def test_the_president_after_another_described_president_is_not_the_named_one():
    found = contrasts(
        "Trump asked Ukrainian President Volodymyr Zelensky for investigations. Zelensky agreed.",
        "Sondland is entangled in the Republican president’s efforts to get Ukraine to investigate. "
        "Trump asked Ukraine President Volodymyr Zelenskiy for investigations. Holmes heard the president on the phone.",
    )
    assert "the president" not in all_labels(found)


def test_the_president_with_one_president_named_still_joins():
    found = contrasts(
        "Syrian President Bashar al-Assad met envoys. The president said he would not resign.",
        "President Assad met envoys on Sunday. He refused to resign.",
    )
    assert "The president" in labels(found["Bashar al-Assad"], "a")


# a description whose own sentence names someone else


def test_a_description_beside_another_named_person_is_not_the_other_articles_bearer():
    found = contrasts(
        "Vindman said he was told by former National Security Adviser John Bolton to see the lawyers.",
        "Last week State Department official David Holmes revealed a call. The political counselor was "
        "having lunch with Sondland when Holmes could hear Trump's voice.",
    )
    assert "The political counselor" not in all_labels(found)


def test_a_description_alone_in_its_sentence_still_joins_the_other_articles_bearer():
    found = contrasts(
        "Vindman said he was told by former National Security Adviser John Bolton to see the lawyers.",
        "The former adviser has refused to testify before the committee.",
    )
    assert "The former adviser" in labels(found["John Bolton"], "b")


def test_a_description_after_another_named_person_is_not_joined_to_the_other_articles_bearer():
    found = contrasts(
        "Vindman said he was told by former National Security Adviser John Bolton to see the lawyers.",
        "Last week official David Holmes revealed a call. The former adviser was having lunch in Kyiv.",
    )
    assert "The former adviser" not in all_labels(found)


def test_a_name_after_the_description_in_its_sentence_leaves_the_join():
    # "the Angels made an offer to the free agent first baseman ... the deal they gave to Torii
    # Hunter": a name after the description is not whom it refers back to
    found = contrasts(
        "Vindman said he was told by former National Security Adviser John Bolton to see the lawyers.",
        "The former adviser has refused to testify, Schiff said.",
    )
    assert "The former adviser" in labels(found["John Bolton"], "b")


# two chains of descriptions with one role noun


def test_the_doctor_is_no_one_named_there_when_its_article_has_another_doctor():
    found = contrasts(
        "He sought advice from Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.",
        "A man saw his doctor after months of feeling tired. The doctor later prescribed steroids.",
    )
    assert "The doctor" not in all_labels(found)


def test_the_doctor_alone_of_its_kind_still_joins():
    found = contrasts(
        "He sought advice from Owen Dempsey, a chest doctor at the Aberdeen Royal Infirmary.",
        "A man felt tired for months. The doctor later prescribed steroids.",
    )
    assert "The doctor" in labels(found["Owen Dempsey"], "b")


# a plural before a name is a group the person belongs to


def test_a_plural_apposition_is_not_the_persons_label():
    found = contrasts(
        "His doctor sought advice from one of the study authors, Owen Dempsey, a chest doctor in Aberdeen.",
        "Owen Dempsey of the Aberdeen Royal Infirmary told the tale.",
    )
    assert "the study authors" not in all_labels(found)
    assert "a chest doctor in Aberdeen" in labels(found["Owen Dempsey"], "a")


def test_a_singular_apposition_before_the_name_is_still_the_persons_label():
    found = contrasts(
        "He sought advice from the study author, Owen Dempsey, in Aberdeen.",
        "Owen Dempsey of the Aberdeen Royal Infirmary told the tale.",
    )
    assert "the study author" in labels(found["Owen Dempsey"], "a")
