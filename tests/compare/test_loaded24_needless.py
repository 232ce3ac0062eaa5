"""The judgement that something is not needed or not warranted ("unnecessary restrictions",
"gratuitous", "unjustified") is evaluative, as the listed "needless" is; plain guidance
("avoid unnecessary travel") and the medical term for overtreatment are not."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def found(text):
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def test_a_judgement_of_need_is_evaluative():
    assert ("unnecessary", "evaluative") in found("The governor is slapping on unnecessary restrictions on every shop.")
    assert ("gratuitous", "evaluative") in found("The report called it a gratuitous insult to the families.")
    assert ("unjustified", "evaluative") in found("Critics saw the raid as an unjustified show of force.")
    assert ("unnecessarily", "evaluative") in found("The new forms unnecessarily punish small farmers.")


def test_plain_guidance_is_not_loaded():
    assert found("Officials asked residents to avoid unnecessary travel this weekend.") == []


def test_the_medical_term_for_overtreatment_is_not_loaded():
    text = ("Doctors at the hospital said many patients with mild symptoms receive unnecessary tests. "
            "A fever alone rarely needs a scan, the doctors said.")
    assert found(text) == []
