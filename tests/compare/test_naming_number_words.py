"""The naming rules read a count by the one list of number words (distinctive.cardinal_words, from
resources/terms/quantities.json), whatever the number: "a mother of thirteen" as "a mother of
two", "the bridge links twenty towns" as "links two towns"."""

from __future__ import annotations

import pytest

from sidebyside.compare.distinctive import cardinal_words, number_words

from .helpers import chain_of, naming_contrasts


def test_the_cardinal_words_are_the_vocabularys():
    assert {"one", "two", "twelve", "thirteen", "ninety", "hundred", "million", "dozen"} <= cardinal_words()
    assert not {"a dozen", "several", "miles", "the"} & cardinal_words()  # one word each; no vague count, no unit
    assert cardinal_words() <= number_words()


@pytest.mark.parametrize("count", ["one", "two", "thirteen", "twenty"])
def test_a_count_after_of_ends_the_description(count):
    text = f"A mother of {count} was found safe on Monday after a search near Hartwell. The woman had been missing."
    assert f"A mother of {count}" in chain_of(text)


def test_a_word_after_of_that_is_no_count_does_not():
    # negative: "many" is no number word; the description ends at its noun
    text = "A mother of many was found safe on Monday. The woman had been missing."
    assert "A mother of many" not in chain_of(text) and "A mother" in chain_of(text)


@pytest.mark.parametrize("count", ["one", "two", "twenty"])
def test_a_verb_before_a_count_is_no_part_of_the_description(count):
    assert "The bridge" in chain_of(f"The bridge links {count} towns. Inspectors found cracks on Monday.")


COUNCIL_WIRE = ("The Brightwater Festival was cancelled on Tuesday after storms wrecked its main stage. Darnley "
                "District Council, which licenses the event, said the site would stay closed.")


@pytest.mark.parametrize("count", ["Three", "Thirty", "Thousands of"])
def test_a_count_of_members_is_some_of_them_not_the_body(count):
    rows = naming_contrasts(COUNCIL_WIRE, "The beloved summer bash was axed last night after gales ripped apart the "
                                          f"stage. {count} councillors said the field should reopen.")
    assert not any(any("councillors" in m.text for m in c.b) for c in rows.values())
