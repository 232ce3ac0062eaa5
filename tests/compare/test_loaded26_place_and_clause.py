"""Two readings a reader found wrong: "lie" of a place's position is no falsehood ("Delvora lies
two hundred kilometres north"), and a verb of saying whose thing is the subject of the clause it
reports says something ("the mayor claimed the bridge was safe"), where the same verb acting on
a thing ("claimed the title", "claimed three lives") or a claim as a noun ("asylum claims")
stays plain."""

from __future__ import annotations

import pytest

from sidebyside.compare.loaded import find_loaded_terms


def loaded_words(text):
    return [text[h.start : h.end] for h in find_loaded_terms(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Delvora lies two hundred kilometres north of the capital.",
        "The island of Sesk lies off the coast of Merrow.",
        "The farm lies just north of Orlen, beside the old canal road.",
        "Vessa lies 12 km east of the port.",
        "The camp, lying some 40 miles from the border, was empty by noon.",
        "The quarry lies across the river from Harl.",
        "The old mill lies in ruins after the spring floods.",
        "Responsibility for the flooding lies with the water board.",
        "The answer lies somewhere between the two reports.",
    ],
)
def test_lie_of_a_place_is_no_falsehood(text):
    assert not {"lies", "lying"} & set(loaded_words(text))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Mr. Pallant lied to investigators about the payments.", "lied"),
        ("The councillor lies about everything, his rivals say.", "lies"),
        ("Witnesses said the treasurer was lying under oath.", "lying"),
        ("He lies about ten times a day, the biography says.", "lies"),
        ("The chairman lies with a straight face, his former aide wrote.", "lies"),
    ],
)
def test_lie_of_a_falsehood_stays_loaded(text, word):
    assert word in loaded_words(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("The mayor claimed the bridge was safe.", "claimed"),
        ("Ms. Orlov insisted the dam would hold through the winter.", "insisted"),
        ("The owner claimed the building had passed every inspection.", "claimed"),
    ],
)
def test_a_verb_of_saying_reporting_a_clause_about_a_thing_is_loaded(text, word):
    assert word in loaded_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials processed thousands of asylum claims last year.",
        "Tarsen claimed the title in Vell on Sunday.",
        "The storm claimed three lives along the coast.",
        "The landslide claimed two hundred lives.",
        "She claimed the house and sold it a month later.",
        "He slammed the door and left the hall.",
    ],
)
def test_claim_as_an_act_or_a_noun_stays_plain(text):
    assert not {"claimed", "claims", "slammed"} & set(loaded_words(text))


@pytest.mark.parametrize(
    "text, word",
    [
        ("He lied. In a statement, the firm denied everything.", "lied"),
        ("The senator lied, on camera, about the vote.", "lied"),
    ],
)
def test_words_past_a_break_do_not_make_a_term_literal(text, word):
    assert word in loaded_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vessa lies 1.5 km east of the port.",
        "The outpost lies 2,000 miles south of the mainland.",
    ],
)
def test_a_number_with_a_point_or_comma_stays_one_phrase(text):
    assert "lies" not in loaded_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters heard the lies in his speech.",
        "Tarev's lies on television angered viewers.",
    ],
)
def test_lies_as_a_noun_keep_their_weight_before_a_place_word(text):
    assert "lies" in loaded_words(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows the hardship that lies ahead for the valley.",
        "Some lie in ruins, the survey of the old farms found.",
    ],
)
def test_lie_after_a_pronoun_is_still_the_verb(text):
    assert not {"lie", "lies"} & set(loaded_words(text))
