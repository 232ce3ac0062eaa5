"""Speakers on the shapes of real pages (the ECB+ read batch held_back_10): a name in apposition
after the description that follows the verb, a participle that hangs on another clause's subject,
"what he calls", and the paper an editorial appeared in. Hand-written texts, each with a negative."""

from __future__ import annotations

from sidebyside.compare import article_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


def test_name_in_apposition_after_a_description_with_an_initial():
    text = ("The ministry lodged a complaint last week.\n\n"
            '"We have no intention of going to war again," said a government spokesman, Rabie A. Atti.\n\n'
            '"If they come, they will lose."')
    assert speakers(text) == ["Rabie A. Atti", "Rabie A. Atti"]


def test_a_clause_after_the_comma_is_no_apposition():
    text = '"We will rebuild," said a city spokesman, adding that Tom Hale would visit the site.'
    assert speakers(text) == ["a city spokesman"]


def test_one_of_a_group_then_the_name_after_an_aside_on_the_quotation():
    text = ("Rebels hold two towns in the hills.\n\n"
            '"We are ready to fight until we reach Kassala," the eastern city, said one of the rebel leaders, '
            "Abel Makur, in a September interview.\n\n"
            '"We are prepared for a long war," he added, "to see this regime ousted."')
    assert speakers(text) == ["Abel Makur"] * 3


def test_one_of_a_group_with_no_name_after_it_names_no_one():
    text = '"We are ready," the eastern city, said one of the rebel leaders, adding that Tom Hale had fled.'
    assert "Tom Hale" not in speakers(text)


def test_a_participle_after_a_subordinate_clause_is_not_the_main_clauses_speaker():
    text = ("The court source said Mr Brandt indicated he had acted in self defence when the group began "
            'throwing stones while shouting they "were going to kill them".')
    assert speakers(text) == [None]


def test_a_participle_of_the_main_clause_keeps_its_speaker():
    assert speakers('Ann Lee said on Tuesday, adding that "the plan is dead".') == ["Ann Lee"]
    text = ("In a reflection of the confusion, the Electoral Commission issued a statement warning that "
            "\u201cvoters are entitled to transparency.\u201d")
    assert speakers(text) == ["the Electoral Commission"]


def test_what_he_calls():
    text = ("Warren Hale is the leader of the sect.\n\n"
            'On the tape, Hale counsels his wives to perform what he calls the "ordinance of comfort."')
    assert speakers(text) == ["Warren Hale"]


def test_what_others_call_is_not_the_named_persons():
    text = ("Warren Hale is the leader of the sect.\n\n"
            'Hale spoke for an hour. The tape is what the critics call "proof".')
    assert speakers(text) != ["Warren Hale"]


def test_an_editorial_in_a_named_daily_is_the_papers():
    text = '"For four days, Greece has surrendered itself to flames," said an editorial in the conservative daily Eleftheros Typos.'
    assert speakers(text) == ["Eleftheros Typos"]


def test_an_editorial_in_a_place_names_no_paper():
    text = '"It is over," said an editorial in the city of Athens.'
    assert speakers(text) != ["Athens"]


def test_a_time_between_the_name_and_its_verb():
    assert speakers('The Indian Navy in November said it had sunk the pirate "mother ship".') == ["the Indian Navy"]
    assert speakers('Tom Hale last week said the plan was "a mess".') == ["Tom Hale"]


def test_a_time_after_a_place_or_a_bare_noun_names_no_one():
    assert speakers('Voters in Ohio on Tuesday said the plan was "a mess".') == [None]
    assert speakers('The navy in November said it had sunk the "mother ship".') == [None]


def test_makes_reference_to_words_in_quotation_marks():
    text = ("Warren Hale was convicted on Thursday.\n\n"
            'On one of the tapes, Hale made a reference to "drawing close" or "being close."')
    assert speakers(text) == ["Warren Hale", "Warren Hale"]


def test_no_reference_or_a_documents_reference_credits_no_one():
    assert speakers('Warren Hale spoke. Hale made no reference to "drawing close".') == [None]
    assert speakers('Warren Hale spoke. The report makes reference to "drawing close".') != ["Warren Hale"]


def test_had_advice_for_before_a_colon_introduces_the_named_persons_words():
    text = ("Superior Court Judge James Bodiford sentenced Nichols on Saturday.\n\n"
            "Bodiford had advice for anyone who deals with Nichols in the future:\n\n"
            '"Do not trust Mr. Nichols ever again."')
    assert speakers(text) == ["James Bodiford"]


def test_had_no_words_noun_or_a_role_alone_introduces_no_one():
    text = ("Superior Court Judge James Bodiford sentenced Nichols on Saturday.\n\n"
            "Bodiford had lunch with anyone who deals with Nichols in the future:\n\n"
            '"Do not trust Mr. Nichols ever again."')
    assert speakers(text) == [None]
    # two judges in the article: "the judge" is no one we can tell
    text = ("Superior Court Judge James Bodiford sentenced Nichols, who killed Judge Rowland Barnes.\n\n"
            "The judge had advice for anyone who deals with Nichols in the future:\n\n"
            '"Do not trust Mr. Nichols ever again."')
    assert speakers(text) == [None]


def test_a_body_of_people_before_of_is_the_subject():
    text = ('In December a coalition of several dozen groups released a document calling for "better care."')
    assert speakers(text) == ["a coalition of several dozen groups"]


def test_a_body_after_of_is_not_the_subject_it_modifies():
    assert speakers('The leader of the group said the plan was "a mess".') == ["The leader of the group"]
    assert speakers('A spokesman for a coalition of unions said the plan was "a mess".') == \
        ["A spokesman for a coalition of unions"]


def test_spoke_of_or_talked_about_a_quoted_phrase():
    text = "South Sudan's president Salva Kiir talked of Sudan's \"pending invasion\" of its neighbour."
    assert speakers(text) == ["Salva Kiir"]
    assert speakers('Salva Kiir spoke about a "new era" for the country.') == ["Salva Kiir"]


def test_spoke_of_something_else_before_anothers_words():
    text = 'Salva Kiir talked about the weather, and the paper called the plan a "pending invasion".'
    assert speakers(text) != ["Salva Kiir"]


def test_made_a_reference_after_a_quotation_of_the_paragraph_before():
    text = ('Nichols spoke to the jury. "A lot of people may ask, why would someone record that?"\n\n'
            'On one of the tapes played at the trial, Jeffs made a reference to "drawing close" or "being close," '
            "which authorities testified is how church members refer to sex.")
    assert speakers(text)[1:] == ["Jeffs", "Jeffs"]
