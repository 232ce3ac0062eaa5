"""English news shapes the wire, court, sport and British house styles use (issue 12): each rule
with a hand-written text and a case it must leave alone."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_possessive_before_a_role_is_the_role_of_someone_else_not_the_speaker():
    text = ('"Folks need to stay out until we say it is safe," said a county sheriff\'s deputy who declined to give '
            'his name.\n\nSheriff Tom Ochoa told the Courier that investigators were looking at a power line. '
            '"We have not ruled anything out," the sheriff said.')
    assert quote_speakers(text) == ["a county sheriff's deputy", "Tom Ochoa"]
    # a name after the owner's role is still the speaker
    assert quote_speakers('"We are fine," said the company\'s spokesman Bob Reed.') == ["Bob Reed"]


def test_a_role_set_before_a_name_in_an_apposition_resolves_the_role_later():
    text = ('City\'s coach, Mark Farrow, was less restrained. "I have watched it four times," Farrow said.\n\n'
            '"We go again on Tuesday," the coach said after the game.')
    assert quote_speakers(text) == ["Mark Farrow", "Mark Farrow"]
    # no apposition (no comma closing the name): the role is not given to the name
    text = ('The club sacked its coach, and Mark Farrow watched from the stands.\n\n'
            '"We go again on Tuesday," the coach said after the game.')
    assert quote_speakers(text)[-1] != "Mark Farrow"


def test_a_bare_noun_of_a_headline_is_no_unnamed_source_the_text_refers_back_to():
    text = ('Judge rejects developer\'s bid to halt permit inquiry\n\n'
            'In a ruling, U.S. District Judge Elena Marsh wrote that Costa had "failed to show any likelihood of '
            'success" on his claims. "The public interest favors the inquiry," the judge wrote.')
    assert quote_speakers(text) == ["Elena Marsh", "Elena Marsh"]


def test_an_ampersand_joins_a_firm_name():
    text = ('Supermarket chain Fenwick & Lowe has recalled peanut butter.\n\n'
            '"We are sorry for any inconvenience," a spokeswoman for Fenwick & Lowe said.\n\n'
            '"We are sorry," Fenwick & Lowe said in a second statement.')
    assert quote_speakers(text) == ["a spokeswoman for Fenwick & Lowe", "Fenwick & Lowe"]


def test_the_statement_someone_said_in_speaks_for_them():
    text = ('Gov. Martha Delaney said in a statement that crews were testing the air. "Our first priority is the '
            'safety of the people," the statement said.')
    assert quote_speakers(text) == ["Martha Delaney"]


def test_an_older_statement_said_in_is_not_the_one_the_text_last_introduced():
    text = ('"We never agreed to it," the production company said in a separate statement.\n\n'
            'The label flat-out denied the allegations in a statement shared to its website.\n\n'
            '"We were shocked to see her posts," the statement read.')
    assert quote_speakers(text)[-1] != "the production company"


def test_words_on_placards_are_nobody_s_speech():
    text = ('Campaigners gathered outside the town hall with placards reading \u2018Books not cuts\u2019. '
            'Alison Trent, who organised the protest, said: \u2018These libraries are warm.\u2019')
    assert quote_speakers(text) == [None, "Alison Trent"]


def test_a_headteacher_is_a_person_who_speaks():
    text = ('A headteacher in Dundee, who asked not to be named, told the paper: "I have had three vacancies since '
            'August and not one applicant."')
    assert quote_speakers(text) == ["A headteacher in Dundee"]


def test_the_one_who_asks_is_not_the_one_who_answers():
    text = ('Chief Constable Sarah Whitlock defended her force. "No," she replied.\n\n'
            'Asked by a reporter whether she would resign, she said: "I am not going anywhere."')
    assert quote_speakers(text) == ["Sarah Whitlock", "Sarah Whitlock"]
    # someone else brought in by the paragraph may be "she": no one
    text = ('Chief Constable Sarah Whitlock defended her force.\n\n'
            'Approached by a woman in the street, she said: "I am not going anywhere."')
    assert quote_speakers(text) == [None]


def test_said_the_american_is_the_one_person_the_passage_names():
    text = ('Anya Brooks, who had not dropped a set, said she had felt tired.\n\n'
            '"She played better than me today," said the American. "Lucia deserves it."')
    assert quote_speakers(text) == ["Anya Brooks", "Anya Brooks"]
    # two people named in the passage: a nation may describe either, no one
    text = ('Anya Brooks, who had not dropped a set, said she had felt tired. Her coach, Tom Reed, was angry.\n\n'
            '"She played better than me today," said the American.')
    assert quote_speakers(text) == [None]
    text = 'Anya Brooks lost to Lucia Marchetti in two sets.\n\n"She played better than me today," said the American.'
    assert quote_speakers(text) == [None]


def test_a_body_named_with_of_after_a_person_is_where_they_work_not_the_speaker():
    text = ('Other experts urged caution. Professor James Whitby of the University of Leeds said the find was '
            '"remarkable" but that more tests were needed.')
    assert quote_speakers(text) == ["James Whitby"]


def test_a_body_s_name_with_for_inside_modifies_the_spokesperson():
    assert quote_speakers('A Department for Education spokesperson said: "We have acted swiftly."') == [
        "A Department for Education spokesperson"]
    assert quote_speakers('A Ministry of Defence spokesman said: "We do not comment."') == ["A Ministry of Defence spokesman"]
