"""Speakers a careful reader finds in real same-event coverage: constables' abbreviated title
("Const. Fanning said"), numbered jurors ("Juror No. 8"), "state Rep. X", a possessive kin
subject ("Nichols' mother") that a following "she said" stands for. Hand-written paragraphs,
negatives included."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from tests.compare.helpers import speaker_of


def test_a_constable_abbreviated_is_a_title_not_the_end_of_a_sentence():
    text = (
        "Police spokesman Constable Tim Fanning said the suspect had been let go on Thursday.\n\n"
        '"We found nobody else in the building," Const. Fanning said.\n\n'
        "Workplace killings are rare, police say.\n\n"
        '"It is something no business can prepare for," Const. Fanning said.'
    )
    assert speaker_of(text, "nobody else") == "Tim Fanning"
    assert speaker_of(text, "prepare for") == "Tim Fanning"


def test_a_constable_is_not_credited_with_words_a_witness_says_after_him():
    text = (
        "Const. Tim Fanning said the road would reopen at noon.\n\n"
        '"It was a terrible bang," said Anna Price, who lives nearby.'
    )
    assert speaker_of(text, "terrible bang") == "Anna Price"


def test_a_juror_known_by_a_number_keeps_the_number():
    text = (
        "No matter how many people he killed, three jurors held out.\n\n"
        '"Everyone was respectful," said Juror No. 8, one of six women on the panel.\n\n'
        '"We were searching," Juror No. 12 said.'
    )
    assert speaker_of(text, "respectful") == "Juror No. 8"
    assert speaker_of(text, "searching") == "Juror No. 12"


def test_no_before_a_number_in_a_sentence_joins_no_name():
    text = 'Hill said. "No. 1 on our list is safety," the coach said of the season.'
    assert speaker_of(text, "on our list") != "Hill said. No. 1"


def test_a_lower_case_word_before_a_title_after_the_verb_does_not_hide_the_speaker():
    text = (
        "Some state leaders said the rules should change.\n\n"
        '"Georgia is a conservative state, but there are pockets where it is not," said state Rep. '
        "Barry Fleming, a Republican who led the effort."
    )
    assert speaker_of(text, "pockets where") == "Barry Fleming"


def test_a_negation_ending_the_quotation_does_not_negate_the_speech_verb_after_it():
    text = '"It is not," said Barry Fleming.\n\nShe did not say "never" once, Ann Lee noted.'
    assert speaker_of(text, "It is not") == "Barry Fleming"
    assert speaker_of(text, "never") != "Barry Fleming"


def test_a_lower_case_word_before_a_common_noun_is_no_title():
    text = '"It is fine," said state officials in a statement.'
    assert speaker_of(text, "It is fine") != "officials in"


def test_she_after_a_lone_name_given_an_age_is_that_person_not_the_one_quoted_before():
    text = (
        '"I hope for the better," Valentina Redzhepova, an official at a polling station, told AFP.\n\n'
        "In Gyami, a village outside the capital, 25-year-old Guzel said she had come to vote.\n\n"
        '"I voted for our fellow village resident," she said.'
    )
    assert speaker_of(text, "fellow village") == "Guzel"


def test_a_lone_name_without_an_age_or_title_is_still_not_taken_for_a_person():
    text = (
        '"I hope for the better," Valentina Redzhepova, an official at a polling station, told AFP.\n\n'
        "In 2005 Gazprom raised its prices.\n\n"
        '"We will vote again," she said.'
    )
    assert speaker_of(text, "vote again") != "Gazprom"


def test_she_after_a_mother_described_by_her_sons_name_is_not_the_prosecutor_quoted_before():
    text = (
        '"Justice has been served," Kellie Hill said.\n\n'
        "They sat through the sentencing but left before reporters could interview them.\n\n"
        "As she came into the courthouse, Nichols' mother expressed their sentiments.\n\n"
        '"We just want to fade into obscurity," she said.'
    )
    assert speaker_of(text, "obscurity") != "Kellie Hill"


def test_a_relative_named_right_after_is_still_the_one_he_stands_for():
    text = (
        '"Justice has been served," prosecutor Kellie Hill said.\n\n'
        "Nichols' lawyer, Tom Reed, spoke to reporters outside.\n\n"
        '"We will appeal," he said.'
    )
    assert speaker_of(text, "appeal") == "Tom Reed"


def test_a_film_title_in_quotation_marks_is_no_fuller_name_for_the_star():
    text = (
        'In 2005 HBO released "The Notorious Bettie Page," a film starring Gretchen Mol as Page.\n\n'
        "Page avoided the camera after her modeling years.\n\n"
        '"I want people to remember me as I was," she said in a 1998 interview.'
    )
    assert speaker_of(text, "remember me") not in ("Notorious Bettie Page", "Gretchen Mol")


def test_the_full_name_written_in_the_narration_is_still_used():
    text = (
        "Bettie Page, the pin-up model, died on Thursday.\n\n"
        "Page avoided the camera after her modeling years.\n\n"
        '"I want people to remember me as I was," she said in a 1998 interview.'
    )
    assert speaker_of(text, "remember me") == "Bettie Page"


def test_a_programme_of_a_network_interviewing_is_not_the_speaker():
    text = (
        '"She is the last icon," James Swanson, co-author of a biography, said in a 1996 interview '
        "with NBC's Real Life program.\n\n"
        '"She brought something modern to the era."'
    )
    assert speaker_of(text, "last icon") == "James Swanson"
    assert speaker_of(text, "something modern") != "NBC"


def test_an_interview_with_a_person_still_credits_that_person():
    text = 'In an interview with Ann Lee, a nurse: "We were never told."'
    assert speaker_of(text, "never told") == "Ann Lee"


def test_he_added_right_after_an_unnamed_officer_is_that_officer():
    text = (
        '"The ministry is working to find a country for the 23 pirates," said a senior officer.\n\n'
        '"The frigate may head for Djibouti.\n\n'
        'Our plan to base an aircraft there is also underway," he added.'
    )
    assert speaker_of(text, "aircraft there") == "a senior officer"


def test_he_after_narration_that_follows_an_unnamed_officer_stays_unknown():
    text = (
        '"The pirate boats broke off their attack," said an officer.\n\n'
        "A detachment of commandos sped across to the dhow in inflatable boats.\n\n"
        '"The pirates surrendered quite easily," he said.'
    )
    assert speaker_of(text, "surrendered") is None


def test_he_after_unnamed_officials_is_not_the_officials():
    text = (
        '"The talks will go on," said senior officials.\n\n'
        '"Nothing is settled," he added.'
    )
    assert speaker_of(text, "Nothing is settled") != "senior officials"


def test_a_comma_outside_the_closing_mark_still_leads_to_the_speaker():
    text = (
        "Losses in Athens alone were put at about 200 million euros.\n\n"
        '"In Athens, we had 565 shops suffering serious damage", said Vassilis Krokidis, '
        "vice president of the federation."
    )
    assert speaker_of(text, "565 shops") == "Vassilis Krokidis"


def test_a_full_stop_outside_the_closing_mark_ends_the_sentence():
    text = (
        '"In Athens, we had 565 shops suffering serious damage". Said Krokidis was later named '
        "president of the federation."
    )
    assert speaker_of(text, "565 shops") is None


def test_a_description_with_a_name_in_apposition_before_the_verb_is_that_person():
    text = (
        '"I will devote all my strength to the president\'s policy," the candidate, regional '
        "bureaucrat Resulberdy Mammedov, said in a campaign statement."
    )
    assert speaker_of(text, "devote all") == "Resulberdy Mammedov"


def test_a_name_after_the_verb_is_not_the_description_that_spoke():
    text = '"I will serve," the candidate said, and Resulberdy Mammedov, his rival, laughed.'
    assert speaker_of(text, "I will serve") == "the candidate"


def test_she_after_a_paragraph_that_names_only_her_is_her_not_the_officer_quoted_before():
    text = (
        '"Our hearts go out to the man," said police Sgt. Marty Earley.\n\n'
        "Angela Benson and her two young sons were walking in the same crosswalk.\n\n"
        '"He tried to comfort her," said Earley.\n\n'
        "That's something that Benson echoes.\n\n"
        '"I just feel sad for that man," she said.'
    )
    assert speaker_of(text, "feel sad") == "Angela Benson"


def test_she_is_not_a_person_of_unknown_sex_named_alone_in_the_paragraph_before():
    text = (
        '"The driver was uncooperative," said police spokeswoman Angela Benson.\n\n'
        "Police later arrested Robin LaSalle.\n\n"
        '"We will press charges," she said.'
    )
    assert speaker_of(text, "press charges") != "Robin LaSalle"


def test_she_added_after_the_spokeswoman_said_in_the_sentence_before_is_the_spokeswoman():
    text = (
        "Roads were closed for some time, but a police spokeswoman said they were all reopened by 4.30pm.\n\n"
        'She added: "The focus today has been the safety of the public."'
    )
    assert speaker_of(text, "focus today") == "a police spokeswoman"


def test_he_added_after_a_spokeswoman_is_not_the_spokeswoman():
    text = (
        "Roads were closed for some time, but a police spokeswoman said they were all reopened by 4.30pm.\n\n"
        'He added: "The focus today has been the safety of the public."'
    )
    assert speaker_of(text, "focus today") != "a police spokeswoman"


def test_he_in_the_unnamed_speakers_own_sentence_is_someone_else():
    text = 'Carlineo was arrested in April.\n\nA staff member recalled that he said, "I will do it myself."'
    assert speaker_of(text, "do it myself") != "A staff member"


def test_words_a_described_stranger_says_inside_a_quotation_are_not_the_witness_own():
    text = (
        "\"I turned around and there's a man telling a car 'No, no, no, stop.' And a woman was on "
        'the ground," recalled Angela Benson.'
    )
    assert next(q.speaker for q in article_quotes(text) if q.text.startswith("No, no, no")) is None
    assert speaker_of(text, "I turned around") == "Angela Benson"


def test_words_the_speaker_quotes_herself_saying_stay_hers():
    text = "\"I told him 'Stop now,' and he did,\" recalled Angela Benson."
    assert next(q.speaker for q in article_quotes(text) if q.text.startswith("Stop now")) == "Angela Benson"


def test_a_name_opening_with_the_initial_a_keeps_it():
    text = (
        '"We take these issues very seriously," team general manager A.J. Smith said in a statement.\n\n'
        '"We will watch closely," A. J. Smith added.\n\n'
        'A man said: "It was over in seconds."'
    )
    assert speaker_of(text, "very seriously") == "A.J. Smith"
    assert speaker_of(text, "watch closely") in ("A.J. Smith", "A. J. Smith")
    assert speaker_of(text, "over in seconds") == "A man"


def test_a_title_opened_by_the_inside_a_sentence_is_nobodys_name():
    text = (
        "In 2006 a movie, The Notorious Bettie Page, starred Gretchen Mol.\n\n"
        '"It makes me sad," Page said.\n\n'
        '"We will march," said The Rev. Al Sharpton.'
    )
    assert speaker_of(text, "makes me sad") == "Page"
    assert speaker_of(text, "will march") == "Al Sharpton"
