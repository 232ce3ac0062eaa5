"""Whether a name-shaped line of a text capture reads as a person's name: a name set twice by a
link and its text, a name in capitals rather than a button in capitals."""

from __future__ import annotations

import re

from sidebyside.name_lists import given_names
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
    if words[0] in given_names():  # first_names.json and given_names.txt (sidebyside.name_lists)
        return True
    if not english:
        return False
    zipf = english_zipf()  # resources/terms/background.tsv (sidebyside.word_frequencies)
    return any(zipf.get(w, 0.0) < settings.common_word_zipf for w in words)
