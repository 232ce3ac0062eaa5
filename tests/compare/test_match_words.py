"""One tokeniser: the words that shared quotes, passages and aligned sentences match are the
text model's tokens (compare.tokens.tokenize), with a hyphenated compound whose joined spelling
is a word made one, built in one place (match_words)."""

from __future__ import annotations

from sidebyside.compare.articletext import ArticleText
from sidebyside.compare.matching import Tokenized
from sidebyside.compare.tokens import match_words, tokenize

TEXT = "Turkey’s Wi-Fi deal, the e-mail and the two-day visit: Ankara's plan for Damascus."


def test_match_words_are_the_tokens_with_compounds_joined():
    words = match_words(TEXT)
    assert [w for _, _, w in words] == ["turkey", "wifi", "deal", "the", "email", "and", "the", "two", "day",
                                        "visit", "ankara", "plan", "for", "damascus"]
    assert [TEXT[s:e] for s, e, _ in words][:2] == ["Turkey", "Wi-Fi"]  # a possessive 's is no part of the word
    assert match_words(TEXT, tokenize(TEXT)) == words  # the caller's tokens give the same words


def test_a_text_model_and_a_bare_text_give_matching_the_same_words():
    at = ArticleText(TEXT)
    assert Tokenized(TEXT).toks == Tokenized(TEXT, match_words(TEXT, at.tokens)).toks


def test_words_without_a_known_joined_spelling_keep_their_parts():
    assert [w for _, _, w in match_words("a US-led raid near al-Bab")] == ["a", "us", "led", "raid", "near", "al", "bab"]
