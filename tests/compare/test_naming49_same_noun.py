"""Two descriptions of one noun joined across the pair, with other words around it ("the bridge" /
"the 90-year-old bridge"), are shown as a label contrast, unless their words may tell two things
of that noun apart: numbers or ordinals, names written in them, contrasting modifiers ("old" /
"new"), one article plural and the other singular, the noun given to another referent, "former"
on one side only, or one side that only introduces the thing ("a desk")."""

from __future__ import annotations

from dataclasses import replace

from sidebyside.settings import DEFAULT

from .helpers import all_labels, article, labels, naming_contrasts as contrasts


def _with(found: dict, text: str):
    return next((c for c in found.values() if text in labels(c, "a") | labels(c, "b")), None)


BRIDGE_A = ("Engineers closed the bridge over the Tarn river on Monday after finding cracks. The bridge "
            "carries 20,000 cars a day.")
BRIDGE_B = ("Engineers closed the 90-year-old steel bridge over the Tarn river on Monday after "
            "finding cracks in its piers.")


def test_one_thing_described_with_one_noun_is_shown():
    found = contrasts(BRIDGE_A, BRIDGE_B)
    contrast = _with(found, "the 90-year-old steel bridge")
    assert contrast is not None
    assert "the bridge" in labels(contrast, "a")


def test_not_shown_when_the_setting_is_off():
    from sidebyside.compare.framing import analyse_framing

    settings = replace(DEFAULT.compare.naming, same_noun_contrasts=False)
    found = analyse_framing(article(BRIDGE_A), article(BRIDGE_B), naming=settings).label_contrasts
    assert "the 90-year-old steel bridge" not in {m.text for c in found for m in c.a + c.b}


def test_the_first_and_the_second_ship_are_two():
    found = contrasts(
        "The first ship reached the harbour at dawn on Friday with grain from the coast.",
        "The second ship reached the harbour at noon on Friday with grain from the coast.",
    )
    assert not {"The first ship", "The second ship"} <= all_labels(found)


def test_the_old_and_the_new_bridge_are_two():
    found = contrasts(
        "Traffic was sent over the old bridge on Monday while engineers checked the river piers.",
        "Traffic was sent over the new bridge on Monday while engineers checked the river piers.",
    )
    assert not {"the old bridge", "the new bridge"} <= all_labels(found)


def test_two_crashes_on_two_days_are_two():
    found = contrasts(
        "Police are investigating the Monday crash on the coast road, which injured two drivers.",
        "Police are investigating the Tuesday crash on the coast road, which injured two drivers.",
    )
    assert not {"the Monday crash", "the Tuesday crash"} <= all_labels(found)


def test_two_years_are_two_things():
    found = contrasts(
        "Residents still remember the 2004 flood, which swept through the valley.",
        "Residents still remember the 2011 flood, which swept through the valley.",
    )
    assert not {"the 2004 flood", "the 2011 flood"} <= all_labels(found)


def test_a_former_holder_is_not_the_holder():
    # "the former champion" is the challenger; "the champion" the one who holds the title
    found = contrasts(
        "Ivan Petrov easily beat the former heavyweight champion in seven rounds on Saturday.",
        "Ivan Petrov easily won on Saturday. The champion finished the fight in the seventh round.",
    )
    assert "the former heavyweight champion" not in all_labels(found)


def test_a_side_that_only_introduces_the_thing_is_not_joined_to_the_other():
    # "a desk" the staff hid beneath is not surely "the reception desk" the gunman passed
    found = contrasts(
        "The gunman walked in and stopped briefly at the reception desk before entering the office.",
        "Three workers hid beneath a desk and kept quiet while the gunman walked through the office.",
    )
    assert "a desk" not in all_labels(found)


def test_plural_against_singular_is_not_shown():
    found = contrasts(
        "Fire damaged the warehouse buildings near the docks on Sunday night.",
        "Fire damaged the old warehouse building near the docks on Sunday night.",
    )
    assert not {"the warehouse buildings", "the old warehouse building"} <= all_labels(found)
