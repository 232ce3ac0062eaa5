"""A month or a day opening its sentence dates the act told after it ("In May, NASA awarded …"):
read in the app, "In May, NASA awarded task orders to …" and "In July, NASA awarded the first
three contracts … to …" were aligned as one fact and not flagged, as each date was read as
dating nothing (what a date dates was looked for before it only)."""

from __future__ import annotations

from sidebyside.compare.discrepancy import discrepancies


def flagged(a: str, b: str) -> list[tuple[str, str, str]]:
    found = discrepancies(a, (0, len(a)), b, (0, len(b)), lambda w: w)
    return [(d.kind, d.a.text, d.b.text) for d in found]


def test_an_opening_month_dates_the_act_after_it():
    a = "In March, the Varden council approved the new bridge over the river after a long debate."
    b = "In April, the Varden council approved the new bridge over the river, officials said."
    assert flagged(a, b) == [("date", "March", "April")]


def test_an_opening_weekday_too():
    a = "On Tuesday, Kessler Mining closed the northern shaft after the flooding."
    b = "On Thursday, Kessler Mining closed the northern shaft, the union said."
    assert flagged(a, b) == [("date", "Tuesday", "Thursday")]


def test_opening_dates_of_two_acts_are_not_compared():
    # negative: one approved, the other opened; two acts, two dates
    a = "In March, the Varden council approved the new bridge over the river."
    b = "In April, the Varden council opened the new bridge over the river."
    assert flagged(a, b) == []


def test_the_same_opening_month_is_no_discrepancy():
    a = "In March, the Varden council approved the new bridge over the river."
    b = "In March, the Varden council approved the bridge, officials said."
    assert flagged(a, b) == []
