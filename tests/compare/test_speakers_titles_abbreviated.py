"""Speakers named after abbreviated titles, and other grammar of attribution (issue 12)."""

from __future__ import annotations

from sidebyside.compare.text import split_sentences

from .helpers import quote_speakers


def test_abbreviated_titles_before_a_name_keep_the_name_whole():
    text = ('Prosecutors filed charges on Monday.\n\n'
            '"This is the kind of crime the law was made for," said Dist. Atty. Steve Cooley.\n\n'
            '"We found the car," said Det. Sgt. Mary Lowe of the county police.')
    assert quote_speakers(text) == ["Steve Cooley", "Mary Lowe"]


def test_a_title_abbreviation_ends_no_sentence_but_a_lower_case_one_does():
    text = "The case went to Dist. Atty. Steve Cooley. The timer ran for ten sec. Then it stopped."
    sentences = [text[s.start : s.end] for s in split_sentences(text)]
    assert sentences == ["The case went to Dist. Atty. Steve Cooley.", "The timer ran for ten sec.", "Then it stopped."]


def test_a_title_in_capitals_after_the_is_a_description_of_the_one_holding_it():
    text = ('District Attorney Steve Cooley spoke on Monday. Then Sheriff Lee Baca spoke.\n\n'
            '"We will not let their killers go unpunished," the District Attorney said.')
    assert quote_speakers(text) == ["Steve Cooley"]


def test_a_title_in_capitals_nobody_holds_is_shown_as_written_not_as_a_name():
    # no "Attorney" made a person's name; the description as the article gives it
    assert quote_speakers('"We will not rest," the District Attorney said.') == ["the District Attorney"]
    # after "the", titles before a name keep the name
    assert quote_speakers('"We will not rest," the Rev. Al Sharpton said.') == ["Al Sharpton"]


def test_a_compound_noun_after_the_verb_is_headed_by_its_last_noun():
    assert quote_speakers('"They are acting rowdy," said a police officer at the scene.') == ["a police officer"]
    assert quote_speakers('"Impact is very small," said a company official.') == ["a company official"]
    # a lone noun of a body stays the body
    assert quote_speakers('"They are acting rowdy," said the police at the scene.') == ["the police"]


def test_a_document_said_to_speak_is_its_authors_words():
    text = ("The school's principal, Matthew Willoughby, wrote a heartfelt letter about the teen.\n\n"
            '"Kimani made great strides," the letter read.')
    assert quote_speakers(text) == ["Matthew Willoughby"]


def test_a_document_nobody_is_said_to_write_is_no_ones_words():
    visited = 'Matthew Willoughby visited the school on Monday.\n\n"Kimani made great strides," the letter read.'
    received = 'Matthew Willoughby received a letter from a pupil.\n\n"Kimani made great strides," the letter read.'
    assert quote_speakers(visited) == ["the letter"]
    assert quote_speakers(received) == ["the letter"]


def test_a_persons_document_is_that_persons_words_a_bodys_stays_the_document():
    person = 'Matthew Willoughby spoke on Monday.\n\n"Kimani made great strides," Willoughby\'s letter continued.'
    body = 'Acme Corporation spoke on Monday.\n\n"We will grow," Acme\'s statement said.'
    assert quote_speakers(person) == ["Matthew Willoughby"]
    assert quote_speakers(body) == ["Acme's statement"]


def test_a_word_of_the_speakers_name_run_is_no_verb_between_close_and_speaker():
    text = '"This individual took the life of two men," Oregon State Police Lt. Gregg Hastings said.'
    assert quote_speakers(text) == ["Gregg Hastings"]
    # the body alone stays the body; a person's name is not made of it
    assert quote_speakers('"It was late," Oregon State Police said.') == ["Oregon State Police"]


def test_a_person_named_after_an_owned_role_after_the_verb():
    assert quote_speakers('"It lasted a really long time," said Hardester\'s Market clerk Alicia Mullin.') == ["Alicia Mullin"]
    # an owner's relative stays that; a name after other words of the owner is no role's holder
    assert quote_speakers('"It lasted a really long time," said Hardester\'s daughter.') == ["Hardester's daughter"]
    assert quote_speakers('"It lasted," said Smith\'s visit to Paris Alicia Mullin.') == [None]


def test_a_statement_from_a_body_opening_the_sentence_is_the_bodys_words():
    text = ('A statement from Acme Corporation said damage had been extensive.\n\n'
            '"We have made available a distress fund," it added.')
    assert quote_speakers(text) == ["Acme Corporation"]
    # a statement read out by someone is the reader's sentence, not the body's
    assert quote_speakers('He read a statement from Acme Corporation. "We are sorry," he said.') == [None]


def test_it_after_a_one_word_name_nothing_shows_to_be_a_person_is_that_body():
    text = ('A Waitrose supermarket burned down.\n\nA statement from Waitrose said damage had been extensive.\n\n'
            '"We have made available a distress fund," it added.')
    assert quote_speakers(text) == ["Waitrose"]
    # a person's surname or a titled person is never "it"
    surname = 'Peter Guest spoke. Guest said damage had been extensive.\n\n"We have made a fund," it added.'
    titled = 'Lt. Hastings said damage had been extensive.\n\n"We have made a fund," it added.'
    assert quote_speakers(surname) == [None]
    assert quote_speakers(titled) == [None]


def test_a_bare_answer_after_a_clause_of_asking_is_not_the_askers():
    assert quote_speakers('Reporters asked about the budget.\n\n"We have no plan to cut it."') == [None]
    assert quote_speakers('Reporters asked about the budget. "We have no plan to cut it."') == [None]
    # a question after it is the askers' own
    assert quote_speakers('Reporters asked about the budget.\n\n"Will you cut it?"') == ["Reporters"]


def test_notify_and_inform_credit_only_the_quotation_beside_them():
    text = '"We will stop paying," Karen Olson, president of Valley Dairy, notified the panel on Aug. 1.'
    assert quote_speakers(text) == ["Karen Olson"]
    # whom they told answers in the next paragraph: not the notifier's words
    assert quote_speakers('Police notified the family on Monday.\n\n"We are heartbroken."') == [None]


def test_a_company_suffix_ends_no_sentence_and_joins_a_name_of_two_parts():
    assert quote_speakers('"We will grow," Acme Corp. said in a statement.') == ["Acme Corp"]
    assert quote_speakers('"We will grow," said Barnes and Noble Inc. in a statement.') == ["Barnes and Noble Inc"]
    assert quote_speakers('"We will grow," Procter & Gamble Co. said.') == ["Procter & Gamble Co"]
    # a person named before "and" stays the person, not a company
    assert quote_speakers('"We will grow," said John Smith and Acme Inc.') == ["John Smith"]
