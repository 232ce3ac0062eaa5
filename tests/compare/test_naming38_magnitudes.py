"""An earthquake's magnitude is a referent of its own, one per value: "a magnitude of 5.3" and "the
5.3-magnitude quake" name the same measure, a revised "5.1" another; a number that is no magnitude
(a count, a distance) is no mention."""

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
