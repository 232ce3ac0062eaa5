"""Python str offsets (code points) <-> Qt positions (UTF-16 code units), in one place.

Every span in the model counts code points; QTextDocument counts UTF-16 units, so each
character outside the Basic Multilingual Plane (emoji, some CJK) shifts Qt positions by one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Index:
    """Converts offsets into one text; O(log n) per conversion after an O(n) scan."""

    def __init__(self, text: str):
        self.text = text
        # Code-point offsets of astral characters, and the UTF-16 position of each.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [p + k for k, p in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        offset = max(0, min(offset, len(self.text)))
        return offset + bisect_left(self._astral, offset)

    def from_utf16(self, position: int) -> int:
        """Code-point offset of a UTF-16 position; a position inside a surrogate pair rounds down."""
        position = max(0, position)
        # Pairs that start before `position`; the last one may straddle it.
        k = bisect_left(self._astral_u16, position)
        offset = position - k
        if k and self._astral_u16[k - 1] + 1 == position:
            offset = self._astral[k - 1]
        return min(offset, len(self.text))


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
