"""Every speaker credit names the rule that made it, and every "no speaker" a guard decides names
the guard: the provenance a reader (and benchmarks/speakers.py --by-rule) uses to tell which rule
credits wrongly. Hand-written texts."""

from __future__ import annotations

import json

from sidebyside.compare import article_quotes, compare
from sidebyside.model import comparison_to_json

from .helpers import article


def _rules(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {q.text: (q.speaker, q.speaker_rule) for q in article_quotes(text)}


def test_a_credit_names_its_rule_and_how_the_speaker_was_read():
    got = _rules('The mayor, John Smith, spoke on Monday. "We will rebuild," Smith said. "It is hard."\n\n'
                 'He added: "We need help."')
    assert got["We will rebuild"] == ("John Smith", "right-after/name")
    assert got["It is hard."] == ("John Smith", "continued-clause/name")
    assert got["We need help."] == ("John Smith", "right-before/pronoun")


def test_a_description_and_a_clause_before_the_quote():
    got = _rules('A senior official said the talks would go on: "Nothing is settled yet," the official added.')
    speaker, rule = got["Nothing is settled yet"]
    assert speaker is not None and rule.endswith("/description")


def test_a_guard_that_refuses_a_speaker_is_named():
    got = _rules('Ann Lee said on Monday that the so-called "peace plan" had failed.')
    assert got["peace plan"] == (None, "guard-mentioned")


def test_a_quote_nobody_credits_carries_no_rule():
    got = _rules('A banner with "Welcome home" hung over the door.')
    assert got["Welcome home"][0] is None
    assert got["Welcome home"][1] is None or got["Welcome home"][1].startswith(("guard-", "unresolved:"))


def test_the_rule_is_in_the_comparison_json():
    a = article('"We will rebuild," Mayor John Smith said on Monday.')
    b = article('The mayor spoke of the storm.')
    data = comparison_to_json(compare(a, b))
    quote = data["quotes"][0][0]
    assert quote["speaker"] == "John Smith"
    assert quote["speaker_rule"] == "right-after/name"
    json.dumps(data)
