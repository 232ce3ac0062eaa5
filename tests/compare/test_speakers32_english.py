"""English shapes behind wrong credits and misses (issue 12): a body's name in apposition after its
description, a quotation that ends the sentence whose own clause reports it, a role written as a
title before a name and then alone ("the chief"); each with a case it must leave alone."""

from __future__ import annotations

from .helpers import quote_speakers


def test_a_bodys_name_in_apposition_after_its_description_is_the_speaker():
    text = ("Nurses vote to strike\nThe hospitals' parent company, Meridian Health, said in a statement that it "
            'had hired 140 nurses and that "patient safety has never been compromised."')
    assert quote_speakers(text) == ["Meridian Health"]
    text = ('Rivers fouled\nThe state\'s environment regulator, the Clean Rivers Agency, said the firm had '
            'been "warned three times."')
    assert quote_speakers(text) in (["Clean Rivers Agency"], ["the Clean Rivers Agency"])


def test_a_description_without_a_name_after_it_keeps_its_own_words():
    text = ('Strike looms\nThe hospitals\' parent company, which runs three sites, said patient safety "has never '
            'been compromised."')
    assert quote_speakers(text) != ["Meridian Health"]
    # a person in the apposition stays the speaker
    text = 'Talks fail\nThe company\'s chief executive, Hannah Lowry, said: "We will put it right."'
    assert quote_speakers(text) == ["Hannah Lowry"]


def test_words_that_end_the_sentence_of_their_own_clause_are_not_the_next_sentences():
    text = ('Senators clash\nSen. Mark Ellison of Arizona said his colleague had "walked away from the table." '
            'Sen. Paul Briggs of Texas rejected that. "Mark knows why," Briggs said.')
    assert quote_speakers(text) == ["Mark Ellison", "Paul Briggs"]
    text = ('Sale split\nThe finance chief, Irene Cole, said the sale would bring in "at least nine million." '
            'Opposition leader Grant Fuller said the figure was too low.')
    assert quote_speakers(text) == ["Irene Cole"]


def test_a_quotation_that_opens_its_sentence_is_still_credited_by_the_clause_after_it():
    text = 'Fares rise\nTravel analyst Mei Tan spoke first. "Is anybody surprised?" Tan asked.'
    assert quote_speakers(text) == ["Mei Tan"]


def test_a_role_written_as_a_title_before_a_name_stands_for_that_person_alone():
    text = ("Wildfire\nFire Chief Roberto Alvarez said crews had pulled back. County Sheriff Linda Park said "
            'deputies were going door to door.\nThe chief warned the water might fail. "If we lose pressure, we lose '
            'the hydrants," the chief said.')
    assert quote_speakers(text) == ["Roberto Alvarez"]
    text = ('Floods\nFire Captain Brian Soto said crews rescued six people. County Judge Alma Ruiz declared a disaster.\n'
            '"They drove right past the signs," the captain said.')
    assert quote_speakers(text) == ["Brian Soto"]
    text = ('Ferry\nHarbour Master Colin Reid kept the ferry in port. Director Sunita Rao spoke of refunds.\n'
            '"It is a day\'s work, no more," the harbour master said.')
    assert quote_speakers(text) == ["Colin Reid"]


def test_a_role_two_people_were_titled_with_stands_for_neither():
    text = ('Storm\nFire Chief Roberto Alvarez said crews had pulled back. Police Chief Tom Hardy said the roads '
            'were shut.\n"Nobody gets in," the chief said.')
    assert quote_speakers(text) not in (["Roberto Alvarez"], ["Tom Hardy"])
    # the modifier tells them apart
    text = ('Storm\nFire Chief Roberto Alvarez said crews had pulled back. Police Chief Tom Hardy said the roads '
            'were shut.\n"Nobody gets in," the police chief said.')
    assert quote_speakers(text) == ["Tom Hardy"]
    # a role nobody was titled with resolves to no one of them
    text = 'Storm\nFire Chief Roberto Alvarez said crews had pulled back.\n"Nobody gets in," the captain said.'
    assert quote_speakers(text) != ["Roberto Alvarez"]


