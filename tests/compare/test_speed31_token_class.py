"""A Token is a slotted class (its fields read fast) that still behaves as the named tuple it
was where the comparison relies on it: equality and hashing by its fields, unpacking in order,
_replace, and the field getters the hot loops map over tokens."""

from __future__ import annotations

import pytest

from sidebyside.compare.tokens import (
    TOKEN_CAP,
    TOKEN_END,
    TOKEN_GAP,
    TOKEN_INITIAL,
    TOKEN_NORM,
    TOKEN_POSSESSIVE,
    TOKEN_START,
    TOKEN_TEXT,
    Token,
    match_words,
    tokenize,
)


def test_fields_equality_and_hash():
    a = Token(4, 9, "Orvik", "orvik", True, False, True, " ")
    b = Token(4, 9, "Orvik", "orvik", True, False, True, " ")
    c = Token(4, 9, "Orvik", "orvik", True, False, False, " ")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != c and a != (4, 9, "Orvik", "orvik", True, False, True, " ")  # (no tuple equals a token)
    assert list(a) == [4, 9, "Orvik", "orvik", True, False, True, " "]
    start, end, text, norm, cap, initial, possessive, gap = a
    assert (start, end, text, norm, cap, initial, possessive, gap) == (4, 9, "Orvik", "orvik", True, False, True, " ")
    with pytest.raises(AttributeError):
        a.extra = 1  # type: ignore[attr-defined]  (slotted: no other field)


def test_replace_changes_only_the_fields_named():
    a = Token(0, 1, "U", "u", True, True, False, "")
    joined = a._replace(end=4, text="U.N", norm="un")
    assert joined == Token(0, 4, "U.N", "un", True, True, False, "")
    assert a == Token(0, 1, "U", "u", True, True, False, "")  # the original unchanged


def test_getters_read_the_fields():
    toks = tokenize("The Velmar harbour's cranes stopped.\nDock workers left")
    assert list(map(TOKEN_TEXT, toks)) == ["The", "Velmar", "harbour", "cranes", "stopped", "Dock", "workers", "left"]
    assert list(map(TOKEN_NORM, toks))[1] == "velmar"
    assert list(map(TOKEN_START, toks))[:2] == [0, 4] and list(map(TOKEN_END, toks))[2] == 18
    assert list(map(TOKEN_CAP, toks)) == [True, True, False, False, False, True, False, False]
    assert list(map(TOKEN_INITIAL, toks)) == [True, False, False, False, False, True, False, False]
    assert list(map(TOKEN_POSSESSIVE, toks)) == [False, False, True, False, False, False, False, False]
    assert list(map(TOKEN_GAP, toks))[5] == ".\n"
    assert match_words("The Velmar harbour's cranes", toks[:4])[2] == (11, 18, "harbour")
