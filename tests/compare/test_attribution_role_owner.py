"""The owner written before the role that introduced a name picks that person out of two of one
role ("Ashgrove manager Stuart Kirwan" ... "the Ashgrove manager said")."""

from __future__ import annotations

from sidebyside.compare import article_quotes

_MANAGERS = (
    '"He has been working towards this for months," said Ashgrove manager Stuart Kirwan.\n'
    'Kelsington had led at the break. Their manager, Danny Rourke, felt they deserved a point.\n'
    '"We were the better team for an hour," Rourke said.\n'
    'Asked about the touchline row, Kirwan smiled. "Danny is a passionate man," the {owner} manager said.\n'
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in article_quotes(text)]


def test_the_owner_before_a_role_names_the_one_introduced_with_it():
    assert _speakers(_MANAGERS.format(owner="Ashgrove"))[-1] == "Stuart Kirwan"


def test_an_owner_no_one_was_introduced_with_names_neither_manager():
    # (Rourke was introduced as "their manager": the text never writes "Kelsington manager" before him)
    assert _speakers(_MANAGERS.format(owner="Kelsington"))[-1] not in ("Stuart Kirwan", "Danny Rourke")
