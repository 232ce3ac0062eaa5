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
