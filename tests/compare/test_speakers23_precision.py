"""No credit for words nobody spoke: decisions are no speech, documents speak their own words (issue 12)."""

from __future__ import annotations

from sidebyside.compare import article_quotes

from .helpers import quote_speakers


def _credits(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.speaker_rule) for q in article_quotes(text)]

# --- a verb that names a decision credits no later words to its subject ---

def test_a_court_that_rejected_a_claim_speaks_none_of_the_next_paragraph():
    assert quote_speakers('The court rejected the claim.\n\n"The ruling is a disgrace."') == [None]


def test_dismissed_and_denied_with_an_object_alone_are_decisions():
    assert quote_speakers('The judge dismissed the case on Friday.\n\n"There was never any evidence."') == [None]
    assert quote_speakers('The board denied the request. "We will appeal."') == [None]


def test_a_decision_is_no_body_a_document_of_later_words_stands_for():
    # "the statement" is no statement of the court's: it rejected a claim, it said nothing
    assert quote_speakers('The court rejected the claim. "The ruling is a disgrace," the statement read.') == ["the statement"]


def test_the_same_verbs_report_words_with_that_or_as_or_beside_a_quotation():
    # negatives: these are speech, their subject speaks on
    assert quote_speakers('The company denied that it had done anything wrong.\n\n"We have followed every rule."') \
        == ["The company"]
    assert quote_speakers('The minister dismissed the reports as nonsense. "There is no truth in them."') == ["The minister"]
    assert quote_speakers('"We did nothing wrong," the company denied. "We followed every rule."') \
        == ["the company", "the company"]
    assert quote_speakers('The ministry rejected the claim as false. "The report is false," the statement said.') \
        == ["The ministry"]


def test_denying_a_blame_is_a_denial_in_words():
    assert quote_speakers('The company denied any wrongdoing.\n\n"We have done nothing wrong."') == ["The company"]
    assert quote_speakers('Blue Harbour rejected the allegations. "We never blocked her," they said.') == ["Blue Harbour"]


def test_a_decision_verb_right_before_its_quotation_still_credits_it():
    assert quote_speakers('John Smith denied the claim, saying: "That never happened."') == ["John Smith"]


# --- a document's words are the document's, not its writer's or publisher's ---

def test_a_line_of_a_report_is_not_the_words_of_who_published_it():
    assert _credits('Ann Lee published the report. Its opening line reads: "The city failed its children."') \
        == [(None, "guard-document-words")]


def test_a_report_a_person_wrote_says_its_own_words():
    # the report itself, as the text names it, not the one who wrote it
    text = 'Ann Lee wrote a report on the council. "The council is failing," the report said.'
    assert _credits(text) == [("the report", "right-after/document")]


def test_a_sign_reads_its_own_words():
    # the document itself when the text names it, never the one who put it up
    assert quote_speakers('John Smith put up a sign. Its message is short. The sign reads: "No entry."') == ["The sign"]
    assert quote_speakers('John Smith put up a sign. It reads: "No entry."') == [None]


def test_letters_and_statements_stay_their_writers_words():
    # negatives: a letter, a statement is its writer's speech; a body's report is the body's
    assert quote_speakers('Ann Lee wrote a letter to the council. "I am disappointed," the letter said.') == ["Ann Lee"]
    assert quote_speakers('The ministry published a report. "The economy is growing," the report said.') == ["The ministry"]
    assert quote_speakers('Ann Lee published the report last week.\n\n"The city failed its children," the report says.') \
        == ["the report"]


# --- words denied, and words of a claim another made ---

def test_words_someone_denies_saying_are_credited_to_no_one():
    assert _credits('John Smith denied saying "the vote was rigged."') == [(None, "guard-decision")]
    # nor carried on from the speaker before
    assert quote_speakers('Ann Lee said it was over. John Smith denied saying "the vote was rigged."') == [None]
    # negative: his own words after the denial are his
    assert quote_speakers('John Smith denied saying the vote was rigged. "I never said that," he added.') == ["John Smith"]


