"""Sources from speech verbs read in their other senses, a modal opening a question glued to a
name, and a body's name cut after "of" (issue 12, found by a reader of session 21). Hand-written
texts, each with a negative: the verb reporting words stays a source."""

from __future__ import annotations


from .helpers import sources_of


# "by" and an act


def test_responding_by_an_act_is_no_source():
    assert sources_of("Pellow tried to grab the flag before Kastner responded by shoving him into the boards.") == {}


def test_responding_with_words_stays_a_source():
    assert "Kastner" in sources_of("Kastner responded that the plan was sound.")
    assert "Kastner" in sources_of("Kastner responded by saying that the referee had missed the foul.")
    assert "Kastner" in sources_of("Kastner responded to reporters after the match.")
    assert "Kastner" in sources_of('"We missed nothing," Kastner responded.')


# "to be"


def test_continuing_to_be_is_no_source():
    assert sources_of("Varga continues to be the favorite of the club's owners, but the board is split.") == {}


def test_continuing_to_speak_stays_a_source():
    assert "Varga" in sources_of("Varga continued, saying the board had been misled.")


def test_to_be_opening_the_next_quotation_is_no_infinitive():
    assert "Varga" in sources_of('"Wonderful," Varga said. "To be honest, we did not expect it."')


# a verb with a common sense of no speech


def test_maintaining_a_lead_is_no_source():
    assert sources_of("It is a county where Mayor Edda Rusk has maintained a comfortable lead in the polls for a year.") == {}


def test_maintaining_innocence_or_a_that_clause_stays_a_source():
    assert "Edda Rusk" in sources_of("Edda Rusk has maintained her innocence since the audit.")
    assert "Edda Rusk" in sources_of("Edda Rusk maintained that she had signed nothing.")


def test_something_continuing_is_no_source():
    assert sources_of("Fights with the stewards continued for most of the evening.") == {}


def test_a_head_snapped_around_is_no_source():
    assert sources_of("Okafor was beaten twice. He needs to get his head snapped around faster on those drills.") == {}


def test_snapping_at_someone_with_words_stays_a_source():
    assert "Okafor" in sources_of("Okafor snapped at the steward: the drill was a waste of time.")


# a modal opening a question


def test_a_modal_opening_a_question_is_no_given_name():
    names = sources_of("Rusk had a bad month. Will Rusk say that the audit was unfair, or will she stay silent?")
    assert "Will Rusk" not in names


def test_a_given_name_will_outside_a_question_stays():
    assert "Will Rusk" in sources_of("Will Rusk said the audit was unfair.")


# a name after a body's head and "of"


def test_a_name_after_coalition_of_is_the_bodys():
    names = sources_of("The Alliance of Progressive Farmers has declared that the subsidy cuts are unlawful.")
    assert names == {"The Alliance of Progressive Farmers": "institution"}


def test_a_person_of_a_place_stays_a_person():
    names = sources_of("Mayor Edda Rusk of Lindholm declared that the subsidy cuts are unlawful.")
    assert names == {"Edda Rusk": "person"}