def test_the_answers_of_a_question_and_answer_interview_are_the_interviewees():
    text = ("A conversation with the new mayor\n"
            "Ruth Adeyemi was a school principal for 19 years. She spoke to the Courier in her office.\n"
            "Q: Why run at all?\n"
            'A: "Because nothing changed. At some point you do something."\n'
            "Q: What will you do first?\n"
            'A: "Fix the buses."\n'
            'Her predecessor, Frank Delgado, said he had offered to help. "She is tough," Delgado said.\n'
            "Q: Will you run again?\n"
            'A: "Ask me in four years."')
    assert quote_speakers(text) == ["Ruth Adeyemi", "Ruth Adeyemi", "Frank Delgado", "Ruth Adeyemi"]


def test_an_interviewers_question_is_no_clause_for_the_answer():
    text = ("Q&A: The beekeeper\n\n"
            "Tomasz Wren keeps 40 hives on rooftops. We asked him about honey and lawns.\n\n"
            "Why rooftops?\n\n"
            '"Nobody steals a hive from a roof."\n\n'
            "What do the neighbours say?\n\n"
            '"Mostly they ask for honey."')
    assert quote_speakers(text) == ["Tomasz Wren", "Tomasz Wren"]


def test_a_lone_question_or_two_people_before_the_questions_credit_no_one():
    # one rhetorical question before a quotation is no interview
    text = ("Sea wall\nCouncil leader Morwenna Pascoe wants the county to pay for the repair.\n"
            "Who is right?\n"
            '"Fix it before the next storm."')
    assert quote_speakers(text) == [None]
    # two people before the questions, and no answer credited: whose answers, the text does not say
    text = ("Two founders\nLena Ortiz and Paul Brandt started the firm in 2019.\n"
            "Why sell now?\n"
            '"The offer was too good."\n'
            "What comes next?\n"
            '"A long holiday."')
    assert quote_speakers(text) == [None, None]


def test_a_he_inside_the_quotation_after_a_name_tells_nothing_of_that_persons_sex():
    text = ("Beekeeper\nTomasz Wren keeps hives. His sister, Agata Wren, sells the honey at a stall. "
            '"He gets stung, I get the customers," she said.')
    assert quote_speakers(text) == ["Agata Wren"]
    # a "he" of the narration opening the next sentence still does
    text = ('Beekeeper\nAgata Wren sells the honey. He laughs at the price. "It is too cheap," she said.')
    assert quote_speakers(text) != ["Agata Wren"]


def test_the_answer_to_the_writers_question_about_she_is_hers():
    text = ("Profile\nMoira Kettle has refereed 300 matches. She talks to us about mistakes.\n"
            'Does she hear the crowd? "Every word. You learn to hear it as weather."')
    assert quote_speakers(text) == ["Moira Kettle"]


def test_a_question_naming_no_one_or_a_quotation_naming_the_person_credits_no_one():
    # a question about a thing, not a person: whose words, the text does not say
    text = ('Bridge\nMayor Gloria Estes visited the bridge on Monday.\nIs the bridge safe? "Not yet, not for cars."')
    assert quote_speakers(text) == [None]
    # the quotation speaks of her: someone else answers
    text = ("Profile\nMoira Kettle has refereed 300 matches. She talks to us about mistakes.\n"
            'Does she hear the crowd? "Kettle hears everything."')
    assert quote_speakers(text) != ["Moira Kettle"]
    # the writer's words after the question: no answer of hers right after it
    text = ("Profile\nMoira Kettle has refereed 300 matches. She talks to us about mistakes.\n"
            'Does she hear the crowd? Her assistant thinks so. "Every word."')
    assert quote_speakers(text) != ["Moira Kettle"]


def test_a_word_that_ends_a_title_without_being_its_role_stands_for_no_one():
    text = ('Talks\nSecretary of State Condoleezza Rice met the governor. Attorney General Ann Lee spoke too.\n'
            '"We will appeal the ruling," the state said.\n"We are ready," the general said.')
    assert quote_speakers(text) == [None, None]


def test_a_term_that_ends_the_sentence_of_its_clause_is_that_clauses_whatever_follows():
    # the same words get the same speaker with or without another clause in the sentence after them
    alone = 'Manhunt\nPolice said the man was "armed and dangerous."'
    followed = 'Manhunt\nPolice said the man was "armed and dangerous." Officers said he fled on foot.'
    assert quote_speakers(alone) == quote_speakers(followed) == ["Police"]
    # with no clause of its own before it, the writer's term is no one's, nor the next sentence's
    text = 'Diets\nThe new diet is "artificial replacement." Trent Hamm said it rarely works.'
    assert quote_speakers(text) == [None]
