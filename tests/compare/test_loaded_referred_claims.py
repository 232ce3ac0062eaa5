"""Listed words a reader does not call loaded in news, by general readings of their context: a
claim referred to rather than told, a verb of saying with an object instead of a clause, a word
continuing a person's name."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def _found(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(text[h.start:h.end], h.category) for h in find_loaded_terms(text, **kwargs)]


def _words(text: str) -> list[str]:
    return [word for word, _ in _found(text)]


def test_a_claim_after_a_possessive_referred_to_is_no_saying():
    assert "claim" not in _words("Nobody could independently verify the group's claim.")
    assert "claim" not in _words("The ministry's claim is false, the embassy said.")
    assert "claims" not in _words("Russia's claims were dismissed by the inspectors.")


def test_a_claim_after_a_possessive_told_in_the_writers_word_stays_loaded():
    assert "claim" in _words("Trump's claim that he closed the borders was false.")
    assert "claim" in _words("Paul Krugman mocked the GOP's claim they have a better plan.")
    assert "claimed" in _words("The court ruled on whether a person's claimed identity counts.")


def test_a_verb_of_saying_with_an_object_instead_of_a_clause_is_another_act():
    assert "claim" not in _words("Come out of nowhere and claim their place in your area.")
    assert "admitted" not in _words("The hospital admitted them on Sunday.")
    assert "boasts" not in _words("The city boasts its own airport.")


def test_a_clause_or_a_judging_verb_with_an_object_stays_loaded():
    assert "claimed" in _words("She claimed it was false.")
    assert "claimed" in _words("Critics claimed the 2020 election was stolen.")
    assert "slammed" in _words("The senator slammed them on Sunday.")  # not a verb that reports a clause
    assert "admitted" in _words("He admitted the mistake.")


def test_a_capitalised_word_continuing_a_name_is_part_of_the_name():
    assert _found("Shares fell, with reporting by Herb Lash and Megan Davies.") == []


def test_a_title_case_heading_or_a_loaded_word_before_a_name_is_still_read():
    assert "Slams" in _words("Trump Slams Critics Over Border Plan\nThe president spoke on Sunday.")
    assert "slammed" in _words("The senator slammed Biden on Sunday.")
