"""Measures as referents. An earthquake's magnitude, one per value: "a magnitude of 5.3" and "the
5.3-magnitude quake" name the same measure, a revised "5.1" another; a number that is no magnitude
(a count, a distance) is no mention. The value of a thing, one per thing valued, in any currency:
"watches worth £1.7m" / "watches valued at $2.6 million"; a thing valued at two sums is left out."""

from __future__ import annotations

from sidebyside.compare.naming.amounts import magnitude_refs
from sidebyside.compare.naming.chains import ArticleChains

from .helpers import contrast_with, labels, naming_contrasts


def _magnitudes(text: str) -> list[tuple[str, str]]:
    out = ArticleChains()
    magnitude_refs(text, out)
    return [(r.text, r.chain) for r in out.refs]


def test_each_way_of_writing_a_magnitude_is_a_mention_of_its_value():
    found = _magnitudes(
        "A quake with a preliminary magnitude of 5.3 shook Marrowdale. Officials first rated it 5.3 in "
        "magnitude. The 5.3-magnitude quake was felt 40 miles away; an aftershock measured 2.9 on the Richter scale."
    )
    assert [t for t, _ in found] == ["magnitude of 5.3", "5.3 in magnitude", "5.3-magnitude", "2.9 on the Richter scale"]
    assert len({c for t, c in found if "5.3" in t}) == 1
    assert dict(found)["2.9 on the Richter scale"] != dict(found)["magnitude of 5.3"]


def test_numbers_that_are_no_magnitude_are_no_mentions():
    assert _magnitudes("The quake killed 45 people and was felt 12.5 miles away, in 2.4 seconds.") == []
    assert _magnitudes("A magnitude 1,250.5 figure, and a 45-magnitude claim.") == []


def test_one_magnitude_written_two_ways_is_a_contrast():
    found = naming_contrasts(
        "An earthquake with a preliminary magnitude of 5.3 struck near Marrowdale on Sunday morning.",
        "The 5.3-magnitude quake was centered 20 miles north of Marrowdale, officials said on Sunday.",
    )
    contrast = contrast_with(found, "magnitude of 5.3", "a")
    assert contrast is not None
    assert labels(contrast, "b") == {"5.3-magnitude"}


def test_two_values_are_two_referents():
    # a revised value is another measure: no contrast joins 5.3 to 5.1
    found = naming_contrasts(
        "An earthquake with a preliminary magnitude of 5.3 struck near Marrowdale on Sunday morning.",
        "The 5.1-magnitude quake was centered 20 miles north of Marrowdale, officials said on Sunday.",
    )
    assert contrast_with(found, "magnitude of 5.3", "a") is None


def test_the_value_of_one_thing_in_two_currencies_is_one_referent():
    found = naming_contrasts(
        "Thieves stole jewellery and watches worth £1.7m from a shop in Marrowdale on Monday.",
        "Robbers made off with jewelry and watches valued at over $2.6 million early Monday. The watches were "
        "estimated to be worth 2 million euros ($2.6 million), police in Marrowdale said.",
    )
    contrast = contrast_with(found, "£1.7m", "a")
    assert contrast is not None
    assert labels(contrast, "b") == {"$2.6 million", "2 million euros"}


def test_a_thing_valued_at_two_sums_is_left_out():
    found = naming_contrasts(
        "Thieves stole watches worth £1.7m from a shop in Marrowdale on Monday.",
        "Robbers took watches worth $2.6 million in Marrowdale on Monday. Other watches worth $900,000 were left.",
    )
    assert contrast_with(found, "£1.7m", "a") is None


def test_sums_of_two_things_are_two_referents():
    found = naming_contrasts(
        "Thieves stole watches worth £1.7m from a shop in Marrowdale on Monday.",
        "Robbers took rings worth $2.6 million from a shop in Marrowdale on Monday.",
    )
    assert contrast_with(found, "£1.7m", "a") is None
