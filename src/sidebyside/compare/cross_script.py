"""Whether an article written in another script names an entity of the other article.

A name made only of rare words ("Karim Haddad", "Qasr al-Nour") is transliterated between
scripts, so it is looked for by consonant skeleton (translit.py). A name (not a person's) with an
ordinary word in it ("World Food Programme", "Harran Observatory for Human Rights") is usually translated,
which no skeleton can see: in an article written in another script such a name cannot be shown
absent, so it is not reported as named by one article only.
"""

from __future__ import annotations

import re
from collections import Counter

from sidebyside.compare.entities import PARTICLES, Entity
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.translit import SkeletonIndex, name_skeleton, script
from sidebyside.settings import DEFAULT, NamingSettings

_WORD = re.compile(r"[^\W\d_]+")
_FOREIGN_LETTER = re.compile("[\u0600-\u06ff\u0400-\u04ff]")


class ForeignText:
    """One article's text, as the other article's names are looked for in it."""

    def __init__(self, text: str, settings: NamingSettings = DEFAULT.compare.naming):
        self.text = text
        self.translated_zipf = settings.translated_zipf
        self._words: list[str] | None = None
        self._indexes: dict[str, SkeletonIndex] = {}
        self._main: str | None = None

    def _main_script(self) -> str:
        if self._main is None:
            if not _FOREIGN_LETTER.search(self.text):
                self._main = "latin"
            else:
                self._words = _WORD.findall(self.text)
                counts = Counter(script(w) for w in self._words)
                self._main = counts.most_common(1)[0][0] if counts else "other"
        return self._main

    def names_any(self, mentions: list[Entity], name: str, own_text: str = "") -> bool:
        """Whether this text, written in another script than the mentions, names the entity.
        own_text: the text of the mentions, to see a mention as part of a hyphenated name
        ("Нур" in "Каср-эн-Нур")."""
        own_script = script(name)
        if own_script in ("other",) or self._main_script() in (own_script, "other"):
            return False
        lex = lexicon()
        words = [w for w in re.split(r"[\s\-‐'’]+", name.casefold()) if w and w not in PARTICLES]
        # people's and single places' names are transliterated; "the World Food Programme",
        # "the attack" translated
        kinds = {m.kind for m in mentions}
        transliterated = "person" in kinds or ("place" in kinds and len(words) == 1)
        if not transliterated and any(lex.zipf(w) >= self.translated_zipf for w in words):
            return True  # translated, not transliterated: its absence cannot be seen
        index = self._indexes.get(own_script)
        if index is None:
            if self._words is None:
                self._words = _WORD.findall(self.text)
            index = self._indexes[own_script] = SkeletonIndex(self._words, own_script)
        surfaces = {name} | {m.text for m in mentions}
        if own_text:
            surfaces |= {_hyphen_compound(own_text, m.start, m.end) for m in mentions}
        skeletons = {name_skeleton(s) for s in surfaces}
        if any(k in index or k.replace("f", "") in index for k in skeletons):
            return True
        return any(index.has_short_name(s) for s in surfaces if " " not in s and "-" not in s)


_COMPOUND = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)+")


def _hyphen_compound(text: str, start: int, end: int) -> str:
    """The hyphenated word holding text[start:end] ("Каср-эн-Нур" for "Нур"), else that text."""
    lo = max(0, start - 40)
    for m in _COMPOUND.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end():
            return m.group()
    return text[start:end]
