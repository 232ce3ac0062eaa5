"""Descriptions an article itself defines, and the words before a description's noun
(compare/naming/descriptions.py), on hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def contrasts(text_a, text_b):
    f = analyse_framing(article(text_a), article(text_b))
    return {c.entity: c for c in f.label_contrasts}


def labels(c, side):
    return {m.text for m in getattr(c, side)}


def all_labels(found):
    return {t for c in found.values() for side in ("a", "b") for t in labels(c, side)}


# an adjective in -s before the noun is no verb


def test_an_adjective_ending_in_s_opens_a_description():
    found = contrasts(
        "Mark Felt, the source known as \"Deep Throat\", died. The anonymous source had been an FBI official.",
        "Deep Throat, the shadowy source, died on Thursday.",
    )
    assert "The anonymous source" in labels(found["Deep Throat"], "a")


def test_a_verb_in_s_still_ends_no_description():
    found = contrasts(
        "The act requires federal agencies to report. Deep Throat, the source, died.",
        "Deep Throat, the shadowy source, died on Thursday. Federal agencies must report.",
    )
    assert not any("requires" in t for t in all_labels(found))


# a place the article defines by an apposition


def test_a_place_defined_by_an_apposition_carries_its_description():
    found = contrasts(
        "An earthquake struck Haiti, the island nation, on Tuesday. Buildings fell across the island nation.",
        "An earthquake hit Haiti on Tuesday.",
    )
    assert {"the island nation", "Haiti"} <= labels(found["Haiti"], "a")


def test_a_person_after_a_place_is_no_description_of_it():
    found = contrasts(
        "Troopers were sent to Texas, the governor said on Tuesday. The region was calm.",
        "Troopers were sent to Texas on Tuesday.",
    )
    assert not any("governor" in t for c in found.values() for t in labels(c, "a") if "Texas" in labels(c, "a"))
