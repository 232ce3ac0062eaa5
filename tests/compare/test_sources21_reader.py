"""Sources a reader judged wrong: a credit line, a phone call, the interviewer of an interview,
a publication whose name the attribution cut back; loaded words told literally; distinctive terms
taken from inside a quotation. Hand-written texts, each with a negative case."""

from __future__ import annotations

from sidebyside.compare.distinctive import distinctive_terms, outside_quotes
from sidebyside.compare.tokens import tokenize

from .helpers import sources_of, loaded_of


# sources


def test_a_credit_line_cites_no_one():
    names = sources_of("The band will tour next year, its manager said.\n\nAdditional reporting by Joan Pike")
    assert "Additional" not in names
    assert not any("Pike" in n for n in names)


def test_reporting_that_still_cites_the_outlet():
    names = sources_of("The Harbor Times reported that the mayor would resign on Friday.")
    assert any("Harbor Times" in n for n in names)


def test_a_phone_call_cites_no_one():
    names = sources_of("It was a neighbour who spotted the car and called 911. Police said the man was arrested.")
    assert not any("neighbour" in n for n in names)
    assert any(n.lower() == "police" for n in names)


def test_calling_a_plan_a_mistake_still_cites_the_speaker():
    names = sources_of("A union leader called the plan a mistake on Monday.")
    assert any("union leader" in n for n in names)


def test_the_interviewer_of_an_interview_is_not_the_source():
    names = sources_of("In a recorded interview with the FBI, Webb confessed to the theft. "
                       "Later that day, Dale Webb admitted that he took the car.")
    assert not any("FBI" in n for n in names)
    assert any("Webb" in n for n in names)


def test_an_outlet_holding_an_interview_is_still_cited():
    names = sources_of("In an interview with the Daily Courier, the minister said taxes would rise.")
    assert "the minister" in names or any("minister" in n for n in names)


def test_a_publication_whose_name_opens_with_an_ing_word_keeps_its_whole_name():
    names = sources_of("The band will tour again next year.\n\nRolling Stone reported details of the tour on Monday.")
    assert "Stone" not in names
    assert "Rolling Stone" in names
    assert names["Rolling Stone"] != "person"


def test_a_plain_name_is_not_lengthened():
    names = sources_of("The band will tour again next year.\n\nMara Stone said the tour would open in May.")
    assert "Mara Stone" in names


# loaded words


def test_a_verb_of_saying_before_a_noun_is_a_noun():
    assert "rail" not in loaded_of("Thieves stormed an office of the country's rail operator in the capital.")
    assert "rail" not in loaded_of("The state rail operator cut its fares.")


def test_a_verb_of_saying_used_as_a_verb_still_counts():
    assert "rail" in loaded_of("Critics rail at the decision every week.")
    assert "slam" in loaded_of("The senator slammed the governor over the budget.")


def test_a_passive_with_a_thing_for_agent_is_literal():
    assert "crushed" not in loaded_of("The car was crushed by a falling tree.")


def test_a_passive_with_an_actor_for_agent_still_judges():
    assert "crushed" in loaded_of("The protest was crushed by the regime.")


def test_an_ing_form_before_its_object_is_an_act():
    assert "threatening" not in loaded_of("Webb admitted to threatening the girl and hiding her.")
    assert "threatening" in loaded_of("He sent a threatening letter to the judge.")


def test_a_past_form_after_a_pronoun_and_before_its_object_is_an_act():
    assert "troubled" not in loaded_of("It would be a stretch to say that he troubled Wladimir in the ring tonight.")


def test_plain_words_of_a_crime_story_are_not_loaded():
    found = loaded_of("They held her captive for a week. The irony is that thieves left the jewels behind.")
    assert not {"captive", "irony", "thieves", "jewels"} & set(found)


# distinctive terms


def test_outside_quotes_drops_the_quoted_words_and_breaks_the_bigram():
    text = 'He said "you might remember him" yesterday.'
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    kept = outside_quotes(tokenize(text), ((start, end),))
    assert [t.norm for t in kept] == ["he", "said", "yesterday"]
    assert kept[-1].gap == "\n"
    assert outside_quotes(tokenize(text), ()) == tokenize(text)


def test_distinctive_terms_leave_out_words_inside_quotations():
    a = ("The singer said the tour would open in May. " * 3
         + '"You might remember him, you might remember the songs," he said. ' * 3)
    b = "The singer said the tour would open in May and close in July. " * 6
    quoted = []
    at = 0
    while True:
        s = a.find('"', at)
        if s < 0:
            break
        e = a.find('"', s + 1) + 1
        quoted.append((s, e))
        at = e
    with_quotes = {t.term for t in distinctive_terms(a, b)[0]}
    without = {t.term for t in distinctive_terms(a, b, quoted=(tuple(quoted), ()))[0]}
    assert any("remember" in t for t in with_quotes)  # the negative: counted when not told apart
    assert not any("remember" in t for t in without)


def test_a_verb_listed_in_the_past_before_a_preposition_is_still_a_verb():
    assert "snapped" in loaded_of("The senator snapped at reporters on Monday.")
