"""A number beside a character the capture lost (U+FFFD: "4�" for "4½") is known only by its
first digits: it agrees with a value those digits begin ("412", which may be the same "4½" lost
another way), and still differs from one they do not ("five")."""

from __future__ import annotations

from .test_discrepancy import flags

LOST = "LaRue served 4\ufffd months in federal prison for conspiracy to obstruct justice, the coroner said."


def _other(number: str) -> str:
    return LOST.replace("4\ufffd", number)


def test_a_value_its_known_digits_begin_agrees():
    assert flags(LOST, _other("412")) == []
    assert flags(LOST, _other("4")) == []


def test_a_value_with_other_digits_still_differs():
    assert flags(LOST, _other("five")) == [("number", "4", "five")]


def test_whole_numbers_are_compared_as_before():
    assert flags(_other("4"), _other("412")) == [("number", "4", "412")]
