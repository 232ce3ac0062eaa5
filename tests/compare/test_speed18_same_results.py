"""Speed changes that must leave results as they were: each rewritten step gives what the plain
reading of it gives, on hand-written text (and on text where it must find nothing)."""

from __future__ import annotations

import json
import re
import string

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.discrepancy import _earlier, _opening_class, _vocabulary
from sidebyside.compare.only_in import _word_opening
from sidebyside.model import Article, Source
from sidebyside.resources import resource
from sidebyside.wordpattern import alternation

_TRICKY = "İı\u017f\u212a"  # the letters whose case is an ASCII letter's


def test_a_word_family_is_found_as_the_boundary_pattern_finds_it():
    texts = [
        "Residents were evacuated on Monday; the evacuees returned.",
        "No such word here: reevacuation, pre_evacuate, 9evacuate.",
        "EVACUATION ordered",
        "The \u017ftrike (long s) and the \u212aILLINGS (Kelvin sign) and İNDEED.",
        "strikes_ and _strikes and -strikes and \nstrikes",
        "",
    ]
    for stem in ("evacuat", "strike", "killing", "indee", "ındee", "ſtrike", "9evacuat", "_strik", "élan"):
        for text in texts:
            plain = re.search(r"\b" + re.escape(stem), text, re.IGNORECASE)
            fast = _word_opening(stem).search(text)
            assert (plain and plain.start()) == (fast and fast.start()), (stem, text)
    assert _word_opening("evacuat").search(texts[0]).start() == texts[0].index("evacuated")
    assert _word_opening("evacuat").search(texts[1]) is None  # inside a word: no boundary before it


def test_every_letter_cased_as_an_ascii_letter_is_in_the_opening_class():
    # the opening class lists an ASCII letter's cases: no other character matches it ignoring case
    every = "".join(chr(i) for i in range(0x3000))
    for letter in string.ascii_lowercase:
        found = set(re.findall(letter, every, re.IGNORECASE))
        assert found <= set(string.ascii_letters + _TRICKY), letter


def _plain_patterns():
    data = json.loads(resource("terms").joinpath("quantities.json").read_text(encoding="utf-8"))
    alternatives = alternation({k.casefold() for k in data["number_words"]})
    cues = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in data["cumulative_cues"])
    return (
        re.compile(rf"(?<![\w-])(?:{alternatives})(?:-(?:{alternatives}))?(?![\w])", re.IGNORECASE),
        re.compile(rf"\b(?:{cues})\b", re.IGNORECASE),
        re.compile(rf"^[\W_]*(?:{alternation(data['earlier_opening'], spaced=True)})\b"
                   rf"|\b(?:{alternation(data['earlier_anywhere'], spaced=True)})\b", re.IGNORECASE),
    )


_SENTENCES = [
    "Twenty-one people died, and so  far eighteen were hurt; a dozen more ALL TOLD.",
    "Earlier, the toll stood at fifty-five. Last  Year it was ſeven.",
    "  earlier this year the tolls rose (cumulatively), twentyfold, x_seven, seven_, -seven.",
    "A YEAR AGO nobody counted; in all, İn all, ın all.",
    "Nothing here: sevenfold, atoll, overalls, combinedly, earliest.",
    "",
]


def test_number_words_and_cues_are_found_as_the_lookbehind_patterns_find_them():
    word_number, cumulative, earlier = _plain_patterns()
    vocab = _vocabulary()
    for text in _SENTENCES:
        assert [m.span() for m in vocab.word_number.finditer(text)] == [m.span() for m in word_number.finditer(text)], text
        assert bool(vocab.cumulative.search(text)) == bool(cumulative.search(text)), text
        assert _earlier(vocab, text) == bool(earlier.search(text)), text
        for start in range(0, len(text), 7):
            assert bool(vocab.cumulative.search(text, start, start + 20)) == bool(cumulative.search(text, start, start + 20))
    assert [m.group() for m in vocab.word_number.finditer(_SENTENCES[0])] == ["Twenty-one", "eighteen", "a dozen"]
    assert not vocab.word_number.search(_SENTENCES[4])  # words that only start like numbers
    assert not vocab.cumulative.search(_SENTENCES[4]) and not _earlier(vocab, _SENTENCES[4])


def test_phrases_of_a_letter_in_two_cases_keep_the_plain_pattern():
    assert _opening_class(["So far", "so far"], r"\w", r"\b", spaced=True) is None
    assert _opening_class(["9 to 5"], r"\w", r"\b") is None  # not a letter first
    pattern = _opening_class(["a total of", "all told", "altogether"], r"\w", r"\b", spaced=True)
    assert pattern.search("in ALL   told terms").group() == "ALL   told"
    assert pattern.search("a totally new total") is None


def test_capitalised_runs_are_the_plain_walk_s():
    text = ("Bashar al-Assad met Recep Tayyip Erdogan's envoy. the Turkey-backed groups of Cheuk Hau-yip "
            "and Ursula von der Heyden; Joseph R. McCarthy and Mr. Brown, not Kassel von der Polizei.")
    model = ArticleText.of(Article(source=Source(path=None, format="text"), text=text))
    tokens = model.tokens
    runs = [(tokens[i].text, tokens[j - 1].text) for i, j in model.cap_runs]
    assert ("Bashar", "Assad") in runs and ("Recep", "Erdogan") in runs
    assert ("Ursula", "Heyden") in runs and ("Joseph", "McCarthy") in runs
    assert all(tokens[i].cap for i, _ in model.cap_runs)  # a run opens with a capital, never "the"
    assert model.cap_runs == _plain_cap_runs(model)


def _plain_cap_runs(model: ArticleText) -> list[tuple[int, int]]:
    """The walk over every token that cap_runs made before it visited the capitalised ones alone."""
    from sidebyside.compare.articletext import NAME_PARTICLES, _common_after_hyphen, _joined, given_names

    tokens, text = model.tokens, model.text
    runs, i, n = [], 0, len(tokens)
    while i < n:
        if not tokens[i].cap:
            i += 1
            continue
        j = i + 1
        while j < n:
            prev, tok = tokens[j - 1], tokens[j]
            if prev.possessive or not _joined(text, prev, tok):
                break
            if tok.cap:
                j += 1
            elif tok.gap == "-" and prev.cap and tok.norm.isalpha() and not _common_after_hyphen(tok.norm):
                j += 1
            elif tok.norm in NAME_PARTICLES and j + 1 < n and tokens[j + 1].cap and _joined(text, tok, tokens[j + 1]):
                j += 2
            elif tok.norm in NAME_PARTICLES and j + 2 < n and tokens[j + 1].norm in NAME_PARTICLES and not tokens[j + 1].cap \
                    and tokens[j + 2].cap and _joined(text, tok, tokens[j + 1]) and _joined(text, tokens[j + 1], tokens[j + 2]) \
                    and j - 1 == i and prev.norm in given_names():
                j += 3
            else:
                break
        runs.append((i, j))
        i = j
    return runs
