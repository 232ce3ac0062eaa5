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


# -- a "he"/"she" after a quotation, when the sentence before has a titled role for subject --------

_MAYOR = (
    'Mayor Lise Thibodeau, who voted against the motion, called the decision a step backwards.\n'
    'Its executive director, Priya Nandakumar, accused council of "governing by windshield."\n'
    '"They looked at a map and decided it was the problem," Nandakumar said.\n'
    'Asked after the meeting whether she would try to reopen the decision, {subject} did not rule it out.\n'
    '"Council has spoken, for tonight," {pronoun} said.\n'
)


def test_a_pronoun_after_the_role_the_sentence_before_has_for_subject_is_the_one_titled_so():
    assert _speakers(_MAYOR.format(subject="the mayor", pronoun="she"))[-1] == "Lise Thibodeau"


def test_a_role_of_another_place_or_one_two_people_were_titled_is_not_the_one_titled_so():
    assert _speakers(_MAYOR.format(subject="the mayor of Dartmouth", pronoun="she"))[-1] != "Lise Thibodeau"
    # (two people the text titled so: either may be the one)
    two = _MAYOR.replace("Its executive director", "Former Mayor Joan Leblanc backed it. Its executive director")
    assert _speakers(two.format(subject="the mayor", pronoun="she"))[-1] != "Lise Thibodeau"
