"""The language guesser counts letters and scripts at C speed (ASCII apart, the rest by runs) and
votes on distinct words: the same answers as counting every character and word one by one."""

from __future__ import annotations

import re
import unicodedata

import pytest

from sidebyside.extract.language import (
    _SCRIPTS,
    _vote,
    _word_sets,
    guess_language,
)
from sidebyside.settings import LanguageSettings

_LETTER = re.compile(r"[^\W\d_]")


def _letters_one_by_one(text: str) -> int:
    return len(_LETTER.findall(text))


@pytest.mark.parametrize("text, expected", [
    # English with curly quotes, a dash, digits and an underscore (none of them letters)
    (("“The council said on Tuesday that the bridge — 2_000 tonnes — was safe,” he said, and that "
      "it would reopen in the spring with the new lanes that the city has asked for."), "en"),
    # French accents are Latin letters outside ASCII
    (("Le maire a déclaré que le pont était sûr et qu'il serait rouvert au printemps avec les "
      "nouvelles voies que la ville a demandées pour les cyclistes et les piétons de la région."), "fr"),
    # Turkish: "İ" lowers to two characters; its words are voted on as written
    (("İstanbul'da belediye başkanı bir açıklama yaptı ve köprünün çok daha güvenli olduğunu, "
      "bu yıl için ise yeni bir plan ile her şeyin daha iyi olacağını söyledi."), "tr"),
    # Cyrillic with Latin brand names among it
    (("Министр заявил во вторник, что компания Apple и Google не будут менять свои планы по "
      "строительству нового центра, который уже задерживается на два года."), "ru"),
])
def test_guesses_mixed_texts(text, expected):
    assert guess_language(text) == expected


def test_digits_underscores_and_marks_are_no_letters():
    assert guess_language("2024_01_02 — 12:30 · 99 % … ¹²³ ½ “” ‘’ " * 20) is None
    assert guess_language("abc " * 4) is None  # too few letters: fewer than min_letters
    assert LanguageSettings().min_letters > 12


def test_letter_count_matches_one_by_one():
    """The ASCII letters counted as bytes and the rest by runs give what one match per
    character gives, whatever the mix."""
    from sidebyside.extract import language

    samples = ["a1_b² ½ Ⅻ ÀÉ ß ﬁ İı Σς ї ع 漢 かな 한 ", "plain ascii only, 123", "", "___", "ÀÀÀ" * 7]
    for text in samples:
        encoded = text.encode("ascii", "ignore")
        ascii_letters = len(encoded) - len(encoded.translate(None, language._ASCII_LETTERS))
        rest = language._ASCII_RUNS.sub("", text)
        assert ascii_letters + len(language._NOT_LETTERS.sub("", rest)) == _letters_one_by_one(text)
        for script in {script for _, _, script in _SCRIPTS} - {"latin"}:  # no ASCII in these
            inside = sum(1 for c in text for first, last, s in _SCRIPTS if s == script and first <= ord(c) <= last)
            assert len(language._SCRIPT_PATTERNS[script].sub("", rest)) == inside


def test_vote_counts_every_occurrence_of_a_word():
    text = "The the THE of and to in is that for " + "bridge " * 3
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))]
    assert _vote(text, _word_sets("latin"), LanguageSettings()) == "en"
    assert sum(1 for w in words if w in _word_sets("latin")["en"]) == 10
    # not enough common words: no vote
    assert _vote("bridge river council tower street harbour ferry island quay dock", _word_sets("latin"), LanguageSettings()) is None
