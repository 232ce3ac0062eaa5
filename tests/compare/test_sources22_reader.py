"""Sources and loaded words a reader judged wrong: a word inside a hyphenated modifier, a
determiner standing for a noun, a local paper's name shown as a person's, a request to do
something; a verb of saying with nothing said reported, a medical "inflamed". Hand-written texts,
each with a negative case."""

from __future__ import annotations


from .helpers import sources_of, loaded_of


# sources


def test_a_word_inside_a_hyphenated_modifier_is_no_source():
    names = sources_of("The farmer ate a wild hare on Friday, according to the state-run Harbin Daily.")
    assert "the state" not in names


def test_the_state_broadcaster_is_still_cited():
    names = sources_of("The farmer ate a wild hare on Friday, according to the state broadcaster.")
    assert any("broadcaster" in n for n in names)


def test_a_determiner_standing_for_a_noun_is_no_name():
    names = sources_of("One viewer said the advert was clumsy. Another wondered why the county paid for it. "
                       "Others asked who chose the slogan.")
    assert "Another" not in names and "Others" not in names
    assert any("viewer" in n for n in names)


def test_another_with_its_noun_is_still_cited():
    names = sources_of("Another resident said the advert was clumsy.")
    assert any("resident" in n for n in names)


def test_a_local_papers_name_is_a_medium():
    names = sources_of("The advert cost the county $20,000, according to the Red Hollow Tarbell Leader.")
    papers = [kind for name, kind in names.items() if name.endswith("Tarbell Leader")]
    assert papers == ["media"]


def test_a_leaders_title_is_no_paper():
    names = sources_of("The bill will pass next week, according to the Senate Majority Leader.")
    assert "media" not in names.values()
    names = sources_of("Jane Star said the bill would pass next week.")
    assert names.get("Jane Star") == "person"


def test_asking_to_use_something_is_no_speech():
    names = sources_of("Dale Moreau fled the van on Monday. He was found at a garage, where he asked to use the phone.")
    assert not any("Moreau" in n for n in names)


def test_asking_a_question_still_cites_the_asker():
    names = sources_of("Dale Moreau fled the van on Monday. He asked whether the guards were armed.")
    assert any("Moreau" in n for n in names)


# loaded words


def test_a_confession_told_as_an_act_is_not_loaded():
    assert "confess" not in loaded_of("Ortiz, who confessed after the robbery, was sentenced on Monday.")


def test_a_claim_with_its_clause_after_the_time_still_judges():
    assert "claim" in loaded_of("The mayor claimed after the vote that the count was rigged.")


def test_inflamed_is_medical_among_medical_words():
    text = "Doctors said the patient had a fever and inflamed lymph nodes, and he was treated in hospital."
    assert "inflame" not in loaded_of(text)


def test_inflamed_still_judges_outside_medicine():
    assert "inflame" in loaded_of("The senator's remarks inflamed tensions in the city.")
