"""A date in brackets after "today", "yesterday", "this morning" is the day an article was written
("announced today (14 October 2011)"): two articles written on other days disagree on no fact,
and its day and year count nothing. A date of the event itself still differs."""

from __future__ import annotations

from sidebyside.compare.discrepancy import statements
from sidebyside.compare.termdata import lexicon

from .test_discrepancy import flags


def stated(text: str) -> list[tuple[str, object]]:
    return [(x.kind, x.value) for x in statements(text, 0, len(text), lambda w: w, lexicon())]


def test_the_day_of_writing_in_brackets_states_no_date_and_no_count():
    assert stated("Seacom announced on Twitter today (14 October 2011) that it restored all its customers.") == []
    assert stated("SEACOM tweeted this morning (Tuesday 16 August 2011) that the link was down.") == []


def test_a_date_of_the_event_is_still_read():
    assert ("date", "october 14") in stated("The cable broke on 14 October 2011 off the coast of Egypt.")
    # brackets after another word: an aside of the story, its numbers read
    assert ("number", 14.0) in stated("The quake killed 12 people (14 more were hurt) on Tuesday.")


def test_two_articles_written_on_other_days_are_no_discrepancy():
    assert flags(
        "Undersea cable operator Seacom announced today (4 November 2011) that repairs have been completed on a broken cable off Egypt.",
        "Cable operator Seacom said today (10 October 2011) that repairs have been completed on the broken cable off Egypt.",
    ) == []


def test_the_event_on_other_days_is_still_a_discrepancy():
    assert flags(
        "Undersea cable operator Seacom said repairs on the broken cable off Egypt were completed on 4 November 2011.",
        "Cable operator Seacom said repairs on the broken cable off Egypt were completed on 10 October 2011.",
    ) != []
