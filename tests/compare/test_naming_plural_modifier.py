"""A noun modifying another is singular ("a band of jewel thieves", "for bank robbers"); a plural
before a bare plural is the object of a clause whose subject the plural is ("confirmation of facts
reporters had gathered"): no description "facts reporters" is cut from it."""

from __future__ import annotations

from .helpers import chain_of


def test_a_plural_before_a_bare_plural_is_no_modifier_of_it():
    chains = chain_of("He gave anonymous confirmation of facts reporters had gathered from others. "
                      "The reporters likened it to a family reunion.")
    assert "facts reporters" not in chains
    assert "The reporters" in chains


def test_a_singular_noun_still_opens_its_phrase():
    chains = chain_of("Police are looking for a band of jewel thieves in Lyon. The thieves fled on foot.")
    assert "jewel thieves" in chains
