"""A word the lists give both as an attribution verb and as itself in another category ("seethe"
and the emotive "seething") is the attribution verb only where it reports speech; where nobody
speaks it is what the other list calls it, so the category a student reads fits the sentence."""

from __future__ import annotations

from sidebyside.compare.loaded import find_loaded_terms


def categories(text: str) -> dict[str, str]:
    return {text[h.start:h.end]: h.category for h in find_loaded_terms(text)}


def test_a_verb_of_saying_where_nobody_speaks_takes_its_own_listing():
    assert categories("Residents were seething over the closure.")["seething"] == "emotive"
    assert categories("Critics mocked the plan as a stunt.")["mocked"] == "evaluative"


def test_the_same_verb_reporting_speech_stays_an_attribution_verb():
    assert categories('The mayor seethed: "This is a disgrace."')["seethed"] == "attribution verb"
    assert categories('"It is a stunt," she mocked.')["mocked"] == "attribution verb"


def test_a_verb_listed_nowhere_else_keeps_its_category():
    assert categories("The senator slammed the plan on Monday.")["slammed"] == "attribution verb"
