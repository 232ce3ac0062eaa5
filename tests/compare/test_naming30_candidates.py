"""Candidate mentions no rule covered before (naming/candidates.py), on hand-written text with
negatives: a public body told by its noun with no determiner ("police said")."""

from __future__ import annotations

from sidebyside.compare import compare

from .helpers import article, chain_of, labels, naming_contrasts


# ---------------------------------------------------------------- "police said": the body told

def test_bare_police_is_a_mention_of_the_one_force_the_article_names():
    found = chain_of("A woman was struck by a car in Staunton on Friday, police said. "
                     "The Staunton Police Department arrested the driver. Police later released him.")
    assert {"police", "Police", "Staunton Police Department"} <= found["Staunton Police Department"]


def test_bare_police_alone_is_a_candidate():
    found = chain_of("A woman was struck by a car on Friday, according to police. Police said the driver fled.")
    assert found["police"] == {"police", "Police"}


def test_police_before_a_noun_is_no_mention_of_the_force():
    found = chain_of("A police officer was hurt on Friday. Police investigation goes on, police sources said.")
    assert "police" not in found and "Police" not in found


def test_police_in_a_quotation_is_the_speakers_word():
    # (the whole comparison: the quotations are found before the naming reads the text)
    found = compare(
        article("A woman was struck by a car in Staunton. “Police never came to help us at all,” said her "
                "husband. The Staunton Police Department said officers came at once."),
        article("A woman was struck by a car in Staunton, Staunton police said. Staunton police arrested the driver."))
    assert not any("Police" in {m.text for m in c.a} for c in found.framing.label_contrasts)


def test_two_forces_named_leave_bare_police_apart():
    found = chain_of("The Woodburn Police Department and the Oregon State Police searched the bank. "
                     "Police said the bomb was homemade.")
    assert found["Police"] == {"Police"}


def test_bare_police_joins_the_force_the_other_article_names():
    found = naming_contrasts(
        "A woman was struck by a car in Queens on Friday, police said. Police arrested Raj Chohan.",
        "A woman was killed by a hit-and-run driver in Queens on Friday, the New York Police Department "
        "said. The NYPD arrested Raj Chohan.")
    contrast = next(c for c in found.values() if "police" in labels(c, "a"))
    assert "New York Police Department" in labels(contrast, "b")


def test_a_police_of_some_kind_joins_no_named_force_across():
    found = naming_contrasts(
        "The case is part of an ongoing police inquiry in Bountiful, officials said.",
        "The Royal Canadian Mounted Police arrested two men in Bountiful on Wednesday.")
    assert not any(any(t.startswith("an ongoing") for t in labels(c, "a")) for c in found.values())


def test_a_force_of_a_kind_a_common_word_tells_is_not_the_one_named():
    found = chain_of("State officers said riot police came and state police had no suspects. "
                     "The Woodburn Police Department said neighbours told police of a blast.")
    assert "police" in found["Woodburn Police Department"]  # "told police": the verb's object
    assert not any(t in found for t in ("riot police", "state police"))
    assert found["Woodburn Police Department"] == {"Woodburn Police Department", "police"}
