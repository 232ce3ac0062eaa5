"""A cause's providers or advocates told as a trade ("abortion business", "the resettlement
industry") is a contested label; the plain names of trades ("the oil industry") are not."""

from __future__ import annotations

from sidebyside.compare import article_quotes
from sidebyside.compare.loaded import find_loaded_terms


def found(text):
    return [(text[h.start : h.end], h.category) for h in find_loaded_terms(text, quotes=article_quotes(text)) if h.score is None]


def test_a_cause_told_as_a_trade_is_a_contested_label():
    assert ("abortion business", "contested label") in found("The clinic is run by an abortion business based in the capital.")
    assert ("resettlement industry", "contested label") in found("Charities of the resettlement industry lobbied for more places.")
    assert ("grievance industry", "contested label") in found("The column blamed the grievance industry for the outcry.")


def test_plain_names_of_trades_are_not_labels():
    assert found("The oil industry cut jobs as the gun industry grew.") == []
    assert found("The clinic is a small business that also treats refugees.") == []
