"""Reader28's naming items: "the town" after "Wellington, Somerset" is the town, not the county
it lies in."""

from __future__ import annotations

from .helpers import contrast_with, labels, naming_contrasts

_FIRE_A = ("A man has been charged with arson after a fire at the Harlow supermarket in Dunmere, Kernow.\n\n"
           "Dan Rell, 24, from the town is due to appear in court on Tuesday.")
_FIRE_B = "A fire has destroyed much of a supermarket in Kernow.\n\nCrews were called to the Harlow building."


def test_the_town_after_town_comma_county_is_the_town():
    found = naming_contrasts(_FIRE_A, _FIRE_B)
    assert contrast_with(found, "the town") is None  # the town is Dunmere, which B never names
    found = naming_contrasts(_FIRE_A, _FIRE_B + "\n\nDunmere has one supermarket.")
    dunmere = contrast_with(found, "the town", "a")
    assert dunmere is not None and "Dunmere" in labels(dunmere, "a")


def test_a_town_named_after_town_comma_county_is_the_town_then():
    found = naming_contrasts(_FIRE_A.replace("Dan Rell, 24, from the town", "Police in Polwith said a man from the town"),
                             _FIRE_B + "\n\nPolwith police arrested a man.")
    polwith = contrast_with(found, "the town", "a")
    assert polwith is not None and "Polwith" in labels(polwith, "a")
