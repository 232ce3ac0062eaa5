"""Judging words picked by hand from the seed list of Spinde et al. 2021 (words they chose as
biased to start their lexicon from) where they judge in their usual news sense: "infuriating",
"strangely", "corrosive", "largesse", "demean", "singularly", "underclass". Inside a quotation they are the
speaker's; a plainer neighbour of the same root is not listed ("corroded" pipes)."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def hits(text):
    return [(text[h.start : h.end], h.category, h.quoted) for h in find_loaded_terms(text, quotes=article_quotes(text))
            if h.score is None]


def test_seed_judging_words_are_loaded():
    assert ("infuriating", "evaluative", False) in hits("The council's answer to the flooding was infuriating.")
    assert ("Strangely", "evaluative", False) in hits("Strangely, the minister said nothing about the deal with Norvale.")
    assert ("corrosive", "evaluative", False) in hits("Ms. Tarrow's campaign had a corrosive effect on the town's politics.")
    assert ("largesse", "evaluative", False) in hits("The mayor spread his largesse among friendly builders.")
    assert ("underclass", "contested label", False) in hits("The columnist blamed the urban underclass for the vote.")
    assert ("demeaning", "evaluative", False) in hits("Senator Voss made demeaning remarks about the nurses.")


def test_a_seed_intensifier_joins_its_judgement():
    found = hits("Mr. Belden was a singularly inept treasurer.")
    assert any(text.startswith("singularly") for text, _, _ in found)


def test_inside_a_quotation_the_words_are_the_speakers():
    text = '"It is infuriating and strangely quiet," said Dara Pell, a farmer.'
    found = hits(text)
    assert ("infuriating", "evaluative", True) in found
    assert all(quoted for _, _, quoted in found)


def test_plain_neighbours_of_the_root_are_not_loaded():
    assert hits("Workers replaced the corroded pipes under Elm Street on Tuesday.") == []
    assert hits("The strange signal came from a satellite, engineers said.") == []
