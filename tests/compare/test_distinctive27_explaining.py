"""Distinctive terms that explain a choice of words (reader26.md: names and topic words listed,
"cheeks", "seasons", "impeachment", while a teacher wants "terminated" against "relieved of his
duties"): a word whose synonym the other article writes comes first, then words that describe,
then at most a few topic words (nouns, names); a name the comparison shows already (only in one
article, a label contrast, the outlet naming itself) is not listed again. Examples invented."""

from __future__ import annotations

import dataclasses

from sidebyside.compare.distinctive import distinctive_terms
from sidebyside.compare.framing import analyse_framing
from sidebyside.settings import LexicalSettings

from .helpers import article


def listed(text_a: str, text_b: str) -> tuple[list[str], list[str]]:
    a = dataclasses.replace(article(text_a), language="en")
    b = dataclasses.replace(article(text_b), language="en")
    found = analyse_framing(a, b).distinctive_terms
    return [t.term for t in found[0]], [t.term for t in found[1]]


STRIKE = ("The harbour strike shut the docks. Dockers said the strike would go on. The docks stayed shut as cranes "
          "stood idle. The cranes were left rusting, dockers said, and the strike grew bitter. Talks failed and the "
          "mood grew bitter.") * 2
QUIET = "The port was quiet on Monday. Ships waited outside the port. Officials met on Monday. " * 2


def test_a_word_whose_synonym_the_other_writes_is_listed():
    a, b = listed("The two countries agreed a rapprochement on Monday. The rapprochement ends years of feuding. "
                  "Tolva welcomed the rapprochement.",
                  "The two countries agreed the normalisation of ties on Monday. Tolva welcomed the normalisation.")
    assert a == ["rapprochement"] and b == ["normalisation"]


def test_a_describing_word_comes_before_topic_words():
    terms = [t.term for t in distinctive_terms(STRIKE, QUIET, settings=LexicalSettings(distinctive_max_share=1.0))[0]]
    assert terms.index("grew bitter") < terms.index("strike") and terms.index("left rusting") < terms.index("strike")


def test_topic_words_are_capped():
    def terms(cap: int) -> list[str]:
        settings = LexicalSettings(distinctive_max_share=1.0, distinctive_max_topic_terms=cap)
        return [t.term for t in distinctive_terms(STRIKE, QUIET, settings=settings)[0]]

    assert "grew bitter" in terms(0) and not {"strike", "docks", "cranes"} & set(terms(0))
    assert len({"strike", "docks", "cranes", "dockers"} & set(terms(1))) == 1
    assert {"strike", "docks", "cranes"} <= set(terms(5))  # negative: with room, they are listed


def test_a_name_listed_as_only_in_one_is_not_listed_again():
    text_a = "Ilse Marr met the council on Monday. Marr said the budget was fair. Marr left early. The budget passed."
    text_b = "The council met on Monday. The budget passed after a long debate, officials said."
    a, _ = listed(text_a, text_b)
    assert "marr" not in a and "ilse marr" not in a
    # negative: the statistic alone still lists the name (how often an outlet names someone)
    assert "marr" in {t.term for t in distinctive_terms(text_a, text_b)[0]}


def test_the_outlet_a_dateline_names_is_no_distinctive_term():
    text_a = "(NNN)Tom Rell made an unscheduled trip on Saturday. Aides told NNN that he was well. NNN asked again on Sunday."
    text_b = "Tom Rell made a trip on Saturday, the White House said. He was calm, aides said."
    a, _ = listed(text_a, text_b)
    assert "nnn" not in a
    assert "nnn" in {t.term for t in distinctive_terms(text_a, text_b)[0]}
