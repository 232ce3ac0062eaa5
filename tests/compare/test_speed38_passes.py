"""speed38: passes that give what the word-by-word ones gave (folded words, joined compounds, the
words a sentence quotes, names of bodies)."""

import bisect

from sidebyside.compare.alignment_checks import quoted_words
from sidebyside.compare.attribution.descriptions import _NAMED_BODY
from sidebyside.compare.tokens import _fold_words, fold_word, joined_compounds, match_words, tokenize


def test_words_folded_in_one_pass_are_each_words_fold():
    words = ["Tarvik", "Ferry", "ÉCOLE", "Müller", "fir\u00ading", "Straße", "don’t", "Ολυμπος", "ferry", "42"]
    folded = _fold_words(words)
    assert folded == [fold_word(w) for w in words]
    assert folded[5] == "strasse" and folded[4] == "firing"  # case folded, invisible hyphen dropped
    assert folded[1] is folded[8]  # one string a distinct word, as fold_word's cache gives
    assert _fold_words(["Odrin"]) == ["odrin"]


def test_tokens_of_a_text_have_the_folded_words():
    tokens = tokenize("Mayor Ilse Varga's café in Tarvik, the ferry's café, reopened.")
    assert [t.norm for t in tokens] == [fold_word(t.text) for t in tokens]
    assert [t.norm for t in tokens][:4] == ["mayor", "ilse", "varga", "cafe"]


def test_hyphenated_pairs_that_make_a_word_are_joined_and_others_kept():
    text = "She sent an e-mail about the two-day co-operation, then a re-run-it note and an e-mail."
    words = match_words(text)
    folded = [w for _, _, w in words]
    assert folded.count("email") == 2  # both joined (a known word)
    assert "two" in folded and "day" in folded  # "twoday" is no word: the parts stay
    assert "re" in folded and "run" in folded  # three parts: no pair joined
    start = text.index("e-mail")
    assert (start, start + 6, "email") in words
    assert len(words) == len(folded) and words == sorted(words)


def test_no_hyphen_leaves_the_words_as_they_are():
    words = [(0, 4, "ship"), (5, 9, "sank")]
    assert joined_compounds("ship sank", words) is words


def _quoted_word_by_word(starts, toks, id_of, units, spans):
    out = {}
    unit_starts = [s for s, _ in units]
    for lo, hi in spans:
        for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            u = bisect.bisect_right(unit_starts, starts[k]) - 1
            if u >= 0 and starts[k] < units[u][1]:
                out.setdefault(u, set()).add(id_of[toks[k][2]])
    return out


def test_quoted_words_are_found_sentence_by_sentence():
    text = 'The mayor spoke. "We will rebuild the pier," she said. "It takes a year. Then ferries return."'
    toks = match_words(text)
    starts = [s for s, _, _ in toks]
    id_of = {w: k for k, w in enumerate(sorted({w for _, _, w in toks}))}
    units = [(0, 16), (17, 53), (54, 70), (71, len(text))]
    quotes = [(18, 43), (55, len(text) - 1)]
    found = quoted_words(starts, toks, id_of, units, quotes)
    assert found == _quoted_word_by_word(starts, toks, id_of, units, quotes)
    assert 0 not in found  # the first sentence quotes no one
    assert found[1] == {id_of[w] for w in ("we", "will", "rebuild", "the", "pier")}
    assert found[3] == {id_of[w] for w in ("then", "ferries", "return")}
    # words between sentences (a gap the units leave) belong to none
    gapped = [(0, 16), (17, 30), (54, 70), (71, len(text))]
    assert quoted_words(starts, toks, id_of, gapped, quotes) == _quoted_word_by_word(starts, toks, id_of, gapped, quotes)
    assert quoted_words(starts, toks, id_of, units, []) == {}


def test_named_bodies_start_at_a_word_boundary():
    text = "Then the Snake Valley Irrigation District said so. xSnake Valley Board met. O'Neill Harbour Trust."
    found = [m.group(1) for m in _NAMED_BODY.finditer(text)]
    assert "Snake Valley Irrigation District" in found
    assert "Valley Board" in found  # not "xSnake ...": a capital inside a word opens no name
    assert not any(f.startswith("Snake Valley Board") for f in found)
    assert [m.group(2) for m in _NAMED_BODY.finditer("the Harbour Trust said")] == ["Trust"]
    assert _NAMED_BODY.search("the harbour trust said") is None  # no capitals: no name
