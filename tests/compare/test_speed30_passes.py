"""Speed pass 30: the counts and word sets say what they said before the pass."""

from collections import Counter

from sidebyside.compare.distinctive import count_terms
from sidebyside.compare.loaded import _context, neutral_tokens
from sidebyside.compare.termdata import lexicon
from sidebyside.compare.tokens import tokenize


def test_count_terms_pairs_neighbouring_words_within_a_clause():
    text = "Harbour pilots struck. Harbour pilots, angry, struck again; 12 boats waited (Harbour pilots)."
    counts = count_terms(text)
    assert counts["harbour"] == 3 and counts["pilots"] == 3 and counts["struck"] == 2
    assert counts["harbour pilots"] == 3
    assert counts["pilots struck"] == 1  # the comma after "pilots" breaks the second
    assert "struck harbour" not in counts  # a full stop between them
    assert "12" not in counts and "again boats" not in counts  # a figure is no word and breaks the pair
    assert "boats waited" in counts and "waited harbour" not in counts  # a bracket opens a clause


def test_count_terms_of_no_words():
    assert count_terms("") == Counter()
    assert count_terms("--- 42 ---") == Counter()


def test_neutral_tokens_take_plain_words_by_index():
    tokens = tokenize("Critics of the ferry company said the expensive crossing was complicated.")
    ctx = _context(lexicon())
    in_terms = {k for i, n, _ in ctx.neutral.find_all(tokens) for k in range(i, i + n)}
    plain = {k for k, tok in enumerate(tokens) if tok.norm in ctx.plain}
    assert plain  # the sentence has plain words
    assert neutral_tokens(tokens) == in_terms | plain
