"""Credits of kind: the letters after a name ("Aoife Brennan TD"), an office with its remit in
capitals before a name in apposition ("The Minister for Housing, Colm Dineen,"), a title telling
two people of one surname apart ("Dr Brennan"), a role introduced anew ("a spokesperson for the
Department"), a body's statement ("a NSW Police statement said"), and two British single-marked
quotations in one sentence ('unsafe on most nights' ... 'a real risk'). Each abstention (no
speaker) has its positive twin. Hand-written paragraphs, every person invented."""

from __future__ import annotations

from .helpers import speaker_of

_Q, _E = "\u201c", "\u201d"


# -- letters after a name are no part of it ------------------------------------------------------

def test_letters_after_a_name_are_no_part_of_it():
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan TD, said it gave landlords {_Q}a reason to evict{_E}.")
    assert speaker_of(text, "a reason to evict") == "Aoife Brennan"


def test_a_title_before_a_name_stays_a_title():
    text = f"Rents rose again.\n\nLabour MP Ann Lee said the plan was {_Q}no way to run a country{_E}."
    assert speaker_of(text, "no way to run") == "Ann Lee"


def test_a_surname_with_its_honorific_is_the_one_with_those_letters():
    # "Ms Brennan" after "Aoife Brennan TD": hers, not a man of that surname named later
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan TD, said it was {_Q}a loophole{_E}.\n\n"
            f"{_Q}A reset is an eviction incentive,{_E} Ms Brennan told the chamber.\n\n"
            "Dr Fergal Brennan, a housing economist, said the evidence was mixed.")
    assert speaker_of(text, "A reset is an eviction incentive") == "Aoife Brennan"


# -- two people of one surname: the title tells them apart ---------------------------------------

def test_a_titled_surname_is_the_one_named_before_with_that_title():
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan TD, said it was {_Q}a loophole{_E}.\n\n"
            "Dr Fergal Brennan, a housing economist, said the evidence was mixed. Rents rose more slowly, he said.\n\n"
            f"{_Q}Caps protect the people who already have a home,{_E} Dr Brennan said.")
    assert speaker_of(text, "Caps protect") == "Fergal Brennan"


def test_a_surname_two_people_share_with_no_title_to_tell_them_apart_is_the_one_named_first():
    # (the rule as before: "Mr" and "Ms" only tell sex; here no title tells them apart)
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan, said it was {_Q}a loophole{_E}.\n\n"
            "Economist Fergal Brennan said the evidence was mixed. Rents rose more slowly, he said.\n\n"
            f"Later, {_Q}caps protect the people who already have a home,{_E} Brennan said.")
    assert speaker_of(text, "caps protect") == "Aoife Brennan"


# -- an office with its remit, in capitals, before a name in apposition ------------------------------

def test_an_office_for_a_field_before_a_name_in_apposition_is_the_name():
    text = ("The bill passed on Wednesday.\n\n"
            f"The Minister for Housing, Colm Dineen, told the chamber it was {_Q}the most significant protection{_E}.")
    assert speaker_of(text, "the most significant protection") == "Colm Dineen"


def test_the_office_after_it_is_that_person():
    text = ("The bill passed on Wednesday.\n\n"
            f"The Minister for Housing, Colm Dineen, told the chamber it was {_Q}the most significant protection{_E}.\n\n"
            f"{_Q}A tenant in Longford has the same protection as one in Dublin,{_E} the Minister said.")
    assert speaker_of(text, "A tenant in Longford") == "Colm Dineen"


def test_a_body_of_and_a_place_before_an_apposition_stay_a_body():
    text = ("Markets fell.\n\n"
            f"The Bank of England, the central bank, said it was {_Q}watching closely{_E}.")
    assert speaker_of(text, "watching closely") == "The Bank of England"


# -- "the spokesperson" after "a spokesperson for ..." is that one -------------------------------------

def test_the_role_after_a_new_one_of_that_role_is_introduced_is_the_new_one():
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan TD, said it was {_Q}a loophole{_E}.\n\n"
            "Not quite over. Ms Brennan's party will table amendments, and a spokesperson for the Department "
            "of Housing said officials were still drafting the rules.\n\n"
            f"{_Q}The detail will be published well ahead of March,{_E} the spokesperson said.")
    assert speaker_of(text, "The detail will be published") == "a spokesperson for the Department of Housing"


def test_the_role_with_no_new_one_introduced_is_the_person_titled_so():
    text = ("Rents rose again.\n\n"
            f"The party's housing spokesperson, Aoife Brennan TD, said it was {_Q}a loophole{_E}.\n\n"
            "Not quite over. Her party will table amendments next week.\n\n"
            f"{_Q}We will fight it line by line,{_E} the spokesperson said.")
    assert speaker_of(text, "We will fight it") == "Aoife Brennan"


# -- a body's statement -------------------------------------------------------------------------

def test_a_named_bodys_statement_is_the_body():
    text = ("Two men fled.\n\n"
            f"{_Q}Officers arrested a 31-year-old man at a home about 11am,{_E} a NSW Police statement said on Saturday.")
    assert speaker_of(text, "Officers arrested") == "NSW Police"


def test_a_statement_of_no_named_body_stays_the_statement():
    text = ("Two men fled.\n\n"
            f"{_Q}Officers arrested a 31-year-old man at a home about 11am,{_E} a police statement said on Saturday.")
    assert speaker_of(text, "Officers arrested") == "a police statement"


# -- British single marks: two short quotations in one sentence --------------------------------------

def _quoted(text: str) -> list[str]:
    from sidebyside.compare import article_quotes

    return [q.text for q in article_quotes(text)]


def test_a_single_marked_quotation_ending_in_s_before_another_one_is_found():
    text = ("Nurses walked out again.\n\n"
            "An internal review describes night rotas on three wards as 'unsafe on most nights' and warns of "
            "'a real risk of avoidable harm'.")
    assert _quoted(text) == ["unsafe on most nights", "a real risk of avoidable harm"]
    assert speaker_of(text, "unsafe on most nights") == "An internal review"


def test_a_plural_possessive_inside_a_single_marked_quotation_does_not_close_it():
    text = "Nurses walked out again.\n\n'The drivers' families are angry about the rotas,' she said."
    assert _quoted(text) == ["The drivers' families are angry about the rotas"]


def test_apostrophes_open_no_quotation():
    text = "Nurses walked out again.\n\nThe council's plan for rock 'n' roll nights in the '90s was dropped."
    assert _quoted(text) == []
