"""speed33: the loose phrase index is filled a first word at a time, and a dropped "g" is
searched from its "in"; both give what the whole index and the old pattern gave."""

import re

from sidebyside.compare.loaded import _g_restored, _matcher, _MultiwordPhrases
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize

_OLD_DROPPED_G = re.compile(r"\w\win['’](?!\w)")  # the pattern before speed33


def _whole_index(matcher) -> dict[tuple[str, str], list]:
    """The index as it was built before: every first word's phrases at once."""
    found: dict[tuple[str, str], list] = {}
    for first, entries in matcher.grouped().items():
        for rank, (key, payload) in enumerate(e for e in entries if len(e[0]) > 1):
            found.setdefault((first, key[1]), []).append((rank, key, payload))
    return found


def test_each_first_words_phrases_are_the_whole_indexs():
    matcher = _matcher(lexicon())
    whole = _whole_index(matcher)
    lazy = _MultiwordPhrases(matcher)
    firsts = {first for first, _ in whole}
    assert firsts  # the lists hold phrases of two words
    for first in firsts:
        after = lazy.after(first)
        assert {(first, second): phrases for second, phrases in after.items()} == {
            k: v for k, v in whole.items() if k[0] == first}
        assert lazy.by_first[first] is after  # kept for the next ask


def test_a_word_that_opens_no_phrase_has_none():
    lazy = _MultiwordPhrases(_matcher(lexicon()))
    assert lazy.after("zzqvarn") == {}
    assert lazy.by_first["zzqvarn"] == {}


def test_dropped_g_words_are_the_old_patterns():
    texts = [
        "He kept lyin' to the voters of Orlenby, sayin’ nothin'.",
        "in' at the start, xin' too short, Putin's ferry and Putin’s dam.",
        "goin'home runs on; doin' it; bein'_ no; 12in' figures; ruinin'",
        "Twin' and win' and 'Berlin' and the Cabin' Row.",
    ]
    for text in texts:
        tokens = tokenize(text)
        old = {m.end() - 1 for m in _OLD_DROPPED_G.finditer(text)}
        restored = _g_restored(text, tokens)
        changed = {t.end for t, r in zip(tokens, restored) if r.norm != t.norm}
        assert changed == {t.end for t in tokens if t.end in old}, text
        assert all(r.norm == t.norm + "g" for t, r in zip(tokens, restored) if r.norm != t.norm)


def test_a_dropped_g_is_restored_only_after_two_letters():
    text = "Stop lyin' and xin' games."
    restored = [t.norm for t in _g_restored(text, tokenize(text))]
    assert "lying" in restored
    assert "xing" not in restored and "xin" in restored
