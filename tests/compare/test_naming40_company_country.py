"""A country's name right after a company's ("Kestrel Telecom USA", "Telecom Norway") ends the
name of its national arm: no mention of the country, so the pair never sets "USA" against the
United States the other article names, and "Kestrel Telecom USA" / "Kestrel Telecom" is a short
form. A known town before its country ("Paris France") and a possessive ("Kestrel's China
unit") stay two names."""

from __future__ import annotations

from .helpers import chain_of, naming_contrasts


def test_a_company_named_with_its_country_is_one_name():
    found = naming_contrasts(
        "Kestrel Telecom USA will sell the Q10 phone from April 29. Kestrel Telecom said the phone costs $199.",
        "Kestrel Telecom will sell the Q10 phone in the U.S. from April 29, the carrier said.",
    )
    assert "United States" not in found
    contrast = found.get("Kestrel Telecom")
    assert contrast is not None and "Kestrel Telecom USA" in {label.label for label in contrast.labels[0]}


def test_a_known_town_before_its_country_stays_two_places():
    chains = chain_of("The team flew from Paris France to Tolby on Monday. France said the flight was late.")
    assert "France" in chains
    assert not any(text.startswith("Paris France") for text in chains)


def test_a_possessive_before_the_country_stays_two_names():
    chains = chain_of("Kestrel's China unit will sell the phone. China said it welcomed the deal.")
    assert "China" in chains
