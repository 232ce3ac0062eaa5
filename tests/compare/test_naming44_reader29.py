"""Reader29's naming items: a country's troops are no label of the country unless both articles
tell of a military; a title the other side also writes; titles of the form "X of Y" before a
name; the story-day rule only for one event."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

_EMBASSY_A = "The US decision drew criticism in Europe on Tuesday.\n\nThe US said it would keep its embassy open."
_RESCUE_B = ("Two teachers were handed over to US forces on Tuesday.\n\n"
             "US officials said American forces had launched a rescue mission that failed to find the men.")


def test_a_countrys_forces_written_by_one_side_alone_are_no_label_of_the_country():
    found = naming_contrasts(_EMBASSY_A, _RESCUE_B)
    assert contrast_with(found, "American forces") is None


def test_the_verb_force_tells_of_no_military():
    text_a = _EMBASSY_A + "\n\nCritics said it was the latest move to force the talks. Nothing forces the pace."
    assert contrast_with(naming_contrasts(text_a, _RESCUE_B), "American forces") is None


def test_a_countrys_forces_stand_for_it_when_both_articles_tell_of_a_military():
    text_a = "Chilean troops crossed the border on Tuesday.\n\nChile said the move would last a week."
    text_b = "Chile crossed the border on Tuesday.\n\nChile said the soldiers would stay a week."
    chile = contrast_with(naming_contrasts(text_a, text_b), "Chilean troops", "a")
    assert chile is not None and "Chile" in labels(chile, "b")
    # the same, when the other article tells of no military: no row
    assert contrast_with(naming_contrasts(text_a, text_b.replace("the soldiers", "the ban")), "Chilean troops") is None


_TARIFF_A = "The administration of US President Ivo Brandt has raised tariffs on steel.\n\nBrandt said the move was fair."
_TALKS_B = ("Both sides held talks on steel for months.\n\n"
            "They were on the verge of a deal when President Brandt scuttled the talks in September.")


def test_a_title_before_a_surname_stays_in_the_mention():
    brandt = contrast_with(naming_contrasts(_TARIFF_A, _TALKS_B), "President Brandt", "b")
    assert brandt is not None and labels(brandt, "b") == {"President Brandt"}


def test_a_place_word_before_a_name_is_no_title():
    from .helpers import naming_chains

    _, _, chains = naming_chains("The car crashed on State Route 94 near the town on Monday. Route 94 was closed.")
    assert "State Route" not in {r.text for r in chains.refs}


def _mentions(text: str) -> set[str]:
    from .helpers import naming_chains

    return {r.text for r in naming_chains(text)[2].refs}


def test_an_x_of_y_title_before_a_name_is_one_title():
    found = _mentions("Secretary of Trade Ivo Brandt told the parliament the measure would cost little. Brandt left.")
    assert "Secretary of Trade Ivo Brandt" in found and "Trade Ivo Brandt" not in found
    found = _mentions("Secretary of State Mike Pompeo said the policy was fair. Pompeo said so.")
    assert "Secretary of State Mike Pompeo" in found and "State Mike Pompeo" not in found
    found = _mentions("Secretary of the Interior Lia Sand said the park would close. Sand left.")
    assert "Secretary of the Interior Lia Sand" in found and "Interior Lia Sand" not in found


def test_the_row_of_a_name_cut_from_its_title_is_named_without_the_title():
    found = naming_contrasts("Secretary of Trade Ivo Brandt told the parliament the measure would cost little. Brandt left.",
                             "Secretary of Trade Ivo Brandt said the mills would be protected. The secretary spoke on Monday.")
    assert "Ivo Brandt" in found and "Trade Ivo Brandt" not in found


def test_a_name_after_of_with_no_title_before_it_is_not_cut():
    assert "Ivo Brandt" not in _mentions("The Friends of Harlow Ivo Brandt group said the park would close.")


def _time_rows(text_a: str, text_b: str) -> list:
    return [c for c in naming_contrasts(text_a, text_b).values() if c.kind == "time"]


_STATEMENT_A = ("In a joint statement published Oct. 25, the two ministries accused the rebels of blocking the road "
                "near the border.")
_COUNCIL_B = "The council met on Monday.\n\nIt approved the budget, officials said."


def test_two_stories_first_days_a_date_and_a_weekday_are_not_one_day():
    assert _time_rows(_STATEMENT_A, _COUNCIL_B) == []


def test_a_date_and_a_weekday_whose_sentences_tell_one_thing_are_one_day():
    rows = _time_rows(_STATEMENT_A, "The ministries accused the rebels on Monday of blocking the border road.")
    assert [c.category for c in rows] == ["same day"]


def test_the_town_after_a_river_is_not_the_river():
    found = naming_contrasts("Floodwater from the Tesk River reached the town on Monday. The river burst its banks at noon.",
                             "The river swept through the town on Monday. Residents sheltered in a school.")
    river = contrast_with(found, "Tesk River", "a")
    assert river is not None and "the town" not in labels(river, "a")


def test_the_town_after_a_town_is_the_town():
    found = naming_contrasts("Floodwater reached Wellington, Somerset, on Monday. The town lost power at noon.",
                             "Wellington was flooded on Monday. Residents sheltered in a school.")
    town = contrast_with(found, "The town", "a")
    assert town is not None and "Wellington" in labels(town, "a")


_DATELINE_A = ("ORLO, March 3 (Wire) - The Harlow Bridge was closed on Monday after inspectors found cracks in its "
               "cables, the state transport department said.")
_TABLOID_B = "Drivers faced hours of misery yesterday after the city's busiest crossing was shut."


def test_a_wire_datelines_date_is_not_the_storys_day():
    rows = _time_rows(_DATELINE_A, _TABLOID_B)
    assert [(labels(c, "a"), labels(c, "b")) for c in rows] == [({"Monday"}, {"yesterday"})]


def test_a_date_opening_a_sentence_without_a_dateline_is_the_storys_day():
    rows = _time_rows(_DATELINE_A.replace("ORLO, March 3 (Wire) - ", "On March 3, "), _TABLOID_B)
    assert any("March 3" in labels(c, "a") for c in rows)


_THEFT_A = ("A portrait was stolen from the Orlo Museum overnight on Sunday, police said.\n\n"
            "The museum will stay closed on Monday.")
_THEFT_B = "Art thieves snatched a masterpiece from a museum in the early hours of yesterday.\n\nThe museum will stay shut today."


def test_days_counted_from_paired_story_days_pair():
    rows = {frozenset(labels(c, "a")): labels(c, "b") for c in _time_rows(_THEFT_A, _THEFT_B)}
    assert rows.get(frozenset({"Sunday"})) == {"yesterday"} and rows.get(frozenset({"Monday"})) == {"today"}


def test_a_weekday_other_than_the_counted_one_does_not_pair():
    rows = _time_rows(_THEFT_A.replace("on Monday", "on Tuesday"), _THEFT_B)
    assert not any("today" in labels(c, "b") for c in rows)