def test_the_words_of_a_claim_another_made_are_not_the_answerers():
    assert _credits('John Smith responded to Ann Lee\'s claim that "the vote was rigged."') == [(None, "guard-owned-words")]
    assert quote_speakers('John Smith rejected Ann Lee\'s description of the vote as "rigged."') == [None]
    assert quote_speakers('John Smith rejected the accusation that he "lied to voters."') == [None]


def test_words_the_speaker_says_of_a_claim_stay_his():
    # negatives: his verdict on the claim, and "rejected the accusations as ..." are his words
    assert quote_speakers('John Smith said Ann Lee\'s claim was "nonsense."') == ["John Smith"]
    assert quote_speakers('The Pentagon rejected these accusations as "patently false."') == ["the Pentagon"]


# --- what a video, a book's line, a report says is no one's who put it out ---

def test_a_video_put_out_speaks_its_own_words():
    assert quote_speakers('The ministry released a video. It shows soldiers singing "We are the champions."') == [None]


def test_a_line_of_a_book_is_not_its_writers_speech():
    text = 'John Smith wrote the book in 2010. The book opens with the line: "It was a dark night."'
    assert _credits(text) == [(None, "guard-relayed-words")]



def test_a_statement_issued_stays_the_bodys_words():
    # negative: a statement is the words of who issued it
    assert quote_speakers('The ministry issued a statement on Monday.\n\n"We will respond to every attack."') == ["The ministry"]
    # and a noun of people after a document word is no document ("one survey respondent")
    assert quote_speakers('Ann Lee spoke first. One survey respondent put it this way: "The tools are too many."') \
        == ["One survey respondent"]


# --- a colon that hands on someone else's words ---

def test_words_quoted_from_another_are_not_the_quoters():
    assert _credits('John Smith quoted Abraham Lincoln: "A house divided against itself cannot stand."') \
        == [(None, "guard-relayed-words")]
    assert quote_speakers('John Smith said, quoting Lincoln: "A house divided cannot stand."') == [None]
    # nor carried on from the speaker before
    assert quote_speakers('John Smith said it was over. He quoted Lincoln: "A house divided cannot stand."') == [None]


def test_a_line_of_a_document_or_a_letter_from_someone_is_not_the_readers():
    assert quote_speakers('John Smith pointed to a line in the report: "The city failed."') == [None]
    assert quote_speakers('Ann Lee read a letter from her son: "I miss you all."') == [None]
    assert quote_speakers('John Smith recalled his father\'s words: "Never give up."') == [None]


def test_a_colon_after_the_subjects_own_words_still_credits_the_subject():
    # negatives
    assert quote_speakers('John Smith had a message for voters: "Never give up."') == ["John Smith"]
    assert quote_speakers('John Smith read a statement: "I will not resign."') == ["John Smith"]
    assert quote_speakers('Rachel Stephens shared her perspective on these findings: "There is a component."') \
        == ["Rachel Stephens"]


def test_a_voice_is_a_speaker_unnamed():
    assert quote_speakers('On one of the tapes, two female voices said "OK."') == ["two female voices"]
    assert quote_speakers('"I\'ll take odds he doesn\'t," said a voice as I passed.') == ["a voice"]
    # negative: "her voice" in the narration is no one else who speaks
    assert quote_speakers('Ann Lee spoke on Monday. Her voice was calm. "We will win," she said.') == ["Ann Lee"]


# --- a verb that speaks of someone leaves the words after it to either ---

def test_the_words_after_an_accusation_or_praise_of_someone_are_not_the_accusers():
    assert _credits('Police accused John Smith of theft.\n\n"I did nothing wrong."') == [(None, "guard-spoken-of")]
    assert quote_speakers('The council praised the firefighters.\n\n"We only did our job."') == [None]
    assert quote_speakers('Ann Lee praised John Smith on Monday.\n\n"I only did my job."') == [None]


def test_criticising_a_thing_speaks_on():
    # negatives: a plan, a law answers nothing
    assert quote_speakers('John Smith criticised the plan.\n\n"It will fail."') == ["John Smith"]
    assert quote_speakers('Ann Lee welcomed the new law.\n\n"It is long overdue."') == ["Ann Lee"]
