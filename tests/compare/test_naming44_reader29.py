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


def test_a_countrys_forces_stand_for_it_when_both_articles_tell_of_a_military():
    text_a = "Chilean troops crossed the border on Tuesday.\n\nChile said the move would last a week."
    text_b = "Chile crossed the border on Tuesday.\n\nChile said the soldiers would stay a week."
    chile = contrast_with(naming_contrasts(text_a, text_b), "Chilean troops", "a")
    assert chile is not None and "Chile" in labels(chile, "b")
    # the same, when the other article tells of no military: no row
    assert contrast_with(naming_contrasts(text_a, text_b.replace("the soldiers", "the ban")), "Chilean troops") is None
