"""Measures a story turns on, as referents: an earthquake's magnitude ("a magnitude of 4.4", "the
4.4-magnitude temblor", "rated the quake as 4.4 in magnitude"). A magnitude is one referent per
value: two outlets giving the same value name the same measure, and the words around the number
are how each one writes it; a revised value ("first rated 4.4, later 4.2") is another one. Amounts
of money are left out: one story gives many sums (the loot, a reward, earlier heists), and which
sum in one article is which in the other is not told by the words alone."""

from __future__ import annotations

import re

from sidebyside.compare.naming.chains import ArticleChains, Ref

# the value: one digit (two for the rare scale above 9), a point and one or two decimals; ECB+-like
# captures write "4. 6" with a space after the point
_VALUE = r"(?<![\d.])(?P<value>\d{1,2}(?:\.\s?\d{1,2})?)"
_MAGNITUDE = re.compile(
    r"\b(?:"
    rf"magnitude(?:\s+of)?\s+{_VALUE}(?!\d|[.,]\d)"  # "a magnitude of 4.4", "magnitude 7.1"
    rf"|{_VALUE.replace('value', 'before')}(?:-|\s+)magnitude"  # "the 4.4-magnitude temblor", "a 6.2 magnitude quake"
    rf"|{_VALUE.replace('value', 'rated')}\s+in\s+magnitude"  # "rated the quake as 4.4 in magnitude"
    rf"|{_VALUE.replace('value', 'scale')}\s+on\s+the\s+Richter\s+scale"  # "measured 5.9 on the Richter scale"
    r")",
    re.IGNORECASE,
)
_MAX_MAGNITUDE = 10.0  # (no scale in news goes past it: a larger number is a count, not a magnitude)


def magnitude_refs(text: str, out: ArticleChains) -> None:
    """Adds each magnitude the body gives as a mention of the chain of its value."""
    for m in _MAGNITUDE.finditer(text):
        raw = next(v for v in m.groups() if v is not None)
        value = raw.replace(" ", "")
        try:
            number = float(value)
        except ValueError:
            continue
        if not 0 < number <= _MAX_MAGNITUDE:
            continue
        out.refs.append(Ref("text", m.start(), m.end(), m.group(0), "amount", f"amount:magnitude {number:g}", "thing"))
