"""Two people of one surname in one article: the sentence before a quotation of several
sentences is the one before the quotation opens ('"... . If he had any grievance, ...," Patil
said.'), and "the younger Price" / "the elder Lemaire" is the one named in full last before it.
Each with its twin where the cue is missing. Hand-written paragraphs, every person invented."""

from __future__ import annotations

from .helpers import speaker_of

_Q, _E = "\u201c", "\u201d"

PATIL = ("The rebels, led by former minister Vinayak Patil, wrote to the Speaker on Sunday.\n\n"
         "Vinayak Patil said the group would not return before the vote.\n\n"
         "{before}\n\n"
         f"{_Q}He was given two portfolios. If he had any grievance, my door was always open,{_E} Patil said.")


def test_a_surname_after_a_quotation_of_sentences_is_the_one_named_in_the_sentence_before_it():
    before = "Rural Development Minister Sunanda Patil, who is not related to the rebel leader, said the rebels were misled."
    assert speaker_of(PATIL.format(before=before), "He was given two portfolios") == "Sunanda Patil"


def test_with_no_one_of_the_surname_named_before_the_quotation_the_rule_is_as_before():
    # the sentence before the quotation names no Patil: the one named first (the rule as before)
    before = "Rural Development Minister Sunanda Patil, who is not related to the rebel leader, spoke later.\n\nThe rally ended early."
    assert speaker_of(PATIL.format(before=before), "He was given two portfolios") == "Vinayak Patil"


PRICE = ("The turning point came on 63 minutes, when defender Luke Price was sent off.\n\n"
         "{middle}"
         f"{_Q}I just closed my eyes and hit it,{_E} the ADJECTIVE Price said afterwards.")
_SUB = ("Ashgrove equalised eight minutes later, when substitute Jamie Price, no relation to the sent-off "
        "defender, turned in a low cross. The 19-year-old was mobbed by his teammates.\n\n")


def test_the_younger_of_one_surname_is_the_one_named_in_full_last():
    text = PRICE.format(middle=_SUB).replace("ADJECTIVE", "younger")
    assert speaker_of(text, "I just closed my eyes") == "Jamie Price"


def test_the_elder_of_one_surname_is_the_one_named_in_full_last_too():
    text = ("Hartbury rejected a bid for Bastien Lemaire on Wednesday.\n\n"
            "Lemaire's father, Didier Lemaire, spoke to a radio station. He played in France for a decade.\n\n"
            f"{_Q}My son is happy here, but a career is short,{_E} the elder Lemaire said.")
    assert speaker_of(text, "My son is happy") == "Didier Lemaire"


def test_a_bare_surname_without_the_adjective_keeps_the_rule_as_before():
    text = PRICE.format(middle=_SUB).replace("the ADJECTIVE Price", "Price")
    assert speaker_of(text, "I just closed my eyes") == "Luke Price"


def test_the_younger_of_two_named_together_is_not_told_by_recency():
    text = ("Brothers Luke Price and Jamie Price both started for Ashgrove.\n\n"
            f"{_Q}I just closed my eyes and hit it,{_E} the younger Price said afterwards.")
    assert speaker_of(text, "I just closed my eyes") == "Luke Price"  # (the rule as before: the one named first)


# -- the offices of the Irish parliament are titles, not part of a name -------------------------------

def test_the_taoiseach_is_a_title_before_a_name():
    text = ("Waiting lists fell.\n\nThe Taoiseach, Eamon Kavanagh, said the figures were checked.\n\n"
            f"{_Q}It is administration,{_E} the Taoiseach said.")
    assert speaker_of(text, "It is administration") == "Eamon Kavanagh"


def test_the_taoiseach_with_no_one_named_so_stays_the_office():
    text = ("Waiting lists fell.\n\nEamon Kavanagh, a consultant, said the figures were checked.\n\n"
            f"{_Q}It is administration,{_E} the Taoiseach said.")
    assert speaker_of(text, "It is administration") != "Eamon Kavanagh"


# -- "Ms" tells apart two people of one surname by a given name of the world's lists -------------------

