"""Speakers in shapes of news articles nobody had read before their rules (read from the misses of
the ECB+ tune_c set; each checked on hand-written paragraphs, negatives included)."""

from __future__ import annotations

from tests.compare.helpers import speaker_of
from tests.compare.test_sources import sources_of


def test_the_one_who_asked_in_an_interview_is_no_speaker_of_the_quotation_running_on():
    text = (
        "Ann Lee ran the bakery for thirty years.\n\n"
        '"Who would have thought it?" she said in an interview with a local reporter last week.\n\n'
        '"We never had a day off.\n\n'
        'It was the best time of my life."'
    )
    assert speaker_of(text, "Who would have") == "Ann Lee"
    assert speaker_of(text, "We never had") == "Ann Lee"
    assert speaker_of(text, "It was the best") == "Ann Lee"
    # a medium asking stays a source the article cites, the speaker stays the speaker
    found = sources_of("The minister Tom Hall said in an interview with the BBC that gas would flow.")
    assert "Tom Hall" in found and found["the BBC"].kind == "media"


def test_an_interview_with_someone_and_no_speech_verb_before_still_credits_them():
    text = 'In an interview with Ann Lee, a nurse: "We were never told."'
    assert speaker_of(text, "We were never told") == "Ann Lee"


def test_a_noun_of_people_opening_the_sentence_before_of_a_name_is_the_speaker():
    text = (
        "The bodies were found on Saturday.\n\n"
        'Friends of Kathryn Jenkin, known as Katie, have described her as a "bright and much-liked student."'
    )
    assert speaker_of(text, "bright and much-liked") == "Friends of Kathryn Jenkin"
    # a title before "of" stays part of the name ("Secretary of State Mike Pompeo")
    text = 'Secretary of State Mike Pompeo said the talks were "productive and frank."'
    assert speaker_of(text, "productive") == "Mike Pompeo"


def test_words_the_thing_is_known_as_are_no_ones():
    text = ('Dale Hall said the agencies stay liable, noting that the loss of an imperiled species, '
            'known as "take," carries legal penalties.')
    assert speaker_of(text, "take") is None
    # words someone is said to call it stay theirs
    text = 'Interior Secretary Dirk Kempthorne called the move "a clarification" of the law.'
    assert speaker_of(text, "a clarification") == "Dirk Kempthorne"


def test_an_aside_between_dashes_stands_between_the_speaker_and_the_verb():
    text = ("Intel's Jason Waxman — who heads the company's server group — tells Wired that the deal "
            "\u201cdoesn't change a whole lot\u201d for Intel.")
    assert speaker_of(text, "change a whole lot") == "Jason Waxman"
    # an aside between dashes that is no relative clause nor a name's keeps nothing of it
    text = ('The deal — a bold move for the company — was announced "with pride" on Tuesday.')
    assert speaker_of(text, "with pride") is None


def test_a_verb_that_carries_the_speech_verb_after_to_lends_it_its_subject():
    text = (
        'The general manager, A. J. Smith, said that \u201cwe will monitor the situation.\u201d\n\n'
        "He went on to say, \u201cthe Chargers have always been leaders in our community.\n\n"
        "We take our stature in the community very seriously.\u201d"
    )
    assert speaker_of(text, "the Chargers have always") == "A. J. Smith"
    assert speaker_of(text, "We take our stature") == "A. J. Smith"
    assert speaker_of('Ann Lee continued to insist that the vote was "rigged from the start."', "rigged") == "Ann Lee"
    # "to say" after a verb that lends no subject is no one's clause ("the right to say")
    text = 'Voters have the right to say "no more" at the polls.'
    assert speaker_of(text, "no more") is None
