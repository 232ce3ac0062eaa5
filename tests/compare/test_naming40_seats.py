"""A seat of government both articles write ("the White House") is no other name for the
country one of them also names ("the US"): the president's office is not the country's people,
so the row would set "US" against a label both share. A seat set against the country's own name
acting ("the US withheld" / "the White House withheld") stays a contrast."""

from __future__ import annotations

from .helpers import naming_contrasts


def test_a_seat_both_articles_write_is_not_set_against_the_country_one_names():
    found = naming_contrasts(
        "US President Tom Rell spoke. The aid to Norland was withheld by the US. "
        "The White House called the inquiry a sham.",
        "The White House's word cannot be trusted, the writer said of Tom Rell.",
    )
    assert "United States" not in found
    assert not any("US" in {label.label for label in c.labels[0]} and "White House" in {
        label.label for label in c.labels[1]} for c in found.values())


def test_a_seat_against_the_country_acting_is_still_a_contrast():
    found = naming_contrasts(
        "The United States withheld the aid to Norland on Monday. The US said it would review the aid.",
        "The White House withheld the aid to Norland on Monday. The White House said it would review the aid.",
    )
    contrast = found.get("United States")
    assert contrast is not None
    assert {label.label for label in contrast.labels[1]} == {"White House"}
