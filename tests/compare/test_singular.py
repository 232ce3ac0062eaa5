"""One rule for a plural role noun's singular, read by naming and attribution alike."""

from __future__ import annotations

import pytest

from sidebyside.compare.attribution.vocabulary import _singular as attribution_singular
from sidebyside.compare.naming.words import _singular as naming_singular
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


def test_naming_and_attribution_read_the_same_rule():
    assert naming_singular is singular and attribution_singular is singular
