"""The language guesser's bounds are settings each caller's section holds, not module constants."""

from __future__ import annotations

from sidebyside.compare.attribution.foreign import text_language
from sidebyside.extract.language import guess_language
from sidebyside.settings import (
    DEFAULT,
    AttributionSettings,
    HtmlSettings,
    LanguageSettings,
    TextSettings,
)

SHORT = "The ferry to the island and harbour is late."  # 9 words: too few for the vote
TURKISH_NAME = ("The mayor of Brindle said the new ferry would sail from the harbour to the island in the spring, "
                "and that Yıldız had signed the contract for the pier with the council on Monday.")


def test_every_section_holds_the_same_default_bounds():
    assert DEFAULT.extract.html.language == DEFAULT.extract.text.language == LanguageSettings()
    assert HtmlSettings().language == TextSettings().language
    # the attribution reads only a text's opening characters
    assert AttributionSettings().language == LanguageSettings(max_sample=4000)


def test_the_vote_needs_the_words_the_settings_ask_for():
    assert guess_language(SHORT) is None
    assert guess_language(SHORT, LanguageSettings(min_vote_words=5)) == "en"
    assert guess_language(SHORT, LanguageSettings(min_vote_words=5, min_votes=20)) is None


def test_too_few_letters_is_a_setting():
    assert guess_language("Harbour ferry", LanguageSettings(min_letters=5, min_vote_words=1, min_votes=1,
                                                            min_vote_share=0.0)) is None  # no common word
    assert guess_language("the ferry", LanguageSettings(min_letters=5, min_vote_words=1, min_votes=1)) == "en"


def test_one_turkish_name_is_no_turkish_text_unless_the_settings_say_so():
    assert guess_language(TURKISH_NAME) == "en"
    lax = LanguageSettings(dotless_i_min_words=1, dotless_i_share=0.001)
    assert guess_language(TURKISH_NAME, lax) == "tr"


def test_the_sample_read_is_a_setting():
    text = "x1 " * 40 + SHORT * 3
    assert guess_language(text) == "en"
    assert guess_language(text, LanguageSettings(max_sample=100)) is None
    assert text_language(text) is not None
    assert text_language(text, None, LanguageSettings(max_sample=100)) is None
