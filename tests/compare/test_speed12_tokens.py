"""The tokeniser built in passes (the text split at its words, offsets from running sums, each
distinct gap read once) gives exactly the tokens of the plain loop over the word matches."""

from __future__ import annotations

import random

from sidebyside.compare.tokens import _BREAK, _OPENERS, _TOKEN, Token, fold_word, tokenize

TEXT = (
    "Turkey's foreign minister, Mevlüt Çavuşoğlu, said: \"We won't wait.\" Jones' car and James’s "
    "house; N'Djamena (Chad) and the U.S. Army. fir\u00ading soft\u200bhyphen Ms. Davis's sister "
    "said it's over.\n\n“Really?” he asked. [Editor's note] «Non», dit-il. 'Yes,' said Bess' son. "
    "the boss's boss' bosses s S's 's x's 1990s' "
)


def _plain(text: str) -> list[Token]:
    """The plain loop: one match at a time."""
    tokens = []
    n = len(text)
    prev_end = 0
    first = True
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word = match.group()
        possessive = False
        if word[-1] in "sS":
            if len(word) > 2 and word[-2] in "'’":
                word, end, possessive = word[:-2], end - 2, True
            elif end < n and text[end] in "'’" and not text[end + 1 : end + 2].isalnum():
                possessive = True
        gap = text[prev_end:start]
        if first:
            initial, first = True, False
        elif gap == " ":
            initial = False
        else:
            initial = bool(_BREAK.search(gap)) or (gap.rstrip()[-1:] in _OPENERS)
        tokens.append(Token(start, end, word, fold_word(word), word[0].isupper(), initial, possessive, gap))
        prev_end = match.end()
    return tokens


def _texts() -> list[str]:
    words = TEXT.split(" ")
    out = [TEXT, "", " ", "s", "'s", "Bob's", "  \n", "A", "\u00ad"]
    for seed in range(8):
        rng = random.Random(seed)
        out.append(" ".join(rng.sample(words, len(words))))
        out.append("".join(rng.choice(TEXT) for _ in range(300)))
    return out


def test_tokens_are_those_of_the_plain_loop():
    for text in _texts():
        fast, plain = tokenize(text), _plain(text)
        assert fast == plain, text
        assert all(type(t) is Token for t in fast)
        assert [tuple(map(type, t)) for t in fast] == [tuple(map(type, t)) for t in plain]


def test_possessives_and_sentence_starts():
    toks = {t.text: t for t in tokenize("Turkey's army met Jones' men. The boss's aide, James’s friend")}
    assert toks["Turkey"].possessive and toks["Turkey"].end == 6 and toks["Jones"].possessive
    assert toks["boss"].possessive and toks["James"].possessive and not toks["army"].possessive
    assert toks["Turkey"].initial and toks["The"].initial and not toks["aide"].initial
