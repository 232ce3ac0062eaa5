"""Consonant skeletons of words in Latin, Arabic and Cyrillic script, so that a name written in
one script can be found in an article written in another ("Karim Haddad" / "كريم حداد" /
"Карим Хаддад").

The skeleton keeps the consonants a reader of either script would write, in one shared Latin
alphabet: vowels (and the letters that carry them in Arabic: alif, waw, ya; Russian vowels, soft
and hard signs) are dropped, since Arabic leaves short vowels out; h-like sounds are dropped, since
scripts disagree on them (Kh/Х/خ, H/ح/ه); sounds one script lacks are merged (p with b, v with f,
q and c with k, j with g); since Russian writes w as v (Darwish/Дарвиш) every word also has a
form without f; doubled letters are written once. This is deliberately coarse: it is
only used to check whether a name from one article appears in the other when the two are in
different scripts, and only for skeletons of at least MIN_SKELETON letters.
"""

from __future__ import annotations

import functools
import re
import unicodedata

MIN_SKELETON = 3

_ARABIC = {
    "ب": "b", "ت": "t", "ث": "t", "ج": "g", "د": "d", "ذ": "d", "ر": "r", "ز": "z", "س": "s", "ش": "s",
    "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ڤ": "f", "پ": "b", "چ": "c", "گ": "g", "ی": "", "ک": "k",
}  # every other Arabic letter (alif, waw, ya, hamza, ta marbuta, ayn, h sounds) is dropped
_CYRILLIC = {
    "б": "b", "в": "f", "г": "g", "д": "d", "ж": "g", "з": "z", "к": "k", "л": "l", "м": "m", "н": "n",
    "п": "b", "р": "r", "с": "s", "т": "t", "ф": "f", "ц": "ts", "ч": "c", "ш": "s", "щ": "s",
}  # vowels, й, ь, ъ and х are dropped
_LATIN_DIGRAPHS = re.compile(r"kh|gh|sh|zh|th|dh|ph|ch|ck|h")
_LATIN_DIGRAPH_SOUNDS = {"kh": "", "gh": "g", "sh": "s", "zh": "g", "th": "t", "dh": "d", "ph": "f", "ch": "c", "ck": "k", "h": ""}
_LATIN = {"p": "b", "v": "f", "q": "k", "c": "k", "j": "g", "x": "ks", "w": "", "y": ""}
_VOWELS = frozenset("aeiou")
# Arabic prefixes written onto the word: and/so, with/for/like, the ("والنور", "بقصر").
_ARABIC_PREFIX = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")
_RUSSIAN_CASE_ENDING = re.compile(r"(?:ом|ем|ым|им|ой|ою|ей|ам|ами|ах|ям|ях)$")


def script(word: str) -> str:
    """"arabic", "cyrillic", "latin" or "other", from the word's first letter."""
    for ch in word:
        if ch.isalpha():
            if "\u0600" <= ch <= "\u06ff":
                return "arabic"
            if "\u0400" <= ch <= "\u04ff":
                return "cyrillic"
            return "latin" if ch.isascii() or "\u00c0" <= ch <= "\u024f" else "other"
    return "other"


def _collapse(s: str) -> str:
    out: list[str] = []
    for ch in s:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


# The Arabic article as a separate word, assimilated or not ("al-Nour", "an-Nur", "Каср-эн-Нур"):
# no skeleton, and transparent inside a run of words; "ال" written onto a word is dropped too.
PARTICLES = frozenset("al el an ad as ar at az ash ul ал аль эль ан эн ад ас ар ат аз аш".split())


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """The consonant skeleton of one word in any of the three scripts ("" for other scripts)."""
    return _skeleton(word, fine=False)


# The h sounds each script writes and the coarse skeleton drops (Latin h and kh; Arabic ح, ه, خ;
# Russian х): kept as one "H" by the finer skeleton of short names (upper case: no other letter
# of a skeleton is).
_ARABIC_H = frozenset("حهخ")
_FINE_LATIN_SOUNDS = {**_LATIN_DIGRAPH_SOUNDS, "kh": "H", "h": "H"}


@functools.lru_cache(maxsize=65536)
def fine_skeleton(word: str) -> str:
    """A finer skeleton that keeps where an h sound is ("Harran" -> "Hrn", "حران" -> "Hrn",
    "Iran" / "إيران" -> "rn"): for names whose coarse skeleton is too short to look for."""
    return _skeleton(word, fine=True)


