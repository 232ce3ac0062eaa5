"""Speakers named by a description of a body ("the company", "the police", "the statement"): the
body the passage is about, never a store, a product or a paper it only mentions. Hand-written
paragraphs, negatives included."""

from __future__ import annotations

from tests.compare.helpers import speaker_of


def test_the_company_is_the_one_the_latest_sentence_names_not_the_one_that_spoke_before():
    text = (
        'Northwind Pictures denied any deal. "We have no agreement with anyone," the production company said.\n\n'
        "On Thursday, Mara Lind accused Harbor Sound Records of blocking her film.\n\n"
        'The company flat-out denied the allegations in a statement. "We never blocked her film," the statement read.'
    )
    assert speaker_of(text, "never blocked") == "Harbor Sound Records"


def test_a_body_named_in_the_speakers_own_sentence_does_not_take_its_words():
    text = (
        "Acme Corp. said on Monday it would buy Beta Inc. for $2 billion.\n\n"
        '"It is a great fit for our customers," the company said.'
    )
    assert speaker_of(text, "great fit") == "Acme Corp"


def test_the_company_skips_capitals_the_text_never_shows_to_be_a_body():
    text = (
        "Northsoft Corp. released a temporary fix on Tuesday. The flaw affects every version of the browser, "
        'including XR on Windows 8 RTM.\n\n"Users should apply it now," the company said.'
    )
    assert speaker_of(text, "apply it") == "Northsoft Corp"


def test_the_sentence_subject_wins_among_the_bodies_it_names():
    text = (
        "Brightwave Inc. makes small servers.\n\n"
        "Brightwave last month held an event with Kestrel Systems Corp. to detail its plans.\n\n"
        '"This shift lets customers choose," the company said.'
    )
    assert speaker_of(text, "shift lets") == "Brightwave Inc"


def test_the_police_is_no_store_the_police_searched():
    text = (
        "Investigators searched a Lakeview Mart store on Tuesday after the looting.\n\n"
        '"The video is clear," the police said.'
    )
    assert speaker_of(text, "video is clear").lower() == "the police"


def test_the_police_is_the_police_force_named_before():
    text = (
        "Officers of the Oregon State Police found a device at a Lakeview Mart store.\n\n"
        '"The device was harmless," the police said.'
    )
    assert speaker_of(text, "device was harmless") == "the Oregon State Police"


def test_a_clause_after_a_name_is_no_apposition_of_it():
    text = (
        'The Indian military said the ship was attacked. "Our crew responded," the Indian military said.\n\n'
        'Sailors boarded the Salahaddin, the military said. "The suspects surrendered," the military added.'
    )
    assert speaker_of(text, "suspects surrendered") == "the Indian military"


# headlines in title case


def test_a_headline_is_no_attribution_clause():
    text = 'Greek Minister Says Bank Deaths Were "a murder of workers"\n\nThree bank workers died in Athens on Wednesday.'
    assert speaker_of(text, "a murder of workers") is None
    body = 'Three bank workers died in Athens.\n\nThe minister says the deaths were "a murder of workers".'
    assert speaker_of(body, "a murder of workers") == "The minister"


def test_a_headline_name_ends_before_its_verb_and_is_no_one_the_story_calls_he():
    text = (
        "Lindsay Lohan Checks Into Rehab, Checks Out Two Minutes Later\n\n"
        "That is exactly what the lawyer did in court this morning.\n\n"
        'He told the judge that she was "ensconced in the bosom of" the clinic.'
    )
    assert speaker_of(text, "ensconced") != "Lohan Checks Into Rehab"
    assert "Checks" not in (speaker_of(text, "ensconced") or "")


def test_the_headline_full_name_still_names_the_surname_of_the_story():
    text = 'Tara Reid Enters Rehab\n\nReid said: "I am fine and I will be back soon."'
    assert speaker_of(text, "I am fine") == "Tara Reid"


def test_the_story_names_a_headline_person_again():
    text = 'Serena Williams Wins Open\n\nSerena Williams beat her sister.\n\n"I am thrilled," Williams said.'
    assert speaker_of(text, "thrilled") == "Serena Williams"
