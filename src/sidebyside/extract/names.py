"""Whether a name-shaped line or byline reads as a person's name, for both families: a name set
twice by a link and its text, a name in capitals rather than a button in capitals, a run of
capitalised words that is a site's menu."""

from __future__ import annotations

import re
import unicodedata

from sidebyside.extract import cues
from sidebyside.name_lists import given_names_of_the_world
from sidebyside.settings import DEFAULT, TextSettings
from sidebyside.word_frequencies import english_zipf

# "Pamela WilsonPamela Wilson", "Aleš Vávra Aleš Vávra": a link's text and its title set twice
_REPEATED = re.compile(r"(?P<name>\S.{2,}?)\s*(?P=name)")


def unrepeated(text: str) -> str:
    """The line once when it is one name written twice, glued or not; else the line."""
    match = _REPEATED.fullmatch(text.strip())
    return match.group("name").strip() if match else text


def person_like(name: str, english: bool = True, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """A name-shaped line that reads as a person's name, not a button or a section ("FIND YOUR
    NEXT CAR", "BREAKING NEWS", "Local News"): it opens with a known given name, or (on an
    English page: the frequencies are English) one of its words is not a common English word."""
    words = [w.strip(".,").lower() for w in name.split()]
    if not words:
        return False
    if _given_name(words[0]):  # as the name lists write it, or without its accents ("Lucía", "Zoë")
        return True
    if words[0] in cues.GIVEN_NAMES_ALSO_WORDS and _name_after_word(name.split(), settings):
        return True
    if not english:
        return False
    zipf = english_zipf()  # resources/terms/background.tsv (sidebyside.word_frequencies)
    return any(zipf.get(w, 0.0) < settings.common_word_zipf for w in words)


# a name's word as a name is written: a capital, then lower case ("Harris", "O'Neil", "McKay",
# "Smith-Jones"); an initial ("J.")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?|(?:Mc|Mac|O['’])[A-Z][a-z]+)$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def _name_after_word(words: list[str], settings: TextSettings) -> bool:
    """A given name that is also a word ("Will", "Max", "Hope") opens a person's name when the
    line is shaped as one: two or three words in Title case (a middle initial or name), the
    last a surname's: no other such word, no word of a page's furniture and rarer than
    ``word_name_surname_zipf`` ("Will Harris", "Max J. Fisher"; not "Will Power", "Hope
    Street", "WILL HARRIS" in capitals, a button's)."""
    if not 2 <= len(words) <= 3 or not _NAME_WORD.match(words[0]):
        return False
    *middle, last = words[1:]
    if any(not _INITIAL.match(w) and w.lower() not in given_names_of_the_world() for w in middle) or not _NAME_WORD.match(last):
        return False
    low = last.lower()
    if low in cues.GIVEN_NAMES_ALSO_WORDS or low in cues.FURNITURE or cues.norm_cue(" ".join(words)) in cues.FURNITURE:
        return False
    return english_zipf().get(low, 0.0) < settings.word_name_surname_zipf


def menu_shaped(name: str, settings: TextSettings = DEFAULT.extract.text) -> bool:
    """A name-shaped run of words that is a site's menu, not a person ("Nachrichten Politik
    Sport Kultur" over the date): every word the name of a section (cues.json section_names),
    or ``menu_name_words`` capitalised words or more of which none is a known given name (a
    person's name that long holds one: "Anna Maria de la Cruz", "Maria Fernanda Souza Lima")."""
    words = [w.strip(".,") for w in name.split()]
    if words and all(w.lower() in cues.SECTION_NAMES for w in words):
        return True
    capitalised = [w for w in words if w[:1].isupper()]
    return len(capitalised) >= settings.menu_name_words and not any(
        _given_name(w) for w in capitalised)


def _given_name(word: str) -> bool:
    """A known given name, as the lists write it or without its accents ("José", "Lucía"): the
    lists (first_names.json, given_names.tsv and given_names_world.tsv, sidebyside.name_lists)
    spell many names without them."""
    low = word.lower()
    names = given_names_of_the_world()
    if low in names:
        return True
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))
    return bare in names
