"""Descriptions whose nouns name one thing in a news story (news_nouns.json's one_thing: a patch,
an update, a fix) are one chain in an article and across the pair, whatever else is written
before the noun. Hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def contrasts(text_a, text_b):
    return analyse_framing(article(text_a), article(text_b)).label_contrasts


def labels_with(found, word):
    """(a labels, b labels) of the contrast one of whose labels has the word, or None."""
    for c in found:
        a, b = {m.text for m in c.a}, {m.text for m in c.b}
        if any(word in label for label in a | b):
            return a, b
    return None


PATCH = ("Microsoft released an emergency patch on Wednesday for Internet Explorer. "
         "The patch closes a hole that attackers used. Users should install this update at once.")
SECURITY_UPDATE = ("Microsoft issued an emergency security update for Internet Explorer on Wednesday. "
                   "Experts urged users to apply the fix quickly.")


def test_a_patch_and_an_update_with_other_modifiers_are_one_thing():
    found = labels_with(contrasts(PATCH, SECURITY_UPDATE), "patch")
    assert found is not None
    a, b = found
    assert {"an emergency patch", "this update"} <= a
    assert {"an emergency security update", "the fix"} <= b


def test_the_same_words_make_no_contrast():
    assert labels_with(contrasts(PATCH, PATCH), "patch") is None


def test_patches_are_not_the_patch():
    # a plural is a group of them, not the one the other article tells of
    many = "Microsoft released several patches on Wednesday for Internet Explorer and Windows."
    assert labels_with(contrasts(PATCH, many), "patches") is None
