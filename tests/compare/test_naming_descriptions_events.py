"""Descriptions of the event a story tells ("the quake", "the 7.6-magnitude earthquake", "the
blaze", "his wife's murder") are mentions of one chain per event noun group, so two articles'
words for the event make a contrast. Hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import article_views, referents

from .helpers import article, labels, naming_contrasts


def event_mentions(text):
    """The body mentions of events (text -> chain) of an article compared with itself."""
    a, b = article(text), article(text)
    return {r.text: r.chain for r in referents(a, b, article_views(a, b)).chains[0].refs
            if r.chain.startswith("event:")}


def event_labels(text_a, text_b, word):
    """(a labels, b labels) of the contrast one of whose labels has the word, or None."""
    for c in naming_contrasts(text_a, text_b).values():
        a, b = labels(c, "a"), labels(c, "b")
        if any(word in label for label in a | b):
            return a, b
    return None


QUAKE = ("A 7.6-magnitude earthquake struck northern Peru on Monday, killing 30 people. "
         "The quake destroyed hundreds of homes, officials said.")
EARTHQUAKE = ("A powerful earthquake hit northern Peru on Monday. "
              "The earthquake killed 30 people, officials said.")


def test_the_quake_and_the_earthquake_are_one_event():
    a, b = event_labels(QUAKE, EARTHQUAKE, "quake")
    assert {"A 7.6-magnitude earthquake", "The quake"} <= a
    assert {"A powerful earthquake", "The earthquake"} <= b


def test_a_verb_after_the_event_is_no_part_of_another_description():
    # "The quake destroyed hundreds of homes": the quake, never a description of the homes
    found = naming_contrasts(QUAKE, EARTHQUAKE)
    assert not any("destroyed" in label for c in found.values() for label in labels(c, "a"))


def test_the_same_words_make_no_contrast():
    assert event_labels(QUAKE, QUAKE, "quake") is None


def test_a_blaze_and_a_fire_and_a_possessive_description():
    a_text = "Friday's blaze destroyed the church in Wasilla. The fire was set deliberately, police said."
    b_text = "A fire destroyed a church in Wasilla on Friday. Investigators said the fire was set deliberately."
    a, b = event_labels(a_text, b_text, "fire")
    assert {"Friday's blaze", "The fire"} <= a
    assert "A fire" in b


def test_a_possessor_keeps_its_determiner():
    a_text = "Simpson is charged in his girlfriend's killing. The slaying shocked Spiro."
    b_text = "Simpson is charged in the murder. The murder shocked Spiro."
    a, b = event_labels(a_text, b_text, "murder")
    assert "his girlfriend's killing" in a and "the murder" in {x.lower() for x in b}


def test_another_event_of_its_kind_is_not_the_one_told():
    # a year, "previous", a rank, a second "an": another earthquake than the one the story tells
    a_text = ("An earthquake struck Peru on Monday. It was the worst since the 2007 earthquake, "
              "and stronger than the previous quake. The second quake was weaker. An earthquake in Chile followed.")
    b_text = "An earthquake struck Peru on Monday, officials said."
    assert event_labels(a_text, b_text, "quake") is None


def test_an_event_noun_that_modifies_another_or_stands_bare_is_no_mention():
    found = event_mentions("Police said the shooting suspect fled. The quake-hit town was empty. "
                           "Fire broke out near the crash site. The attacks continued.")
    assert found == {}


def test_event_mentions_and_their_keys():
    found = event_mentions("A 7.6-magnitude earthquake struck Peru. The quake was felt in Lima. "
                           "The blast and the blaze followed. Peru's earthquake was the worst since the 2007 quake.")
    assert found["A 7.6-magnitude earthquake"] == found["The quake"] == "event:earthquake"
    assert found["The blast"] == "event:explosion" and found["the blaze"] == "event:fire"
    assert found["Peru's earthquake"] == "event:earthquake"  # the one quake told by its place
    assert "the 2007 quake" not in found


def test_two_events_told_by_their_places_join_no_plain_one():
    found = event_mentions("The Aurora shooting and the Newtown shooting were recalled. The shooting shocked many.")
    assert found["The shooting"] == "event:shooting"
    assert found["The Aurora shooting"] != "event:shooting" and found["the Newtown shooting"] != "event:shooting"


def test_an_ordinal_makes_another_event_a_number_an_edition():
    found = event_mentions("Jackman hosted the 81st Academy Awards ceremony. The ceremony ran long. "
                           "The second ceremony was shorter. The worst storm in years hit.")
    assert found["the 81st Academy Awards ceremony"] == found["The ceremony"] == "event:ceremony"
    assert "The second ceremony" not in found
    assert found["The worst storm"] == "event:storm"


def test_a_win_and_a_victory_are_one_contest():
    a, b = event_labels("The Colts sealed a 20-13 victory on Sunday.", "The Colts sealed a 20-13 win on Sunday.", "20-13")
    assert a == {"a 20-13 victory"} and b == {"a 20-13 win"}
