"""Label contrasts keep a label only in the sense of the chain it joins (compare/label_families.py,
compare/naming.py): the death penalty is not the killings, words inside a quotation are the
speaker's. Hand-written pairs, negatives included."""

from __future__ import annotations

from sidebyside.compare.framing import analyse_framing

from .helpers import article


def contrasts(text_a, text_b):
    f = analyse_framing(article(text_a), article(text_b))
    return {c.entity: c for c in f.label_contrasts}


def all_labels(found):
    return {m.text for c in found.values() for side in ("a", "b") for m in getattr(c, side)}


KILLINGS = "Smith was convicted of murdering four people in Atlanta in 2005."


def test_the_death_penalty_is_not_the_killings():
    found = contrasts(KILLINGS, "Death penalty experts said the verdict in Atlanta shows there is no telling what a jury will do.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_a_death_sentence_is_not_the_killings():
    found = contrasts(KILLINGS, "Jurors in Atlanta deadlocked nine to three on the death sentence for Smith.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_sentenced_to_death_is_not_the_killings():
    found = contrasts(KILLINGS, "Smith, who killed four people in Atlanta, was sentenced to death on Friday.")
    assert "death" not in {label.casefold() for label in all_labels(found)}


def test_dying_in_prison_is_not_the_killings():
    found = contrasts(KILLINGS, "Smith killed four people in Atlanta. Smith will likely die in prison.")
    assert "die" not in all_labels(found)


def test_the_victims_deaths_still_join_the_killings():
    found = contrasts(
        "Smith was convicted of murdering four people in Atlanta.",
        "Four people died in Atlanta when Smith opened fire.",
    )
    assert any(m.text.startswith("died") for c in found.values() for m in c.b), found.keys()


# a quotation over several paragraphs whose last paragraph lost its opening mark


REID = "Tara Reid has entered a rehab program. The actress checked herself in on Tuesday."


def test_a_label_in_the_closing_paragraph_of_a_quotation_is_the_speakers():
    found = contrasts(
        REID,
        'Tara Reid has entered a rehab program.\n\n"It was a mess," she said of the show.\n\n'
        '"I didn\'t know it was going to ruin my career.\n\nI\'m not just a party girl."\n\nReid launched a clothing line.',
    )
    assert "a party girl" not in all_labels(found)


def test_a_paragraph_with_its_own_quotation_is_not_all_quoted():
    found = contrasts(
        REID,
        'Tara Reid, a party girl, has entered a rehab program, "to get better."\n\nReid launched a clothing line.',
    )
    assert "a party girl" in all_labels(found)
