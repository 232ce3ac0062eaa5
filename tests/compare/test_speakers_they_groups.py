""""they" after a group of people the narration turned to, and a quantity of people as a subject
("most believe"): never the body named earlier. Hand-written paragraphs, negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_they_after_the_narration_turns_to_protesters_is_not_the_ministry_that_spoke_before():
    text = (
        'The Interior Ministry said the march was unlawful. "Order will be kept," the ministry said.\n\n'
        "The protesters, however, struggle to say what they want.\n\n"
        '"Don\'t bow your head," they chanted outside parliament.'
    )
    assert speaker_of(text, "bow your head") != "the Interior Ministry"


def test_most_believe_does_not_reach_back_to_the_body_before_the_comma():
    text = (
        "It is not just the current government that is seen as tainted, most believe the opposition is no better.\n\n"
        '"Don\'t bow your head," they chanted outside parliament.'
    )
    assert speaker_of(text, "bow your head") is None


def test_they_still_names_the_body_when_the_narration_turns_to_things_not_people():
    text = (
        'The Interior Ministry said talks would resume on Monday.\n\n'
        "The talks were delayed by a strike.\n\n"
        '"We remain ready to meet," they said.'
    )
    assert speaker_of(text, "ready to meet") == "the Interior Ministry"


def test_the_one_who_answers_is_the_one_asked_not_the_one_who_asked():
    text = (
        'At one point, Marta Lindqvist asked Thomas Berg, "You signed it yourself, correct?"\n\n'
        '"Yes," he responded.'
    )
    assert speaker_of(text, "Yes") == "Thomas Berg"


def test_an_answer_after_a_question_to_no_one_named_keeps_the_narrations_person():
    text = (
        "Thomas Berg took the stand on Monday.\n\n"
        'When asked about the contract, he answered, "I never saw it."'
    )
    assert speaker_of(text, "never saw it") == "Thomas Berg"


def test_an_answer_of_the_other_gender_than_the_one_asked_is_not_theirs():
    text = (
        'Judge Paul Moreau asked Thomas Berg, "Did you sign it?" Berg looked at his lawyer, Anna Weiss.\n\n'
        '"He did not," she replied.'
    )
    assert speaker_of(text, "He did not") != "Thomas Berg"


def test_with_a_body_and_a_participle_the_body_speaks_not_the_sentences_subject():
    text = (
        'Pressure for a truce has been mounting, with the EU warning Israel it was "destroying" its image.\n\n'
        'The bombing drew condemnation, with the United Nations calling it "completely unacceptable."'
    )
    assert speaker_of(text, "destroying") == "the EU"
    assert speaker_of(text, "completely unacceptable") == "the United Nations"


def test_a_participle_after_a_place_in_a_prepositional_phrase_is_not_the_places():
    text = 'Protesters gathered in Athens, chanting "no more killings" outside parliament.'
    assert speaker_of(text, "no more killings") != "Athens"


def test_a_common_word_opening_the_sentence_is_no_speaker():
    text = 'Pressure has been mounting on the government, warning it was "losing the argument" at home.'
    assert speaker_of(text, "losing the argument") is None


def test_a_name_that_is_also_a_common_word_still_speaks_when_the_text_capitalises_it_inside_sentences():
    text = (
        'Officials met Will Hunter on Monday. Hunter said he had "no regrets" about the deal.\n\n'
        'Hunter, speaking later, called it "a fair price".'
    )
    assert speaker_of(text, "a fair price") == "Will Hunter"


def test_an_apposition_that_lost_its_closing_comma_describes_the_name_before_it():
    text = '"I saw a lot of children wheeled in," Fares Ghanem, a hospital official told the Associated Press.'
    assert speaker_of(text, "wheeled in") == "Fares Ghanem"


def test_a_description_after_a_list_of_places_is_not_a_place():
    text = '"We are ready," the mayors of Lyon, a city official said on Monday.'
    assert speaker_of(text, "We are ready") != "Lyon"


def test_a_ship_named_with_its_prefix_is_no_one_a_he_can_stand_for():
    text = (
        "Soon after, the deadly INS Mysore reached the spot and opened fire across the dhow's bows.\n\n"
        '"The pirates surrendered quite easily," he said.'
    )
    assert speaker_of(text, "surrendered quite easily") is None


def test_a_title_opening_the_sentence_leads_to_the_person_it_names():
    text = 'Secretary of State Condoleezza Rice spoke on Monday, warning: "Time is short for a deal."'
    assert speaker_of(text, "Time is short") == "Condoleezza Rice"
    lone = 'Secretary of the Navy spoke on Monday, warning: "Time is short for a deal."'
    assert speaker_of(lone, "Time is short") != "Secretary"


def test_initials_written_close_stay_in_the_name():
    text = '"He knows everything," H. R. Haldeman said.\n\n"He will talk," H.R. Haldeman added, speaking later.\n\n"Yes," said H.R. Haldeman.'
    speakers = {q.speaker for q in article_quotes(text)}
    assert "R. Haldeman" not in speakers and "H.R. Haldeman" in speakers


def test_a_quote_before_close_initials_is_theirs_not_an_earlier_askers():
    text = 'Nixon asked if Felt was the leak. "Yes, sir. Mark Felt," H.R. Haldeman told him.'
    assert speaker_of(text, "Yes, sir") == "H.R. Haldeman"


def test_close_initials_do_not_end_a_sentence_but_a_plain_full_stop_does():
    from sidebyside.compare.text import split_sentences

    text = "Author J.K. Rowling spoke on Monday. The council met."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Author J.K. Rowling spoke on Monday.", "The council met."]


def test_name_opening_a_sentence_before_an_apposition_left_open():
    text = ('More than 50 firefighters came.\n\nPeter Guest, Assistant Chief Fire Officer at Surrey Fire '
            'and Rescue Service says the building is "a total loss".')
    assert speaker_of(text, "a total loss") == "Peter Guest"
    text = 'Roads shut.\n\nMaria Lopez, head of the local council said the road was "closed for good".'
    assert speaker_of(text, "closed for good") == "Maria Lopez"


def test_an_unclosed_aside_needs_a_name_opening_the_sentence():
    text = 'Roads shut.\n\nAfter meeting Peter Guest, the head of the council said the road was "closed for good".'
    assert speaker_of(text, "closed for good") == "the head of the council"
    text = 'Roads shut.\n\nPeter Guest, Mary Jones said the road was "closed for good".'
    assert speaker_of(text, "closed for good") == "Mary Jones"


def test_per_a_source_opening_the_sentence_credits_it():
    text = 'He will direct it.\n\nPer THR, the negotiations between the two parties are "delicate," but a deal is near.'
    assert speaker_of(text, "delicate") == "THR"


def test_per_as_a_rate_credits_no_one():
    assert speaker_of('He paid $3 per year, and the deal is "close."', "close") is None
    assert speaker_of('He will direct it.\n\nPer year, the studio pays "a lot."', "a lot") is None


def test_a_state_abbreviation_closing_an_aside_without_its_comma():
    text = ('Jeffs will not be tried.\n\nMatt Smith, the county attorney in Mohave County, Az. said in a '
            'press release that he had heard about the charges, but "the indictments in Texas do not affect '
            'the Arizona case at all."')
    assert speaker_of(text, "indictments") == "Matt Smith"


def test_a_state_abbreviation_after_a_place_names_no_speaker_of_its_own():
    text = 'Jeffs will not be tried.\n\nThe county attorney in Mohave County, Az. said "the case is closed."'
    assert speaker_of(text, "case is closed") not in ("Az", "Mohave County")
