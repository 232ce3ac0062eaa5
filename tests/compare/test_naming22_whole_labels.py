"""A description's label runs to the end of the phrase after its noun that restricts it ("a
resident of Ashgabat", "an earthquake with a magnitude of 6.1"), never cut before it; a phrase
that tells how or when ("hit a pedestrian with a car", "arrested a man in the morning") is no
part of it. And things owned by two people ("his car", "her car") are two chains. Hand-written
texts, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import article


def mentions(text):
    """The body mentions of an article compared with itself: label -> chain."""
    a, b = article(text), article(text)
    return {r.text: r.chain for r in referents(a, b, article_views(a, b)).chains[0].refs if r.field == "text"}


def test_an_of_phrase_with_a_place_stays_in_the_label():
    found = mentions("A resident of Ashgabat said the walls shook for a minute.")
    assert "A resident of Ashgabat" in found
    assert "A resident" not in found


def test_the_place_after_the_noun_tells_the_referent_as_the_place_before_it_does():
    after = mentions("A resident of Ashgabat said the walls shook for a minute.")
    before = mentions("An Ashgabat resident said the walls shook for a minute.")
    assert after["A resident of Ashgabat"] == before["An Ashgabat resident"]
    other = mentions("A resident of Ankara said the walls shook for a minute.")
    assert other["A resident of Ankara"] != after["A resident of Ashgabat"]


def test_a_measure_after_an_event_noun_stays_in_the_label():
    found = mentions("An earthquake with a magnitude of 6.1 struck the region on Monday, officials said.")
    assert "An earthquake with a magnitude of 6.1" in found
    assert found["An earthquake with a magnitude of 6.1"].startswith("event:")


def test_the_event_a_role_is_of_stays_in_the_label():
    found = mentions("Police said the suspect in the shooting was taken to a hospital.")
    assert "the suspect in the shooting" in found


def test_a_count_after_of_stays_in_the_label():
    found = mentions("A 59-year-old mother of two died when a driver struck her, police said.")
    assert "A 59-year-old mother of two" in found


def test_a_phrase_that_tells_how_or_when_is_not_taken_in():
    found = mentions("A driver hit a pedestrian with a car on Friday. Police arrested a man in the morning. "
                     "A jury convicted a teacher of murder.")
    assert "a pedestrian" in found and not any(t.startswith("a pedestrian with") for t in found)
    assert not any(t.startswith("a man in") for t in found)
    assert "a teacher" in found and "a teacher of murder" not in found


def test_a_phrase_is_not_cut_inside_a_longer_noun_phrase():
    found = mentions("The mayor of the city council district spoke on Monday.")
    assert not any(t == "The mayor of the city" for t in found)


def test_his_car_and_her_car_are_two_chains():
    found = mentions("A drunken driver struck her with his car and drove off. Raj Chohan had just parked "
                     "her car on 117th Street.")
    assert found["his car"] != found["her car"]


def test_a_past_participle_after_a_noun_heads_no_description():
    found = mentions("A witness chased the car for two blocks, police said.")
    assert "A witness" in found
    assert "A witness chased" not in found
