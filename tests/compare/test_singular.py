"""One rule for a plural role noun's singular, read by naming and attribution alike."""

from __future__ import annotations

import pytest

from sidebyside.compare.attribution import vocabulary as attribution_vocabulary
from sidebyside.compare.naming import words as naming_words
from sidebyside.compare.tokens import singular


@pytest.mark.parametrize(("plural", "one"), [
    ("companies", "company"), ("chairmen", "chairman"), ("women", "woman"), ("witnesses", "witness"),
    ("bosses", "boss"), ("taxes", "tax"), ("officials", "official"),
])
def test_plural_role_nouns_give_their_singular(plural, one):
    assert singular(plural) == one


@pytest.mark.parametrize("word", ["boss", "press", "bus", "its"])
def test_a_word_that_is_no_regular_plural_stays(word):
    assert singular(word) == word


def test_naming_and_attribution_keep_no_rule_of_their_own():
    assert not hasattr(naming_words, "_singular") and not hasattr(attribution_vocabulary, "_singular")
