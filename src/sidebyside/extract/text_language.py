"""Guess the language of an article body from its script and most common function words.

Text captures carry no lang attribute; a guess is given only when one language clearly wins,
otherwise None ("if knowable").
"""

from __future__ import annotations

import re
from collections import Counter

STOPWORDS = {
    "en": "the and of to in that is was for on with as by said it his at from",
    "de": "der die und das ist nicht mit den von sich des auf ein eine dem für zu",
    "fr": "le la les et des est une dans que pour qui pas sur au du avec il",
    "es": "el la los las que de y en por con una para del se su como",
    "it": "il di che la per non una sono gli della del con alla anche nel",
    "pt": "o a os que de e em do da para com uma não por no na",
    "nl": "de het een en van is dat op te niet met voor zijn er",
}
_INDEX: dict[str, set[str]] = {lang: set(words.split()) for lang, words in STOPWORDS.items()}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str, sample: int = 20000) -> str | None:
    text = text[:sample]
    if not text.strip():
        return None
    scripts = Counter()
    for ch in text:
        code = ord(ch)
        if 0x3040 <= code <= 0x30FF:
            scripts["ja"] += 1
        elif 0x4E00 <= code <= 0x9FFF:
            scripts["han"] += 1
        elif 0xAC00 <= code <= 0xD7AF:
            scripts["ko"] += 1
        elif 0x0400 <= code <= 0x04FF:
            scripts["ru"] += 1
        elif 0x0600 <= code <= 0x06FF:
            scripts["ar"] += 1
        elif 0x0590 <= code <= 0x05FF:
            scripts["he"] += 1
        elif 0x0370 <= code <= 0x03FF:
            scripts["el"] += 1
        elif ch.isalpha():
            scripts["latin"] += 1
    script, count = scripts.most_common(1)[0] if scripts else ("latin", 0)
    if script == "han":
        return "ja" if scripts["ja"] > scripts["han"] * 0.1 else "zh"
    if script != "latin":
        return script
    words = Counter(w.lower() for w in _WORD.findall(text))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _INDEX.items()}
    best = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    if best[0][1] >= 5 and best[0][1] >= 1.5 * best[1][1]:
        return best[0][0]
    return None
