"""Write the Serbian Cyrillic entry ("sr") of speech_languages.json from its Latin one ("hr").

Serbian is written in two scripts that map letter for letter (Vuk Karadžić's Cyrillic and
Gaj's Latin alphabet, the standard correspondence of Serbian grammars: lj љ, nj њ, dž џ, đ ђ,
ć ћ, č ч, š ш, ž ж, j ј, c ц, h х, ...). The "hr" entry is the one source: Croatian and Serbian in
Latin letters (a Serbian text in Latin letters is guessed Croatian, extract/language.py); this
script transliterates its word lists into the "sr" entry, read in texts guessed Serbian (the
Cyrillic letters ј, љ, њ, џ, ђ, ћ). Edit "hr", never "sr", then run:

    python3 resources/attribution/build_serbian_cyrillic.py

tests/compare/test_languages52_coverage.py checks that the two entries agree.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

PATH = Path(__file__).resolve().parent / "speech_languages.json"
SOURCE = "hr"
TARGET = "sr"
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ"}
_LETTERS = dict(zip("abcčćdđefghijklmnoprsštuvzž", "абцчћдђефгхијклмнопрсштувзж", strict=True))
# Keys of the Latin entry that hold no words of the language, copied as they are
_NOT_WORDS = frozenset({"own_texts_only", "subject_dropped", "case_marked", "past_gender_any_word",
                        "pronoun_other_speech_abstains", "name_in_marks_before_verb"})
NOTE = ("Serbian in Cyrillic letters: the \"hr\" entry (Croatian and Serbian in Latin letters) transliterated "
        "letter for letter by build_serbian_cyrillic.py (the standard Latin-Cyrillic correspondence of Serbian: "
        "lj љ, nj њ, dž џ, đ ђ, ć ћ, č ч, š ш, ž ж, j ј, c ц): one source, two scripts; edit \"hr\" and run the "
        "script, never this entry. Read only in texts guessed Serbian (own_texts_only; extract/language.py: "
        "the letters ђ, ћ, or ј, љ, њ, џ with Serbian's commonest words).")


def to_cyrillic(word: str) -> str:
    """A Serbian word in Latin letters written in Cyrillic ("rekao" -> "рекао", "Ljubica" -> "Љубица")."""
    out, i = [], 0
    while i < len(word):
        pair = word[i:i + 2]
        low = pair.lower()
        if low in _DIGRAPHS:
            cyr = _DIGRAPHS[low]
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            i += 2
            continue
        ch = word[i]
        cyr = _LETTERS.get(ch.lower())
        out.append(ch if cyr is None else (cyr.upper() if ch.isupper() else cyr))
        i += 1
    return "".join(out)


def _words(value):
    """A value of the Latin entry with its words transliterated: the strings of lists at any depth,
    and the keys of a mapping of words to what they stand for (pronouns: "on" -> "he")."""
    if isinstance(value, str):
        return to_cyrillic(value)
    if isinstance(value, list):
        return [_words(v) for v in value]
    if isinstance(value, dict):
        if value and all(isinstance(v, str) for v in value.values()):
            return {to_cyrillic(k): v for k, v in value.items()}
        return {k: _words(v) for k, v in value.items()}
    return value


def cyrillic_entry(latin: dict) -> dict:
    """The "sr" entry made from the "hr" one: its notes ("source", "*_about") left out, for NOTE."""
    entry: dict = {"source": NOTE, "own_texts_only": True}
    for key, value in latin.items():
        if key == "source" or key.endswith("_about") or key in entry:
            continue
        entry[key] = value if key in _NOT_WORDS else _words(value)
    return entry


def main() -> int:
    lines = PATH.read_text(encoding="utf-8").rstrip("\n").split("\n")
    data = json.loads("\n".join(lines))
    new = f'  "{TARGET}": ' + json.dumps(cyrillic_entry(data[SOURCE]), ensure_ascii=False)
    body = lines[1:-1]
    at = [i for i, line in enumerate(body) if line.startswith(f'  "{TARGET}": ')]
    if at:
        body[at[0]] = new + ("," if body[at[0]].endswith(",") else "")
    else:
        body[-1] += ","
        body.append(new)
    PATH.write_text("\n".join(["{", *body, "}"]) + "\n", encoding="utf-8")
    json.loads(PATH.read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