def _skeleton(word: str, fine: bool) -> str:
    """The skeleton of one word; ``fine`` keeps its h sounds as "H" where the coarse one drops them."""
    if word.lower() in PARTICLES:
        return ""
    kind = script(word)
    if kind == "arabic":
        return _collapse("".join("H" if fine and ch in _ARABIC_H else _ARABIC.get(ch, "") for ch in word))
    if kind == "cyrillic":
        return _collapse("".join("H" if fine and ch == "х" else _CYRILLIC.get(ch, "") for ch in word.lower()))
    if kind == "latin":
        folded = "".join(
            c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c) and c.isalpha()
        )
        sounds = _FINE_LATIN_SOUNDS if fine else _LATIN_DIGRAPH_SOUNDS
        folded = _LATIN_DIGRAPHS.sub(lambda m: sounds[m.group()], folded)
        return _collapse("".join(_LATIN.get(c, c) for c in folded if c not in _VOWELS))
    return ""


def fine_forms(word: str) -> tuple[str, ...]:
    """Fine skeletons of a word as it may stand for a bare name (as word_forms)."""
    forms = {fine_skeleton(word)}
    if script(word) == "arabic":
        bare = _ARABIC_PREFIX.sub("", word)
        if bare and bare != word:
            forms.add(fine_skeleton(bare))
    elif script(word) == "cyrillic":
        forms.add(fine_skeleton(_RUSSIAN_CASE_ENDING.sub("", word.lower())))
    forms.discard("")
    return tuple(sorted(forms))


def word_forms(word: str) -> tuple[str, ...]:
    """Skeletons of a word as it may stand for a bare name: itself, without Arabic prefixes
    ("والنور" -> "نور" as well as "النور"), without a Russian case ending ("Хаддадом")."""
    forms = {skeleton(word)}
    kind = script(word)
    if kind == "arabic":
        bare = _ARABIC_PREFIX.sub("", word)
        if bare and bare != word:
            forms.add(skeleton(bare))  # "النور" is "Nour" as well as "al-Nour"
    elif kind == "cyrillic":
        forms.add(skeleton(_RUSSIAN_CASE_ENDING.sub("", word.lower())))
    forms |= {f.replace("f", "") for f in forms}  # Darwish / Дарвиш
    forms.discard("")
    return tuple(sorted(forms))


class SkeletonIndex:
    """Skeletons of every run of up to MAX_RUN words of a text written in other scripts than one
    given script, joined without spaces ("قصر النور" -> "ksrlnr")."""

    MAX_RUN = 4

    def __init__(self, words: list[str], excluded_script: str):
        self.runs: set[str] = set()
        kept = [w for w in words if w.lower() not in PARTICLES and script(w) not in (excluded_script, "other")]
        # single words by their finer skeleton, for a short name (has_short_name)
        self.fine: frozenset[str] = frozenset(f for w in set(kept) for f in fine_forms(w))
        foreign = [
            (word_forms(w) if script(w) not in (excluded_script, "other") else ())
            for w in words if w.lower() not in PARTICLES
        ]
        for i, forms in enumerate(foreign):
            partial = set(forms)
            self.runs |= partial
            for j in range(i + 1, min(i + self.MAX_RUN, len(foreign))):
                if not foreign[j] or not partial:
                    break
                partial = {p + f for p in partial for f in foreign[j]}
                self.runs |= partial

    def __contains__(self, name_skeleton: str) -> bool:
        return len(name_skeleton) >= MIN_SKELETON and name_skeleton in self.runs

    def has_short_name(self, word: str) -> bool:
        """Whether a one-word name whose skeleton is too short to look for ("Harran": r-n) is a
        word of the text by its finer skeleton, h sounds kept ("حران"; never "إيران", Iran)."""
        fine = fine_skeleton(word)
        return len(skeleton(word)) < MIN_SKELETON <= len(fine) and fine in self.fine


def name_skeleton(name: str) -> str:
    """The skeleton of a whole name, its words joined ("Qasr al-Nour" -> "ksrlnr")."""
    return "".join(skeleton(w) for w in re.split(r"[\s\-‐'’]+", name) if w)
