"""Shapes of fresh English news the rules did not know (the English tune batch 4, written in the
shapes the blind batch 18's topics share; issue 12): a statement read aloud for its author, a
family's statement, an agent who declined to be named, a spokesperson for a body whose name holds
"for", a document named by its title, a body taken up by the last word of its name, the
complementizer "that" after a verb. Hand-written texts with invented names, each with a negative."""

from __future__ import annotations

from .helpers import quote_speakers, sources_of, speaker_of


# a statement read aloud: its author speaks the paragraphs quoted after it, not who reads it


def test_a_statement_read_for_its_author_is_the_authors():
    text = ("A courier was jailed for six years on Friday.\n\n"
            "A statement from Mr Orme's widow, Lena Orme, was read to the court by the prosecutor, Hal Bry.\n\n"
            '"Tom left the house at seven and told me he would be back for lunch.\n\n'
            '"Our sons have lost their father."')
    assert quote_speakers(text) == ["Lena Orme", "Lena Orme"]
    text = ("A climber died in a fall in March.\n\n"
            "A statement written by his parents, Ivan and Rosa Kell, was read aloud at the hearing by a solicitor, Ada Finch.\n\n"
            '"Milo loved the hills."')
    # (each parent by the full name the couple's shared surname gives: speakers50)
    assert quote_speakers(text) == ["Ivan Kell and Rosa Kell"]


def test_a_statement_read_with_no_author_named_credits_no_reader():
    # negative: the reader is named, the author is not: no one rather than the reader
    text = ("A courier was jailed for six years on Friday.\n\n"
            "A statement was read to the court by the prosecutor, Hal Bry.\n\n"
            '"Tom left the house at seven."')
    assert quote_speakers(text) != ["Hal Bry"]


# a family speaks as one group


def test_a_family_that_speaks_is_a_group():
    text = 'In a statement issued through the police, the Orme family said they were "relieved that it is over".'
    assert speaker_of(text, "relieved that it is over") == "the Orme family"
    assert sources_of(text) == {"the Orme family": "group"}
    assert sources_of("His family said they were relieved.") == {"his family": "group"}


def test_an_adverb_before_said_is_still_read_past():
    # negative: "-ly" words other than the nouns of people stay adverbs ("tearfully said")
    assert sources_of("Ann Vole tearfully said she was relieved.") == {"Ann Vole": "person"}


# an unnamed source with a long aside, and the name after ", said" that opens the reported words


def test_an_agent_who_declined_to_be_named_speaks_on():
    text = ("Rui Alves has joined Sporting Vell.\n\n"
            "An agent familiar with the negotiations, who declined to be named because he was not authorised to speak, "
            'said Vell had first bid in January. "They never stopped calling," he said.')
    assert quote_speakers(text) == ["An agent familiar with the negotiations"]
    assert "Vell" not in sources_of(text) and "Sporting Vell" not in sources_of(text)


def test_a_name_after_said_that_closes_its_clause_still_speaks():
    # negative: ", said Mary Lovell, an economist": the name after the verb speaks
    assert sources_of("Prices rose in March, said Mary Lovell, an economist.") == {"Mary Lovell": "person"}
    # the name followed by a finite verb is the reported words' subject
    assert "Castel" not in sources_of("The clerk, who asked not to be named, said Castel had paid twice.")


# "a spokesperson for the Department for X" is the spokesperson, an unnamed source


def test_a_spokesperson_for_a_body_with_for_in_its_name_is_the_spokesperson():
    text = ('A spokesperson for the Department for the Environment said ministers would study the report. '
            '"We are spending more on defences," the spokesperson said.')
    assert quote_speakers(text) == ["A spokesperson for the Department for the Environment"]


def test_a_body_with_for_in_its_name_still_speaks_as_itself():
    # negative: the body's own name, with no spokesperson before it
    assert sources_of("The Department for the Environment said it would study the report.") == \
        {"The Department for the Environment": "institution"}


# a document named by its title speaks its own words; "it" after it is the document


def test_a_document_named_by_its_title_is_no_body_named_before():
    text = ('The Orlo Highways Agency said the road was safe.\n\n'
            'The budget document, "Delivering for Orlo", warns that the council faces a gap. '
            'It describes the council\'s finances as "the most serious in a decade".')
    assert speaker_of(text, "the most serious in a decade") == "The budget document"
    text = ('The Orlo Highways Agency said the road was safe.\n\n'
            'The report, "Left High and Dry", found that premiums had risen. "Families are being priced out," it says.')
    assert speaker_of(text, "Families are being priced out") == "The report"


def test_it_after_a_body_that_spoke_stays_the_body():
    # negative: no document opens the sentence before: "it" is the body
    text = 'The Orlo Highways Agency said the road was safe. "We have checked every bridge," it said.'
    assert speaker_of(text, "We have checked every bridge") == "the Orlo Highways Agency"


def test_that_after_a_verb_is_no_subject_after_it():
    text = 'The budget document, "Delivering for Orlo", warns that the council faces a gap.'
    assert speaker_of(text, "Delivering for Orlo") is None
    assert "that the council" not in sources_of(text)


# "the federation" after "the Insurers' Federation": the body whose name ends with that word


def test_a_body_taken_up_by_the_last_word_of_its_name():
    text = ('The Insurers\' Federation rejected the findings. "Insurers paid a record sum," the federation said.\n\n'
            'The Vell Valley Irrigation District owns the dam. "There is no sign of failure," the district said.')
    assert quote_speakers(text) == ["Insurers' Federation", "Vell Valley Irrigation District"]


def test_the_last_word_of_a_persons_name_is_no_body():
    # negative: "the Penrose" names no one, and a word no body's name ends with stays unread
    text = 'Council leader Ruth Penrose spoke first. "We are short of money," the federation said.'
    assert speaker_of(text, "We are short of money") is None
