"""Whether two speaker names name one speaker, and how two outlets' credits of one quotation differ."""

from __future__ import annotations

import functools
import re

from sidebyside.compare.text import fold
from sidebyside.resources import resource_json
from sidebyside.compare.attribution.records import Speaker


@functools.lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """Matching key of a speaker: folded, hyphens and apostrophes as spaces, single spaces."""
    return " ".join(fold(name).replace("-", " ").replace("'", " ").replace("’", " ").replace(".", "").split())


def same_speaker(a: str, b: str) -> bool:
    """Whether two speaker names (of two articles) name one speaker: equal keys, one the
    other's last words ("Haddad" / "Karim Haddad"; "Kremlin" / "the Kremlin"), or the same
    name in another transliteration ("Karim Haddad" / "Karim Hadad": one letter apart)."""
    ka, kb = name_key(a).removeprefix("the ").split(), name_key(b).removeprefix("the ").split()
    if not ka or not kb:
        return False
    if len(ka) != len(kb) and min(len(ka), len(kb)) >= 2:
        # "Edward Markey" / "Edward J. Markey": a middle initial one outlet leaves out
        ka, kb = _without_middle_initials(ka), _without_middle_initials(kb)
    ca, cb = "".join(ka), "".join(kb)
    if any("".join(ka[i:]) == cb for i in range(len(ka))) or any("".join(kb[i:]) == ca for i in range(len(kb))):
        return True  # "Vincent DelGiudice" / "Vincent Del Giudice", "Judge Vincent DelGiudice"
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    tail = long_[len(long_) - len(short) :]
    return all(x == y or min(len(x), len(y)) >= 5 and _one_edit_apart(x, y) for x, y in zip(short, tail))


def _without_middle_initials(words: list[str]) -> list[str]:
    return [w for k, w in enumerate(words) if not (len(w) == 1 and 0 < k < len(words) - 1)]


def _one_edit_apart(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(p != q for p, q in zip(x, y)) <= 1
    if len(x) > len(y):
        x, y = y, x
    i = 0
    while i < len(x) and x[i] == y[i]:
        i += 1
    return x[i:] == y[i + 1 :]


def speaker_contrast(a: str | None, b: str | None) -> str | None:
    """How two outlets credit the same quotation: "different" (two named speakers),
    "named/unnamed" (a name in one, an unnamed source in the other: "a senior official",
    "sources"), or None (the same speaker, one of two speakers the other names together, one
    gives none, two unnamed sources, or a definite description such as "her rep")."""
    if not a or not b or any(same_speaker(x, y) for x in _joined(a) for y in _joined(b)):
        return None  # "Craig Zadan and Neil Meron" / "Zadan": one of the two
    named_a, named_b = is_named(a), is_named(b)
    if named_a and named_b:
        return "different"
    if named_a != named_b and _anonymous(b if named_a else a):
        named, unnamed = (a, b) if named_a else (b, a)
        if set(name_key(named).removeprefix("the ").split()) <= set(name_key(unnamed).split()):
            return None  # "Police" / "a Surrey Police spokeswoman": the body and its spokeswoman, one source
        return "named/unnamed"
    return None  # "her rep", "the doctor": someone the other article may well have named


def _joined(name: str) -> list[str]:
    """The people of "Laurence Mark and Bill Condon", or the one name."""
    parts = [p.strip() for p in re.split(r"\s+(?:and|&)\s+", name) if p.strip()]
    return parts or [name]


_INDEFINITE_OPENERS = frozenset("a an one some two three four several many other another".split())
_ANONYMOUS_HEADS = frozenset(resource_json("attribution/speech.json")["anonymous_heads"])


def _anonymous(name: str) -> bool:
    """An unnamed source ("a senior official", "two people familiar with the talks", "sources",
    "analysts"), not a definite description of someone introduced before ("the doctor")."""
    words = name_key(name).split()
    if not words:
        return False
    return words[0] in _INDEFINITE_OPENERS or any(w in _ANONYMOUS_HEADS for w in words) \
        or words[0] != "the" and words[-1].endswith("s") and name[:1].islower()


def is_named(speaker: Speaker | str) -> bool:
    """A speaker named by a proper name (a person or an institution), not an unnamed source."""
    name = speaker.name if isinstance(speaker, Speaker) else speaker
    words = [w for w in name.split() if w.lower() not in ("the", "of", "for", "and")]
    return bool(words) and all(w[:1].isupper() or not w[:1].isalpha() for w in words)
