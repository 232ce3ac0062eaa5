"""Quotations no rule credits stay without a speaker (issue 12): the cases that sank every
paragraph-level fallback measured over the read sets ("the paragraph's only person", "the previous
speaker goes on", "the subject of the sentence before the quote"): each credited far more words
nobody says (titles, signs, scare quotes, references) than words somebody does. A wrong speaker is
worse than none, so these stay uncredited. The one fallback kept (the narrator's "said I") is
tested below them."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_scare_quote_is_not_the_one_person_of_its_sentence():
    assert quote_speakers('Ann Lee runs the city\'s "smart" traffic lights from a small office downtown.') == [None]


def test_a_quoted_title_of_a_work_is_not_its_authors_speech():
    text = 'Ann Lee spent ten years on the book. Her study, "a history of the fur trade in the north", came out in May.'
    assert quote_speakers(text) == [None]


def test_a_quoted_document_with_no_clause_is_no_ones_in_the_paragraph():
    text = ('Ann Lee spent ten years on the study.\n\n'
            'Page 40 of the report: "Rivers in the north are running dry faster than at any time on record."')
    assert quote_speakers(text) == [None]


def test_words_on_a_sign_are_not_the_paragraphs_person():
    text = ('Ann Lee has farmed here for ten years. The sign at her gate still reads "Welcome to the end of '
            'the world" in faded paint.')
    assert quote_speakers(text) == [None]


def test_two_people_in_the_paragraph_and_no_clause_credit_neither():
    text = ('Mayor Ann Lee met Governor Tom Baker on Monday. The plan is "dead on arrival" and the talks '
            '"went nowhere".\n\nNothing was signed.')
    assert quote_speakers(text) == [None, None]


def test_the_last_speaker_does_not_go_on_past_a_paragraph_about_someone_else():
    text = ('"We will appeal," Ann Lee said on Monday.\n\n'
            'Tom Baker, the judge, left the court early.\n\n'
            '"The ruling is a disgrace and we will fight it."')
    assert quote_speakers(text) == ["Ann Lee", None]


def test_a_plain_statement_with_its_speakers_clause_is_still_credited():
    # the positive beside the negatives: a clause of its own credits the words
    text = 'Ann Lee spent ten years on the study.\n\n"Rivers are running dry," Lee said.'
    assert quote_speakers(text) == ["Ann Lee"]


# The one fallback kept: a clause whose subject is "I" credits the narrator (the first person of the
# narration, a source the text never names), where no rule could resolve the clause.

def test_said_i_credits_the_narrator_both_parts_of_a_split_quotation():
    text = 'Nippers came in late.\n\n"Nippers," said I, "what do you think of it?"'
    assert quote_speakers(text) == ["the narrator", "the narrator"]


def test_i_said_after_the_close_and_i_asked_before_the_open_credit_the_narrator():
    assert quote_speakers('The clerk stood at the door.\n\n"The copies, the copies," I said hurriedly.') == ["the narrator"]
    assert quote_speakers('The clerk stood at the door. I asked him: "What is wanted?"') == ["the narrator"]


def test_words_the_narrator_was_told_or_heard_are_not_the_narrators():
    assert quote_speakers('The clerk had left.\n\n"He went home early," I was told.') == [None]
    assert quote_speakers('Ann Lee met Tom Baker at the door. "We are late," I heard him say.') == [None]


def test_an_i_opening_the_next_sentence_is_not_the_clauses_subject():
    text = 'The clerk stood at the door.\n\n"Sitting upon the banister," he mildly replied.\nI looked at him.'
    assert quote_speakers(text) == [None]


def test_a_sign_a_document_or_a_scare_quote_of_a_first_person_text_stay_uncredited():
    assert quote_speakers('I stopped at the gate. I read the sign: "Welcome to the end of the world."') == [None]
    assert quote_speakers('I opened the report, "Rivers in the north are running dry", on the train.') == [None]
    assert quote_speakers('I never liked the "smart" lights on the corner.') == [None]