KAVANAGH = ("Waiting lists fell.\n\nTaoiseach {he} Kavanagh said the figures were checked.\n\n"
            "The Minister for Health, {she} Kavanagh, spoke to reporters at Government Buildings.\n\n"
            "The HSE will publish the numbers on Friday, officials said.\n\n"
            f"{_Q}I will publish every line,{_E} Ms Kavanagh said.")


def test_ms_with_a_surname_two_share_is_the_one_a_given_name_tells_a_woman():
    assert speaker_of(KAVANAGH.format(he="Eamon", she="Sunanda"), "I will publish") == "Sunanda Kavanagh"


def test_ms_with_given_names_that_tell_nothing_keeps_the_rule_as_before():
    # "Robin" and "Sasha" name men and women: "Ms" tells nothing, the one named first as before
    assert speaker_of(KAVANAGH.format(he="Robin", she="Sasha"), "I will publish") == "Robin Kavanagh"


# -- descriptions of a named person ------------------------------------------------------------------

def test_the_office_with_its_remit_before_a_name_is_what_the_office_after_it_stands_for():
    # "The Minister for Health, Orla Kavanagh,": her office is "minister", not "health"
    text = ("Waiting lists fell.\n\nEarlier, the Minister for Health, Orla Kavanagh, who is not related to the "
            "Taoiseach, told reporters the HSE would publish the figures.\n\n"
            f"{_Q}I have asked for every number,{_E} the Minister said.")
    assert speaker_of(text, "I have asked") == "Orla Kavanagh"


def test_a_word_of_the_remit_is_no_office_of_hers():
    text = ("Waiting lists fell.\n\nThe Minister for Health, Orla Kavanagh, told reporters the HSE would publish.\n\n"
            f"{_Q}I have asked for every number,{_E} the Health spokeswoman said.")
    assert speaker_of(text, "I have asked") != "Orla Kavanagh"


SCHOOL = ("The board voted 5-2 on Monday.\n\nTasha Greer has three kids in the district. {opening} Kayla Greer, a junior "
          "at the high school, spoke next. She says her classmates are excited.\n\n"
          f"{_Q}But a lot of them get their only hot meal at school,{_E} the 16-year-old told board members.")


def test_a_name_after_her_daughter_opening_the_sentence_is_its_subject():
    assert speaker_of(SCHOOL.format(opening="Her daughter"), "But a lot of them") == "Kayla Greer"


def test_a_name_after_an_owner_and_a_noun_that_is_no_kin_is_not_made_the_subject():
    # "Her friend" is no kin noun: the rule does not reach it (no speaker, as before)
    assert speaker_of(SCHOOL.format(opening="Her neighbour in the stands, a friend of"), "But a lot of them") is None


ASKED = ("Hartbury rejected the bid for Bastien Lemaire.\n\nHartbury manager Graham Tully refused to discuss it.\n\n"
         "{asked}, the 52-year-old said only: "
         f"{_Q}Ask me on Saturday.{_E}")


def test_a_name_inside_a_fronted_question_is_not_the_subject_a_description_stands_for():
    text = ASKED.format(asked="Asked whether Lemaire would be in the squad for Saturday's trip to Ambleford")
    assert speaker_of(text, "Ask me on Saturday") != "Bastien Lemaire"


def test_a_name_opening_the_sentence_after_the_question_is_its_subject():
    text = ASKED.replace("{asked}, the 52-year-old said only", "Asked about the squad, Lemaire said only")
    assert speaker_of(text, "Ask me on Saturday") == "Bastien Lemaire"


# -- words reported inside a lead-in are its speaker's, not the main clause's --------------------------

def test_words_a_when_clause_reports_are_its_speakers():
    text = ("The sitting was suspended.\n\nWhen Ms Mulcahy said across the chamber that the Taoiseach was "
            f"{_Q}hiding behind a spreadsheet{_E}, the Ceann Comhairle, Seamus Broin, twice asked her to withdraw the remark.")
    assert speaker_of(text, "hiding behind") == "Mulcahy"


def test_words_after_the_lead_in_are_the_main_clauses():
    text = ("The sitting was suspended.\n\nAfter Deirdre Mulcahy said the figures were checked, Seamus Broin "
            f"called the exchange {_Q}a disgrace{_E}, the record shows.")
    assert speaker_of(text, "a disgrace") != "Deirdre Mulcahy"
