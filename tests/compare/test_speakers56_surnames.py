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
